/**
 * Astro integration: after the pages are built, writes the files each document has beside its
 * page — index.json (the document as data), citation.bib, citation.ris, citation.csl.json — and
 * the pages that only lead to a document (its earlier address, the lower-case spelling of its
 * address). These are the same for every document and need no layout, so they are written as
 * files from what the documents loader recorded rather than rendered as Astro routes: at 10,000
 * documents that is 60,000 page renders fewer. A document whose record is unchanged since the last
 * build keeps that build's files (src/lib/incremental-build.ts).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { bodyCache, type LoadedDocument } from '../lib/body-cache.ts';
import { recordedCitableParagraphs } from '../lib/body-records.ts';
import { DOCUMENT_FILES, type DocumentFile } from '../lib/citation/paths.ts';
import { documentFileTexts } from '../lib/citation/record.ts';
import { documentPath, documentRedirects } from '../lib/documents.ts';
import { reuseIfUnchanged } from '../lib/incremental-build.ts';
import { redirectPage, type SiteAddress } from '../lib/redirect-page.ts';
import { redirectPages } from '../lib/routes.ts';
import type { CitableParagraph } from '../lib/paragraphs.ts';
import { absoluteUrl } from '../lib/site.ts';

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
 * unchanged keeps the last build's files (src/lib/incremental-build.ts).
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
 * Every output of this integration: each document's four data files (a file cannot redirect on a
 * static host, so those beside an earlier address are copies, with the current URLs inside), and
 * each page that only leads to a document. Made one at a time as they are written: at 10,000
 * documents they hold 120 MB of text.
 * @param paragraphsOf the citable paragraphs of a document, from its rendering.
 */
export function* documentSiteOutputs(
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

/** The integration, for astro.config.mjs; it runs before the search index and the URL checks. */
export default function documentFiles(): AstroIntegration {
  let root = '';
  let address: SiteAddress = { site: '', base: '/' };
  return {
    name: 'un-docs:document-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        address = { site: config.site ?? '', base: config.base };
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const cache = bodyCache(root);
        const documents = cache.readLoaded();
        const outputs = documentSiteOutputs(documents, (document) => recordedCitableParagraphs(cache.read(document.digest), document.filePath), address);
        let written = 0;
        let kept = 0;
        for (const output of outputs) {
          if (reuseIfUnchanged(output.key, output.paths.map((path) => path.slice(1)), output.inputs)) kept += output.paths.length;
          else written += writeSiteFiles(fileURLToPath(dir), output.files());
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${written + kept} files for ${documents.length} documents (data files and redirect pages), ${written} written and ${kept} unchanged, in ${seconds} s`);
      },
    },
  };
}
