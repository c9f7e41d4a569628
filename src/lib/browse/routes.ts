/**
 * Every page the catch-all route src/pages/[...path].astro serves, decided in one place so that a
 * document, a redirect and a symbol listing can never claim the same URL unnoticed.
 */
import { prefixTree, type Listed, type PrefixListing } from './browse.ts';
import { CITE_PAGE } from '../citation/paths.ts';
import { documentFile, documentLabel, documentPath, documentRedirects } from '../document/documents.ts';
import { paginate, type Page } from './pagination.ts';
import { symbolPrefixes } from '../symbol/symbol.ts';

/** One page of a prefix listing: the listing, and the page of its documents shown. */
export interface ListingPage<T> {
  listing: PrefixListing<T>;
  page: Page<T>;
}

/** A page under a symbol-shaped URL; `C` is what the site knows of a cited document it lacks. */
export type SitePage<T, C extends CitedPage = never> =
  /**
   * A document, with the first page of the listing of what lies under its own path (its
   * addenda), if anything; the listing's later pages are listing pages.
   */
  | { kind: 'document'; path: string; document: T; below?: ListingPage<T> }
  /** An earlier URL of a document or of its cite page, pointing to the current one; `label` names it. */
  | { kind: 'redirect'; path: string; to: string; label: string; document: T }
  /** Another spelling of a document's URL that people type (all lower case), pointing to it. */
  | { kind: 'alias'; path: string; to: string; label: string; document: T }
  /**
   * One page of the documents and prefixes under a symbol prefix: /A/, /A/RES/, /A/RES/53/, and
   * /A/RES/53/page/2/ when it lists more documents than a page holds.
   */
  | ({ kind: 'listing'; path: string } & ListingPage<T>)
  /**
   * A document the collection cites but does not hold, at its own symbol's path, with the first
   * page of the listing of what lies under that path when it is also a prefix ("/A/53/625/"
   * cited while A/53/625/Add.1 is here).
   */
  | { kind: 'cited'; path: string; cited: C; ancestors: string[]; below?: ListingPage<T> };

/** What a page of a cited document needs from it here: its symbol and path. */
export interface CitedPage {
  symbol: string;
  path: string;
}

/**
 * The pages of the catch-all route. A prefix listing of more documents than a page holds takes
 * one page per PAGE_SIZE documents, each claimed like any other page. A prefix that is also a
 * document's path ("/A/53/625/" when A/53/625/Add.1 exists) is served by the document, which
 * lists the first page of what lies under it; so is one that is the path of a cited document the
 * collection lacks. A document's path in lower case ("/a/res/53/137/"), as people type it, leads
 * to the document: static hosts match paths case-sensitively.
 * @param cited the cited documents the collection lacks, each at its symbol's path.
 * @throws {Error} naming both owners when two pages would take one URL.
 */
export function sitePages<T extends Listed, C extends CitedPage = never>(documents: T[], cited: C[] = []): SitePage<T, C>[] {
  const pages = new Map<string, SitePage<T, C>>();
  const claim = (page: SitePage<T, C>): void => {
    const taken = pages.get(page.path);
    if (taken) {
      const owner = (p: SitePage<T, C>) =>
        p.kind === 'listing'
          ? `the listing ${p.listing.path}${p.page.number > 1 ? ` (page ${p.page.number})` : ''}`
          : p.kind === 'cited'
            ? `the cited document ${p.path}`
            : documentFile(p.document.data);
      throw new Error(`${owner(page)}: its ${page.kind} page ${page.path} is already the ${taken.kind} page of ${owner(taken)}`);
    }
    pages.set(page.path, page);
  };
  for (const document of documents) claim({ kind: 'document', path: documentPath(document.data), document });
  const redirects = redirectPages(documents);
  for (const page of redirects) if (page.kind === 'redirect') claim(page);
  for (const listing of prefixTree(documents)) {
    const [first, ...later] = paginate(listing.documents, listing.path);
    const owner = pages.get(listing.path);
    if (owner?.kind === 'document') owner.below = { listing, page: first! };
    else claim({ kind: 'listing', path: listing.path, listing, page: first! });
    for (const page of later) claim({ kind: 'listing', path: page.path, listing, page });
  }
  for (const document of cited) {
    const page = pages.get(document.path);
    // Its breadcrumbs lead only to pages that exist: /A/RES/45/ lists nothing when no document of
    // the collection is under it. Cited documents come in symbol order, A/53/625 before its addenda.
    const ancestors = symbolPrefixes(document.symbol).filter((prefix) => pages.has(prefix));
    // It takes the first page of a listing at its path; a later page's path is no symbol's.
    if (page?.kind === 'listing' && page.page.number === 1) {
      pages.set(document.path, { kind: 'cited', path: document.path, cited: document, ancestors, below: { listing: page.listing, page: page.page } });
    } else claim({ kind: 'cited', path: document.path, cited: document, ancestors });
  }
  for (const page of redirects) if (page.kind === 'alias') claim(page);
  return [...pages.values()];
}

/** A page of sitePages() that only leads elsewhere. */
export type RedirectPage<T> = Extract<SitePage<T>, { kind: 'redirect' | 'alias' }>;

/**
 * The pages that only lead to a document: its earlier address and the lower-case spelling of
 * its address. They are written by the build's document-files integration as small files, not
 * rendered as Astro pages (one per document would cost thousands of page renders); sitePages()
 * still claims their paths, so that no page can take one unnoticed.
 */
export function redirectPages<T extends Listed>(documents: T[]): RedirectPage<T>[] {
  const moved = documents.flatMap((document) => {
    const label = documentLabel(document.data);
    // The cite page moved with the document.
    return documentRedirects(document.data).flatMap(({ from, to }) => [
      { kind: 'redirect' as const, path: from, to, label, document },
      { kind: 'redirect' as const, path: `${from}${CITE_PAGE}`, to: `${to}${CITE_PAGE}`, label: `Cite ${label}`, document },
    ]);
  });
  const aliases = documents.flatMap((document) => {
    const path = documentPath(document.data);
    const lower = path.toLowerCase();
    return lower === path ? [] : [{ kind: 'alias' as const, path: lower, to: path, label: documentLabel(document.data), document }];
  });
  return [...moved, ...aliases];
}

/** The value of the catch-all route's `path` parameter for a URL path: "/A/RES/" → "A/RES". */
export function routeParam(path: string): string {
  return path.replace(/^\/|\/$/g, '');
}
