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
  groupByUprState,
  groupByYear,
  groupPages,
  latest,
  prefixTree,
  shortName,
  summaries,
} from '../../src/lib/browse/browse.ts';
import { PAGE_SIZE } from '../../src/lib/browse/pagination.ts';
import { BHS_1, BRB_1, BRB_2, BRB_3, CAT_GC_2, CAT_GC_4, CRPD_GC_8, ES_11_10, HRC_16_21, kind, RES_11, SC_1 } from './kinds.ts';
import { ids, listed } from './listed.ts';

const session = (number: number, name: string) => ({ number, name });
const resolution = { adopted: '1998-12-09', meeting: 85 };

const RES_53_137 = listed({ symbol: 'A/RES/53/137', type: 'resolution', resolution, session: session(53, 'Fifty-third session'), date: '1999-03-01' });
const RES_55_88 = listed({ symbol: 'A/RES/55/88', type: 'resolution', resolution: { adopted: '2000-12-04', meeting: 81 }, session: session(55, 'Fifty-fifth session'), date: '2001-02-21' });
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

  it('groups by year, a resolution by the year of its adoption rather than of its issue', () => {
    expect(groupByYear(ALL).map(({ year, path, documents }) => [year, path, ids(documents)])).toEqual([
      [1998, '/browse/year/1998/', ['A/RES/53/137']],
      [1999, '/browse/year/1999/', ['unnumbered/ga-54-report']],
      [2000, '/browse/year/2000/', ['A/RES/55/88']],
      [2001, '/browse/year/2001/', ['E/CN.4/2002/89']],
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
    expect(summaries(groupBySession(ALL)).slice(0, 2)).toEqual([
      { path: '/browse/session/general-assembly/53/', label: 'General Assembly, fifty-third session', count: 1 },
      { path: '/browse/session/general-assembly/54/', label: 'General Assembly, fifty-fourth session', count: 1 },
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

describe('the kinds of the real collections', () => {
  const [sc1, gc4, gc2, crpd8, brb1, brb2, brb3, bhs1, es10, res11] = [SC_1, CAT_GC_4, CAT_GC_2, CRPD_GC_8, BRB_1, BRB_2, BRB_3, BHS_1, ES_11_10, RES_11].map(kind);
  const KINDS = [sc1, gc4, gc2, crpd8, brb1, brb2, brb3, bhs1, es10, res11].map((doc) => doc!).sort(compareByDate);

  it('lists a Security Council resolution under the year of its adoption, which is all it states', () => {
    expect(groupByYear(KINDS).find((group) => group.year === 1946)?.documents.map((doc) => doc.id)).toEqual(['S/RES/1(1946)']);
  });

  it('lists a committee’s general comments by number, each committee on its own page', () => {
    expect(groupByBody(KINDS).filter((group) => group.slug.startsWith('committee')).map(({ path, documents }) => [path, ids(documents)])).toEqual([
      ['/browse/body/committee-against-torture/', ['CAT/C/GC/2', 'CAT/C/GC/4']],
      ['/browse/body/committee-on-the-rights-of-persons-with-disabilities/', ['CRPD/C/GC/8']],
    ]);
  });

  it('puts a later-numbered general comment after an earlier one whatever their dates', () => {
    const late = kind({ ...CAT_GC_2, symbol: 'CAT/C/GC/1', date: '2020-01-01', generalComment: { number: 1, form: 'general comment' } });
    expect(ids(groupByBody([gc4!, late].sort(compareByDate))[0]!.documents)).toEqual(['CAT/C/GC/1', 'CAT/C/GC/4']);
  });

  it('groups the Universal Periodic Review by State reviewed, by name, each State’s documents in the review’s order', () => {
    expect(groupByUprState(KINDS).map(({ state, label, path, documents }) => [state, label, path, ids(documents)])).toEqual([
      ['BHS', 'Bahamas', '/browse/upr/BHS/', ['A/HRC/WG.6/29/BHS/1']],
      ['BRB', 'Barbados', '/browse/upr/BRB/', ['A/HRC/WG.6/29/BRB/1', 'A/HRC/WG.6/29/BRB/2', 'A/HRC/WG.6/29/BRB/3']],
    ]);
  });

  it('keeps an emergency special session apart from the regular session of its number, after the regular ones', () => {
    const sessions = groupBySession(KINDS).filter((group) => group.bodySlug === 'general-assembly');
    expect(sessions.map(({ session, label, path }) => [session, label, path])).toEqual([
      [11, 'General Assembly, eleventh session', '/browse/session/general-assembly/11/'],
      ['ES-11', 'General Assembly, eleventh emergency special session', '/browse/session/general-assembly/ES-11/'],
    ]);
  });

  it('gives the Working Group on the Universal Periodic Review its own sessions, apart from the Council’s', () => {
    const council = kind({ ...HRC_16_21, session: { number: 29, name: 'Twenty-ninth session' } });
    const sessions = groupBySession([...KINDS, council].sort(compareByDate)).filter((group) => group.bodySlug === 'human-rights-council');
    expect(sessions.map(({ session, label, path, documents }) => [session, label, path, documents.length])).toEqual([
      [29, 'Human Rights Council, twenty-ninth session', '/browse/session/human-rights-council/29/', 1],
      [
        'UPR-29',
        'Human Rights Council, Working Group on the Universal Periodic Review, twenty-ninth session',
        '/browse/session/human-rights-council/UPR-29/',
        4,
      ],
    ]);
  });

  it('names the kind of a general comment', () => {
    expect(groupByType(KINDS).map(({ label }) => label)).toEqual(['Resolutions', 'Reports', 'General comments and recommendations']);
  });

  it('names a resolution without a symbol by its adoption date when it has no issue date', () => {
    expect(shortName(kind({ ...ES_11_10, symbol: undefined, unnumberedId: 'es-11-10' }).data)).toBe('Resolution of 24 February 2026');
  });
});
