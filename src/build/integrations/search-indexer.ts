/**
 * The search index, the last step of `npm run build` (and all of `npm run index`): indexes the document pages of the built
 * site with pagefind's Node API and writes the index to dist/pagefind/, so that the search page
 * can search the static site in the browser. Only what the document pages mark
 * `data-pagefind-body` is indexed (see src/lib/search/search-index.ts), and only the document pages are
 * given to pagefind, by a glob that names them: given the whole site, it reads every other page
 * too, which at 10,000 documents doubled its time and added a gigabyte to its memory. A large
 * collection's index is in parts (src/lib/search/search-parts.ts), and a part is indexed again only when
 * one of its pages, or what indexes them, changed. Any error pagefind reports fails the build
 * with its cause.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { buildCacheDir } from './content-dir.ts';
import { readRecord, writeRecord } from '../cache/build-record.ts';
import { NOT_INDEXED } from '../../lib/search/search-index.ts';
import { DOCUMENTS_PER_PART, INDEX_FOLDER, searchParts, type SearchPart } from '../../lib/search/search-parts.ts';
import { pageFile } from '../../lib/site/stable-urls.ts';

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

/** The total size in bytes of the files under a folder, and how many there are (none when it does not exist). */
function folderSize(folder: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  if (!existsSync(folder)) return { files, bytes };
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
  /** The parts of the index, and how many of them were indexed by this run (the others were current). */
  parts: number;
  indexed: number;
  files: number;
  bytes: number;
  seconds: number;
}

/** How the index is made, besides the pages. */
export interface IndexOptions {
  /** Documents per part of the index (src/lib/search/search-parts.ts). */
  perPart?: number;
  /**
   * The file that records what each part was indexed from, so that the next run indexes only the
   * parts that changed. Without it, every part is indexed.
   */
  recordFile?: string;
  /** The build key (src/build/integrations/build-key.ts): another key indexes every part. */
  code?: string;
  log?: (line: string) => void;
}

/**
 * pagefind's browser bundles for its own search interfaces, which the site's search page does not
 * load (it uses pagefind.js, its worker and WebAssembly): not written, 400 KB a part.
 */
const UNUSED_BUNDLES = /^pagefind-(component-ui|modular-ui|ui|highlight)\./;

/** Where a part's bundle is in the built site. */
function bundleFolder(siteFolder: string, part: SearchPart): string {
  return join(siteFolder, ...part.folder.split('/').filter(Boolean));
}

/** A page's file in the built site. */
function builtPage(siteFolder: string, page: string): string {
  return join(siteFolder, pageFile(page));
}

/**
 * What a part is indexed from: the code, the part's place and every page's path and HTML.
 * @throws {SearchIndexError} naming the first page that was not built.
 */
function partFingerprint(siteFolder: string, part: SearchPart, code: string): string {
  const hash = createHash('sha256').update(`${code}\0${part.folder}`);
  for (const page of part.pages) {
    const file = builtPage(siteFolder, page);
    if (!existsSync(file)) throw new SearchIndexError(`${page}: expected its page at ${file}, found none`);
    hash.update(`\0${page}\0`).update(readFileSync(file));
  }
  return hash.digest('base64url');
}

/** What the last run recorded: by each part's folder, the fingerprint of what it was indexed from. */
interface PartsRecord {
  parts: Record<string, string>;
}

/** The file, beside Astro's caches, that records what each part of the project's index was made from. */
export function partsRecordFile(root: string): string {
  return join(buildCacheDir(root, 'search'), 'parts.json');
}

/** Whether a part's bundle is there and, as the record says, was made from pages of this fingerprint. */
function isCurrent(record: PartsRecord, part: SearchPart, fingerprint: string, outputPath: string): boolean {
  return record.parts[part.folder] === fingerprint && existsSync(join(outputPath, 'pagefind-entry.json'));
}

/** The record of the last run, removed until this one has finished (a run that fails indexes everything next time). */
function takeRecord(file: string | undefined): PartsRecord {
  if (!file) return { parts: {} };
  const record = readRecord<PartsRecord>(file) ?? { parts: {} };
  rmSync(file, { force: true });
  return record;
}

/**
 * Removes from the index folder everything but the bundles of the parts kept: the old index when
 * the parts changed, the bundles of parts there no longer are.
 */
function clearIndexFolder(indexFolder: string, kept: string[]): void {
  if (!existsSync(indexFolder)) return;
  if (kept.includes(indexFolder)) return;
  for (const name of readdirSync(indexFolder)) {
    if (!kept.includes(join(indexFolder, name))) rmSync(join(indexFolder, name), { recursive: true, force: true });
  }
}

