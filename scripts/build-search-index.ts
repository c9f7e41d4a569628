/**
 * npm run build, second step: indexes the document pages of the site `astro build` wrote to dist/.
 *
 * The parts of the index whose pages were all rendered by the build were indexed while it ran
 * (src/integrations/search-index.ts); this step checks every part against the pages as they are
 * and indexes the others, in a process of its own, after Astro's has exited. The documents are
 * those the content loader recorded for the build that just ran. What each part of the index was
 * made from is recorded beside Astro's caches, so that the next build indexes only the parts
 * whose pages changed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bodyCache } from '../src/lib/body-cache.ts';
import { documentPath } from '../src/lib/documents.ts';
import { documentsPerPart } from '../src/lib/search-parts.ts';
import { buildSearchIndex, indexerCode, partsRecordFile } from './lib/search-index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = join(root, 'dist');
const log = (line: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [pagefind] ${line}`);

try {
  if (!existsSync(site)) throw new Error(`${site} does not exist: run "astro build" first (npm run build runs both)`);
  const pages = bodyCache(root).readLoaded().map((document) => documentPath(document.data));
  await buildSearchIndex(site, pages, {
    perPart: documentsPerPart(),
    recordFile: partsRecordFile(root),
    code: indexerCode(root),
    log,
  });
} catch (error) {
  console.error(`[pagefind] the search index was not built: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
