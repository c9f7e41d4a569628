/**
 * The printed parts of a document that the site renders from its frontmatter rather than from
 * its body: the masthead, a resolution's heading and its closing adoption line. The document
 * page lays these out; the importer's fidelity report checks the source's header words against
 * the same text, so what a reader sees is what was measured.
 */
import type { DocumentData } from '../../schemas/document.ts';
import { bodyByName, type BodyName } from './bodies.ts';
import { formatDate } from './dates.ts';
import { ordinalNumber } from './ordinals.ts';
import { stateName } from './states.ts';
import { parseSymbol, resolutionNumber } from '../symbol/symbol.ts';

/**
 * The ids of the masthead lines that cite other documents, so that a citation can point at them:
 * the note on "provisional agenda*" that gives the agenda's symbol, and the line saying what the
 * resolution was adopted on (a committee's report, or a draft without reference to a committee).
 */
export const MASTHEAD_IDS = { agendaNote: 'agenda-note', committeeReport: 'committee-report' } as const;

/** A date both as printed and as ISO, for `<time datetime>`. */
export interface PrintedDate {
  iso: string;
  text: string;
}

/** What the page prints above and below a document's body. */
export interface Masthead {
  /** What is printed at the top: the principal organ ("General Assembly") or a committee's treaty. */
  organ: string;
  /** The document's symbol, when known. */
  symbol?: string;
  /** "Distr.: General", when printed. */
  distribution?: string;
  /** The issue date, when printed. */
  date?: PrintedDate;
  /** "Original: English", when stated. */
  originalLanguage?: string;
  /** A subsidiary body printed above the session: "Commission on Human Rights", "Committee against Torture". */
  subsidiaryBody?: string;
  /** The working group of a Universal Periodic Review document. */
  workingGroup?: string;
  /** "Fifty-fourth session", "Eleventh emergency special session". */
  session?: string;
  /** The session's dates as printed: "15–26 January 2018". */
  sessionDates?: string;
  /** The agenda line, its titles and the agenda's own symbol (the footnote on "provisional agenda"). */
  agenda?: { label: string; agendaSymbol?: string; title?: string; subItemTitle?: string };
  /** For a resolution of the General Assembly or a council: "Resolution adopted by the General Assembly", and on which day. */
  adoptedBy?: { text: string; date: PrintedDate };
  /** For a resolution: the committee report it was adopted on, with the paragraph holding the draft when stated. */
  committeeReport?: { committee: string; symbol: string; paragraph?: string };
  /** For a resolution adopted without reference to a Main Committee: the draft's symbol. */
  draft?: string;
  /** For a resolution: its number as printed before the title, "53/137.". */
  number?: string;
  /**
   * For a Security Council resolution, its heading as the Council prints it: "Resolution 1 (1946)
   * of 25 January 1946" (the number left out when the symbol is not stated).
   */
  councilResolution?: { number?: string; date: PrintedDate };
  /** For a Security Council resolution, the meeting when stated: "Adopted at the 2nd meeting". */
  adoption?: string;
  /** The vote as printed: "Adopted without vote". */
  vote?: string;
  /** For a treaty body's general text, when its title does not begin with it: "General comment No. 4 (2017)". */
  designation?: string;
  /** For a Universal Periodic Review document, which one and of which State: "National report: Barbados". */
  review?: string;
  /** The title and the line under it. */
  title: string;
  subtitle?: string;
  /** For a resolution other than the Security Council's: "85th plenary meeting" and the adoption date, printed after the text. */
  closing?: { meeting?: string; date: PrintedDate };
  /** The print job number, printed at the foot of the first page. */
  jobNumber?: string;
}

/**
 * What the committees of the human rights treaties print at the top of their documents, where a
 * principal organ's documents print the organ: the treaty they monitor. A document's own `treaty`
 * field, the name as its masthead prints it, comes first.
 */
const TREATY_OF_COMMITTEE: Partial<Record<BodyName, string>> = {
  'Human Rights Committee': 'International Covenant on Civil and Political Rights',
  'Committee on the Elimination of Racial Discrimination': 'International Convention on the Elimination of All Forms of Racial Discrimination',
  'Committee on the Elimination of Discrimination against Women': 'Convention on the Elimination of All Forms of Discrimination against Women',
  'Committee against Torture': 'Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment',
  'Committee on the Rights of the Child': 'Convention on the Rights of the Child',
  'Committee on Migrant Workers': 'International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families',
  'Committee on the Rights of Persons with Disabilities': 'Convention on the Rights of Persons with Disabilities',
  'Committee on Enforced Disappearances': 'International Convention for the Protection of All Persons from Enforced Disappearance',
};

