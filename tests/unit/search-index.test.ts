import { describe, expect, it } from 'vitest';
import { filterGroups, filterValues, indexAttributes, resultMeta } from '../../src/lib/search/search-index.ts';
import { resultDate } from '../../src/lib/search/search-results.ts';
import { citationDate } from '../../src/lib/document/dates.ts';
import { compareByDate } from '../../src/lib/browse/browse.ts';
import { BRB_1, CAT_GC_4, ES_11_10, kind, RES_11, SC_1 } from './kinds.ts';
import { listed } from './listed.ts';

const resolution = { adopted: '1998-12-09', meeting: 85 };
const session = (number: number, name: string) => ({ number, name });

const RES_53_137 = listed({
  symbol: 'A/RES/53/137',
  title: 'International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families',
  type: 'resolution',
  resolution,
  session: session(53, 'Fifty-third session'),
  date: '1999-03-01',
});
const CHR_REPORT = listed({
  symbol: 'E/CN.4/2002/89',
  body: 'Commission on Human Rights',
  session: session(58, 'Fifty-eighth session'),
  date: '2001-12-20',
});
const UNNUMBERED = listed({ unnumberedId: 'ga-59-report', title: 'Status, and "efforts"', date: '2004-08-27' });

describe('what the index holds of a document', () => {
  it.each([
    // A resolution is found under the year of its adoption.
    [RES_53_137, { type: 'resolution', body: 'general-assembly', session: 'general-assembly-53', year: '1998' }],
    [CHR_REPORT, { type: 'report', body: 'commission-on-human-rights', session: 'commission-on-human-rights-58', year: '2001' }],
    // No session stated, no session filter.
    [UNNUMBERED, { type: 'report', body: 'general-assembly', year: '2004' }],
  ])('filters $id', (doc, filters) => {
    expect(filterValues(doc.data)).toEqual(filters);
  });

  it.each([
    [
      RES_53_137,
      {
        title: RES_53_137.data.title,
        date: 'adopted 9 December 1998, issued 1 March 1999',
        symbol: 'A/RES/53/137',
        number: '53/137 resolution 53/137',
      },
    ],
    [CHR_REPORT, { title: 'A title', date: '20 December 2001', symbol: 'E/CN.4/2002/89' }],
    [UNNUMBERED, { title: 'Status, and "efforts"', date: '27 August 2004' }],
  ])('shows and searches the metadata of $id', (doc, meta) => {
    expect(resultMeta(doc.data)).toEqual(meta);
  });

  it.each([RES_53_137, CHR_REPORT, UNNUMBERED])('gives back the date $id is cited by from its meta, to merge parts of the index by date', (doc) => {
    expect(resultDate(resultMeta(doc.data))).toBe(citationDate(doc.data));
  });

  it('gives an empty date, before every date, for a result without one', () => {
    expect(resultDate({ title: 'Untitled' })).toBe('');
  });

  it('marks the article for pagefind, every value in an attribute of its own', () => {
    expect(indexAttributes(UNNUMBERED.data)).toEqual({
      'data-pagefind-body': '',
      'data-search-title': 'Status, and "efforts"',
      'data-search-date': '27 August 2004',
      'data-search-filter-type': 'report',
      'data-search-filter-body': 'general-assembly',
      'data-search-filter-year': '2004',
      'data-search-sort-date': '2004-08-27',
      'data-pagefind-meta': 'title[data-search-title], date[data-search-date]',
      'data-pagefind-filter': 'type[data-search-filter-type], body[data-search-filter-body], year[data-search-filter-year]',
      'data-pagefind-sort': 'date[data-search-sort-date]',
    });
  });

  it('names a resolution\'s symbol and number among its metadata', () => {
    expect(indexAttributes(RES_53_137.data)['data-pagefind-meta']).toBe(
      'title[data-search-title], date[data-search-date], symbol[data-search-symbol], number[data-search-number]',
    );
  });
});

