import { describe, expect, it } from 'vitest';
import { redirectPages, routeParam, sitePages, type CitedPage, type SitePage } from '../../src/lib/browse/routes.ts';
import type { Listed } from '../../src/lib/browse/browse.ts';
import { symbolToPath } from '../../src/lib/symbol/symbol.ts';
import { PAGE_SIZE } from '../../src/lib/browse/pagination.ts';
import { thrown } from './helpers.ts';
import { ids, listed } from './listed.ts';

/** A page reduced to what decides it: its path, kind and the document or redirect target. */
function brief(page: SitePage<Listed, CitedPage>): string {
  switch (page.kind) {
    case 'document':
      return `${page.path} document${page.below ? ` listing ${page.below.page.items.map((doc) => doc.id).join(',')}` : ''}`;
    case 'redirect':
      return `${page.path} redirect to ${page.to}`;
    case 'alias':
      return `${page.path} alias of ${page.to}`;
    case 'listing':
      return `${page.path} listing${page.page.total > 1 ? ` page ${page.page.number} of ${page.page.total}` : ''}`;
    case 'cited':
      return `${page.path} cited${page.below ? ` listing ${page.below.page.items.map((doc) => doc.id).join(',')}` : ''}, under ${page.ancestors.join(' ') || 'nothing'}`;
  }
}

/** A cited document as the route needs it. */
const cited = (symbol: string): CitedPage => ({ symbol, path: symbolToPath(symbol) });

