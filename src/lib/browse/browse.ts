/**
 * The ways a reader can browse the collection: by issuing body, session, year and kind of
 * document, and down the tree of symbols (/A/ → /A/RES/ → /A/RES/53/). Pure functions over
 * plain entries, so that the pages only lay out what they return.
 */
import type { DocumentData } from '../../schemas/document.ts';
import { DOCUMENT_TYPES } from '../../schemas/document.ts';
import { BODIES, bodyByName } from '../document/bodies.ts';
import { citationDate, formatDate, yearOf } from '../document/dates.ts';
import { documentLabel, documentPath, UNNUMBERED_FOLDER } from '../document/documents.ts';
import { UPR_DOCUMENT_NAMES, UPR_WORKING_GROUP } from '../document/masthead.ts';
import { paginate, type Page } from './pagination.ts';
import { stateName } from '../document/states.ts';
import { symbolPrefixes } from '../symbol/symbol.ts';

/** A document as a listing needs it: a collection entry's id and validated frontmatter. */
export interface Listed {
  id: string;
  data: DocumentData;
}

/** The kinds of document as the site names them, one and many. */
export const TYPE_NAMES: Record<DocumentData['type'], { one: string; many: string }> = {
  resolution: { one: 'Resolution', many: 'Resolutions' },
  decision: { one: 'Decision', many: 'Decisions' },
  report: { one: 'Report', many: 'Reports' },
  'general-comment': { one: 'General comment or recommendation', many: 'General comments and recommendations' },
  note: { one: 'Note', many: 'Notes' },
  letter: { one: 'Letter', many: 'Letters' },
  other: { one: 'Document', many: 'Other documents' },
};

/**
 * A document's short name for breadcrumbs: its symbol, or, for one without a symbol, its kind and
 * date ("Report of 27 August 2004"), since "Symbol not stated" would not tell two such apart.
 */
export function shortName(doc: DocumentData): string {
  return doc.symbol ?? `${TYPE_NAMES[doc.type].one} of ${formatDate(citationDate(doc))}`;
}

/**
 * The browse pages' paths: the one place their URLs are made. A listing of more documents than a
 * page holds continues at `pagePath(path, N)` (src/lib/browse/pagination.ts): /browse/type/resolution/page/2/.
 */
export const browsePaths = {
  index: '/browse/',
  body: (slug: string) => `/browse/body/${slug}/`,
  session: (bodySlug: string, session: SessionKey) => `/browse/session/${bodySlug}/${session}/`,
  year: (year: number) => `/browse/year/${year}/`,
  type: (type: DocumentData['type']) => `/browse/type/${type}/`,
  uprIndex: '/browse/upr/',
  upr: (state: string) => `/browse/upr/${state}/`,
};

/**
 * A session as its browse page and search filter name it: its number, "ES-11" for the eleventh
 * emergency special session, "UPR-29" for the twenty-ninth session of the Working Group on the
 * Universal Periodic Review, so that none shares the pages of the body's regular session.
 */
export type SessionKey = number | `ES-${number}` | `UPR-${number}`;

/** A document's session as {@link SessionKey} names it, or undefined when it states none. */
export function sessionKey(doc: Pick<DocumentData, 'session' | 'upr'>): SessionKey | undefined {
  if (!doc.session) return undefined;
  if (doc.upr) return `UPR-${doc.session.number}`;
  return doc.session.emergencySpecial ? `ES-${doc.session.number}` : doc.session.number;
}

/** A session's name in a listing: "General Assembly, fifty-fourth session". */
function sessionLabel(doc: DocumentData): string {
  const name = doc.session!.name.toLowerCase();
  return doc.upr ? `${doc.body}, ${UPR_WORKING_GROUP}, ${name}` : `${doc.body}, ${name}`;
}

/** "1 document", "12 documents". */
export function documentCount(count: number): string {
  return `${count} ${count === 1 ? 'document' : 'documents'}`;
}

/** Documents sharing one property, with the page that lists them. */
export interface Group<T> {
  label: string;
  path: string;
  documents: T[];
}

/** Every page of every group's listing, group by group: what the browse pages' routes serve. */
export function groupPages<G extends Group<unknown>>(groups: G[]): { group: G; page: Page<G['documents'][number]> }[] {
  return groups.flatMap((group) => paginate(group.documents, group.path).map((page) => ({ group, page })));
}

/**
 * Compares by the date each document is cited by (a resolution's adoption, any other's issue),
 * then by label, so that every list has one order: oldest first.
 */
export function compareByDate(a: Listed, b: Listed): number {
  return citationDate(a.data).localeCompare(citationDate(b.data)) || compareSymbols(documentLabel(a.data), documentLabel(b.data));
}

