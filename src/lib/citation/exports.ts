/**
 * A document as reference managers import it: one bibliographic record, written out as CSL-JSON
 * (Zotero, Mendeley, Pandoc), BibTeX (LaTeX) and RIS (EndNote, Zotero, most others).
 *
 * Reference managers have no item type for a UN resolution or a treaty body's general comment,
 * so every document is a report, told apart by its report type (CSL `genre`, BibTeX `type`, RIS
 * `M3`, Zotero's "Report Type"): "Resolution", "General comment No. 4 (2017)", "Decision", a
 * review document's name, and for any other document with a symbol "UN Doc", so that styles
 * print "UN Doc E/CN.4/2002/89" from type and number. Its symbol is the report number, the United
 * Nations its institution, and its author the one of ./author.ts. A resolution is dated by its
 * adoption, as every citation style cites it.
 */
import type { DocumentData } from '../../schemas/document.ts';
import { citationDate } from '../document/dates.ts';
import { documentId } from '../document/documents.ts';
import { generalCommentName, UPR_DOCUMENT_NAMES } from '../document/masthead.ts';
import { authorName, PUBLISHER } from './author.ts';
import { unForm } from './forms.ts';

/** The report type of a document with a symbol that is no resolution, decision, general comment or review document. */
export const UN_DOC = 'UN Doc';

/** What a record calls a document without a symbol when it has no subtitle saying what it is. */
const GENRES: Record<DocumentData['type'], string> = {
  resolution: 'Resolution',
  decision: 'Decision',
  report: 'Report',
  'general-comment': 'General comment',
  note: 'Note',
  letter: 'Letter',
  other: 'Document',
};

/** One document as a bibliographic record. */
export interface BibliographicRecord {
  /** A citation key made of the symbol: "A-RES-55-88". */
  key: string;
  /** The title with the subtitle: "Title: Report of the Secretary-General". */
  title: string;
  /** The author by its full name (./author.ts): "United Nations General Assembly", "United Nations Secretary-General". */
  author: string;
  /** The report type: "Resolution", "General comment No. 4 (2017)", "UN Doc". */
  genre: string;
  /** The symbol, absent when the source does not state it. */
  number?: string;
  /** The date it is cited by, ISO. */
  issued: string;
  url: string;
  /** The citation in the United Nations' form, without pinpoint or address. */
  note: string;
}

/**
 * A document's report type: a resolution, decision, general comment or review document by what
 * it is; any other with a symbol a "UN Doc"; one without a symbol by its subtitle or its kind.
 */
export function reportType(doc: DocumentData): string {
  if (doc.type === 'resolution' || doc.type === 'decision') return GENRES[doc.type];
  if (doc.generalComment) return generalCommentName(doc.generalComment);
  if (doc.upr) return UPR_DOCUMENT_NAMES[doc.upr.document];
  if (doc.symbol) return UN_DOC;
  return doc.subtitle ?? GENRES[doc.type];
}

/** The title with the subtitle, as a record gives it: "Title: Report of the Secretary-General". */
function recordTitle(doc: DocumentData): string {
  const title = doc.title.replace(/\s*\*+$/, '');
  return doc.subtitle ? `${title}: ${doc.subtitle}` : title;
}

/**
 * A citation key from a document's id: letters, digits, "." and "-" only, which every BibTeX
 * and biblatex tool accepts: "A/RES/55/88" → "A-RES-55-88".
 */
export function citationKey(doc: DocumentData): string {
  return documentId(doc).replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '');
}

/** The bibliographic record of a document at its absolute URL. */
export function bibliographicRecord(doc: DocumentData, url: string): BibliographicRecord {
  return {
    key: citationKey(doc),
    title: recordTitle(doc),
    author: authorName(doc),
    genre: reportType(doc),
    ...(doc.symbol ? { number: doc.symbol } : {}),
    issued: citationDate(doc),
    url,
    note: unForm({ doc, url }),
  };
}

/** The parts of an ISO date as numbers: "2000-12-04" → [2000, 12, 4]. */
function dateParts(iso: string): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number];
}

/** One line of text: exports allow no line breaks inside a field. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A CSL-JSON item, the fields this site fills. */
export interface CslItem {
  id: string;
  type: 'report';
  title: string;
  author: { literal: string }[];
  genre: string;
  number?: string;
  publisher: string;
  issued: { 'date-parts': [[number, number, number]] };
  URL: string;
  language: string;
  note: string;
}

/** The record as a CSL-JSON item. */
export function toCsl(record: BibliographicRecord): CslItem {
  return {
    id: record.key,
    type: 'report',
    title: record.title,
    author: [{ literal: record.author }],
    genre: record.genre,
    ...(record.number ? { number: record.number } : {}),
    publisher: PUBLISHER,
    issued: { 'date-parts': [dateParts(record.issued)] },
    URL: record.url,
    language: 'en',
    note: record.note,
  };
}

/** A CSL-JSON file: a list of items, as reference managers import it. */
export function cslJson(record: BibliographicRecord): string {
  return `${JSON.stringify([toCsl(record)], null, 2)}\n`;
}

/** Characters BibTeX reads as commands, and how to write them as text. */
const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text as a BibTeX field value: every special character escaped, on one line. */
export function bibtexText(text: string): string {
  return oneLine(text).replace(/[\\{}&%$#_~^]/g, (c) => BIBTEX_SPECIALS[c]!);
}

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The record as a BibTeX @techreport, in the fields classic BibTeX and biblatex both read:
 * author, title, type, number, institution, year, month, url, note. The author is braced whole,
 * so that no tool takes "Assembly" for a surname; the title is braced whole, so that no style
 * changes its case. Neither reads a day: the note, the UN form, gives the full date.
 */
export function bibtex(record: BibliographicRecord): string {
  const [year, month] = dateParts(record.issued);
  const braced = (value: string) => `{${value}}`;
  const fields: [string, string | undefined][] = [
    ['author', braced(braced(bibtexText(record.author)))],
    ['title', braced(braced(bibtexText(record.title)))],
    ['type', braced(bibtexText(record.genre))],
    ['number', record.number && braced(bibtexText(record.number))],
    ['institution', braced(PUBLISHER)],
    ['year', braced(String(year))],
    // BibTeX's own month macro, unbraced, so that every style prints the month its way.
    ['month', BIBTEX_MONTHS[month - 1]],
    ['url', braced(record.url)],
    ['note', braced(bibtexText(record.note))],
  ];
  const lines = fields.filter((field): field is [string, string] => field[1] !== undefined).map(([name, value]) => `  ${name} = ${value},`);
  return `@techreport{${record.key},\n${lines.join('\n')}\n}\n`;
}

/**
 * The record as RIS: a report (RPRT) with its symbol as report number (SN), its kind as type of
 * work (M3) and its date as RIS writes it (DA "2000/12/04/"). Lines end with CR LF, as the format
 * specifies.
 */
export function ris(record: BibliographicRecord): string {
  const [year] = dateParts(record.issued);
  const tags: [string, string][] = [
    ['TY', 'RPRT'],
    ['TI', record.title],
    ['AU', record.author],
    ['PY', String(year)],
    ['DA', `${record.issued.replace(/-/g, '/')}/`],
    ['M3', record.genre],
    ...(record.number ? ([['SN', record.number]] as [string, string][]) : []),
    ['PB', PUBLISHER],
    ['UR', record.url],
    ['LA', 'en'],
    ['N1', record.note],
    ['ER', ''],
  ];
  return tags.map(([tag, value]) => `${tag}  - ${oneLine(value)}`).join('\r\n') + '\r\n';
}