describe('the filters of the search page', () => {
  it('offers each kind, body, session and year of the documents, with counts and browse pages', () => {
    const groups = filterGroups([RES_53_137, CHR_REPORT, UNNUMBERED]);
    expect(groups.map((group) => [group.name, group.legend, group.options])).toEqual([
      [
        'type',
        'Kind of document',
        [
          { value: 'resolution', label: 'Resolutions', one: 'Resolution', count: 1, path: '/browse/type/resolution/' },
          { value: 'report', label: 'Reports', one: 'Report', count: 2, path: '/browse/type/report/' },
        ],
      ],
      [
        'body',
        'Issuing body',
        [
          { value: 'general-assembly', label: 'General Assembly', one: 'General Assembly', count: 2, path: '/browse/body/general-assembly/' },
          {
            value: 'commission-on-human-rights',
            label: 'Commission on Human Rights',
            one: 'Commission on Human Rights',
            count: 1,
            path: '/browse/body/commission-on-human-rights/',
          },
        ],
      ],
      [
        'session',
        'Session',
        [
          {
            value: 'general-assembly-53',
            label: 'General Assembly, fifty-third session',
            one: 'General Assembly, fifty-third session',
            count: 1,
            path: '/browse/session/general-assembly/53/',
          },
          {
            value: 'commission-on-human-rights-58',
            label: 'Commission on Human Rights, fifty-eighth session',
            one: 'Commission on Human Rights, fifty-eighth session',
            count: 1,
            path: '/browse/session/commission-on-human-rights/58/',
          },
        ],
      ],
      [
        'year',
        'Year',
        [
          { value: '1998', label: '1998', one: '1998', count: 1, path: '/browse/year/1998/' },
          { value: '2001', label: '2001', one: '2001', count: 1, path: '/browse/year/2001/' },
          { value: '2004', label: '2004', one: '2004', count: 1, path: '/browse/year/2004/' },
        ],
      ],
    ]);
  });

  it('offers exactly the filter values the documents are indexed with', () => {
    const documents = [RES_53_137, CHR_REPORT, UNNUMBERED];
    const offered = filterGroups(documents).flatMap((group) => group.options.map((option) => `${group.name}=${option.value}`));
    const indexed = new Set(documents.flatMap((doc) => Object.entries(filterValues(doc.data)).map(([name, value]) => `${name}=${value}`)));
    expect(offered.sort()).toEqual([...indexed].sort());
  });
});

describe('the kinds of the real collections', () => {
  it.each([
    [kind(SC_1), { type: 'resolution', body: 'security-council', year: '1946' }, 'adopted 25 January 1946'],
    [kind(CAT_GC_4), { type: 'general-comment', body: 'committee-against-torture', year: '2018' }, '4 September 2018'],
    [kind(BRB_1), { type: 'report', body: 'human-rights-council', session: 'human-rights-council-UPR-29', year: '2018' }, '4 January 2018'],
    // The emergency session's filter is not the eleventh regular session's.
    [kind(ES_11_10), { type: 'resolution', body: 'general-assembly', session: 'general-assembly-ES-11', year: '2026' }, 'adopted 24 February 2026'],
    [kind(RES_11), { type: 'resolution', body: 'general-assembly', session: 'general-assembly-11', year: '1956' }, 'adopted 5 November 1956, issued 10 January 1957'],
  ])('filters and dates %#', (doc, filters, date) => {
    expect(filterValues(doc.data)).toEqual(filters);
    expect(resultMeta(doc.data).date).toBe(date);
    expect(indexAttributes(doc.data)['data-search-sort-date']).toBe(citationDate(doc.data));
  });

  it('offers the general comments as a kind and the committees as bodies', () => {
    const groups = filterGroups([kind(CAT_GC_4), kind(SC_1)].sort(compareByDate));
    expect(groups.find((g) => g.name === 'type')!.options.map((o) => [o.value, o.one])).toEqual([
      ['resolution', 'Resolution'],
      ['general-comment', 'General comment or recommendation'],
    ]);
    expect(groups.find((g) => g.name === 'body')!.options.map((o) => o.value)).toEqual(['security-council', 'committee-against-torture']);
  });
});
