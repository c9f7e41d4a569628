/**
 * Every page the catch-all route src/pages/[...path].astro serves, decided in one place so that a
 * document, a redirect and a symbol listing can never claim the same URL unnoticed.
 */
import { prefixTree, type Listed, type PrefixListing } from './browse.ts';
import { documentFile, documentPath, documentRedirects } from './documents.ts';

/** A page under a symbol-shaped URL. */
export type SitePage<T> =
  /** A document, with the listing of what lies under its own path (its addenda), if anything. */
  | { kind: 'document'; path: string; document: T; below?: PrefixListing<T> }
  /** An earlier URL of a document, pointing to its current one. */
  | { kind: 'redirect'; path: string; to: string; document: T }
  /** Another spelling of a document's URL that people type (all lower case), pointing to it. */
  | { kind: 'alias'; path: string; to: string; document: T }
  /** The documents and prefixes under a symbol prefix: /A/, /A/RES/, /A/RES/53/. */
  | { kind: 'listing'; path: string; listing: PrefixListing<T> };

/**
 * The pages of the catch-all route. A prefix that is also a document's path ("/A/53/625/" when
 * A/53/625/Add.1 exists) is served by the document, which lists what lies under it. A document's
 * path in lower case ("/a/res/53/137/"), as people type it, leads to the document: static hosts
 * match paths case-sensitively.
 * @throws {Error} naming both files when a redirect would take a page's URL.
 */
export function sitePages<T extends Listed>(documents: T[]): SitePage<T>[] {
  const pages = new Map<string, SitePage<T>>();
  const claim = (page: SitePage<T>): void => {
    const taken = pages.get(page.path);
    if (taken) {
      const owner = (p: SitePage<T>) => (p.kind === 'listing' ? `the listing ${p.path}` : documentFile(p.document.data));
      throw new Error(`${owner(page)}: its ${page.kind} page ${page.path} is already the ${taken.kind} page of ${owner(taken)}`);
    }
    pages.set(page.path, page);
  };
  for (const document of documents) claim({ kind: 'document', path: documentPath(document.data), document });
  for (const document of documents) {
    for (const { from, to } of documentRedirects(document.data)) claim({ kind: 'redirect', path: from, to, document });
  }
  for (const listing of prefixTree(documents)) {
    const page = pages.get(listing.path);
    if (page?.kind === 'document') page.below = listing;
    else claim({ kind: 'listing', path: listing.path, listing });
  }
  for (const document of documents) {
    const path = documentPath(document.data);
    const lower = path.toLowerCase();
    if (lower !== path) claim({ kind: 'alias', path: lower, to: path, document });
  }
  return [...pages.values()];
}

/** The value of the catch-all route's `path` parameter for a URL path: "/A/RES/" → "A/RES". */
export function routeParam(path: string): string {
  return path.replace(/^\/|\/$/g, '');
}