/** The working group whose session a Universal Periodic Review document is issued for. */
export const UPR_WORKING_GROUP = 'Working Group on the Universal Periodic Review';

/** Each document of a Universal Periodic Review, as the masthead and listings name it. */
export const UPR_DOCUMENT_NAMES: Record<NonNullable<DocumentData['upr']>['document'], string> = {
  'national-report': 'National report',
  compilation: 'Compilation of United Nations information',
  'stakeholder-summary': 'Summary of stakeholders’ submissions',
};

function printedDate(iso: string): PrintedDate {
  return { iso, text: formatDate(iso) };
}

/**
 * What a body's documents print at the top: its treaty for a treaty body, the organ it reports to
 * for a subsidiary body (the Human Rights Council's documents are the General Assembly's), else
 * the body itself.
 */
export function printedOrgan(name: BodyName): string {
  const body = bodyByName(name);
  if ('parent' in body) return body.parent;
  if (name === 'Human Rights Council') return 'General Assembly';
  return TREATY_OF_COMMITTEE[name] ?? name;
}

/**
 * A Security Council resolution's number with its year, as it is cited: "1 (1946)". The year is
 * the symbol's when it carries one ("S/RES/1 (1946)"), else the year of adoption.
 */
export function councilResolutionNumber(symbol: string, adopted: string): string | undefined {
  const number = resolutionNumber(symbol);
  if (!number) return undefined;
  return parseSymbol(symbol).year === undefined ? `${number} (${adopted.slice(0, 4)})` : number;
}

/** "General comment No. 4 (2017)", "General recommendation No. 35". */
export function generalCommentName(comment: NonNullable<DocumentData['generalComment']>): string {
  const form = `${comment.form[0]!.toUpperCase()}${comment.form.slice(1)}`;
  return `${form} No. ${comment.number}${comment.year ? ` (${comment.year})` : ''}`;
}

/** The designation a general comment's title does not already begin with, else undefined. */
function designation(doc: DocumentData): string | undefined {
  if (!doc.generalComment) return undefined;
  const name = generalCommentName(doc.generalComment);
  const bare = name.replace(/ \(\d{4}\)$/, '').toLowerCase();
  return doc.title.toLowerCase().startsWith(bare) ? undefined : name;
}

/**
 * The meeting a resolution's closing names: the General Assembly and the Economic and Social
 * Council meet in plenary ("85th plenary meeting", "69th (resumed) plenary meeting"); the
 * councils and commissions under them print "47th meeting".
 */
function closingMeeting(body: BodyName, meeting: number, resumed: boolean | undefined): string {
  const plenary = body === 'General Assembly' || body === 'Economic and Social Council';
  return `${ordinalNumber(meeting)} ${resumed ? '(resumed) ' : ''}${plenary ? 'plenary meeting' : 'meeting'}`;
}

/** The parts a resolution prints: its heading and adoption, by the Security Council's usage or the others'. */
function resolutionParts(doc: DocumentData, resolution: NonNullable<DocumentData['resolution']>): Partial<Masthead> {
  const adopted = printedDate(resolution.adopted);
  const parts: Partial<Masthead> = {};
  if (resolution.vote) parts.vote = resolution.vote;
  if (doc.body === 'Security Council') {
    const number = doc.symbol ? councilResolutionNumber(doc.symbol, resolution.adopted) : undefined;
    parts.councilResolution = { ...(number ? { number } : {}), date: adopted };
    if (resolution.meeting) parts.adoption = `Adopted at the ${ordinalNumber(resolution.meeting)} meeting`;
    return parts;
  }
  parts.adoptedBy = { text: `Resolution adopted by the ${doc.body}`, date: adopted };
  if (resolution.committeeReport) parts.committeeReport = resolution.committeeReport;
  if (resolution.draft) parts.draft = resolution.draft;
  const number = doc.symbol ? resolutionNumber(doc.symbol) : undefined;
  if (number) parts.number = `${number}.`;
  const { meeting, resumed } = resolution;
  parts.closing = { ...(meeting ? { meeting: closingMeeting(doc.body, meeting, resumed) } : {}), date: adopted };
  return parts;
}

/**
 * The agenda line: "Agenda item 117 (a)", "Agenda items 134 and 145", "Item 14 (a) of the
 * provisional agenda".
 */
function agendaLabel(number: string, provisional: boolean | undefined): string {
  const several = /,| and /.test(number);
  if (provisional) return `${several ? 'Items' : 'Item'} ${number} of the provisional agenda`;
  return `Agenda ${several ? 'items' : 'item'} ${number}`;
}

