/**
 * Astro integration: indexes each part of the search index (src/lib/search/search-parts.ts) while Astro
 * renders the rest of the site, as soon as each of the part's document pages is rendered and
 * written, or kept as the last build made it (an edit renders one page of its part). A
 * middleware tells it of each page rendered (src/build/integrations/search-capture.ts), and the document route
 * renders them part by part. The parts are indexed one at a time by pagefind's
 * service, a process of its own, at a lower priority, so that it takes the time Astro's one
 * rendering thread leaves to the other core rather than from that thread. Each part is recorded
 * as the index step records it. Once the site is written, the build runs the index step
 * (buildSearchIndex), which checks every part against its pages and indexes what is left: a part
 * none of whose pages was rendered but whose record does not match them (its record lost, or its
 * bundle deleted). pagefind's service holds one part at a time: about 0.2 GB at 1,250 documents
 * a part. Why the index is made during the build: docs/decisions.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import {
  buildSearchIndex,
  checked,
  indexAndRecordPart,
  isPartCurrent,
  partFingerprint,
  partsRecordFile,
  waitForPages,
} from './search-indexer.ts';
import { bodyCache } from '../cache/body-cache.ts';
import { buildKey } from './build-key.ts';
import { documentPath } from '../../lib/document/documents.ts';
import { isPageKept } from '../cache/incremental-build.ts';
import { createSearchCapture, currentSearchCapture, endSearchCapture, startSearchCapture, type RenderedPart } from './search-capture.ts';
import { documentsPerPart, searchParts } from '../../lib/search/search-parts.ts';

/** How much less of a busy processor pagefind is given than Astro (a nice value). */
const LOWER_PRIORITY = 10;

/**
 * Lowers the priority of every thread of this process's child processes whose name starts with
 * `name`, where the system says which they are (Linux's /proc); elsewhere, does nothing.
 */
function lowerPriorityOfChildren(name: string): void {
  try {
    for (const task of readdirSync(`/proc/${process.pid}/task`)) {
      for (const child of readFileSync(`/proc/${process.pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean)) {
        if (!readFileSync(`/proc/${child}/comm`, 'utf8').startsWith(name)) continue;
        for (const thread of readdirSync(`/proc/${child}/task`)) setPriority(Number(thread), LOWER_PRIORITY);
      }
    }
  } catch {
    // No /proc, or a process gone meanwhile: the parts are indexed all the same, only competing.
  }
}

/** Starts pagefind's service, which serves this process until pagefind.close(), below Astro's priority. */
async function startPagefind(): Promise<void> {
  const { index } = checked('createIndex', await pagefind.createIndex({}));
  await index?.deleteIndex();
  lowerPriorityOfChildren('pagefind');
}

export default function searchIndex(): AstroIntegration {
  let root = '';
  let outDir = '';
  let started = false;
  let indexed = 0;
  let pages: string[] = [];
  let code = '';
  let recordFile = '';
  return {
    name: 'un-docs:search-index',
    hooks: {
      'astro:config:setup': ({ addMiddleware, command }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./search-capture-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ logger }) => {
        indexed = 0;
        pages = bodyCache(root).readLoaded().map((document) => documentPath(document.data));
        code = buildKey(root);
        recordFile = partsRecordFile(root);
        const indexPart = async ({ part, pages: rendered }: RenderedPart) => {
          const begun = performance.now();
          await waitForPages(outDir, rendered);
          const fingerprint = partFingerprint(outDir, part, code);
          if (isPartCurrent(recordFile, outDir, part, fingerprint)) return false;
          if (!started) await startPagefind();
          started = true;
          await indexAndRecordPart(outDir, part, fingerprint, recordFile);
          logger.info(`${part.folder}: ${part.pages.length} pages indexed as they were rendered (${((performance.now() - begun) / 1000).toFixed(1)} s)`);
          return true;
        };
        // One part at a time, in the order their pages were rendered.
        let queue = Promise.resolve();
        const enqueue = (rendered: RenderedPart) =>
          (queue = queue.then(async () => {
            if (await indexPart(rendered)) indexed += 1;
          }));
        startSearchCapture(createSearchCapture(searchParts(pages, documentsPerPart(process.env)), enqueue, isPageKept));
      },
      'astro:build:done': async ({ logger }) => {
        const capture = currentSearchCapture();
        endSearchCapture();
        if (!capture) return;
        let rendered: number;
        try {
          rendered = (await capture.settled()).length;
        } finally {
          // Closed before the index step, which starts it again only for a part to index: the
          // service holds the last part it indexed, 0.2 GB beside Astro's heap at its largest.
          await pagefind.close();
          started = false;
        }
        logger.info(
          `${indexed} ${indexed === 1 ? 'part' : 'parts'} of the search index made as the pages were rendered, ${rendered - indexed} unchanged though their pages were rendered again`,
        );
        // The index step: every part checked against its pages, any that is not current indexed.
        await buildSearchIndex(outDir, pages, { perPart: documentsPerPart(process.env), recordFile, code, log: (line) => logger.info(line) });
      },
    },
  };
}
