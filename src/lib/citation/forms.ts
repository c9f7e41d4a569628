/**
 * How a document, or one of its paragraphs, is cited: the United Nations' own form, OSCOLA and
 * the Bluebook. Every part comes from the validated frontmatter (symbol, body, dates, session)
 * and from the paragraph the anchors recorded; nothing is read back from the text.
 *
 * - United Nations (UN Editorial Manual): "General Assembly resolution 55/88 of 4 December 2000,
 *   para. 4"; "Report of the Secretary-General (E/CN.4/2002/89), para. 4"; a Security Council
 *   resolution by its number and year, "Security Council resolution 1 (1946) of 25 January 1946";
 *   a general comment by its committee, "Committee against Torture, general comment No. 4 (2017)
 *   (CAT/C/GC/4)". Online copies are given as "Available from <URL>."
 * - OSCOLA (4th ed., international law: "author, 'title' (date) document number"):
 *   "UNGA Res 55/88 (4 December 2000) UN Doc A/RES/55/88, para 4"; "UNSC Res 1 (25 January 1946)
 *   UN Doc S/RES/1 (1946)"; "UNCHR 'Title: Report of the Secretary-General' (20 December 2001) UN
 *   Doc E/CN.4/2002/89, para 4"; an author that is no UN organ (a committee, a State, OHCHR) is
 *   followed by a comma: "UN Committee against Torture, 'General comment No. 4 (2017) on …'
 *   (4 September 2018) UN Doc CAT/C/GC/4".
 * - Bluebook (rule 21.7, documents from the Official Document System):
 *   "G.A. Res. 55/88, ¶ 4, U.N. Doc. A/RES/55/88 (Dec. 4, 2000)"; a Security Council resolution
 *   without its document number, "S.C. Res. 1 (Jan. 25, 1946)"; "U.N. Secretary-General, *Title*,
 *   ¶ 4, U.N. Doc. E/CN.4/2002/89 (Dec. 20, 2001)"; "Comm. Against Torture, *General Comment No.
 *   4*, U.N. Doc. CAT/C/GC/4 (Sept. 4, 2018)".
 *
 * A document of the Universal Periodic Review is cited with the author of its text: the State
 * under review for its national report, the Office of the High Commissioner for the compilation and
 * the summary of stakeholders' submissions, as the documents themselves state.
 *
 * OSCOLA and the Bluebook locate a UN document by its symbol, so they carry no web address; a
 * document whose symbol is not stated has no other locator, and its citation ends with its URL
 * (in OSCOLA with the date of access, as for any source read online).
 *
 * Every style names the author of ./author.ts; the Bluebook's titles are italic parts of the
 * citation ({@link CitationPart}), which the page sets in <cite>.
 */
import type { DocumentData } from '../../schemas/document.ts';
import type { BodyName } from '../document/bodies.ts';
import { citationDate, formatDate, isIsoDate } from '../document/dates.ts';
import { councilResolutionNumber, generalCommentName, UPR_DOCUMENT_NAMES } from '../document/masthead.ts';
import { ordinalWord } from '../document/ordinals.ts';
import type { CitableParagraph } from '../document/paragraphs.ts';
import { stateName } from '../document/states.ts';
import { resolutionNumber } from '../symbol/symbol.ts';
import { reportAuthor, reviewAuthor } from './author.ts';

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

/**
 * Each body's name in OSCOLA and in the Bluebook (table T3 and rule 21.7 abbreviations). A UN
 * organ's OSCOLA abbreviation stands before the title without a comma ("UNGA 'Title'"); a treaty
 * body is an author named in full, followed by a comma.
 */
