/**
 * How a document, or one of its paragraphs, is cited: the United Nations' own form, OSCOLA and
 * the Bluebook. Every part comes from the validated frontmatter (symbol, body, dates, session)
 * and from the paragraph the anchors recorded; nothing is read back from the text.
 *
 * - United Nations (UN Editorial Manual): "General Assembly resolution 55/88 of 4 December 2000,
 *   para. 4"; "Report of the Secretary-General (E/CN.4/2002/89), para. 4"; a Security Council
 *   resolution by its year, "Security Council resolution 1325 (2000)". Online copies are given
 *   as "Available from <URL>."
 * - OSCOLA (4th ed., international law: "author, 'title' (date) document number"):
 *   "UNGA Res 55/88 (4 December 2000) UN Doc A/RES/55/88, para 4"; "UNCHR 'Title: Report of the
 *   Secretary-General' (20 December 2001) UN Doc E/CN.4/2002/89, para 4".
 * - Bluebook (rule 21.7, documents from the Official Document System):
 *   "G.A. Res. 55/88, ¶ 4, U.N. Doc. A/RES/55/88 (Dec. 4, 2000)"; "U.N. Secretary-General,
 *   Title, ¶ 4, U.N. Doc. E/CN.4/2002/89 (Dec. 20, 2001)".
 *
 * OSCOLA and the Bluebook locate a UN document by its symbol, so they carry no web address; a
 * document whose symbol is not stated has no other locator, and its citation ends with its URL.
 */
import type { DocumentData } from '../../schemas/document.ts';
import type { BodyName } from '../bodies.ts';
import { formatDate, isIsoDate } from '../dates.ts';
import { ordinalWord } from '../ordinals.ts';
import type { CitableParagraph } from '../paragraphs.ts';
import { resolutionNumber } from '../symbol.ts';

