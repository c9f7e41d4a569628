import { describe, expect, it } from 'vitest';
import {
  browseTrail,
  breadcrumbs,
  compareByDate,
  compareSymbols,
  documentCount,
  documentPrefixes,
  groupByBody,
  groupBySession,
  groupByType,
  groupByYear,
  groupPages,
  latest,
  prefixTree,
  shortName,
  summaries,
} from '../../src/lib/browse.ts';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';
import { ids, listed } from './listed.ts';

const session = (number: number, name: string) => ({ number, name });
const resolution = { adopted: '1998-12-09', meeting: 85 };

const RES_53_137 = listed({ symbol: 'A/RES/53/137', type: 'resolution', resolution, session: session(53, 'Fifty-third session'), date: '1999-03-01' });
const RES_55_88 = listed({ symbol: 'A/RES/55/88', type: 'resolution', resolution, session: session(55, 'Fifty-fifth session'), date: '2001-02-21' });
const CHR_REPORT = listed({ symbol: 'E/CN.4/2002/89', body: 'Commission on Human Rights', session: session(58, 'Fifty-eighth session'), date: '2001-12-20' });
const GA_54_REPORT = listed({ unnumberedId: 'ga-54-report', session: session(54, 'Fifty-fourth session'), date: '1999-09-13' });
const GA_59_REPORT = listed({ unnumberedId: 'ga-59-report', date: '2004-08-27' });
const ALL = [RES_53_137, GA_54_REPORT, RES_55_88, CHR_REPORT, GA_59_REPORT].sort(compareByDate);

describe('order', () => {
  it('sorts by date, oldest first', () => {
    expect(ids(ALL)).toEqual(['A/RES/53/137', 'unnumbered/ga-54-report', 'A/RES/55/88', 'E/CN.4/2002/89', 'unnumbered/ga-59-report']);
  });

  it('breaks a tie of dates by symbol, numbers counted', () => {
    const nine = listed({ symbol: 'A/RES/53/9' });
    const many = listed({ symbol: 'A/RES/53/137' });
    expect(ids([many, nine].sort(compareByDate))).toEqual(['A/RES/53/9', 'A/RES/53/137']);
  });

  it.each<[string, string, number]>([
    ['A/RES/53/9', 'A/RES/53/137', -1],
    ['A/53/625', 'A/53/625/Add.1', -1],
    ['E/CN.4/2002/89', 'A/RES/53/137', 1],
  ])('%s comes %s', (a, b, sign) => {
    expect(Math.sign(compareSymbols(a, b))).toBe(sign);
  });

  it('takes the latest documents newest first', () => {
    expect(ids(latest(ALL, 2))).toEqual(['unnumbered/ga-59-report', 'E/CN.4/2002/89']);
  });
});