const BODY_ABBREVIATIONS: Record<BodyName, { oscola: string; bluebook: string }> = {
  'General Assembly': { oscola: 'UNGA', bluebook: 'G.A.' },
  'Security Council': { oscola: 'UNSC', bluebook: 'S.C.' },
  'Economic and Social Council': { oscola: 'ECOSOC', bluebook: 'E.S.C.' },
  'Commission on Human Rights': { oscola: 'UNCHR', bluebook: 'Comm’n on Hum. Rts.' },
  'Human Rights Council': { oscola: 'UNHRC', bluebook: 'Hum. Rts. Council' },
  Secretariat: { oscola: 'UN Secretariat', bluebook: 'U.N. Secretariat' },
  'Human Rights Committee': { oscola: 'UN Human Rights Committee,', bluebook: 'Hum. Rts. Comm.' },
  'Committee on Economic, Social and Cultural Rights': {
    oscola: 'UN Committee on Economic, Social and Cultural Rights,',
    bluebook: 'Comm. on Econ., Soc. & Cultural Rts.',
  },
  'Committee on the Elimination of Racial Discrimination': {
    oscola: 'UN Committee on the Elimination of Racial Discrimination,',
    bluebook: 'Comm. on the Elimination of Racial Discrimination',
  },
  'Committee on the Elimination of Discrimination against Women': {
    oscola: 'UN Committee on the Elimination of Discrimination against Women,',
    bluebook: 'Comm. on the Elimination of Discrimination Against Women',
  },
  'Committee against Torture': { oscola: 'UN Committee against Torture,', bluebook: 'Comm. Against Torture' },
  'Committee on the Rights of the Child': { oscola: 'UN Committee on the Rights of the Child,', bluebook: 'Comm. on the Rts. of the Child' },
  'Committee on Migrant Workers': { oscola: 'UN Committee on Migrant Workers,', bluebook: 'Comm. on Migrant Workers' },
  'Committee on the Rights of Persons with Disabilities': {
    oscola: 'UN Committee on the Rights of Persons with Disabilities,',
    bluebook: 'Comm. on the Rts. of Persons with Disabilities',
  },
  'Committee on Enforced Disappearances': { oscola: 'UN Committee on Enforced Disappearances,', bluebook: 'Comm. on Enforced Disappearances' },
};

