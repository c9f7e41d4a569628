/**
 * Astro integration: after the build, indexes the built pages with pagefind's Node API and
 * writes the index to dist/pagefind/, so that the search page can search the static site in the
 * browser. Only what the document pages mark `data-pagefind-body` is indexed (see
 * src/lib/search-index.ts). Any error pagefind reports fails the build with its cause.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { NOT_INDEXED } from '../lib/search-index.ts';

/** The folder of the index inside the built site; the search page loads `/pagefind/pagefind.js`. */
export const INDEX_FOLDER = 'pagefind';

/** An error pagefind reported, or an index that would make search useless. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/**
 * Returns a pagefind response whose `errors` list is empty.
 * @throws {SearchIndexError} naming the step and every error pagefind gave.
 */
export function checked<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) {
    throw new SearchIndexError(`pagefind ${step} failed: ${response.errors.join('; ')}`);
  }
  return response;
}

/** The total size in bytes of the files under a folder, and how many there are. */
function folderSize(folder: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const stats = statSync(join(folder, name));
    if (!stats.isFile()) continue;
    files += 1;
    bytes += stats.size;
  }
  return { files, bytes };
}

/**
 * How many pages an index holds, from the entry file pagefind writes: addDirectory counts every
 * HTML file it read, indexed or not.
 */
export function indexedPages(indexFolder: string): number {
  const entry = JSON.parse(readFileSync(join(indexFolder, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** What an index run did, for the build log and the tests. */
export interface IndexReport {
  pages: number;
  files: number;
  bytes: number;
  seconds: number;
}

/**
 * Indexes the HTML pages under `siteFolder` and writes the index into its `pagefind/` folder.
 * Always stops pagefind's service process, whether or not indexing succeeded.
 * @throws {SearchIndexError} when pagefind reports an error or finds no page to index.
 */
export async function buildSearchIndex(siteFolder: string, log?: AstroIntegrationLogger): Promise<IndexReport> {
  const started = performance.now();
  const outputPath = join(siteFolder, INDEX_FOLDER);
  try {
    const { index } = checked('createIndex', await pagefind.createIndex({ excludeSelectors: NOT_INDEXED }));
    if (!index) throw new SearchIndexError('pagefind createIndex returned no index and no error');
    log?.info(`indexing the pages of ${relative(process.cwd(), siteFolder) || '.'}/`);
    const { page_count: read } = checked('addDirectory', await index.addDirectory({ path: siteFolder }));
    checked('writeFiles', await index.writeFiles({ outputPath }));
    const pages = indexedPages(outputPath);
    if (pages === 0) {
      throw new SearchIndexError(
        `pagefind indexed no page of the ${read} in ${siteFolder}: expected the document pages to mark their text with data-pagefind-body`,
      );
    }
    const { files, bytes } = folderSize(outputPath);
    const seconds = (performance.now() - started) / 1000;
    log?.info(
      `indexed ${pages} of ${read} pages: ${files} files, ${(bytes / 1024).toFixed(1)} KiB in ${relative(process.cwd(), outputPath)}/ (${seconds.toFixed(2)} s)`,
    );
    return { pages, files, bytes, seconds };
  } finally {
    await pagefind.close();
  }
}

/** The integration, for astro.config.mjs. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'un-docs:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), logger.fork('pagefind'));
      },
    },
  };
}