describe('groups', () => {
  it('groups by body, in the order of the bodies list', () => {
    expect(groupByBody(ALL).map(({ slug, label, path, documents }) => [slug, label, path, ids(documents)])).toEqual([
      ['general-assembly', 'General Assembly', '/browse/body/general-assembly/', ['A/RES/53/137', 'unnumbered/ga-54-report', 'A/RES/55/88', 'unnumbered/ga-59-report']],
      ['commission-on-human-rights', 'Commission on Human Rights', '/browse/body/commission-on-human-rights/', ['E/CN.4/2002/89']],
    ]);
  });

  it('groups by session of each body, leaving out documents without a session', () => {
    expect(groupBySession(ALL).map(({ label, path, documents }) => [label, path, ids(documents)])).toEqual([
      ['General Assembly, fifty-third session', '/browse/session/general-assembly/53/', ['A/RES/53/137']],
      ['General Assembly, fifty-fourth session', '/browse/session/general-assembly/54/', ['unnumbered/ga-54-report']],
      ['General Assembly, fifty-fifth session', '/browse/session/general-assembly/55/', ['A/RES/55/88']],
      ['Commission on Human Rights, fifty-eighth session', '/browse/session/commission-on-human-rights/58/', ['E/CN.4/2002/89']],
    ]);
  });

  it('groups by year of issue', () => {
    expect(groupByYear(ALL).map(({ year, path, documents }) => [year, path, ids(documents)])).toEqual([
      [1999, '/browse/year/1999/', ['A/RES/53/137', 'unnumbered/ga-54-report']],
      [2001, '/browse/year/2001/', ['A/RES/55/88', 'E/CN.4/2002/89']],
      [2004, '/browse/year/2004/', ['unnumbered/ga-59-report']],
    ]);
  });

  it('groups by kind, in the order of the schema', () => {
    expect(groupByType(ALL).map(({ type, label, path, documents }) => [type, label, path, documents.length])).toEqual([
      ['resolution', 'Resolutions', '/browse/type/resolution/', 2],
      ['report', 'Reports', '/browse/type/report/', 3],
    ]);
  });

  it('summarises groups for links', () => {
    expect(summaries(groupByYear(ALL))).toEqual([
      { path: '/browse/year/1999/', label: '1999', count: 2 },
      { path: '/browse/year/2001/', label: '2001', count: 2 },
      { path: '/browse/year/2004/', label: '2004', count: 1 },
    ]);
  });

  it('gives every group a page per PAGE_SIZE documents, the first at the group’s own path', () => {
    const many = Array.from({ length: PAGE_SIZE + 1 }, (_, i) => listed({ symbol: `A/RES/53/${i + 1}`, type: 'resolution', resolution, date: '1999-03-01' }));
    const pages = groupPages(groupByType([...many, CHR_REPORT].sort(compareByDate)));
    expect(pages.map(({ group, page }) => [group.type, page.number, page.path, page.items.length])).toEqual([
      ['resolution', 1, '/browse/type/resolution/', PAGE_SIZE],
      ['resolution', 2, '/browse/type/resolution/page/2/', 1],
      ['report', 1, '/browse/type/report/', 1],
    ]);
  });

  it.each([[0, '0 documents'], [1, '1 document'], [12, '12 documents']])('counts %i as %j', (count, text) => {
    expect(documentCount(count)).toBe(text);
  });
});

