/**
 * The citation graph of the collection, built once per build from the record each body's
 * rendering leaves (src/lib/citation/body-citations.ts) and from the mastheads: for each document what it
 * cites and what cites it, the reporting chain between resolutions and reports, and a page for
 * every cited document that is not in the collection.
 */
import type { BodyCitations, Citation, Excerpt, Place } from './body-citations.ts';
import { compareByDate, compareSymbols, type Listed } from '../browse/browse.ts';
import { documentPath } from '../document/documents.ts';
import { masthead, MASTHEAD_IDS } from '../document/masthead.ts';
import { ordinalWord } from '../document/ordinals.ts';
import { describeSymbol, type SymbolDescription } from '../symbol/symbol-description.ts';
import { officialUrl, symbolToPath } from '../symbol/symbol.ts';
import type { DocumentData } from '../../schemas/document.ts';

/**
 * The key under which the remark plugin leaves a body's citation record in the frontmatter of
 * the rendered document.
 */
export const CITATIONS_KEY = 'citations';

/** Where a cited symbol leads: its document, or the page of a document the collection lacks. */
export type Target<T> =
  | { inCollection: true; symbol: string; path: string; document: T }
  | { inCollection: false; symbol: string; path: string; official: string; description: SymbolDescription };

/** A document of the collection and where it cites one symbol. */
export interface CitingDocument<T> {
  document: T;
  citations: Citation[];
}

/** A symbol a document cites, where it leads and where the document cites it. */
export interface Reference<T> {
  target: Target<T>;
  citations: Citation[];
  /** What the citing text calls it, when it names it. */
  name?: string;
}

/** The reporting cycle around one document, as far as the collection's texts state it. */
export interface ReportingChain<T> {
  /** For a report: the resolutions that asked for it, with the paragraph that asked when it is here. */
  requestedBy: { resolution: Target<T>; place?: Place }[];
  /** For a resolution of the collection: each paragraph that asks for a report, and the reports that answer it. */
  requests: { place: Place; session: number; answeredBy: T[] }[];
  /** Reports that state this resolution asked for them, matched to no paragraph found here. */
  reports: T[];
  /** What documents of the collection say this resolution asked for, when its own text is not here. */
  stated: { session: number; document: T; place: Place }[];
  /** For a resolution: the reports of the Secretary-General it takes up. */
  takesUp: { place: Place; phrase: string; report: Target<T> }[];
  /** For a report: the resolutions of the collection that take it up. */
  takenUpBy: { resolution: T; place: Place; phrase: string }[];
}

/** Everything a document page shows about the document's links to others. */
export interface DocumentCitations<T> {
  /** What the document cites, in the order a reader meets it. */
  references: Reference<T>[];
  /** The documents of the collection that cite it, oldest first. */
  citedBy: CitingDocument<T>[];
  chain: ReportingChain<T>;
  /**
   * Where the symbols its masthead prints lead, by the masthead line that prints them (the
   * committee report's line holds the draft of a resolution adopted without one).
   */
  mastheadLinks: { agendaSymbol?: SymbolLink; committeeReport?: SymbolLink };
}

/** A cited document that is not in the collection: what the site knows of it. */
export interface CitedDocument<T> {
  symbol: string;
  path: string;
  official: string;
  description: SymbolDescription;
  /** What a masthead says it is: "the provisional agenda of the fifty-fourth session". */
  roles: { role: string; document: T; place: Place }[];
  /** What citing texts call it, each name with the places that give it. */
  names: { name: string; places: { document: T; place: Place }[] }[];
  citedBy: CitingDocument<T>[];
  chain: ReportingChain<T>;
}

/** The graph, with the lookups the pages need. */
export interface CitationGraph<T> {
  /** Where a link to a symbol leads. */
  target(symbol: string): Target<T>;
  /** A document's references, citing documents and reporting chain. */
  ofDocument(document: T): DocumentCitations<T>;
  /** Every cited document not in the collection, in symbol order. */
  cited: CitedDocument<T>[];
}

