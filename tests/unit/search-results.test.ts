import { describe, expect, it } from 'vitest';
import {
  excerptParts,
  hasCriteria,
  hitPlace,
  MAX_QUERY_LENGTH,
  namedDestination,
  namedSymbol,
  pagefindFilters,
  pagefindQuery,
  pagefindSort,
  placeLabel,
  readSearchState,
  searchParams,
  type Anchor,
  type SearchState,
} from '../../src/lib/search/search-results.ts';
import { searchDestinations } from '../../src/lib/search/search-destinations.ts';

const state = (query: string): SearchState => readSearchState(new URLSearchParams({ q: query }));

describe('the search in the URL', () => {
  it.each<[string, SearchState]>([
    ['', { query: '', filters: { type: [], body: [], session: [], year: [] }, sort: 'relevance' }],
    ['q=HURIST', { query: 'HURIST', filters: { type: [], body: [], session: [], year: [] }, sort: 'relevance' }],
    [
      'q=53%2F137&type=resolution&type=report&year=1999&sort=oldest',
      { query: '53/137', filters: { type: ['resolution', 'report'], body: [], session: [], year: ['1999'] }, sort: 'oldest' },
    ],
    // Repeated and empty values ("Any session" sends session=) and unknown keys are dropped.
    [
      'type=report&type=report&session=&color=red&sort=sideways',
      { query: '', filters: { type: ['report'], body: [], session: [], year: [] }, sort: 'relevance' },
    ],
  ])('reads "%s"', (query, expected) => {
    expect(readSearchState(new URLSearchParams(query))).toEqual(expected);
  });

  it.each([
    ['q=HURIST'],
    ['q=53%2F137&type=resolution&type=report&year=1999&sort=oldest'],
    ['body=general-assembly&session=general-assembly-54'],
    ['q=%3Cscript%3E+%22'],
  ])('writes back what it read: "%s"', (query) => {
    expect(searchParams(readSearchState(new URLSearchParams(query))).toString()).toBe(query);
  });

  it('leaves out a query of spaces and the default order', () => {
    expect(searchParams(readSearchState(new URLSearchParams('q=++&sort=relevance'))).toString()).toBe('');
  });

  it.each([
    ['', false],
    ['q=+', false],
    ['q=HURIST', true],
    ['year=1999', true],
    ['sort=newest', false],
  ])('"%s" asks for something: %s', (query, expected) => {
    expect(hasCriteria(readSearchState(new URLSearchParams(query)))).toBe(expected);
  });
});

describe('what pagefind is asked', () => {
  it('asks for any of the values of each chosen filter, and all chosen filters together', () => {
    const chosen = readSearchState(new URLSearchParams('type=resolution&type=report&year=1999'));
    expect(pagefindFilters(chosen)).toEqual({ type: { any: ['resolution', 'report'] }, year: { any: ['1999'] } });
  });

  it.each<[string, Record<string, string> | undefined]>([
    ['q=HURIST', undefined],
    ['q=HURIST&sort=newest', { date: 'desc' }],
    ['q=HURIST&sort=oldest', { date: 'asc' }],
    // Without words there is no relevance: newest first, unless oldest was asked for.
    ['type=report', { date: 'desc' }],
    ['type=report&sort=oldest', { date: 'asc' }],
  ])('sorts "%s" by %j', (query, sort) => {
    expect(pagefindSort(readSearchState(new URLSearchParams(query)))).toEqual(sort);
  });

  it.each<[string, string | null]>([
    ['  HURIST ', 'HURIST'],
    ['   ', null],
    ['x'.repeat(MAX_QUERY_LENGTH + 100), 'x'.repeat(MAX_QUERY_LENGTH)],
  ])('searches %j as %j', (query, expected) => {
    expect(pagefindQuery(state(query))).toBe(expected);
  });
});

