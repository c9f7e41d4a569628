/**
 * The search index in parts. pagefind cannot update an index: every build would index every
 * document again (21 s at 10,000 documents). A large collection's index is therefore cut into
 * parts, each document in the part its path hashes to, so that a build indexes again only the
 * parts whose pages changed; the search page merges the parts in the browser. A small collection
 * keeps one index, since each part costs a reader's first search its own copy of pagefind's
 * WebAssembly (72 KB).
 */

/** The folder of the search index inside the built site. */
export const INDEX_FOLDER = 'pagefind';

/** How many documents a part of the index holds at most, on average, unless configured. */
export const DOCUMENTS_PER_PART = 1500;

/** The environment variable that sets {@link DOCUMENTS_PER_PART} (the tests build small sites in parts). */
export const PART_SIZE_VARIABLE = 'SEARCH_PART_SIZE';

/**
 * The number of documents per part that the build's environment configures.
 * @throws {Error} naming the variable when it is set to anything but a whole number of at least 1.
 */
export function documentsPerPart(env: Record<string, string | undefined>): number {
  const value = env[PART_SIZE_VARIABLE];
  if (value === undefined || value === '') return DOCUMENTS_PER_PART;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1) {
    throw new Error(`${PART_SIZE_VARIABLE} must be a whole number of documents of at least 1, found "${value}"`);
  }
  return size;
}

/**
 * How many parts an index of `documents` documents has: the least power of two that keeps parts
 * at `perPart` documents or fewer on average. Powers of two, so that the count, and with it every
 * document's part, changes only when the collection doubles.
 */
export function partCount(documents: number, perPart: number): number {
  let count = 1;
  while (count * perPart < documents) count *= 2;
  return count;
}

/** The part of `count` a page belongs to: the FNV-1a hash of its path, which never changes. */
export function partOf(path: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i += 1) {
    hash ^= path.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}

/** One part of the index: where its bundle is in the site, and the pages it indexes. */
export interface SearchPart {
  /** The bundle's folder as a site path, "/pagefind/" or "/pagefind/part-3/". */
  folder: string;
  /** The site paths of its pages ("/A/RES/53/137/"), in the order given. */
  pages: string[];
}

/**
 * The parts of the index of the given pages (site paths), in part order, without the parts no
 * page falls in. One part is the whole index, at /pagefind/.
 */
export function searchParts(pages: string[], perPart: number): SearchPart[] {
  const count = partCount(pages.length, perPart);
  if (count === 1) return [{ folder: `/${INDEX_FOLDER}/`, pages: [...pages] }];
  const parts = Array.from({ length: count }, (_, part): SearchPart => ({ folder: `/${INDEX_FOLDER}/part-${part}/`, pages: [] }));
  for (const page of pages) parts[partOf(page, count)]!.pages.push(page);
  return parts.filter((part) => part.pages.length > 0);
}

/**
 * The filter each part's results carry when the search page merges several (pagefind's
 * `mergeFilter`), its value the part's place in the page's list of bundles: searching with it
 * searches that part alone.
 */
export const PART_FILTER = 'part';

/** The words of a query as pagefind searches them: split at spaces, each once. */
export function queryTerms(query: string): string[] {
  return [...new Set(query.trim().split(/\s+/).filter((term) => term !== ''))];
}

/**
 * The parts whose answers a search keeps. pagefind leaves out of a query any word its index does
 * not hold, so a part lacking one word of the query would answer for the others alone. A part is
 * kept when it holds every word that any part holds; a word that no part holds is left out, as
 * one index of the whole collection would leave it out.
 * @param parts the parts' values of the part filter.
 * @param counts for each word of the query, how many documents of each part hold it (pagefind's
 *   counts of the part filter for a search of that word alone).
 */
export function partsWithEveryTerm(parts: readonly string[], counts: readonly Record<string, number>[]): string[] {
  const held = counts.filter((count) => parts.some((part) => (count[part] ?? 0) > 0));
  return parts.filter((part) => held.every((count) => (count[part] ?? 0) > 0));
}