/**
 * The citation record a rendered document carries in its frontmatter.
 * @param file the document's content file, for the message.
 * @throws {Error} when the record is missing: the body was rendered without the cross-references plugin.
 */
export function renderedCitations(frontmatter: Record<string, unknown>, file: string): BodyCitations {
  const record = frontmatter[CITATIONS_KEY] as BodyCitations | undefined;
  if (!record || !Array.isArray(record.citations)) {
    throw new Error(
      `${file}: found no citation record in the rendered document, expected "${CITATIONS_KEY}" in its remarkPluginFrontmatter: render bodies with the plugins of src/remark/index.ts`,
    );
  }
  return record;
}

/** A document and the record its body's rendering left. */
export interface CitationInput<T> {
  document: T;
  body: BodyCitations;
}

/** The symbols a masthead cites, as citations, each with what the masthead says it is. */
export function mastheadCitations(data: DocumentData): { citation: Citation; role: string }[] {
  const m = masthead(data);
  const found: { citation: Citation; role: string }[] = [];
  if (m.agenda?.agendaSymbol) {
    const provisional = data.agendaItem?.provisional ? 'provisional ' : '';
    const session = data.session ? ` of the ${ordinalWord(data.session.number)} session` : '';
    found.push({
      citation: {
        symbol: m.agenda.agendaSymbol,
        text: m.agenda.agendaSymbol,
        place: { kind: 'masthead', id: MASTHEAD_IDS.agendaNote, part: 'agenda' },
        excerpt: { before: m.agenda.label, match: '*', after: '', note: true },
      },
      role: `the ${provisional}agenda${session}`,
    });
  }
  if (m.committeeReport) {
    const { committee, symbol, paragraph } = m.committeeReport;
    found.push({
      citation: {
        symbol,
        text: symbol,
        place: { kind: 'masthead', id: MASTHEAD_IDS.committeeReport, part: 'committee-report' },
        excerpt: { before: `[on the report of the ${committee} (`, match: symbol, after: `${paragraph ? `, para. ${paragraph}` : ''})]` },
      },
      role: `the report of the ${committee} on which ${data.symbol ?? 'the resolution'} was adopted`,
    });
  }
  if (m.draft) {
    // The draft's line stands where a committee report's would, and takes its place in the masthead.
    found.push({
      citation: {
        symbol: m.draft,
        text: m.draft,
        place: { kind: 'masthead', id: MASTHEAD_IDS.committeeReport, part: 'committee-report' },
        excerpt: { before: '[without reference to a Main Committee (', match: m.draft, after: ')]' },
      },
      role: `the draft adopted as ${data.symbol ?? 'the resolution'} without reference to a Main Committee`,
    });
  }
  return found;
}

/**
 * How a page names a place: "para. 6", "preambular para. 3", "para. 7, footnote 7", "masthead".
 * @param isResolution a resolution's unnumbered paragraphs are its preamble.
 */
export function placeLabel(place: Place, isResolution: boolean): string {
  switch (place.kind) {
    case 'numbered':
      return place.section ? `${place.section}, para. ${place.number}` : `para. ${place.number}`;
    case 'unnumbered':
      return `${isResolution ? 'preambular' : 'unnumbered'} para. ${place.index}`;
    case 'opening':
      return 'opening phrase';
    case 'heading':
      return `heading “${place.text}”`;
    case 'block':
      return place.section ? `under “${place.section}”` : 'text';
    case 'footnote':
      return place.markedIn ? `${placeLabel(place.markedIn, isResolution)}, footnote ${place.label}` : `footnote ${place.label}`;
    case 'masthead':
      return place.part === 'agenda' ? 'masthead, note on the agenda item' : 'masthead';
  }
}

/** The address of a place in a document's page: its path, and the place's id when it has one. */
export function placeHref(path: string, place: Place): string {
  return 'id' in place && place.id ? `${path}#${place.id}` : path;
}

