/**
 * The search index, the last step of `npm run build`: indexes the document pages of the built
 * site with pagefind's Node API and writes the index to dist/pagefind/, so that the search page
 * can search the static site in the browser. Only what the document pages mark
 * `data-pagefind-body` is indexed (see src/lib/search-index.ts), and only the document pages are
 * given to pagefind: given the whole site, it reads every other page too, which at 10,000
 * documents doubled its time and added a gigabyte to its memory. Any error pagefind reports fails
 * the build with its cause.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { NOT_INDEXED } from '../../src/lib/search-index.ts';
import { pageFile } from '../../src/lib/stable-urls.ts';

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

/** How many pages an index holds, from the entry file pagefind writes. */
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
 * The folder, inside the built site, where the pages to index are gathered while pagefind reads
 * them. pagefind reads a folder on all cores, but pages sent one by one (addHTMLFile) in turn:
 * at 10,000 documents that took 40 s where reading a folder of them took 21 s.
 */
const PAGES_FOLDER = '.pages-to-index';

/**
 * Gathers the pages into a folder, at the same paths, as hard links where the file system allows
 * (no copy of the text), else as copies.
 * @throws {SearchIndexError} naming the first page that was not built.
 */
function gatherPages(siteFolder: string, pages: string[], folder: string): void {
  for (const page of pages) {
    const sourcePath = pageFile(page);
    const file = join(siteFolder, sourcePath);
    if (!existsSync(file)) throw new SearchIndexError(`${page}: expected its page at ${file}, found none`);
    const gathered = join(folder, sourcePath);
    mkdirSync(dirname(gathered), { recursive: true });
    try {
      linkSync(file, gathered);
    } catch {
      copyFileSync(file, gathered);
    }
  }
}

/**
 * Indexes the given pages of the site built in `siteFolder` and writes the index into its
 * `pagefind/` folder. Always stops pagefind's service process and removes the gathered pages,
 * whether or not indexing succeeded.
 * @param pages the site paths of the pages to index ("/A/RES/53/137/"), each served by its index.html.
 * @throws {SearchIndexError} when a page is missing, pagefind reports an error or no page has text to index.
 */
export async function buildSearchIndex(siteFolder: string, pages: string[], log?: (line: string) => void): Promise<IndexReport> {
  const started = performance.now();
  const outputPath = join(siteFolder, INDEX_FOLDER);
  const gathered = join(siteFolder, PAGES_FOLDER);
  try {
    rmSync(gathered, { recursive: true, force: true });
    gatherPages(siteFolder, pages, gathered);
    const { index } = checked('createIndex', await pagefind.createIndex({ excludeSelectors: NOT_INDEXED }));
    if (!index) throw new SearchIndexError('pagefind createIndex returned no index and no error');
    log?.(`indexing ${pages.length} pages of ${relative(process.cwd(), siteFolder) || '.'}/`);
    checked('addDirectory', await index.addDirectory({ path: gathered }));
    checked('writeFiles', await index.writeFiles({ outputPath }));
    const indexed = indexedPages(outputPath);
    if (indexed === 0) {
      throw new SearchIndexError(
        `pagefind indexed none of the ${pages.length} pages given in ${siteFolder}: expected the document pages to mark their text with data-pagefind-body`,
      );
    }
    const { files, bytes } = folderSize(outputPath);
    const seconds = (performance.now() - started) / 1000;
    log?.(`indexed ${indexed} pages: ${files} files, ${(bytes / 1024).toFixed(1)} KiB in ${relative(process.cwd(), outputPath)}/ (${seconds.toFixed(2)} s)`);
    return { pages: indexed, files, bytes, seconds };
  } finally {
    await pagefind.close();
    rmSync(gathered, { recursive: true, force: true });
  }
}
