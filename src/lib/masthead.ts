/**
 * The printed parts of a document that the site renders from its frontmatter rather than from
 * its body: the masthead, a resolution's heading and its closing adoption line. The document
 * page lays these out; the importer's fidelity report checks the source's header words against
 * the same text, so what a reader sees is what was measured.
 */
import type { DocumentData } from '../schemas/document.ts';
import { bodyByName } from './bodies.ts';
import { formatDate } from './dates.ts';
import { ordinalNumber } from './ordinals.ts';
import { resolutionNumber } from './symbol.ts';

/**
 * The ids of the masthead lines that cite other documents, so that a citation can point at them:
 * the note on "provisional agenda*" that gives the agenda's symbol, and the committee report line.
 */
export const MASTHEAD_IDS = { agendaNote: 'agenda-note', committeeReport: 'committee-report' } as const;

/** A date both as printed and as ISO, for `<time datetime>`. */
export interface PrintedDate {
  iso: string;
  text: string;
}

/** What the page prints above and below a document's body. */
export interface Masthead {
  /** The principal organ printed at the top: "General Assembly", "Economic and Social Council". */
  organ: string;
  /** The document's symbol, when known. */
  symbol?: string;
  /** "Distr.: General". */
  distribution: string;
  /** The issue date. */
  date: PrintedDate;
  /** "Original: English", when stated. */
  originalLanguage?: string;
  /** A subsidiary body printed above the session: "Commission on Human Rights". */
  subsidiaryBody?: string;
  /** "Fifty-fourth session". */
  session?: string;
  /** The agenda line, its titles and the agenda's own symbol (the footnote on "provisional agenda"). */
  agenda?: { label: string; agendaSymbol?: string; title?: string; subItemTitle?: string };
  /** For a resolution: "Resolution adopted by the General Assembly". */
  adoptedBy?: string;
  /** For a resolution: the committee report it was adopted on. */
  committeeReport?: { committee: string; symbol: string };
  /** For a resolution: its number as printed before the title, "53/137.". */
  number?: string;
  /** The title and the line under it. */
  title: string;
  subtitle?: string;
  /** For a resolution: "85th plenary meeting" and the adoption date, printed after the text. */
  closing?: { meeting: string; date: PrintedDate };
  /** The print job number, printed at the foot of the first page. */
  jobNumber?: string;
}

function printedDate(iso: string): PrintedDate {
  return { iso, text: formatDate(iso) };
}

/** Computes the masthead of a document from its validated frontmatter. */
export function masthead(doc: DocumentData): Masthead {
  const body = bodyByName(doc.body);
  const parent = 'parent' in body ? body.parent : undefined;
  const result: Masthead = {
    organ: parent ?? doc.body,
    distribution: `Distr.: ${doc.distribution}`,
    date: printedDate(doc.date),
    title: doc.title,
  };
  if (doc.symbol) result.symbol = doc.symbol;
  if (doc.originalLanguage) result.originalLanguage = `Original: ${doc.originalLanguage}`;
  if (parent) result.subsidiaryBody = doc.body;
  if (doc.session) result.session = doc.session.name;
  if (doc.agendaItem) {
    const item = doc.agendaItem;
    result.agenda = {
      label: item.provisional ? `Item ${item.number} of the provisional agenda` : `Agenda item ${item.number}`,
      ...(item.agendaSymbol ? { agendaSymbol: item.agendaSymbol } : {}),
      ...(item.title ? { title: item.title } : {}),
      ...(item.subItemTitle ? { subItemTitle: item.subItemTitle } : {}),
    };
  }
  if (doc.subtitle) result.subtitle = doc.subtitle;
  if (doc.jobNumber) result.jobNumber = doc.jobNumber;
  if (doc.resolution) {
    result.adoptedBy = `Resolution adopted by the ${doc.body}`;
    if (doc.resolution.committeeReport) result.committeeReport = doc.resolution.committeeReport;
    const number = doc.symbol ? resolutionNumber(doc.symbol) : undefined;
    if (number) result.number = `${number}.`;
    result.closing = {
      meeting: `${ordinalNumber(doc.resolution.meeting)} plenary meeting`,
      date: printedDate(doc.resolution.adopted),
    };
  }
  return result;
}

/** The masthead as the lines of text a reader sees, in page order. */
export function mastheadLines(m: Masthead): string[] {
  // UN print reads across: "United Nations" and the symbol, then the organ and the distribution.
  const lines = ['United Nations'];
  if (m.symbol) lines.push(m.symbol);
  lines.push(m.organ, m.distribution, m.date.text);
  if (m.originalLanguage) lines.push(m.originalLanguage);
  if (m.subsidiaryBody) lines.push(m.subsidiaryBody);
  if (m.session) lines.push(m.session);
  if (m.agenda) {
    lines.push(m.agenda.agendaSymbol ? `${m.agenda.label}*` : m.agenda.label);
    if (m.agenda.title) lines.push(m.agenda.title);
    if (m.agenda.subItemTitle) lines.push(m.agenda.subItemTitle);
  }
  if (m.adoptedBy) lines.push(m.adoptedBy);
  if (m.committeeReport) lines.push(`[on the report of the ${m.committeeReport.committee} (${m.committeeReport.symbol})]`);
  lines.push(m.number ? `${m.number} ${m.title}` : m.title);
  if (m.subtitle) lines.push(m.subtitle);
  if (m.closing) lines.push(m.closing.meeting, m.closing.date.text);
  if (m.agenda?.agendaSymbol) lines.push(`* ${m.agenda.agendaSymbol}.`);
  if (m.jobNumber) lines.push(m.jobNumber);
  return lines;
}