describe('sitePages', () => {
  it('serves documents, their earlier addresses and every prefix listing', () => {
    const pages = sitePages([
      listed({ symbol: 'A/RES/53/137' }),
      listed({ symbol: 'A/54/150', unnumberedId: 'ga-54-report' }),
      listed({ unnumberedId: 'ga-59-report' }),
    ]);
    expect(pages.map(brief)).toEqual([
      '/A/RES/53/137/ document',
      '/A/54/150/ document',
      '/unnumbered/ga-59-report/ document',
      '/unnumbered/ga-54-report/ redirect to /A/54/150/',
      '/unnumbered/ga-54-report/cite/ redirect to /A/54/150/cite/',
      '/A/ listing',
      '/A/54/ listing',
      '/A/RES/ listing',
      '/A/RES/53/ listing',
      '/unnumbered/ listing',
      '/a/res/53/137/ alias of /A/RES/53/137/',
      '/a/54/150/ alias of /A/54/150/',
    ]);
  });

  it('lets a document that has addenda list them instead of a listing page at its path', () => {
    const pages = sitePages([listed({ symbol: 'A/53/625' }), listed({ symbol: 'A/53/625/Add.1' })]);
    expect(pages.map(brief)).toEqual([
      '/A/53/625/ document listing A/53/625/Add.1',
      '/A/53/625/Add.1/ document',
      '/A/ listing',
      '/A/53/ listing',
      '/a/53/625/ alias of /A/53/625/',
      '/a/53/625/add.1/ alias of /A/53/625/Add.1/',
    ]);
  });

  it('refuses two pages at one path, naming both files', () => {
    const error = thrown(() => sitePages([listed({ symbol: 'A/54/150' }), listed({ symbol: 'A/54/150' })]));
    expect(error.message).toBe(
      'content/documents/A/54/150.mdx: its document page /A/54/150/ is already the document page of content/documents/A/54/150.mdx',
    );
  });

  it('gives each cited document the collection lacks a page at its symbol, under the pages that exist', () => {
    const pages = sitePages([listed({ symbol: 'A/RES/53/137' })], [cited('A/RES/45/158'), cited('A/53/625'), cited('A/53/625/Add.1')]);
    expect(pages.map(brief)).toEqual([
      '/A/RES/53/137/ document',
      '/A/ listing',
      '/A/RES/ listing',
      '/A/RES/53/ listing',
      '/A/RES/45/158/ cited, under /A/ /A/RES/',
      '/A/53/625/ cited, under /A/',
      '/A/53/625/Add.1/ cited, under /A/ /A/53/625/',
      '/a/res/53/137/ alias of /A/RES/53/137/',
    ]);
  });

  it('merges a cited document with the listing at its path, which it then lists', () => {
    const pages = sitePages([listed({ symbol: 'A/53/625/Add.1' })], [cited('A/53/625')]);
    expect(pages.map(brief)).toEqual(['/A/53/625/Add.1/ document', '/A/ listing', '/A/53/ listing', '/A/53/625/ cited listing A/53/625/Add.1, under /A/ /A/53/', '/a/53/625/add.1/ alias of /A/53/625/Add.1/']);
  });

  it('refuses a cited document at a document’s path, naming both', () => {
    const error = thrown(() => sitePages([listed({ symbol: 'A/54/150' })], [cited('A/54/150')]));
    expect(error.message).toBe('the cited document /A/54/150/: its cited page /A/54/150/ is already the document page of content/documents/A/54/150.mdx');
  });

  it('cuts a prefix listing of more documents than a page holds into pages, each at its own path', () => {
    const documents = Array.from({ length: PAGE_SIZE * 2 + 1 }, (_, i) => listed({ symbol: `A/RES/53/${i + 1}` }));
    const listings = sitePages(documents).filter((page) => page.kind === 'listing');
    expect(listings.map(brief)).toEqual([
      '/A/ listing',
      '/A/RES/ listing',
      '/A/RES/53/ listing page 1 of 3',
      '/A/RES/53/page/2/ listing page 2 of 3',
      '/A/RES/53/page/3/ listing page 3 of 3',
    ]);
    const pages = listings.filter((page) => page.listing.path === '/A/RES/53/');
    expect(pages.map((page) => page.page.items.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 1]);
    expect(pages.flatMap((page) => ids(page.page.items))).toEqual(ids(documents));
    // Page 2 is not A/RES/53/2, whose page is the document's.
    expect(sitePages(documents).find((page) => page.path === '/A/RES/53/2/')?.kind).toBe('document');
  });

  it('gives a document the first page of what lies under it, and the rest listing pages of their own', () => {
    const addenda = Array.from({ length: PAGE_SIZE + 1 }, (_, i) => listed({ symbol: `A/53/625/Add.${i + 1}` }));
    const pages = sitePages([listed({ symbol: 'A/53/625' }), ...addenda]);
    const document = pages.find((page) => page.path === '/A/53/625/');
    expect(document?.kind === 'document' && [document.below?.page.number, document.below?.page.total, document.below?.page.items.length]).toEqual([1, 2, PAGE_SIZE]);
    expect(pages.filter((page) => page.kind === 'listing').map(brief)).toEqual(['/A/ listing', '/A/53/ listing', '/A/53/625/page/2/ listing page 2 of 2']);
    const second = pages.find((page) => page.path === '/A/53/625/page/2/');
    expect(second?.kind === 'listing' && ids(second.page.items)).toEqual([`A/53/625/Add.${PAGE_SIZE + 1}`]);
  });

  it('gives a cited document the first page of the listing at its path, and leaves it the rest', () => {
    const addenda = Array.from({ length: PAGE_SIZE + 1 }, (_, i) => listed({ symbol: `A/53/625/Add.${i + 1}` }));
    const pages = sitePages(addenda, [cited('A/53/625')]);
    const page = pages.find((p) => p.path === '/A/53/625/');
    expect(page?.kind === 'cited' && [page.below?.page.number, page.below?.page.total]).toEqual([1, 2]);
    expect(pages.find((p) => p.path === '/A/53/625/page/2/')?.kind).toBe('listing');
  });

  it('refuses a page at the path of a listing’s later page, naming the listing and the page', () => {
    const documents = Array.from({ length: PAGE_SIZE + 1 }, (_, i) => listed({ symbol: `A/RES/53/${i + 1}` }));
    const error = thrown(() => sitePages(documents, [{ symbol: 'A/RES/53/PAGE/2', path: '/A/RES/53/page/2/' }]));
    expect(error.message).toBe(
      'the cited document /A/RES/53/page/2/: its cited page /A/RES/53/page/2/ is already the listing page of the listing /A/RES/53/ (page 2)',
    );
  });

  it.each([
    ['/A/RES/53/137/', 'A/RES/53/137'],
    ['/A/CONF.157/24(PartI)/', 'A/CONF.157/24(PartI)'],
    ['/unnumbered/ga-54-report/', 'unnumbered/ga-54-report'],
  ])('gives the route parameter of %s as %s', (path, param) => {
    expect(routeParam(path)).toBe(param);
  });
});

describe('redirectPages', () => {
  it('leads a moved document and its cite page to their new addresses, and each lower-case spelling to its page', () => {
    const pages = redirectPages([listed({ symbol: 'A/54/150', unnumberedId: 'ga-54-report' }), listed({ unnumberedId: 'ga-59-report' })]);
    expect(pages.map(({ kind, path, to, label }) => `${kind} ${path} → ${to} "${label}"`)).toEqual([
      'redirect /unnumbered/ga-54-report/ → /A/54/150/ "A/54/150"',
      'redirect /unnumbered/ga-54-report/cite/ → /A/54/150/cite/ "Cite A/54/150"',
      'alias /a/54/150/ → /A/54/150/ "A/54/150"',
    ]);
  });
});