describe('the symbol tree', () => {
  it.each<[string, ReturnType<typeof listed>, string[]]>([
    ['a resolution', RES_53_137, ['/A/', '/A/RES/', '/A/RES/53/']],
    ['a report of a subsidiary body', CHR_REPORT, ['/E/', '/E/CN.4/', '/E/CN.4/2002/']],
    ['a document without a symbol', GA_54_REPORT, ['/unnumbered/']],
  ])('places %s under its prefixes', (_name, doc, prefixes) => {
    expect(documentPrefixes(doc.data)).toEqual(prefixes);
  });

  it('lists, for every prefix, the prefixes and documents directly under it', () => {
    const tree = prefixTree(ALL);
    expect(tree.map(({ path, label, ancestors, prefixes, documents, count }) => ({ path, label, ancestors, prefixes, documents: ids(documents), count }))).toEqual([
      { path: '/A/', label: 'A/', ancestors: [], prefixes: [{ path: '/A/RES/', label: 'A/RES/', count: 2 }], documents: [], count: 2 },
      { path: '/A/RES/', label: 'A/RES/', ancestors: ['/A/'], prefixes: [{ path: '/A/RES/53/', label: 'A/RES/53/', count: 1 }, { path: '/A/RES/55/', label: 'A/RES/55/', count: 1 }], documents: [], count: 2 },
      { path: '/A/RES/53/', label: 'A/RES/53/', ancestors: ['/A/', '/A/RES/'], prefixes: [], documents: ['A/RES/53/137'], count: 1 },
      { path: '/A/RES/55/', label: 'A/RES/55/', ancestors: ['/A/', '/A/RES/'], prefixes: [], documents: ['A/RES/55/88'], count: 1 },
      { path: '/E/', label: 'E/', ancestors: [], prefixes: [{ path: '/E/CN.4/', label: 'E/CN.4/', count: 1 }], documents: [], count: 1 },
      { path: '/E/CN.4/', label: 'E/CN.4/', ancestors: ['/E/'], prefixes: [{ path: '/E/CN.4/2002/', label: 'E/CN.4/2002/', count: 1 }], documents: [], count: 1 },
      { path: '/E/CN.4/2002/', label: 'E/CN.4/2002/', ancestors: ['/E/', '/E/CN.4/'], prefixes: [], documents: ['E/CN.4/2002/89'], count: 1 },
      { path: '/unnumbered/', label: 'Symbol not stated', ancestors: [], prefixes: [], documents: ['unnumbered/ga-54-report', 'unnumbered/ga-59-report'], count: 2 },
    ]);
  });

  it('describes each listing', () => {
    const tree = prefixTree(ALL);
    expect(tree.find((listing) => listing.path === '/A/RES/')?.description).toBe('Documents whose symbol begins with A/RES/.');
    expect(tree.find((listing) => listing.path === '/unnumbered/')?.description).toMatch(/^Documents whose source does not state their symbol\./);
  });

  it('leaves a document with addenda to list them itself, and orders numbers as numbers', () => {
    const report = listed({ symbol: 'A/53/625' });
    const addendum = listed({ symbol: 'A/53/625/Add.1' });
    const other = listed({ symbol: 'A/53/90' });
    const tree = prefixTree([addendum, report, other]);
    expect(tree.find((listing) => listing.path === '/A/53/')).toMatchObject({ prefixes: [], count: 3 });
    expect(ids(tree.find((listing) => listing.path === '/A/53/')!.documents)).toEqual(['A/53/90', 'A/53/625']);
    expect(ids(tree.find((listing) => listing.path === '/A/53/625/')!.documents)).toEqual(['A/53/625/Add.1']);
  });

  it('lists a document with a part marker under its number', () => {
    const part = listed({ symbol: 'A/CONF.157/24 (Part I)' });
    expect(prefixTree([part]).map(({ path }) => path)).toEqual(['/A/', '/A/CONF.157/', '/A/CONF.157/24/']);
  });
});

describe('navigation', () => {
  it.each<[string[], { path: string; label: string }[]]>([
    [[], [{ path: '/', label: 'Home' }]],
    [['/A/', '/A/RES/', '/A/RES/53/'], [{ path: '/', label: 'Home' }, { path: '/A/', label: 'A' }, { path: '/A/RES/', label: 'RES' }, { path: '/A/RES/53/', label: '53' }]],
    [['/E/', '/E/CN.4/'], [{ path: '/', label: 'Home' }, { path: '/E/', label: 'E' }, { path: '/E/CN.4/', label: 'CN.4' }]],
    [['/unnumbered/'], [{ path: '/', label: 'Home' }, { path: '/unnumbered/', label: 'Symbol not stated' }]],
  ])('breadcrumbs of %j', (prefixes, trail) => {
    expect(breadcrumbs(prefixes)).toEqual(trail);
  });

  it.each<[ReturnType<typeof listed>, string]>([
    [RES_53_137, 'A/RES/53/137'],
    [GA_54_REPORT, 'Report of 13 September 1999'],
  ])('names %s briefly', (doc, name) => {
    expect(shortName(doc.data)).toBe(name);
  });
});

describe('browseTrail', () => {
  it('leads from Home through Browse to the steps given', () => {
    expect(browseTrail()).toEqual([
      { path: '/', label: 'Home' },
      { path: '/browse/', label: 'Browse' },
    ]);
    expect(browseTrail({ path: '/browse/body/general-assembly/', label: 'General Assembly' }, { path: '/browse/session/general-assembly/53/', label: 'General Assembly, fifty-third session' }).map((step) => step.path)).toEqual([
      '/',
      '/browse/',
      '/browse/body/general-assembly/',
      '/browse/session/general-assembly/53/',
    ]);
  });
});
