/**
 * What the search page does with a query and with pagefind's answers: the search's state as a
 * shareable URL, the filters and sort pagefind is asked for, the "go to" offer for a typed symbol,
 * State or treaty, the excerpt as text and highlights, and the paragraph a hit lies in. Pure
 * functions, bundled into the search page's script: this module imports nothing heavier than the
 * symbol grammar.
 */
import { parsePrintedDate } from '../document/dates.ts';
import { ordinalWord } from '../document/ordinals.ts';
import { resolutionNumber } from '../symbol/symbol.ts';

/** The search page's path; the header's search form sends its query there. */
export const searchPath = '/search/';

/** The filters of the search page, in the order it shows them; also their keys in the URL. */
export const SEARCH_FILTERS = ['type', 'body', 'session', 'year'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** The orders a reader can choose; relevance is pagefind's ranking. */
export const SEARCH_SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** The sort key the index holds: the date a document is cited by, ISO, so that text order is date order. */
export const SORT_KEY = 'date';

/**
 * The longest query searched. Longer text is cut here: a pasted page would make pagefind load
 * an index chunk for every word and hold the page for seconds, and no useful query is this long.
 */
export const MAX_QUERY_LENGTH = 256;

/** A search as the URL holds it: `/search/?q=HURIST&type=report&sort=newest`. */
export interface SearchState {
  query: string;
  filters: Record<SearchFilter, string[]>;
  sort: SearchSort;
}

/** The search a URL's query string describes; unknown keys and sorts are ignored. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters = Object.fromEntries(
    SEARCH_FILTERS.map((name) => [name, [...new Set(params.getAll(name).filter((value) => value !== ''))]]),
  ) as Record<SearchFilter, string[]>;
  const sort = params.get('sort');
  return {
    query: params.get('q') ?? '',
    filters,
    sort: SEARCH_SORTS.includes(sort as SearchSort) ? (sort as SearchSort) : 'relevance',
  };
}

/** The query string of a search, without the defaults: "q=HURIST&type=report". */
export function searchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query);
  for (const name of SEARCH_FILTERS) for (const value of state.filters[name]) params.append(name, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** True when a search asks for anything: words, or at least one filter. */
export function hasCriteria(state: SearchState): boolean {
  return state.query.trim() !== '' || SEARCH_FILTERS.some((name) => state.filters[name].length > 0);
}

/** pagefind's filter option: each chosen filter, any of its chosen values; all filters together. */
export function pagefindFilters(state: SearchState): Partial<Record<SearchFilter, { any: string[] }>> {
  const filters: Partial<Record<SearchFilter, { any: string[] }>> = {};
  for (const name of SEARCH_FILTERS) if (state.filters[name].length > 0) filters[name] = { any: state.filters[name] };
  return filters;
}

/**
 * pagefind's sort option. Without words, results have no relevance, so they come newest first
 * unless the reader asked for the oldest.
 */
export function pagefindSort(state: SearchState): Record<string, 'asc' | 'desc'> | undefined {
  if (state.sort === 'oldest') return { [SORT_KEY]: 'asc' };
  if (state.sort === 'newest' || state.query.trim() === '') return { [SORT_KEY]: 'desc' };
  return undefined;
}

/**
 * A result's date, ISO, read back from the first date its meta prints (src/lib/search/search-index.ts,
 * resultDates: a resolution's adoption, any other document's issue); "" when it has none, so that
 * it sorts before every date.
 */
export function resultDate(meta: Record<string, string | undefined>): string {
  return (meta.date && parsePrintedDate(meta.date)) || '';
}

/** The query pagefind is given: trimmed, cut at {@link MAX_QUERY_LENGTH}; null to list by filters. */
export function pagefindQuery(state: SearchState): string | null {
  const query = state.query.trim().slice(0, MAX_QUERY_LENGTH);
  return query === '' ? null : query;
}

/**
 * How pagefind should rank: a match in a document's own symbol, or in the number a resolution is
 * cited by, counts ten times a match in text (title matches keep pagefind's fivefold boost).
 * Without it, a report citing "A/RES/53/137" six times outranks the resolution itself. A word
 * matched whole counts well above one it only begins (pagefind takes the last word of a query as
 * a prefix): otherwise "S/RES/1 (1946)" ranks S/RES/10 to S/RES/15 (1946) above S/RES/1 (1946).
 */
export const RANKING = { metaWeights: { title: 5, symbol: 10, number: 10 }, termSimilarity: 3 } as const;

/** A symbol compared as readers type it: case, spaces and dots aside ("e/cn4/2002/89"). */
function symbolKey(text: string): string {
  return text.normalize('NFKC').toUpperCase().replace(/[\s.]/g, '');
}

/** Words that may stand before a resolution's number: "res 53/137", "GA resolution 53/137". */
const RESOLUTION_WORDS = /^(?:(?:GA|General Assembly)\s+)?(?:res(?:olution)?\.?\s*)?/i;

/**
 * The symbol a query names, among the symbols given (those of the results): the query typed as
 * the symbol in any case, with or without its dots ("e/cn4/2002/89"), or a resolution's number
 * with or without "res"/"resolution" before it ("53/137", "res 53/137").
 */
export function namedSymbol(query: string, symbols: readonly string[]): string | undefined {
  const typed = query.trim();
  if (!typed.includes('/')) return undefined;
  const key = symbolKey(typed);
  const numberKey = symbolKey(typed.replace(RESOLUTION_WORDS, ''));
  return (
    symbols.find((symbol) => symbolKey(symbol) === key) ??
    symbols.find((symbol) => {
      const number = resolutionNumber(symbol);
      return number !== undefined && symbolKey(number) === numberKey;
    })
  );
}

/** A page a query can name besides a document: a State's, a treaty's. */
export interface Destination {
  /** What the offer calls it: "Cabo Verde", "Migrant Workers Convention". */
  label: string;
  kind: 'State' | 'treaty';
  path: string;
  /** Every name a reader may type for it: its names, its code, its short name. */
  names: string[];
}

/**
 * A name as readers type it: accents, case, typographic apostrophes, spacing and a leading
 * "the" aside ("cote d'ivoire" is "Côte d’Ivoire", "the Philippines" is "Philippines").
 */
function nameKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * The State or treaty a query names whole, by any of its names or its code ("Cape Verde",
 * "cabo verde", "CPV", "migrant workers convention"); undefined when it names none, or names
 * more than one.
 */
export function namedDestination(query: string, destinations: readonly Destination[]): Destination | undefined {
  const key = nameKey(query);
  if (key === '') return undefined;
  const named = destinations.filter((destination) => destination.names.some((name) => nameKey(name) === key));
  return named.length === 1 ? named[0] : undefined;
}

/** A run of an excerpt: text, highlighted when it matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references pagefind writes into excerpts; others stay as written. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (reference, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
    }
    return ENTITIES[name.toLowerCase()] ?? reference;
  });
}

/**
 * An excerpt as pagefind gives it (text with its characters escaped and `<mark>` around the
 * matches) as plain runs, so that the page builds it from text nodes and `<mark>` elements and
 * never parses anything from the index as HTML. Any other tag is kept as its text.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') {
      const text = decodeEntities(piece);
      const last = parts.at(-1);
      if (last && last.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
  }
  return parts;
}

/** An element with an id, where it starts in the page's indexed words (pagefind's `anchors`). */
export interface Anchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

/** A place a hit can link to, with the name the result gives it. */
export interface HitPlace {
  id: string;
  label: string;
}

/**
 * What a reader calls an anchor of a document page, or undefined for ids that are not places in
 * the text (a footnote mark, the agenda note). The ids are those of src/lib/document/paragraphs.ts and
 * src/lib/document/footnotes.ts: `p6`, `annex-p2`, `pp3`, `fn-2`, and headings. The unnumbered paragraphs
 * of a resolution are its preamble, cited as "preambular paragraph 3".
 */
export function placeLabel(anchor: Anchor, documentType?: string): string | undefined {
  const numbered = /^p(\d+)$/.exec(anchor.id);
  if (numbered) return `paragraph ${numbered[1]}`;
  // Numbered again under one heading or none (the parts of an omnibus resolution): "p1-2", "part-a-p1-2".
  const renumbered = /^(?:(.+)-)?p(\d+)-(\d+)$/.exec(anchor.id);
  if (renumbered) {
    const under = renumbered[1] ? `, ${renumbered[1].replace(/-/g, ' ')}` : '';
    return `paragraph ${renumbered[2]} (${ordinalWord(Number(renumbered[3]))} numbering${under})`;
  }
  const sectioned = /^(.+)-p(\d+)$/.exec(anchor.id);
  if (sectioned) return `paragraph ${sectioned[2]} (${sectioned[1]!.replace(/-/g, ' ')})`;
  const unnumbered = /^pp(\d+)$/.exec(anchor.id);
  if (unnumbered) return `${documentType === 'resolution' ? 'preambular' : 'unnumbered'} paragraph ${unnumbered[1]}`;
  const footnote = /^fn-(.+)$/.exec(anchor.id);
  if (footnote) return `footnote ${footnote[1]}`;
  if (/^h[2-6]$/.test(anchor.element) && anchor.text) return anchor.text;
  return undefined;
}

/**
 * The paragraph, footnote or heading a result's best hit lies in: the last place starting at or
 * before the hit with the highest score (the first of equals), named for the document's type.
 * Undefined when the hit is before the first place, in the masthead.
 */
export function hitPlace(
  anchors: readonly Anchor[],
  hits: readonly { location: number; balanced_score: number }[],
  documentType?: string,
): HitPlace | undefined {
  const best = hits.reduce<(typeof hits)[number] | undefined>(
    (top, hit) => (top === undefined || hit.balanced_score > top.balanced_score ? hit : top),
    undefined,
  );
  if (!best) return undefined;
  let place: (HitPlace & { location: number }) | undefined;
  for (const anchor of anchors) {
    if (anchor.location > best.location || (place && anchor.location < place.location)) continue;
    const label = placeLabel(anchor, documentType);
    if (label) place = { id: anchor.id, label, location: anchor.location };
  }
  return place && { id: place.id, label: place.label };
}