const symbolCollator = new Intl.Collator('en', { numeric: true });

/** Orders symbols as people count them: A/RES/53/9 before A/RES/53/137. */
export function compareSymbols(a: string, b: string): number {
  return symbolCollator.compare(a, b);
}

/** What a link to a group shows: where it leads, its name and how many documents it holds. */
export function summaries(groups: Group<unknown>[]): { path: string; label: string; count: number }[] {
  return groups.map(({ path, label, documents }) => ({ path, label, count: documents.length }));
}

/** The most recently issued documents, newest first, from a list sorted oldest first. */
export function latest<T>(documents: T[], count: number): T[] {
  return documents.slice(-count).reverse();
}

/** Collects the documents under each key, keeping their order; keys in first-seen order. */
function collect<T, K>(documents: T[], keyOf: (document: T) => K | undefined): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const document of documents) {
    const key = keyOf(document);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(document);
    else groups.set(key, [document]);
  }
  return groups;
}

/**
 * Orders a treaty body's general comments (or recommendations) by their number, which is how
 * they are cited and known; a committee's other documents follow, oldest first.
 */
function compareGeneralComments(a: Listed, b: Listed): number {
  const numberOf = (doc: Listed) => doc.data.generalComment?.number ?? Number.POSITIVE_INFINITY;
  return numberOf(a) - numberOf(b) || compareByDate(a, b);
}

/**
 * The documents of each issuing body, in the order of src/lib/document/bodies.ts; a treaty body's
 * general comments by number.
 */
export function groupByBody<T extends Listed>(documents: T[]): (Group<T> & { slug: string; description: string })[] {
  const groups = collect(documents, (doc) => doc.data.body);
  return BODIES.filter((body) => groups.has(body.name)).map((body) => ({
    slug: body.slug,
    label: body.name,
    path: browsePaths.body(body.slug),
    description:
      'code' in body
        ? `Documents of the ${body.name}: its general comments and recommendations by number, then its other documents, oldest first.`
        : `Documents issued by the ${body.name}, oldest first.`,
    documents: 'code' in body ? [...groups.get(body.name)!].sort(compareGeneralComments) : groups.get(body.name)!,
  }));
}

/** The documents of each session of each body, by body and then session number. */
export function groupBySession<T extends Listed>(
  documents: T[],
): (Group<T> & { bodySlug: string; session: SessionKey })[] {
  const groups = collect(documents, (doc) => {
    const key = sessionKey(doc.data);
    return key === undefined ? undefined : `${doc.data.body}\n${key}`;
  });
  const bodyRank = (slug: string) => BODIES.findIndex((body) => body.slug === slug);
  return [...groups.values()]
    .map((docs) => {
      const first = docs[0]!.data;
      const { slug } = bodyByName(first.body);
      const session = sessionKey(first)!;
      return { bodySlug: slug, session, label: sessionLabel(first), path: browsePaths.session(slug, session), documents: docs };
    })
    .sort((a, b) => bodyRank(a.bodySlug) - bodyRank(b.bodySlug) || sessionRank(a.session) - sessionRank(b.session));
}

/**
 * Where a session comes in a body's list: the regular sessions by number, then the emergency
 * special sessions, then the Working Group's.
 */
function sessionRank(session: SessionKey): number {
  if (typeof session === 'number') return session;
  const [kind, number] = session.split('-') as [string, string];
  return (kind === 'ES' ? 10_000 : 20_000) + Number(number);
}

/** The documents of each year, by the date each is cited by (a resolution's adoption), oldest year first. */
export function groupByYear<T extends Listed>(documents: T[]): (Group<T> & { year: number })[] {
  const groups = collect(documents, (doc) => yearOf(citationDate(doc.data)));
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, docs]) => ({ year, label: String(year), path: browsePaths.year(year), documents: docs }));
}

/** The documents of each kind, in the schema's order of kinds. */
export function groupByType<T extends Listed>(documents: T[]): (Group<T> & { type: DocumentData['type'] })[] {
  const groups = collect(documents, (doc) => doc.data.type);
  return DOCUMENT_TYPES.filter((type) => groups.has(type)).map((type) => ({
    type,
    label: TYPE_NAMES[type].many,
    path: browsePaths.type(type),
    documents: groups.get(type)!,
  }));
}

/**
 * The documents of the Universal Periodic Review of each State, by the State's name; within a
 * State, by session of the Working Group, then by the document's place in the review.
 */
