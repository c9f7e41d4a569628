/**
 * Astro integration: writes the files each document has beside its page — index.json (the
 * document as data), citation.bib, citation.ris, citation.csl.json — and the pages that only lead
 * to a document (its earlier address, the lower-case spelling of its address). These are the
 * same for every document and need no layout, so they are written as files from what the
 * documents loader recorded rather than rendered as Astro routes: at 10,000 documents that is
 * 60,000 page renders fewer. A document whose record is unchanged since the last build keeps that
 * build's files (src/build/cache/incremental-build.ts).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { bodyCache, type LoadedDocument } from '../cache/body-cache.ts';
import { recordedCitableParagraphs } from '../cache/body-records.ts';
import { DOCUMENT_FILES, type DocumentFile } from '../../lib/citation/paths.ts';
import { documentFileTexts } from '../../lib/citation/record.ts';
import { documentPath, documentRedirects } from '../../lib/document/documents.ts';
import { reuseIfUnchanged } from '../cache/incremental-build.ts';
import { redirectPage, type SiteAddress } from '../../lib/site/redirect-page.ts';
import { redirectPages } from '../../lib/browse/routes.ts';
import type { CitableParagraph } from '../../lib/document/paragraphs.ts';
import { absoluteUrl } from '../../lib/site/site.ts';

/** A file to write under the built site: its site path and its text. */
interface SiteFile {
  path: string;
  text: string;
}

/** The data files of a document: beside its page and beside each earlier address it had. */
function dataFiles(document: LoadedDocument): { path: string; kind: DocumentFile }[] {
  const folders = [documentPath(document.data), ...documentRedirects(document.data).map(({ from }) => from)];
  return folders.flatMap((folder) => (Object.keys(DOCUMENT_FILES) as DocumentFile[]).map((kind) => ({ path: `${folder}${DOCUMENT_FILES[kind].name}`, kind })));
}

/**
 * A set of files this integration writes, made from known inputs: a build whose inputs are
 * unchanged keeps the last build's files (src/build/cache/incremental-build.ts).
 */
export interface SiteOutput {
  /** Names the output in the build's ledger. */
  key: string;
  /** The site paths of its files, known without making them. */
  paths: string[];
  /** Everything the files are made from. */
  inputs: unknown;
  /** Makes the files, in the order of `paths`. */
  files: () => SiteFile[];
}

/**
 * Each document's four data files, beside its page and beside each earlier address it had (a
 * file cannot redirect on a static host, so those are copies, with the current URLs inside).
 * Made one at a time as they are written: at 10,000 documents they hold 120 MB of text.
 * @param paragraphsOf the citable paragraphs of a document, from its rendering.
 */
export function* dataFileOutputs(
  documents: LoadedDocument[],
  paragraphsOf: (document: LoadedDocument) => CitableParagraph[],
  address: SiteAddress,
): Generator<SiteOutput> {
  for (const document of documents) {
    const files = dataFiles(document);
    yield {
      key: `files ${documentPath(document.data)}`,
      paths: files.map(({ path }) => path),
      // The record names the document's rendering, where its paragraphs come from.
      inputs: { document, address },
      files: () => {
        const texts = documentFileTexts(document.data, paragraphsOf(document), (path) => absoluteUrl(path, address.site, address.base));
        return files.map(({ path, kind }) => ({ path, text: texts[kind] }));
      },
    };
  }
}

/** Each page that only leads to a document: its earlier address, the lower-case spelling of its address. */
export function* redirectPageOutputs(documents: LoadedDocument[], address: SiteAddress): Generator<SiteOutput> {
  for (const page of redirectPages(documents)) {
    const redirect = { to: page.to, label: page.label, title: page.document.data.title, reason: page.kind === 'redirect' ? 'moved' : 'spelling' } as const;
    yield {
      key: `page ${page.path}`,
      paths: [`${page.path}index.html`],
      inputs: { redirect, address },
      files: () => [{ path: `${page.path}index.html`, text: redirectPage(redirect, address) }],
    };
  }
}

/**
 * Writes files into the built site, and says how many.
 * @throws {Error} naming the file when a page of the build is already there: two owners of one
 * URL (sitePages() claims these paths too, so this is a last guard).
 */
export function writeSiteFiles(dist: string, files: Iterable<SiteFile>): number {
  const folders = new Set<string>();
  let count = 0;
  for (const { path, text } of files) {
    const file = join(dist, path);
    if (path.endsWith('index.html') && existsSync(file)) {
      throw new Error(`${path}: the build already wrote a page here; a redirect page would replace it`);
    }
    const folder = join(file, '..');
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeFileSync(file, text);
    count += 1;
  }
  return count;
}