/** The excerpt's text as one line, for a title or a test. */
export function excerptText({ before, match, after, note }: Excerpt): string {
  return `${before}${note ? `[${match}]` : match}${after}`;
}

/** How a link to a cited document is made. */
export interface SymbolLink {
  href: string;
  /** True for the official copy on undocs.org, which a page marks as leaving the site. */
  external: boolean;
}

/**
 * Where a reference in a text leads: a document of the collection to its page (to the paragraph
 * cited, "paragraph 3 of resolution 53/137" → "/A/RES/53/137/#p3"), any other to its official
 * copy. The one rule for links in bodies and mastheads.
 */
export function symbolLink(symbol: string, inCollection: boolean, paragraph?: number): SymbolLink {
  if (!inCollection) return { href: officialUrl(symbol), external: true };
  return { href: `${symbolToPath(symbol)}${paragraph !== undefined ? `#p${paragraph}` : ''}`, external: false };
}

/** The accessible name of a link to an official copy: what it shows, and where it leads. */
export function externalLinkLabel(text: string): string {
  return `${text}, official copy at undocs.org`;
}

/** Adds a value to the list under a key. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Groups citations by citing document, documents oldest first. */
function byDocument<T extends Listed>(entries: { document: T; citation: Citation }[]): CitingDocument<T>[] {
  const groups = new Map<T, Citation[]>();
  for (const { document, citation } of entries) push(groups, document, citation);
  return [...groups.entries()].map(([document, citations]) => ({ document, citations })).sort((a, b) => compareByDate(a.document, b.document));
}

/**
 * Builds the graph of a collection, in time close to linear in the number of citations: meant
 * to run once per build over every document, never once per page.
 */
export function citationGraph<T extends Listed>(inputs: CitationInput<T>[]): CitationGraph<T> {
  const bySymbol = new Map<string, T>();
  for (const { document } of inputs) if (document.data.symbol) bySymbol.set(document.data.symbol, document);

  // Keyed by id, not by object: the dev server loads the collection afresh for each page, so the
  // entry a page asks about is not the object the graph was built from.
  const outgoing = new Map<string, Citation[]>();
  const incoming = new Map<string, { document: T; citation: Citation }[]>();
  const names = new Map<string, Map<string, { document: T; place: Place }[]>>();
  const roles = new Map<string, { role: string; document: T; place: Place }[]>();
  const requestedBy = new Map<string, T[]>();
  const takenUpBy = new Map<string, { resolution: T; place: Place; phrase: string }[]>();
  const stated = new Map<string, { session: number; document: T; place: Place }[]>();
  const bodies = new Map<string, BodyCitations>();

  for (const { document, body } of inputs) {
    bodies.set(document.id, body);
    const own = document.data.symbol;
    const fromMasthead = mastheadCitations(document.data);
    const citations = [...fromMasthead.map(({ citation }) => citation), ...body.citations].filter((c) => c.symbol !== own);
    outgoing.set(document.id, citations);
    for (const citation of citations) {
      push(incoming, citation.symbol, { document, citation });
      if (citation.name) {
        if (!names.has(citation.symbol)) names.set(citation.symbol, new Map());
        push(names.get(citation.symbol)!, citation.name, { document, place: citation.place });
      }
    }
    for (const { citation, role } of fromMasthead) push(roles, citation.symbol, { role, document, place: citation.place });
    for (const symbol of document.data.report?.requestedBy ?? []) push(requestedBy, symbol, document);
    for (const { place, phrase, symbol } of body.reportsTakenUp) push(takenUpBy, symbol, { resolution: document, place, phrase });
    for (const { place, symbol, session } of body.statedRequests) if (symbol !== own) push(stated, symbol, { session, document, place });
  }

  // One target per symbol: a symbol cited by thousands of documents is described once.
  const targets = new Map<string, Target<T>>();
  const target = (symbol: string): Target<T> => {
    let found = targets.get(symbol);
    if (!found) {
      const document = bySymbol.get(symbol);
      found = document
        ? { inCollection: true, symbol, path: documentPath(document.data), document }
        : { inCollection: false, symbol, path: symbolToPath(symbol), official: officialUrl(symbol), description: describeSymbol(symbol) };
      targets.set(symbol, found);
    }
    return found;
  };

  /** The requests of a resolution of the collection, each with the reports that answer it. */
  const requestsOf = (document: T): ReportingChain<T>['requests'] => {
    const requests = bodies.get(document.id)?.requests ?? [];
    const reports = document.data.symbol ? (requestedBy.get(document.data.symbol) ?? []) : [];
    return requests.map(({ place, session }) => ({
      place,
      session,
      // With one request, every report that names the resolution answers it; with several, the
      // report of the session asked for does.
      answeredBy: reports.filter((report) => requests.length === 1 || report.data.session?.number === session),
    }));
  };

  const chainOf = (symbol: string | undefined, document: T | undefined): ReportingChain<T> => {
    const requests = document ? requestsOf(document) : [];
    const answered = new Set(requests.flatMap((request) => request.answeredBy.map((report) => report.id)));
    const body = document ? bodies.get(document.id) : undefined;
    return {
      requestedBy: (document?.data.report?.requestedBy ?? []).map((resolution) => {
        const requester = bySymbol.get(resolution);
        const request = requester
          ? requestsOf(requester).find((r) => r.answeredBy.some((report) => report.id === document!.id))
          : undefined;
        return { resolution: target(resolution), ...(request ? { place: request.place } : {}) };
      }),
      requests,
      reports: symbol ? (requestedBy.get(symbol) ?? []).filter((report) => !answered.has(report.id)) : [],
      stated: symbol && requests.length === 0 ? (stated.get(symbol) ?? []) : [],
      takesUp: (body?.reportsTakenUp ?? []).map(({ place, phrase, symbol: report }) => ({ place, phrase, report: target(report) })),
      takenUpBy: symbol ? (takenUpBy.get(symbol) ?? []) : [],
    };
  };

  const referencesOf = (document: T): Reference<T>[] => {
    const groups = new Map<string, Citation[]>();
    for (const citation of outgoing.get(document.id) ?? []) push(groups, citation.symbol, citation);
    return [...groups.entries()].map(([symbol, citations]) => {
      const name = citations.find((c) => c.name)?.name;
      return { target: target(symbol), citations, ...(name ? { name } : {}) };
    });
  };

  const citedSymbols = new Set([...incoming.keys(), ...requestedBy.keys(), ...takenUpBy.keys()]);
  const cited = [...citedSymbols]
    .filter((symbol) => !bySymbol.has(symbol))
    .sort(compareSymbols)
    .map((symbol): CitedDocument<T> => ({
      symbol,
      path: symbolToPath(symbol),
      official: officialUrl(symbol),
      description: describeSymbol(symbol),
      roles: roles.get(symbol) ?? [],
      names: [...(names.get(symbol) ?? [])].map(([name, places]) => ({ name, places })),
      citedBy: byDocument(incoming.get(symbol) ?? []),
      chain: chainOf(symbol, undefined),
    }));

  return {
    target,
    ofDocument: (document) => {
      const link = (symbol: string) => symbolLink(symbol, bySymbol.has(symbol));
      const { agendaItem, resolution } = document.data;
      return {
        references: referencesOf(document),
        citedBy: document.data.symbol ? byDocument(incoming.get(document.data.symbol) ?? []) : [],
        chain: chainOf(document.data.symbol, document),
        mastheadLinks: {
          ...(agendaItem?.agendaSymbol ? { agendaSymbol: link(agendaItem.agendaSymbol) } : {}),
          ...(resolution?.committeeReport ? { committeeReport: link(resolution.committeeReport.symbol) } : {}),
          ...(resolution?.draft ? { committeeReport: link(resolution.draft) } : {}),
        },
      };
    },
    cited,
  };
}

/** True when a chain has nothing to show. */
export function isEmptyChain(chain: ReportingChain<unknown>): boolean {
  return Object.values(chain).every((list) => list.length === 0);
}