describe('the symbol a query names', () => {
  const symbols = ['A/RES/53/137', 'E/CN.4/2002/89', 'A/CONF.157/24 (Part I)', 'E/CN.4/RES/2001/53'];

  it.each<[string, string | undefined]>([
    ['A/RES/53/137', 'A/RES/53/137'],
    ['a/res/53/137', 'A/RES/53/137'],
    [' A / RES / 53 / 137 ', 'A/RES/53/137'],
    ['53/137', 'A/RES/53/137'],
    ['res 53/137', 'A/RES/53/137'],
    ['Res. 53/137', 'A/RES/53/137'],
    ['resolution 53/137', 'A/RES/53/137'],
    ['GA resolution 53/137', 'A/RES/53/137'],
    ['E/CN.4/2002/89', 'E/CN.4/2002/89'],
    ['E/CN4/2002/89', 'E/CN.4/2002/89'],
    ['e/cn.4/2002/89', 'E/CN.4/2002/89'],
    ['a/conf.157/24 (part i)', 'A/CONF.157/24 (Part I)'],
    ['2001/53', 'E/CN.4/RES/2001/53'],
    // Not a name of one of them: a part of a symbol, a number, words, another symbol.
    ['53137', undefined],
    ['137', undefined],
    ['A/RES/53', undefined],
    ['A/55/602/Add.1', undefined],
    ['migrant workers', undefined],
    ['resolution 53/13', undefined],
  ])('%j names %j', (query, expected) => {
    expect(namedSymbol(query, symbols)).toBe(expected);
  });

  it('names nothing among no symbols', () => {
    expect(namedSymbol('A/RES/53/137', [])).toBeUndefined();
  });
});

describe('the State or treaty a query names', () => {
  const destinations = searchDestinations(
    [
      { code: 'CPV', name: 'Cabo Verde', path: '/states/CPV/', writtenNames: ['Cape Verde'] },
      { code: 'CIV', name: 'Côte d’Ivoire', path: '/states/CIV/', writtenNames: [] },
      { code: 'PHL', name: 'Philippines', path: '/states/PHL/', writtenNames: ['the Philippines'] },
    ],
    [{ path: '/treaties/migrant-workers-convention/', data: { name: 'International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families', shortName: 'Migrant Workers Convention' } }],
  );
  it.each([
    ['Cabo Verde', '/states/CPV/'],
    ['cape verde', '/states/CPV/'],
    ['  CAPE   VERDE ', '/states/CPV/'],
    ["cote d'ivoire", '/states/CIV/'],
    ['the Philippines', '/states/PHL/'],
    ['migrant workers convention', '/treaties/migrant-workers-convention/'],
    ['International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families', '/treaties/migrant-workers-convention/'],
  ])('%s leads to %s', (query, path) => {
    expect(namedDestination(query, destinations)?.path).toBe(path);
  });
  it.each(['', 'verde', 'Cabo Verde migration', 'CPV', 'migrant workers'])('%o names none', (query) => {
    expect(namedDestination(query, destinations)).toBeUndefined();
  });
  it('names its kind', () => {
    expect(namedDestination('Cabo Verde', destinations)).toMatchObject({ label: 'Cabo Verde', kind: 'State' });
    expect(namedDestination('Migrant Workers Convention', destinations)).toMatchObject({ label: 'Migrant Workers Convention', kind: 'treaty' });
  });
});

describe('excerpts', () => {
  it.each<[string, { text: string; marked: boolean }[]]>([
    ['', []],
    ['plain text', [{ text: 'plain text', marked: false }]],
    [
      'entitled &quot;Human rights&quot; (<mark>HURIST)</mark> has',
      [
        { text: 'entitled "Human rights" (', marked: false },
        { text: 'HURIST)', marked: true },
        { text: ' has', marked: false },
      ],
    ],
    [
      '<mark>53/137.</mark> and <mark>53/137</mark>',
      [
        { text: '53/137.', marked: true },
        { text: ' and ', marked: false },
        { text: '53/137', marked: true },
      ],
    ],
    // Escaped markup from the text stays text; an unknown reference stays as written.
    [
      'a &lt;script&gt;alert(1)&lt;/script&gt; &amp;c &#39;x&#x27; &unknown; &#0;',
      [{ text: "a <script>alert(1)</script> &c 'x' &unknown; &#0;", marked: false }],
    ],
    // Any tag other than mark is text, never an element.
    ['<b>bold</b> <mark>word</mark>', [{ text: '<b>bold</b> ', marked: false }, { text: 'word', marked: true }]],
  ])('%j', (excerpt, parts) => {
    expect(excerptParts(excerpt)).toEqual(parts);
  });
});

