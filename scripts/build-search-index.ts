/**
 * npm run build, second step: indexes the document pages of the site `astro build` wrote to dist/.
 *
 * It runs in a process of its own, after Astro's has exited, so that pagefind's memory (1.6 GB at
 * 10,000 documents) never adds to the memory Astro's process keeps after rendering. The documents
 * are those the content loader recorded for the build that just ran.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bodyCache } from '../src/lib/body-cache.ts';
import { documentPath } from '../src/lib/documents.ts';
import { buildSearchIndex } from './lib/search-index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = join(root, 'dist');
const log = (line: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [pagefind] ${line}`);

try {
  if (!existsSync(site)) throw new Error(`${site} does not exist: run "astro build" first (npm run build runs both)`);
  const pages = bodyCache(root).readLoaded().map((document) => documentPath(document.data));
  await buildSearchIndex(site, pages, log);
} catch (error) {
  console.error(`[pagefind] the search index was not built: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
