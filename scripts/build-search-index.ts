/**
 * npm run build, second step: indexes the document pages of the site `astro build` wrote to dist/.
 *
 * It runs in a process of its own, after Astro's has exited, so that pagefind's memory never adds
 * to the memory Astro's process keeps after rendering. The documents are those the content loader
 * recorded for the build that just ran. What each part of the index was made from is recorded
 * beside Astro's caches, so that the next build indexes only the parts whose pages changed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bodyCache } from '../src/lib/body-cache.ts';
import { documentPath } from '../src/lib/documents.ts';
import { documentsPerPart } from '../src/lib/search-parts.ts';
import { sourceDigest } from '../src/lib/source-digest.ts';
import { buildSearchIndex } from './lib/search-index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = join(root, 'dist');
const log = (line: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [pagefind] ${line}`);
/** What indexes the pages: this step's code, the selectors it leaves out, and pagefind's version in the lockfile. */
const INDEXER_SOURCES = ['scripts/build-search-index.ts', 'scripts/lib/search-index.ts', 'src/lib/search-index.ts', 'src/lib/search-parts.ts', 'package-lock.json'];

try {
  if (!existsSync(site)) throw new Error(`${site} does not exist: run "astro build" first (npm run build runs both)`);
  const pages = bodyCache(root).readLoaded().map((document) => documentPath(document.data));
  await buildSearchIndex(site, pages, {
    perPart: documentsPerPart(),
    recordFile: join(root, 'node_modules', '.astro', 'un-docs-search', 'parts.json'),
    code: sourceDigest(root, INDEXER_SOURCES),
    log,
  });
} catch (error) {
  console.error(`[pagefind] the search index was not built: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