describe('the place of a hit', () => {
  const anchor = (id: string, location: number, element = 'li', text?: string): Anchor => ({
    id,
    location,
    element,
    ...(text ? { text } : {}),
  });

  it('calls the unnumbered paragraphs of a resolution preambular', () => {
    expect(placeLabel(anchor('pp3', 0, 'p'), 'resolution')).toBe('preambular paragraph 3');
    expect(placeLabel(anchor('pp3', 0, 'p'), 'report')).toBe('unnumbered paragraph 3');
    expect(placeLabel(anchor('p3', 0), 'resolution')).toBe('paragraph 3');
    expect(hitPlace([anchor('pp1', 10, 'p')], [{ location: 12, balanced_score: 1 }], 'resolution')?.label).toBe('preambular paragraph 1');
  });

  it.each<[Anchor, string | undefined]>([
    [anchor('p6', 0), 'paragraph 6'],
    [anchor('annex-p2', 0), 'paragraph 2 (annex)'],
    [anchor('annex-i-p12', 0), 'paragraph 12 (annex i)'],
    [anchor('p1-2', 0), 'paragraph 1 (second numbering)'],
    [anchor('part-a-p1-2', 0), 'paragraph 1 (second numbering, part a)'],
    [anchor('pp3', 0, 'p'), 'unnumbered paragraph 3'],
    [anchor('fn-2', 0), 'footnote 2'],
    [anchor('fn-a', 0), 'footnote a'],
    [anchor('results-of-the-election', 0, 'h2', 'Results of the election'), 'Results of the election'],
    // Not places in the text: a footnote mark, the agenda note and its mark, a heading without text.
    [anchor('fnref-2', 0, 'a'), undefined],
    [anchor('agenda-note', 0, 'p'), undefined],
    [anchor('agenda-note-ref', 0, 'a'), undefined],
    [anchor('untitled', 0, 'h2'), undefined],
  ])('%j is called %j', (given, label) => {
    expect(placeLabel(given)).toBe(label);
  });

  // A report: the agenda note in the masthead, then paragraphs 1 to 3, a footnote mark in 2.
  const anchors = [
    anchor('agenda-note-ref', 40, 'a'),
    anchor('agenda-note', 80, 'p'),
    anchor('p1', 90),
    anchor('p2', 150),
    anchor('fnref-1', 170, 'a'),
    anchor('p3', 200),
    anchor('fn-1', 260),
  ];
  const hit = (location: number, balanced_score = 1) => ({ location, balanced_score });

  it.each<[string, { location: number; balanced_score: number }[], string | undefined]>([
    ['a hit in the masthead has no place', [hit(50)], undefined],
    ['a hit at the start of a paragraph is in it', [hit(150)], 'p2'],
    ['a hit after a footnote mark is still in its paragraph', [hit(180)], 'p2'],
    ['a hit in a footnote is in the footnote', [hit(270)], 'fn-1'],
    ['the best hit decides', [hit(100, 1), hit(210, 5), hit(270, 2)], 'p3'],
    ['of equal hits, the first decides', [hit(100, 3), hit(210, 3)], 'p1'],
    ['no hit, no place', [], undefined],
  ])('%s', (_name, hits, id) => {
    expect(hitPlace(anchors, hits)?.id).toBe(id);
  });

  it('does not depend on the order of the anchors', () => {
    expect(hitPlace([...anchors].reverse(), [hit(180)])).toEqual({ id: 'p2', label: 'paragraph 2' });
  });
});
