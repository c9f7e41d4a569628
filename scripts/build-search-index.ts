/**
 * npm run index: the index step on its own, on the site the last build wrote to dist/. It checks
 * every part of the search index against the pages as they are and indexes any that is not
 * current (its bundle deleted, its record lost), as the build itself does once its pages are
 * written (src/build/integrations/search-index.ts). The documents are those the content loader
 * recorded for the last build. What each part of the index was made from is recorded beside
 * Astro's caches, so that a run indexes only the parts whose pages changed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bodyCache } from '../src/build/cache/body-cache.ts';
import { documentPath } from '../src/lib/document/documents.ts';
import { documentsPerPart } from '../src/lib/search/search-parts.ts';
import { buildKey } from '../src/build/integrations/build-key.ts';
import { buildSearchIndex, partsRecordFile } from '../src/build/integrations/search-indexer.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = join(root, 'dist');
const log = (line: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [pagefind] ${line}`);

try {
  if (!existsSync(site)) throw new Error(`${site} does not exist: run "npm run build" first`);
  const pages = bodyCache(root).readLoaded().map((document) => documentPath(document.data));
  await buildSearchIndex(site, pages, {
    perPart: documentsPerPart(process.env),
    recordFile: partsRecordFile(root),
    code: buildKey(root),
    log,
  });
} catch (error) {
  console.error(`[pagefind] the search index was not built: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
