/**
 * What the search index holds for each document and which filters the search page offers. The
 * document page carries these as pagefind's data attributes; the search page lists the same
 * filter values; one module, so that a filter the page offers always matches what was indexed.
 */
import type { DocumentData } from '../../schemas/document.ts';
import { bodyByName } from '../document/bodies.ts';
import { groupByBody, groupBySession, groupByType, groupByYear, sessionKey, TYPE_NAMES, type Listed, type SessionKey } from '../browse/browse.ts';
import { citationDate, shownDatesText, yearOf } from '../document/dates.ts';
import { SORT_KEY, type SearchFilter } from './search-results.ts';
import { resolutionNumber } from '../symbol/symbol.ts';

/**
 * Parts of a document page that are not its words, kept out of the index: the paragraph number
 * printed as a link (pagefind would join it to the first word, "2.In"), a footnote mark in the
 * text and the link back from a footnote (joined to the word before, "Rights,1"), the note
 * "not marked in the text", and the site's note on a document without a symbol. The classes are
 * those src/remark/ and src/components/Masthead.astro give them.
 */
export const NOT_INDEXED = ['.paragraph-number', '.paragraph-cite', '.footnote-ref', '.footnote-back', '.footnote-unmarked', '.masthead-unstated'];

/** The value of a session filter: body slug and session, "general-assembly-54", "general-assembly-ES-11", "human-rights-council-UPR-29". */
function sessionValue(bodySlug: string, session: SessionKey): string {
  return `${bodySlug}-${session}`;
}

/** The filter values of one document; a document without a session has no session filter. */
export function filterValues(doc: DocumentData): Partial<Record<SearchFilter, string>> {
  const key = sessionKey(doc);
  const session = key !== undefined && sessionValue(bodyByName(doc.body).slug, key);
  return {
    type: doc.type,
    body: bodyByName(doc.body).slug,
    ...(session ? { session } : {}),
    year: String(yearOf(citationDate(doc))),
  };
}

/**
 * What a search result shows of a document, and what searching its metadata finds:
 * - `title`, `date` (a resolution's adoption first, then its issue: "adopted 9 December 1998,
 *   issued 1 March 1999"), and `symbol` when known;
 * - `number`, a resolution's number as it is cited ("53/137"): pagefind joins "53/137" into one
 *   word, "53137", which the resolution's own symbol "A/RES/53/137" (joined "ares53137") never
 *   matches, so the number is given as a word of its own, and as "resolution 53/137".
 */
export function resultMeta(doc: DocumentData): Record<string, string> {
  const number = doc.symbol ? resolutionNumber(doc.symbol) : undefined;
  return {
    title: doc.title,
    date: shownDatesText(doc),
    ...(doc.symbol ? { symbol: doc.symbol } : {}),
    ...(number ? { number: `${number} resolution ${number}` } : {}),
  };
}

/**
 * The attributes that make a document's article the indexed part of its page: pagefind reads
 * only elements marked `data-pagefind-body` once any page has one, so headers, breadcrumbs and
 * the "About this text" box stay out of the index. Meta, filters and the sort key are taken from
 * `data-search-*` attributes of the same element (pagefind's `key[attribute]` form), because
 * titles hold commas that its inline `key:value` form would cut.
 */
export function indexAttributes(doc: DocumentData): Record<string, string> {
  const meta = resultMeta(doc);
  const filters = filterValues(doc);
  const attributes: Record<string, string> = { 'data-pagefind-body': '' };
  const refer = (keys: string[], prefix: string) => keys.map((key) => `${key}[data-search-${prefix}${key}]`).join(', ');
  for (const [key, value] of Object.entries(meta)) attributes[`data-search-${key}`] = value;
  for (const [key, value] of Object.entries(filters)) attributes[`data-search-filter-${key}`] = value;
  attributes['data-search-sort-date'] = citationDate(doc);
  attributes['data-pagefind-meta'] = refer(Object.keys(meta), '');
  attributes['data-pagefind-filter'] = refer(Object.keys(filters), 'filter-');
  attributes['data-pagefind-sort'] = `${SORT_KEY}[data-search-sort-date]`;
  return attributes;
}

/** One choice of a filter: the value in the index and the URL, what the page calls it, how many. */
export interface FilterOption {
  value: string;
  label: string;
  /** What one document with this value is called in a result: "Resolution", "General Assembly". */
  one: string;
  count: number;
  /** The browse page listing the same documents, for a reader without JavaScript. */
  path: string;
}

/** A filter of the search page with its choices, in the order the browse pages use. */
export interface FilterGroup {
  name: SearchFilter;
  /** The control's legend. */
  legend: string;
  options: FilterOption[];
}

/** The filters of the search page, built from the documents, with their counts. */
export function filterGroups(documents: Listed[]): FilterGroup[] {
  type Group = { label: string; path: string; documents: Listed[] };
  const option = (value: string, { label, path, documents: docs }: Group, one = label): FilterOption => ({
    value,
    label,
    one,
    path,
    count: docs.length,
  });
  return [
    {
      name: 'type',
      legend: 'Kind of document',
      options: groupByType(documents).map((g) => option(g.type, g, TYPE_NAMES[g.type].one)),
    },
    { name: 'body', legend: 'Issuing body', options: groupByBody(documents).map((g) => option(g.slug, g)) },
    {
      name: 'session',
      legend: 'Session',
      options: groupBySession(documents).map((g) => option(sessionValue(g.bodySlug, g.session), g)),
    },
    { name: 'year', legend: 'Year', options: groupByYear(documents).map((g) => option(String(g.year), g)) },
  ];
}
