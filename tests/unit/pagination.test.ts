import { describe, expect, it } from 'vitest';
import {
  PAGE_SIZE,
  pageLinks,
  pageParam,
  pagePath,
  pageRange,
  pageTitle,
  pageTrail,
  paginate,
  type PageLink,
} from '../../src/lib/browse/pagination.ts';
import { symbolToPath } from '../../src/lib/symbol/symbol.ts';

const numbers = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

describe('pagePath', () => {
  it.each([
    ['/A/RES/53/', 1, '/A/RES/53/'],
    ['/A/RES/53/', 2, '/A/RES/53/page/2/'],
    ['/browse/type/resolution/', 1, '/browse/type/resolution/'],
    ['/browse/type/resolution/', 50, '/browse/type/resolution/page/50/'],
    ['/browse/session/general-assembly/53/', 3, '/browse/session/general-assembly/53/page/3/'],
  ])('puts page %s %i at %s', (listing, number, path) => {
    expect(pagePath(listing, number)).toBe(path);
  });

  it('never makes a symbol’s path, which would be the symbol’s and not the page’s', () => {
    // A/RES/53/2 is at /A/RES/53/2/; page 2 of /A/RES/53/ must be elsewhere, whatever the case.
    expect(pagePath('/A/RES/53/', 2)).not.toBe(symbolToPath('A/RES/53/2'));
    expect(pagePath('/A/RES/53/', 2)).not.toBe(symbolToPath('A/RES/53/page/2'));
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses page %s', (number) => {
    expect(() => pagePath('/A/', number)).toThrow(`found page ${number}, expected a whole number from 1`);
  });

  it('refuses a listing path without its final slash', () => {
    expect(() => pagePath('/A', 2)).toThrow('found the listing path "/A", expected a path ending in "/"');
  });

  it('gives the rest parameter of each page, none for page 1', () => {
    expect([1, 2, 12].map(pageParam)).toEqual([undefined, 'page/2', 'page/12']);
  });
});

describe('paginate', () => {
  it('cuts a listing into pages of the size, in its order, the last one holding the rest', () => {
    const pages = paginate(numbers(250), '/browse/type/report/');
    expect(pages.map((page) => [page.number, page.total, page.path, page.items.length, page.first, page.last, page.count])).toEqual([
      [1, 3, '/browse/type/report/', 100, 1, 100, 250],
      [2, 3, '/browse/type/report/page/2/', 100, 101, 200, 250],
      [3, 3, '/browse/type/report/page/3/', 50, 201, 250, 250],
    ]);
    expect(pages.flatMap((page) => page.items)).toEqual(numbers(250));
  });

  it('links each page to the one before and after it', () => {
    const pages = paginate(numbers(250), '/A/');
    expect(pages.map(({ prev, next }) => [prev, next])).toEqual([
      [undefined, '/A/page/2/'],
      ['/A/', '/A/page/3/'],
      ['/A/page/2/', undefined],
    ]);
  });

  it('keeps a listing of exactly one page size on one page, and the next item makes a second', () => {
    expect(paginate(numbers(PAGE_SIZE), '/A/')).toHaveLength(1);
    expect(paginate(numbers(PAGE_SIZE + 1), '/A/').map((page) => page.items.length)).toEqual([PAGE_SIZE, 1]);
  });

  it('gives an empty listing one empty page at its own path', () => {
    expect(paginate([], '/A/')).toEqual([{ number: 1, total: 1, listingPath: '/A/', path: '/A/', items: [], count: 0, first: 0, last: 0 }]);
  });

  it('takes another page size', () => {
    expect(paginate(numbers(5), '/A/', 2).map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it.each([0, 2.5])('refuses a page size of %s', (size) => {
    expect(() => paginate(numbers(5), '/A/', size)).toThrow(`found a page size of ${size}, expected a whole number from 1`);
  });
});

/** Page links as a line: "1 … 4 5 [6] 7 8 … 50". */
function line(links: PageLink[]): string {
  return links.map((link) => (link.kind === 'gap' ? '…' : link.current ? `[${link.number}]` : String(link.number))).join(' ');
}

describe('pageLinks', () => {
  const at = (number: number, total: number) => pageLinks({ number, total, listingPath: '/A/' });

  it.each<[number, number, string]>([
    [1, 1, '[1]'],
    [1, 3, '[1] 2 3'],
    [2, 3, '1 [2] 3'],
    [1, 7, '[1] 2 3 … 7'],
    [4, 7, '1 2 3 [4] 5 6 7'],
    [5, 7, '1 2 3 4 [5] 6 7'],
    [6, 50, '1 … 4 5 [6] 7 8 … 50'],
    [4, 50, '1 2 3 [4] 5 6 … 50'],
    [50, 50, '1 … 48 49 [50]'],
    [47, 50, '1 … 45 46 [47] 48 49 50'],
  ])('shows page %i of %i as %s', (number, total, expected) => {
    expect(line(at(number, total))).toBe(expected);
  });

  it('stays short however many pages there are', () => {
    expect(at(500, 1000)).toHaveLength(9);
  });

  it('links each page at its path', () => {
    expect(at(2, 3)).toEqual([
      { kind: 'page', number: 1, path: '/A/', current: false },
      { kind: 'page', number: 2, path: '/A/page/2/', current: true },
      { kind: 'page', number: 3, path: '/A/page/3/', current: false },
    ]);
  });
});

describe('what a page says of itself', () => {
  it('titles each page of a listing of several pages, and leaves a single page’s title alone', () => {
    expect(pageTitle('Resolutions', { number: 2, total: 50 })).toBe('Resolutions, page 2 of 50');
    expect(pageTitle('Resolutions', { number: 1, total: 2 })).toBe('Resolutions, page 1 of 2');
    expect(pageTitle('Resolutions', { number: 1, total: 1 })).toBe('Resolutions');
  });

  it('says which documents of how many it lists', () => {
    expect(pageRange({ first: 101, last: 200, count: 250 })).toBe('Documents 101–200 of 250');
    expect(pageRange({ first: 9901, last: 10000, count: 10000 })).toBe('Documents 9,901–10,000 of 10,000');
    expect(pageRange({ first: 0, last: 0, count: 0 })).toBe('No documents');
  });

  it('adds a later page to the breadcrumbs, so that the listing’s own step leads to page 1', () => {
    const trail = [
      { path: '/', label: 'Home' },
      { path: '/A/', label: 'A' },
    ];
    expect(pageTrail(trail, { number: 1, path: '/A/' })).toEqual(trail);
    expect(pageTrail(trail, { number: 3, path: '/A/page/3/' })).toEqual([...trail, { path: '/A/page/3/', label: 'Page 3' }]);
  });
});