/** Characters that pagefind's globs (the wax crate's) give a meaning, escaped in a page's file. */
const GLOB_SYNTAX = /[\\?*$:<>()[\]{},!]/g;

/**
 * The glob, relative to the built site, that names the files of the given pages and nothing else:
 * "{A/RES/53/137/index.html,A/CONF.157/24\(PartI\)/index.html}".
 */
export function pagesGlob(pages: string[]): string {
  return `{${pages.map((page) => pageFile(page).replace(GLOB_SYNTAX, (character) => `\\${character}`)).join(',')}}`;
}

/**
 * Indexes the given pages of the built site into a bundle folder, with pagefind's service, which
 * this process then has to close (pagefind.close). pagefind reads the pages where they are, on
 * all its threads; gathering them into a folder of their own first made and removed 10,000
 * folders, and creating files soon after removing as many is slow on a file system without a
 * journal (ext4 checks each free inode it finds for a recent deletion).
 * @throws {SearchIndexError} when pagefind reports an error or indexes none of the pages.
 */
export async function indexPages(siteFolder: string, pages: string[], outputPath: string): Promise<void> {
  const { index } = checked('createIndex', await pagefind.createIndex({ excludeSelectors: NOT_INDEXED }));
  if (!index) throw new SearchIndexError('pagefind createIndex returned no index and no error');
  checked('addDirectory', await index.addDirectory({ path: siteFolder, glob: pagesGlob(pages) }));
  // pagefind's writeFiles answers before its writes are done (tokio files, not flushed): read
  // right after, an entry file was found empty on a busy machine. Its files are written here.
  for (const file of checked('getFiles', await index.getFiles()).files) {
    if (UNUSED_BUNDLES.test(file.path)) continue;
    const path = join(outputPath, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  await index.deleteIndex();
  if (indexedPages(outputPath) === 0) {
    throw new SearchIndexError(
      `pagefind indexed none of the ${pages.length} pages given in ${siteFolder}: expected the document pages to mark their text with data-pagefind-body`,
    );
  }
}

/**
 * Indexes the given pages of the site built in `siteFolder` and writes the index into its
 * `pagefind/` folder, in parts when there are many; a part whose pages are as the record says they
 * were is kept as it is. Always stops pagefind's service process and removes the gathered pages,
 * whether or not indexing succeeded.
 * @param pages the site paths of the pages to index ("/A/RES/53/137/"), each served by its index.html.
 * @throws {SearchIndexError} when a page is missing, pagefind reports an error or no page has text to index.
 */
export async function buildSearchIndex(
  siteFolder: string,
  pages: string[],
  { perPart = DOCUMENTS_PER_PART, recordFile, code = '', log }: IndexOptions = {},
): Promise<IndexReport> {
  const started = performance.now();
  const indexFolder = join(siteFolder, INDEX_FOLDER);
  const record = takeRecord(recordFile);
  try {
    const parts = searchParts(pages, perPart).map((part) => {
      const outputPath = bundleFolder(siteFolder, part);
      const fingerprint = partFingerprint(siteFolder, part, code);
      const current = isCurrent(record, part, fingerprint, outputPath);
      return { ...part, outputPath, fingerprint, current };
    });
    clearIndexFolder(indexFolder, parts.filter((part) => part.current).map((part) => part.outputPath));
    const toIndex = parts.filter((part) => !part.current);
    log?.(`indexing ${pages.length} pages of ${relative(process.cwd(), siteFolder) || '.'}/: ${parts.length} ${parts.length === 1 ? 'part' : 'parts'}, ${toIndex.length} to index`);
    for (const part of toIndex) await indexPages(siteFolder, part.pages, part.outputPath);
    if (recordFile) writeRecord(recordFile, { parts: Object.fromEntries(parts.map((part) => [part.folder, part.fingerprint])) } satisfies PartsRecord);
    const indexed = parts.reduce((sum, part) => sum + indexedPages(part.outputPath), 0);
    const { files, bytes } = folderSize(indexFolder);
    const seconds = (performance.now() - started) / 1000;
    log?.(
      `indexed ${indexed} pages in ${parts.length} ${parts.length === 1 ? 'part' : 'parts'} (${toIndex.length} indexed, ${parts.length - toIndex.length} unchanged): ${files} files, ${(bytes / 1024).toFixed(1)} KiB in ${relative(process.cwd(), indexFolder)}/ (${seconds.toFixed(2)} s)`,
    );
    return { pages: indexed, parts: parts.length, indexed: toIndex.length, files, bytes, seconds };
  } finally {
    await pagefind.close();
  }
}