/** Month abbreviations of the Bluebook (table T12). */
const BLUEBOOK_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** A date as the Bluebook writes it: "2000-12-04" → "Dec. 4, 2000". */
export function bluebookDate(iso: string): string {
  if (!isIsoDate(iso)) throw new RangeError(`"${iso}" is not an ISO date (YYYY-MM-DD)`);
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${BLUEBOOK_MONTHS[month - 1]} ${day}, ${year}`;
}

/** A title as a citation quotes it: without the mark of a footnote on it ("… article 22*"). */
function citedTitle(title: string): string {
  return title.replace(/\s*\*+$/, '');
}

/** The title and subtitle as one: "Title: Report of the Secretary-General". */
function fullTitle(doc: DocumentData): string {
  const title = citedTitle(doc.title);
  return doc.subtitle ? `${title}: ${citedTitle(doc.subtitle)}` : title;
}

/** A Security Council resolution's number with its year, "1 (1946)", or undefined for any other document. */
function councilNumber(doc: DocumentData): string | undefined {
  if (doc.body !== 'Security Council' || !doc.resolution || !doc.symbol) return undefined;
  return councilResolutionNumber(doc.symbol, doc.resolution.adopted);
}

/** A resolution's number as its body cites it ("55/88", "ES-11/10", the Council's "1"), or undefined. */
function citedResolutionNumber(doc: DocumentData): string | undefined {
  if (!doc.resolution || !doc.symbol) return undefined;
  return councilNumber(doc)?.replace(/ \(\d{4}\)$/, '') ?? resolutionNumber(doc.symbol);
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
    const restarted = isRestarted(paragraph);
    const under = restarted ? restartedUnder(paragraph, annex) : undefined;
    // Numbered again under no heading the text names (the parts of an omnibus resolution, set
    // as plain lines): "para. 1" would point at an earlier paragraph 1, so only the URL can say.
    if (restarted && (!under || numberingCount(paragraph))) return undefined;
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

/** True when a numbered paragraph's id is not p{n}: its numbering restarted after an earlier paragraph {n}. */
function isRestarted(paragraph: CitableParagraph): boolean {
  return paragraph.id !== `p${paragraph.number}`;
}

/**
 * What a restarted numbering is under: the annex (as given: a citation writes it in lower case),
 * else the heading in quotes, else nothing known.
 */
function restartedUnder(paragraph: CitableParagraph, annex = paragraph.annex): string | undefined {
  return annex ?? (paragraph.heading ? `“${paragraph.heading}”` : undefined);
}

/**
 * Which numbering a paragraph belongs to when its anchor says it is not the first under its
 * heading: "p1-2", "part-a-p1-2" → 2; undefined for the first ("p1", "annex-p1").
 */
function numberingCount(paragraph: CitableParagraph): number | undefined {
  const match = /(?:^|-)p\d+-(\d+)$/.exec(paragraph.id);
  return match ? Number(match[1]) : undefined;
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
  return at(unName(doc), pinpoint(doc, target.paragraph)?.un);
}

/** The name the United Nations' form gives a document, without pinpoint. */
function unName(doc: DocumentData): string {
  const council = councilNumber(doc);
  const number = doc.symbol && doc.resolution ? resolutionNumber(doc.symbol) : undefined;
  if (doc.resolution && council) return `Security Council resolution ${council} of ${formatDate(doc.resolution.adopted)}`;
  if (doc.resolution && number) return `${doc.body} resolution ${number} of ${formatDate(doc.resolution.adopted)}`;
  if (doc.resolution) return `Resolution adopted by the ${doc.body} on ${formatDate(doc.resolution.adopted)} (${SYMBOL_NOT_STATED})`;
  const name = documentName(doc);
  return doc.symbol
    ? `${name} (${doc.symbol})`
    : [name, doc.body, doc.session?.name.toLowerCase(), `${formatDate(citationDate(doc))} (${SYMBOL_NOT_STATED})`].filter(Boolean).join(', ');
}

/** "General comment No. 4" → "general comment No. 4", as a name reads inside a sentence. */
function lowerFirst(text: string): string {
  return `${text[0]!.toLowerCase()}${text.slice(1)}`;
}

/**
 * What the United Nations' form calls a document other than a resolution: a general comment by
 * its committee and number, a review document by what it is and the State reviewed, any other by
 * its subtitle ("Report of the Secretary-General") or else its title.
 */
function documentName(doc: DocumentData): string {
  if (doc.generalComment) return `${doc.body}, ${lowerFirst(generalCommentName(doc.generalComment))}`;
  if (doc.upr) return `Universal periodic review, ${lowerFirst(UPR_DOCUMENT_NAMES[doc.upr.document])}: ${stateName(doc.upr.state)}`;
  return citedTitle(doc.subtitle ?? doc.title);
}

/** The United Nations' form with where it is available online: "…, para. 4. Available from https://…". */
export function unCitation(target: CitationTarget): string {
  return `${unForm(target)}. Available from ${targetUrl(target)}.`;
}

/**
 * A piece of a citation: text, a title the style sets in italics, or the date the reader accessed
 * the page, which only the reader's browser knows.
 */
export type CitationPart = string | { italic: string } | { accessed: true };

/** What a citation says where the date of access is not known: the page itself is static. */
export const ACCESSED_PLACEHOLDER = '[date of access]';

/** A citation's parts as plain text, the date of access as {@link ACCESSED_PLACEHOLDER}. */
export function partsText(parts: CitationPart[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : 'italic' in part ? part.italic : ACCESSED_PLACEHOLDER)).join('');
}

/**
 * The OSCOLA form: "UNGA Res 55/88 (4 December 2000) UN Doc A/RES/55/88, para 4" for a
 * resolution, "UNCHR 'Title: Subtitle' (20 December 2001) UN Doc E/CN.4/2002/89, para 4" for
 * any other document. A document without a symbol has no document number to locate it, so it is
 * cited as OSCOLA cites any source read online (section 3.6): its address in angle brackets and
 * the date it was accessed, "<https://…> accessed 5 March 2026".
 */
export function oscolaParts(target: CitationTarget): CitationPart[] {
  const { doc } = target;
  const number = citedResolutionNumber(doc);
  const author = reviewAuthor(doc)?.oscola ?? BODY_ABBREVIATIONS[doc.body].oscola;
  const head = number ? `${author} Res ${number}` : `${author} ‘${fullTitle(doc)}’`;
  const citation = `${head} (${formatDate(citationDate(doc))})${doc.symbol ? ` UN Doc ${doc.symbol}` : ''}`;
  const cited = at(citation, pinpoint(doc, target.paragraph)?.oscola);
  return doc.symbol ? [cited] : [`${cited} <${targetUrl(target)}> accessed `, { accessed: true }];
}

/** The OSCOLA form as plain text. */
export function oscolaCitation(target: CitationTarget): string {
  return partsText(oscolaParts(target));
}

/**
 * The Bluebook form: "G.A. Res. 55/88, ¶ 4, U.N. Doc. A/RES/55/88 (Dec. 4, 2000)" for a
 * resolution, "S.C. Res. 1 (Jan. 25, 1946)" for the Security Council's (cited without its
 * document number), "Comm. Against Torture, *General Comment No. 4*, U.N. Doc. CAT/C/GC/4 (Sept.
 * 4, 2018)" for a general comment, "U.N. Secretary-General, *Title*, ¶ 4, U.N. Doc.
 * E/CN.4/2002/89 (Dec. 20, 2001)" for a report: titles italic and capitalised as rule 8 asks.
 */
export function bluebookParts(target: CitationTarget): CitationPart[] {
  const { doc } = target;
  const tail = [pinpoint(doc, target.paragraph)?.bluebook, doc.symbol && !councilNumber(doc) && `U.N. Doc. ${doc.symbol}`].filter(Boolean);
  const date = ` (${bluebookDate(citationDate(doc))})`;
  const end = doc.symbol ? date : `${date} (${SYMBOL_NOT_STATED}), ${targetUrl(target)}`;
  return [...bluebookHead(doc), ...tail.map((part) => `, ${part}`), end].reduce<CitationPart[]>(joinText, []);
}

/** The Bluebook form as plain text. */
export function bluebookCitation(target: CitationTarget): string {
  return partsText(bluebookParts(target));
}

/** Appends a part, joining it to the last when both are text, so that text runs stay whole. */
function joinText(parts: CitationPart[], part: CitationPart): CitationPart[] {
  const last = parts[parts.length - 1];
  if (typeof part === 'string' && typeof last === 'string') return [...parts.slice(0, -1), last + part];
  return [...parts, part];
}

/**
 * The Bluebook's author and title of a document: "G.A. Res. 55/88"; "Comm. Against Torture,
 * *General Comment No. 4*"; "U.N. Secretary-General, *Title*" (the author of ./author.ts: a
 * subtitle naming the author is said by the author, not repeated in the title).
 */
function bluebookHead(doc: DocumentData): CitationPart[] {
  const body = BODY_ABBREVIATIONS[doc.body].bluebook;
  const number = citedResolutionNumber(doc);
  if (number) return [`${body} Res. ${number}`];
  if (doc.generalComment) return [`${body}, `, { italic: bluebookTitle(generalCommentName(doc.generalComment).replace(/ \(\d{4}\)$/, '')) }];
  const office = reportAuthor(doc);
  const title = { italic: bluebookTitle(office ? citedTitle(doc.title) : fullTitle(doc)) };
  const author = reviewAuthor(doc)?.bluebook ?? (office ? `U.N. ${office}` : body);
  return [`${author}, `, title];
}

/**
 * Words the Bluebook leaves in lower case inside a title (rule 8(a)): articles, and conjunctions
 * and prepositions of four letters or fewer.
 */
const BLUEBOOK_MINOR_WORDS = new Set(
  'a an the and but for nor or so yet as at by from in into like near of off on onto out over past per than to up upon via with'.split(' '),
);

/**
 * A title capitalised as the Bluebook asks (rule 8(a)): every word but the minor ones, and always
 * the first word and the first after a colon; words already capitalised (acronyms, names) are kept.
 */
export function bluebookTitle(text: string): string {
  const words = text.split(' ');
  return words
    .map((word, index) => {
      const first = index === 0 || words[index - 1]!.endsWith(':');
      const bare = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').toLowerCase();
      return first || !BLUEBOOK_MINOR_WORDS.has(bare) ? word.replace(/^([^\p{L}]*)(\p{Ll})/u, (_, before: string, letter: string) => `${before}${letter.toUpperCase()}`) : word;
    })
    .join(' ');
}

/** One citation as the cite panel shows it: its parts, and the same as plain text. */
export interface Citation {
  style: CitationStyle;
  name: string;
  text: string;
  parts: CitationPart[];
}

const FORMATTERS: Record<CitationStyle, (target: CitationTarget) => CitationPart[]> = {
  un: (target) => [unCitation(target)],
  oscola: oscolaParts,
  bluebook: bluebookParts,
};

/** The citation of a document or paragraph in every style, in the order of {@link CITATION_STYLES}. */
export function citations(target: CitationTarget): Citation[] {
  return CITATION_STYLES.map((style) => {
    const parts = FORMATTERS[style](target);
    return { style, name: STYLE_NAMES[style], text: partsText(parts), parts };
  });
}

/**
 * How the cite page heads a paragraph: "Paragraph 4", "Annex, paragraph 1", "Preambular
 * paragraph 3", "Unnumbered paragraph 2".
 */
export function paragraphLabel(doc: Pick<DocumentData, 'type'>, paragraph: CitableParagraph): string {
  if (paragraph.number !== undefined) {
    const under = isRestarted(paragraph) ? restartedUnder(paragraph) : undefined;
    const label = under ? `${under}, paragraph ${paragraph.number}` : `Paragraph ${paragraph.number}`;
    const again = numberingCount(paragraph);
    return again ? `${label} (${ordinalWord(again)} numbering)` : label;
  }
  const k = paragraph.unnumbered ?? 0;
  if (doc.type === 'resolution' && paragraph.beforeNumbered && !paragraph.heading) return `Preambular paragraph ${k}`;
  return paragraph.annex ? `${paragraph.annex}, unnumbered paragraph ${k}` : `Unnumbered paragraph ${k}`;
}