/** Computes the masthead of a document from its validated frontmatter. */
export function masthead(doc: DocumentData): Masthead {
  const organ = doc.treaty ?? printedOrgan(doc.body);
  const result: Masthead = { organ, title: doc.title };
  if (doc.symbol) result.symbol = doc.symbol;
  if (doc.distribution) result.distribution = `Distr.: ${doc.distribution}`;
  if (doc.date) result.date = printedDate(doc.date);
  if (doc.originalLanguage) result.originalLanguage = `Original: ${doc.originalLanguage}`;
  if (organ !== doc.body) result.subsidiaryBody = doc.body;
  if (doc.upr) result.workingGroup = UPR_WORKING_GROUP;
  if (doc.session) result.session = doc.session.name;
  if (doc.session?.dates) result.sessionDates = doc.session.dates;
  if (doc.agendaItem) {
    const item = doc.agendaItem;
    result.agenda = {
      label: agendaLabel(item.number, item.provisional),
      ...(item.agendaSymbol ? { agendaSymbol: item.agendaSymbol } : {}),
      ...(item.title ? { title: item.title } : {}),
      ...(item.subItemTitle ? { subItemTitle: item.subItemTitle } : {}),
    };
  }
  const named = designation(doc);
  if (named) result.designation = named;
  if (doc.upr) result.review = `${UPR_DOCUMENT_NAMES[doc.upr.document]}: ${stateName(doc.upr.state)}`;
  if (doc.subtitle) result.subtitle = doc.subtitle;
  if (doc.jobNumber) result.jobNumber = doc.jobNumber;
  if (doc.resolution) Object.assign(result, resolutionParts(doc, doc.resolution));
  return result;
}

/** The line on what a resolution was adopted: "[on the report of the Fifth Committee (A/79/390, para. 7)]". */
export function adoptedOnLine(m: Pick<Masthead, 'committeeReport' | 'draft'>): string | undefined {
  if (m.committeeReport) {
    const { committee, symbol, paragraph } = m.committeeReport;
    return `[on the report of the ${committee} (${symbol}${paragraph ? `, para. ${paragraph}` : ''})]`;
  }
  return m.draft ? `[without reference to a Main Committee (${m.draft})]` : undefined;
}

/** A Security Council resolution's heading before its date: "Resolution 1 (1946) of", "Resolution of". */
export function councilHeading(council: NonNullable<Masthead['councilResolution']>): string {
  return council.number ? `Resolution ${council.number} of` : 'Resolution of';
}

/** The masthead as the lines of text a reader sees, in page order. */
export function mastheadLines(m: Masthead): string[] {
  // UN print reads across: "United Nations" and the symbol, then the organ and the distribution.
  const lines = ['United Nations'];
  if (m.symbol) lines.push(m.symbol);
  lines.push(m.organ);
  if (m.distribution) lines.push(m.distribution);
  if (m.date) lines.push(m.date.text);
  if (m.originalLanguage) lines.push(m.originalLanguage);
  if (m.subsidiaryBody) lines.push(m.subsidiaryBody);
  if (m.workingGroup) lines.push(m.workingGroup);
  if (m.session) lines.push(m.session);
  if (m.sessionDates) lines.push(m.sessionDates);
  if (m.agenda) {
    lines.push(m.agenda.agendaSymbol ? `${m.agenda.label}*` : m.agenda.label);
    if (m.agenda.title) lines.push(m.agenda.title);
    if (m.agenda.subItemTitle) lines.push(m.agenda.subItemTitle);
  }
  if (m.adoptedBy) lines.push(`${m.adoptedBy.text} on ${m.adoptedBy.date.text}`);
  const adoptedOn = adoptedOnLine(m);
  if (adoptedOn) lines.push(adoptedOn);
  if (m.councilResolution) lines.push(`${councilHeading(m.councilResolution)} ${m.councilResolution.date.text}`);
  if (m.adoption) lines.push(m.adoption);
  if (m.councilResolution && m.vote) lines.push(m.vote);
  if (m.review) lines.push(m.review);
  if (m.designation) lines.push(m.designation);
  lines.push(m.number ? `${m.number} ${m.title}` : m.title);
  if (m.subtitle) lines.push(m.subtitle);
  if (m.closing) {
    if (m.closing.meeting) lines.push(m.closing.meeting);
    lines.push(m.closing.date.text);
    if (m.vote) lines.push(m.vote);
  }
  if (m.agenda?.agendaSymbol) lines.push(`* ${m.agenda.agendaSymbol}.`);
  if (m.jobNumber) lines.push(m.jobNumber);
  return lines;
}