/** The files to make, as the integration hands them to a worker thread: what finds and writes them. */
export interface DocumentFilesJob {
  root: string;
  dist: string;
  address: SiteAddress;
  /** The ids of the documents whose data files are to be made. */
  ids: string[];
  /** The site paths of the redirect pages to make. */
  redirects: string[];
}

/**
 * Makes and writes the data files and redirect pages a job names, from what the documents loader
 * recorded and the documents' renderings.
 * @returns how many files were written.
 */
export function writeDocumentFiles({ root, dist, address, ids, redirects }: DocumentFilesJob): number {
  const cache = bodyCache(root);
  const loaded = cache.readLoaded();
  const wanted = new Set(ids);
  const documents = loaded.filter((document) => wanted.has(document.id));
  const paragraphsOf = (document: LoadedDocument) => recordedCitableParagraphs(cache.readRecords(document.digest), document.filePath);
  const pages = new Set(redirects.map((path) => `page ${path}`));
  let written = 0;
  for (const output of dataFileOutputs(documents, paragraphsOf, address)) written += writeSiteFiles(dist, output.files());
  for (const output of redirectPageOutputs(loaded, address)) if (pages.has(output.key)) written += writeSiteFiles(dist, output.files());
  return written;
}

/** Below this many files to make, a worker thread costs more time than it saves. */
const WORKER_THRESHOLD = 300;

/** Runs a job on a worker thread (document-files-worker.mjs). */
function writeInWorker(job: DocumentFilesJob): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./document-files-worker.mjs', import.meta.url), { workerData: job });
    worker.once('message', (reply: { written: number } | { error: string }) => {
      if ('error' in reply) reject(new Error(reply.error));
      else resolve(reply.written);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the worker writing the documents' files stopped with exit code ${code}`));
    });
  });
}

/**
 * The integration, for astro.config.mjs; it runs before the search index and the URL checks. The
 * files depend on the collection only, not on the pages: once the build has started, and knows
 * which are unchanged, the others are written on a worker thread while Astro bundles and renders
 * the pages on the main one (at 10,000 documents, 50,000 files in 10 to 25 s that the build no
 * longer waits for). A redirect page at the path of a page of the build cannot happen unnoticed:
 * both claim the same output of the incremental build, which fails it.
 */
export default function documentFiles(): AstroIntegration {
  let root = '';
  let dist = '';
  let address: SiteAddress = { site: '', base: '/' };
  let written: Promise<{ written: number; kept: number; documents: number }> | undefined;

  /** Decides which files are unchanged, and starts making the others. */
  const start = async () => {
    const documents = bodyCache(root).readLoaded();
    let kept = 0;
    let toMake = 0;
    const job: DocumentFilesJob = { root, dist, address, ids: [], redirects: [] };
    /** Whether an output must be made; an unchanged one is kept. */
    const make = (output: SiteOutput): boolean => {
      const reused = reuseIfUnchanged(output.key, output.paths.map((path) => path.slice(1)), output.inputs);
      if (reused) kept += output.paths.length;
      else toMake += output.paths.length;
      return !reused;
    };
    // Only the outputs' keys, paths and inputs are read here: their files are made by the job.
    const outputs = dataFileOutputs(documents, () => [], address);
    for (const document of documents) if (make(outputs.next().value as SiteOutput)) job.ids.push(document.id);
    for (const output of redirectPageOutputs(documents, address)) if (make(output)) job.redirects.push(output.paths[0]!.replace(/index\.html$/, ''));
    const count = toMake >= WORKER_THRESHOLD ? await writeInWorker(job) : writeDocumentFiles(job);
    return { written: count, kept, documents: documents.length };
  };

  return {
    name: 'un-docs:document-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        dist = fileURLToPath(config.outDir);
        address = { site: config.site ?? '', base: config.base };
      },
      // The first of the build's set-up hooks, after the incremental build has opened the output folder.
      'astro:build:setup': () => {
        written ??= start();
        // A failure is reported when the pages are done.
        written.catch(() => undefined);
      },
      'astro:build:done': async ({ logger }) => {
        const started = performance.now();
        const files = await (written ?? start());
        written = undefined;
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `${files.written + files.kept} files for ${files.documents} documents (data files and redirect pages), ${files.written} written and ${files.kept} unchanged; waited ${seconds} s for them after the pages`,
        );
      },
    },
  };
}
