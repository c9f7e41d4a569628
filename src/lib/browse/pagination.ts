/**
 * Listings that grow with the collection (a body's documents, a kind's, a symbol prefix's) are cut
 * into pages of PAGE_SIZE documents. Page 1 keeps the listing's own URL, which is published; page N
 * is at `pagePath(listing, N)`, the one rule every page and test uses. Pure functions: the pages
 * only lay out what these return.
 */

/**
 * Documents a page lists. At 100 a page weighs about 40 KB of HTML (a few KB gzipped), reads
 * without endless scrolling, and a listing of the whole collection (10,000 documents) still
 * fits in 100 pages that a reader can jump between.
 */
export const PAGE_SIZE = 100;

/**
 * The path segment before a page's number. Symbol paths are upper case (a symbol's components
 * are, but for "Add.", "Corr.", "Rev.", "Amend.", "Sub." and "Summary"), so "/A/RES/53/page/2/"
 * can never be a symbol's path, where "/A/RES/53/2/" is A/RES/53/2's.
 */
export const PAGE_SEGMENT = 'page';

/**
 * The path of page `number` of the listing at `listingPath`: the listing's own path for page 1,
 * `<listing>page/<number>/` after it. "/A/RES/53/", 2 → "/A/RES/53/page/2/";
 * "/browse/type/resolution/", 1 → "/browse/type/resolution/".
 * @throws {RangeError} when the number is not a whole number from 1, or the path does not end in "/".
 */
export function pagePath(listingPath: string, number: number): string {
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`found page ${number}, expected a whole number from 1`);
  if (!listingPath.endsWith('/')) throw new RangeError(`found the listing path "${listingPath}", expected a path ending in "/"`);
  return number === 1 ? listingPath : `${listingPath}${PAGE_SEGMENT}/${number}/`;
}

/**
 * The value of a `[...page]` rest parameter for page `number`: undefined for page 1 (the route's
 * own path), "page/2" for page 2. Derived from pagePath, so the two cannot disagree.
 */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : pagePath('/', number).slice(1, -1);
}

/** One page of a listing. */
export interface Page<T> {
  /** The page's number, from 1. */
  number: number;
  /** How many pages the listing has, at least 1. */
  total: number;
  /** The listing's path, which is page 1's. */
  listingPath: string;
  /** This page's path. */
  path: string;
  /** What this page lists, in the listing's order. */
  items: T[];
  /** How many items the whole listing holds. */
  count: number;
  /** The position in the listing of this page's first item, from 1; 0 when the listing is empty. */
  first: number;
  /** The position of this page's last item; 0 when the listing is empty. */
  last: number;
  /** The previous page's path, on every page but the first. */
  prev?: string;
  /** The next page's path, on every page but the last. */
  next?: string;
}

/**
 * Cuts a listing into pages of `size` items, keeping its order. An empty listing has one empty
 * page, so that its page 1 still exists.
 * @throws {RangeError} when the size is not a whole number from 1.
 */
export function paginate<T>(items: readonly T[], listingPath: string, size: number = PAGE_SIZE): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`found a page size of ${size}, expected a whole number from 1`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, index) => {
    const number = index + 1;
    const pageItems = items.slice(index * size, number * size);
    return {
      number,
      total,
      listingPath,
      path: pagePath(listingPath, number),
      items: pageItems,
      count: items.length,
      first: pageItems.length > 0 ? index * size + 1 : 0,
      last: index * size + pageItems.length,
      ...(number > 1 ? { prev: pagePath(listingPath, number - 1) } : {}),
      ...(number < total ? { next: pagePath(listingPath, number + 1) } : {}),
    };
  });
}

/** A link of a page's navigation: to a page, or a gap where pages are left out. */
export type PageLink = { kind: 'page'; number: number; path: string; current: boolean } | { kind: 'gap' };

/**
 * The page links a page's navigation shows: every page when there are few; else the first, the
 * last and `around` pages either side of the current one, with a gap for each run left out (a run
 * of one page is shown rather than a gap, which would take as much room).
 * 1 … 4 5 [6] 7 8 … 50.
 */
export function pageLinks(page: Pick<Page<unknown>, 'number' | 'total' | 'listingPath'>, around = 2): PageLink[] {
  const shown = new Set([1, page.total]);
  for (let n = page.number - around; n <= page.number + around; n++) if (n >= 1 && n <= page.total) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  numbers.forEach((number, index) => {
    const before = numbers[index - 1];
    if (before !== undefined && number - before === 2) links.push(link(page, before + 1));
    else if (before !== undefined && number - before > 2) links.push({ kind: 'gap' });
    links.push(link(page, number));
  });
  return links;
}

function link(page: Pick<Page<unknown>, 'number' | 'listingPath'>, number: number): PageLink {
  return { kind: 'page', number, path: pagePath(page.listingPath, number), current: number === page.number };
}

/** Whether a listing takes more than one page, so that its pages say which one they are. */
export function isPaged(page: Pick<Page<unknown>, 'total'>): boolean {
  return page.total > 1;
}

/** A listing's title on one of its pages: "Resolutions, page 2 of 50"; unchanged for a single page. */
export function pageTitle(title: string, page: Pick<Page<unknown>, 'number' | 'total'>): string {
  return isPaged(page) ? `${title}, page ${page.number} of ${page.total}` : title;
}

/** What a page holds of its listing: "Documents 101–200 of 5,000". */
export function pageRange(page: Pick<Page<unknown>, 'first' | 'last' | 'count'>): string {
  const number = (n: number) => n.toLocaleString('en');
  return page.count === 0 ? 'No documents' : `Documents ${number(page.first)}–${number(page.last)} of ${number(page.count)}`;
}

/**
 * A listing's breadcrumb trail on one of its pages: page 1's trail unchanged; a later page's
 * adds a step "Page N", so that the listing's own step links to its first page.
 */
export function pageTrail<S extends { path: string; label: string }>(
  trail: S[],
  page: Pick<Page<unknown>, 'number' | 'path'>,
): (S | { path: string; label: string })[] {
  return page.number === 1 ? trail : [...trail, { path: page.path, label: `Page ${page.number}` }];
}