/** The citation styles the site offers, in the order it shows them. */
export const CITATION_STYLES = ['un', 'oscola', 'bluebook'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** How the site names each style. */
export const STYLE_NAMES: Record<CitationStyle, string> = {
  un: 'United Nations',
  oscola: 'OSCOLA',
  bluebook: 'Bluebook',
};

/** What is cited: a document at its absolute URL, or one paragraph of it. */
export interface CitationTarget {
  doc: DocumentData;
  /** The document's absolute URL, without a fragment. */
  url: string;
  paragraph?: CitableParagraph | undefined;
}

/** Said of a document whose source does not state its symbol, in every style. */
export const SYMBOL_NOT_STATED = 'symbol not stated';

/** Each body's name in OSCOLA and in the Bluebook (table T3 and rule 21.7 abbreviations). */
const BODY_ABBREVIATIONS: Record<BodyName, { oscola: string; bluebook: string }> = {
  'General Assembly': { oscola: 'UNGA', bluebook: 'G.A.' },
  'Security Council': { oscola: 'UNSC', bluebook: 'S.C.' },
  'Economic and Social Council': { oscola: 'ECOSOC', bluebook: 'E.S.C.' },
  'Commission on Human Rights': { oscola: 'UNCHR', bluebook: 'Comm’n on Hum. Rts.' },
  'Human Rights Council': { oscola: 'UNHRC', bluebook: 'Hum. Rts. Council' },
  Secretariat: { oscola: 'UN Secretariat', bluebook: 'U.N. Secretariat' },
};

/** Month abbreviations of the Bluebook (table T12). */
const BLUEBOOK_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** A date as the Bluebook writes it: "2000-12-04" → "Dec. 4, 2000". */
export function bluebookDate(iso: string): string {
  if (!isIsoDate(iso)) throw new RangeError(`"${iso}" is not an ISO date (YYYY-MM-DD)`);
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${BLUEBOOK_MONTHS[month - 1]} ${day}, ${year}`;
}

/**
 * The date a document is cited by: a resolution's adoption, any other document's issue date.
 * A resolution is issued weeks after it is adopted, and every style cites the adoption.
 */
export function citedDate(doc: DocumentData): string {
  return doc.resolution?.adopted ?? doc.date;
}

/** The organ or office a report's subtitle names as its author: "Report of the Secretary-General" → "Secretary-General". */
export function reportAuthor(doc: DocumentData): string | undefined {
  const match = /^Report of the (.+)$/.exec(doc.subtitle ?? '');
  return match?.[1];
}

/** How a paragraph is named inside a citation, in each style. */
interface Pinpoint {
  un: string;
  oscola: string;
  bluebook: string;
}

/**
 * Where in the document a paragraph is, in each style's words, or undefined when only its URL can
 * say (an unnumbered paragraph outside a resolution's preamble and outside any annex).
 */
export function pinpoint(doc: Pick<DocumentData, 'type'>, paragraph: CitableParagraph | undefined): Pinpoint | undefined {
  if (!paragraph) return undefined;
  const annex = paragraph.annex?.toLowerCase();
  if (paragraph.number !== undefined) {
    const n = paragraph.number;
    // An id other than p{n} means the numbering restarted under a heading: name it.
    const restarted = paragraph.id !== `p${n}`;
    const under = restarted ? (annex ?? `“${paragraph.heading}”`) : undefined;
    return under
      ? { un: `${under}, para. ${n}`, oscola: `${under} para ${n}`, bluebook: `${under} ¶ ${n}` }
      : { un: `para. ${n}`, oscola: `para ${n}`, bluebook: `¶ ${n}` };
  }
  if (doc.type === 'resolution' && paragraph.beforeNumbered && paragraph.unnumbered !== undefined && !paragraph.heading) {
    const k = paragraph.unnumbered;
    return { un: `${ordinalWord(k)} preambular paragraph`, oscola: `preamble para ${k}`, bluebook: `pmbl. ¶ ${k}` };
  }
  return annex ? { un: annex, oscola: annex, bluebook: annex } : undefined;
}

/** The URL of what is cited: the document's, with the paragraph's anchor. */
export function targetUrl({ url, paragraph }: CitationTarget): string {
  return paragraph ? `${url}#${paragraph.id}` : url;
}

/** Joins a citation and its pinpoint with a comma, when there is a pinpoint. */
function at(citation: string, pin: string | undefined): string {
  return pin ? `${citation}, ${pin}` : citation;
}

/**
 * The United Nations' own form: "General Assembly resolution 55/88 of 4 December 2000, para. 4",
 * "Report of the Secretary-General (E/CN.4/2002/89), para. 4".
 */
export function unForm(target: CitationTarget): string {
  const { doc } = target;
  const number = doc.symbol && doc.resolution ? resolutionNumber(doc.symbol) : undefined;
  let citation: string;
  if (doc.resolution && number) {
    citation =
      doc.body === 'Security Council'
        ? `Security Council resolution ${number} (${doc.resolution.adopted.slice(0, 4)})`
        : `${doc.body} resolution ${number} of ${formatDate(doc.resolution.adopted)}`;
  } else if (doc.resolution) {
    citation = `Resolution adopted by the ${doc.body} on ${formatDate(doc.resolution.adopted)} (${SYMBOL_NOT_STATED})`;
  } else {
    const name = doc.subtitle ?? doc.title;
    citation = doc.symbol
      ? `${name} (${doc.symbol})`
      : [name, doc.body, doc.session?.name.toLowerCase(), `${formatDate(doc.date)} (${SYMBOL_NOT_STATED})`].filter(Boolean).join(', ');
  }
  return at(citation, pinpoint(doc, target.paragraph)?.un);
}

/** The United Nations' form with where it is available online: "…, para. 4. Available from https://…". */
export function unCitation(target: CitationTarget): string {
  return `${unForm(target)}. Available from ${targetUrl(target)}.`;
}

/**
 * The OSCOLA form: "UNGA Res 55/88 (4 December 2000) UN Doc A/RES/55/88, para 4" for a
 * resolution, "UNCHR 'Title: Subtitle' (20 December 2001) UN Doc E/CN.4/2002/89, para 4" for
 * any other document.
 */
export function oscolaCitation(target: CitationTarget): string {
  const { doc } = target;
  const author = BODY_ABBREVIATIONS[doc.body].oscola;
  const number = doc.symbol && doc.resolution ? resolutionNumber(doc.symbol) : undefined;
  const title = doc.subtitle ? `${doc.title}: ${doc.subtitle}` : doc.title;
  const head = number ? `${author} Res ${number}` : `${author} ‘${title}’`;
  const citation = `${head} (${formatDate(citedDate(doc))}) ${doc.symbol ? `UN Doc ${doc.symbol}` : `(${SYMBOL_NOT_STATED})`}`;
  const cited = at(citation, pinpoint(doc, target.paragraph)?.oscola);
  return doc.symbol ? cited : `${cited} <${targetUrl(target)}>`;
}

/**
 * The Bluebook form: "G.A. Res. 55/88, ¶ 4, U.N. Doc. A/RES/55/88 (Dec. 4, 2000)" for a
 * resolution, "U.N. Secretary-General, Title, ¶ 4, U.N. Doc. E/CN.4/2002/89 (Dec. 20, 2001)"
 * for a report, its author the office its subtitle names or else the issuing body.
 */
export function bluebookCitation(target: CitationTarget): string {
  const { doc } = target;
  const body = BODY_ABBREVIATIONS[doc.body].bluebook;
  const number = doc.symbol && doc.resolution ? resolutionNumber(doc.symbol) : undefined;
  const author = reportAuthor(doc);
  const head = number
    ? `${body} Res. ${number}`
    : author
      ? `U.N. ${author}, ${doc.title}`
      : `${body}, ${doc.subtitle ? `${doc.title}: ${doc.subtitle}` : doc.title}`;
  const parts = [head, pinpoint(doc, target.paragraph)?.bluebook, doc.symbol && `U.N. Doc. ${doc.symbol}`].filter(Boolean);
  const date = `(${bluebookDate(citedDate(doc))})`;
  const cited = `${parts.join(', ')} ${date}`;
  return doc.symbol ? cited : `${cited} (${SYMBOL_NOT_STATED}), ${targetUrl(target)}`;
}

/** One citation as the cite panel shows it. */
export interface Citation {
  style: CitationStyle;
  name: string;
  text: string;
}

const FORMATTERS: Record<CitationStyle, (target: CitationTarget) => string> = {
  un: unCitation,
  oscola: oscolaCitation,
  bluebook: bluebookCitation,
};

/** The citation of a document or paragraph in every style, in the order of {@link CITATION_STYLES}. */
export function citations(target: CitationTarget): Citation[] {
  return CITATION_STYLES.map((style) => ({ style, name: STYLE_NAMES[style], text: FORMATTERS[style](target) }));
}

/**
 * How the cite page heads a paragraph: "Paragraph 4", "Annex, paragraph 1", "Preambular
 * paragraph 3", "Unnumbered paragraph 2".
 */
export function paragraphLabel(doc: Pick<DocumentData, 'type'>, paragraph: CitableParagraph): string {
  if (paragraph.number !== undefined) {
    const restarted = paragraph.id !== `p${paragraph.number}`;
    const under = restarted ? (paragraph.annex ?? `“${paragraph.heading}”`) : undefined;
    return under ? `${under}, paragraph ${paragraph.number}` : `Paragraph ${paragraph.number}`;
  }
  const k = paragraph.unnumbered ?? 0;
  if (doc.type === 'resolution' && paragraph.beforeNumbered && !paragraph.heading) return `Preambular paragraph ${k}`;
  return paragraph.annex ? `${paragraph.annex}, unnumbered paragraph ${k}` : `Unnumbered paragraph ${k}`;
}