export function groupByUprState<T extends Listed>(documents: T[]): (Group<T> & { state: string })[] {
  const groups = collect(documents, (doc) => doc.data.upr?.state);
  const order = Object.keys(UPR_DOCUMENT_NAMES);
  const inReview = (a: T, b: T) =>
    (a.data.session?.number ?? 0) - (b.data.session?.number ?? 0) ||
    order.indexOf(a.data.upr!.document) - order.indexOf(b.data.upr!.document) ||
    compareByDate(a, b);
  return [...groups.entries()]
    .map(([state, docs]) => ({ state, label: stateName(state), path: browsePaths.upr(state), documents: [...docs].sort(inReview) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

/** The listing of the documents without a symbol. */
const UNNUMBERED_PREFIX = `/${UNNUMBERED_FOLDER}/`;

/**
 * The listing pages above a document, shortest first: a symbol's proper prefixes
 * ("/A/", "/A/RES/", "/A/RES/53/"), or "/unnumbered/" for a document without a symbol.
 */
export function documentPrefixes(doc: Listed['data']): string[] {
  return doc.symbol ? symbolPrefixes(doc.symbol) : [UNNUMBERED_PREFIX];
}

/** How a listing names its prefix: "/A/RES/" → "A/RES/"; "/unnumbered/" → "Symbol not stated". */
function prefixLabel(path: string): string {
  return path === UNNUMBERED_PREFIX ? documentLabel({}) : path.slice(1);
}

/**
 * The breadcrumb steps of a list of prefixes: ["/A/", "/A/RES/"] → Home, A, RES, each linking to
 * its listing. The last segment alone names each step, as the full symbol is on the page.
 */
export function breadcrumbs(prefixes: string[]): { path: string; label: string }[] {
  return [
    { path: '/', label: 'Home' },
    ...prefixes.map((path) => ({
      path,
      label: path === UNNUMBERED_PREFIX ? prefixLabel(path) : path.slice(0, -1).split('/').at(-1)!,
    })),
  ];
}

/**
 * The breadcrumb trail of a browse page: Home, Browse, then the given steps (a body, its session).
 */
export function browseTrail(...steps: { path: string; label: string }[]): { path: string; label: string }[] {
  return [{ path: '/', label: 'Home' }, { path: browsePaths.index, label: 'Browse' }, ...steps];
}

/** One node of the symbol tree: a prefix, what lies directly under it and how much in all. */
export interface PrefixListing<T> {
  /** "/A/RES/". */
  path: string;
  /** "A/RES/", the prefix as a symbol reader writes it; "Symbol not stated" for /unnumbered/. */
  label: string;
  /** The prefixes above this one, shortest first. */
  ancestors: string[];
  /**
   * The prefixes directly under this one that are not themselves a document's path (a document
   * with addenda, "/A/53/625/", lists its addenda on its own page).
   */
  prefixes: { path: string; label: string; count: number }[];
  /** The documents directly under this prefix, in symbol order. */
  documents: T[];
  /** The number of documents anywhere under this prefix. */
  count: number;
  /** What the listing holds, in a sentence. */
  description: string;
}

/**
 * The tree of symbol prefixes: for every proper prefix of every document's path, the documents
 * and the prefixes directly under it. Sorted by path, in symbol order.
 */
export function prefixTree<T extends Listed>(documents: T[]): PrefixListing<T>[] {
  const nodes = new Map<string, PrefixListing<T>>();
  const node = (path: string, ancestors: string[]): PrefixListing<T> => {
    let found = nodes.get(path);
    if (!found) {
      const description =
        path === UNNUMBERED_PREFIX
          ? 'Documents whose source does not state their symbol. Each keeps its address here until its symbol is known, and that address then leads to the new one.'
          : `Documents whose symbol begins with ${prefixLabel(path)}.`;
      found = { path, label: prefixLabel(path), ancestors, prefixes: [], documents: [], count: 0, description };
      nodes.set(path, found);
    }
    return found;
  };
  const children = new Map<string, Set<string>>();
  for (const doc of documents) {
    const prefixes = documentPrefixes(doc.data);
    prefixes.forEach((path, index) => {
      node(path, prefixes.slice(0, index)).count += 1;
      const parent = prefixes[index - 1];
      if (parent) children.set(parent, (children.get(parent) ?? new Set()).add(path));
    });
    node(prefixes.at(-1)!, prefixes.slice(0, -1)).documents.push(doc);
  }
  const paths = new Map(documents.map((doc) => [doc, documentPath(doc.data)]));
  const documentPaths = new Set(paths.values());
  const listings = [...nodes.values()].sort((a, b) => compareSymbols(a.path, b.path));
  for (const listing of listings) {
    listing.documents.sort((a, b) => compareSymbols(paths.get(a)!, paths.get(b)!));
    listing.prefixes = [...(children.get(listing.path) ?? [])]
      .filter((path) => !documentPaths.has(path))
      .sort(compareSymbols)
      .map((path) => ({ path, label: prefixLabel(path), count: nodes.get(path)!.count }));
  }
  return listings;
}
