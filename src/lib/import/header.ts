/**
 * Reading a document's masthead: the fields UN mastheads print (organ, symbol, distribution,
 * date, original language, session, agenda item, a resolution's heading), in whatever order and
 * however an export glued or split them. Text that is no field is kept, in order, as the titles.
 */
import { BODIES, bodyFromPrintedName, type BodyName } from '../document/bodies.ts';
import { parsePrintedDate } from '../document/dates.ts';
import { sessionNumberFromName } from '../document/ordinals.ts';
import { normaliseSymbol, SYMBOL_IN_TEXT } from '../symbol/symbol.ts';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** What a masthead states. */
export interface HeaderFields {
  /** The document's own symbol as printed: the caller checks that it parses. */
  symbol?: string;
  bodies: BodyName[];
  distribution?: string;
  date?: string;
  originalLanguage?: string;
  session?: { number: number; name: string; emergencySpecial?: true };
  /** A session's dates as printed: "15–26 January 2018". */
  sessionDates?: string;
  agenda?: { number: string; provisional: boolean; marked: boolean };
  /** "Resolution adopted by the General Assembly": the adopting body's printed name. */
  adoptedBy?: BodyName;
  /** "… on 9 October 2024" after it: the adoption date. */
  adopted?: string;
  committeeReport?: { committee: string; symbol: string; paragraph?: string };
  /** "[without reference to a Main Committee (A/79/L.5)]": the draft's symbol. */
  draft?: string;
  /** A Security Council resolution's heading, "4 (1946). Resolution of 29 April 1946". */
  council?: { number: number; year: number; adopted?: string };
  /** The line "Working Group on the Universal Periodic Review". */
  uprWorkingGroup?: boolean;
  /** A treaty's name, printed in a treaty body's masthead. */
  treaty?: string;
  /** A resolution's number printed before its title ("53/137.", "ES-11/10."). */
  resolutionNumber?: string;
  /** The title printed after a resolution's number. */
  resolutionTitle?: string;
  /** The text segments that are no field, in order: agenda titles, title, subtitle. */
  segments: string[];
}

type Peeler = (rest: string, fields: HeaderFields) => string | undefined;

function peel(pattern: RegExp, apply?: (match: RegExpExecArray, fields: HeaderFields) => boolean | void): Peeler {
  const anchored = new RegExp(`^(?:${pattern.source})`, pattern.flags.replace('g', ''));
  return (rest, fields) => {
    const match = anchored.exec(rest);
    if (!match || apply?.(match, fields) === false) return undefined;
    return rest.slice(match[0].length);
  };
}

/** A printed date, also where an export glued its parts ("7October2022"), as ISO. */
function readDate(text: string): string | undefined {
  return parsePrintedDate(text.replace(/(\d)(\p{L})/gu, '$1 $2').replace(/(\p{L})(\d)/gu, '$1 $2'));
}

/** The bodies' names as a pattern, longest first, so that a committee's whole name is read. */
const BODY_NAME = BODIES.map((body) => body.name)
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.,]/g, (char) => `\\${char}`))
  .join('|');
const PRINTED_DATE = `\\d{1,2}\\s*${MONTH}\\s*\\d{4}`;

const PEELERS: Peeler[] = [
  peel(new RegExp(`Resolution adopted by the ([A-Za-z ]+?)(?:\\s+on (${PRINTED_DATE}))?(?=\\s*(?:$|\\[))`, 'i'), (m, f) => {
    const body = bodyFromPrintedName(m[1]!);
    if (!body) return false;
    f.adoptedBy = body;
    if (m[2]) f.adopted = readDate(m[2]);
  }),
  peel(new RegExp(`\\[on the report of the ([A-Za-z ]+?) \\((${SYMBOL_IN_TEXT.source})(?:, para\\. (\\d+))?\\)\\]`), (m, f) => {
    f.committeeReport = { committee: m[1]!, symbol: normaliseSymbol(m[2]!), ...(m[3] ? { paragraph: m[3] } : {}) };
  }),
  peel(new RegExp(`\\[without reference to a Main Committee \\((${SYMBOL_IN_TEXT.source})\\)\\]`), (m, f) => {
    f.draft = normaliseSymbol(m[1]!);
  }),
  // A footnote mark may follow the date ("Resolution of 17 May 1946 21"): its note keeps the number.
  peel(new RegExp(`(\\d{1,4}) \\((\\d{4})\\)\\.?\\s+Resolution of (${PRINTED_DATE})(?:\\s+\\d{1,3}(?=\\s*$))?`), (m, f) => {
    const adopted = readDate(m[3]!);
    f.council = { number: Number(m[1]), year: Number(m[2]), ...(adopted ? { adopted } : {}) };
  }),
  peel(/United Nations/),
  peel(/Working Group on the Universal Periodic Review/i, (_m, f) => {
    f.uprWorkingGroup = true;
  }),
  peel(new RegExp(`(${BODY_NAME})`, 'i'), (m, f) => {
    f.bodies.push(bodyFromPrintedName(m[1]!)!);
  }),
  peel(/(Convention (?:against|on|for) [^\n]+)/i, (m, f) => {
    if (f.treaty || f.bodies.length > 1) return false;
    f.treaty = m[1]!.trim();
  }),
  peel(/Distr\.\s*:?\s*(General|Limited|Restricted)/i, (m, f) => {
    f.distribution = m[1]![0]!.toUpperCase() + m[1]!.slice(1).toLowerCase();
  }),
  peel(new RegExp(`(\\d{1,2}(?:\\s*${MONTH}(?:\\s*\\d{4})?)?\\s*(?:[–-]|(?<=[a-z]))\\s*${PRINTED_DATE})`, 'i'), (m, f) => {
    if (!f.session || f.sessionDates) return false;
    f.sessionDates = m[1]!;
  }),
  peel(new RegExp(`(${PRINTED_DATE})`, 'i'), (m, f) => {
    const iso = readDate(m[1]!);
    if (!iso || f.date) return false;
    f.date = iso;
  }),
  peel(/Original\s*:\s*(\p{L}+)/iu, (m, f) => {
    f.originalLanguage = m[1]![0]!.toUpperCase() + m[1]!.slice(1).toLowerCase();
  }),
  peel(/([A-Za-z]+(?:-[a-z]+)?)\s+(emergency special\s+)?session/i, (m, f) => {
    const number = sessionNumberFromName(`${m[1]} session`);
    if (!number) return false;
    f.session = m[2]
      ? { number, name: `${m[1]} emergency special session`, emergencySpecial: true }
      : { number, name: `${m[1]} session` };
  }),
  peel(/(Agenda items?|Item)\s+(\d+(?:\s*\([a-z]\))?(?:(?:,\s*|\s+and\s+)\d+(?:\s*\([a-z]\))?)*)(\s+of the provisional agenda)?(\s*\^\{\*\}|\*)?/, (m, f) => {
    f.agenda = {
      number: m[2]!.replace(/\s*\(/g, ' (').replace(/\s+/g, ' '),
      provisional: Boolean(m[3]),
      marked: Boolean(m[4]),
    };
  }),
  peel(/((?:ES-\d{1,2}\/)?\d{1,4}\/\d{1,4}|ES-\d{1,2}\/\d{1,4})\.(?:\s+|$|(?=\p{Lu}))/u, (m, f) => {
    f.resolutionNumber = m[1]!;
  }),
  // The whole token is the symbol: "A/RES/../../x" is a symbol that does not parse, not "A/RES".
  peel(new RegExp(`(?:${SYMBOL_IN_TEXT.source})(?:[/.]\\S*)?|[A-Z][A-Z0-9]{0,7}\\/\\S+`), (m, f) => {
    if (f.symbol) return false;
    f.symbol = m[0];
  }),
];

/**
 * Joins masthead lines into one text in which each bold span stands on a line of its own, even
 * when an export glued two together ("…instruments****Status of…") or broke one across lines.
 */
export function headerText(lines: string[]): string {
  return lines
    .join('\n')
    .replace(/\*\*([\s\S]+?)\*\*/g, (_m, inner: string) => `\n${inner.replace(/\s*\n\s*/g, ' ')}\n`)
    .replace(/[ \t]+/g, ' ');
}

/**
 * Reads every field of a masthead. Fields may continue over a line break ("Distr.⏎GENERAL");
 * text that is no field, up to the end of its line, becomes a title segment. The segment after
 * a resolution's number is its title.
 */
export function parseHeader(lines: string[]): HeaderFields {
  const fields: HeaderFields = { bodies: [], segments: [] };
  let rest = headerText(lines);
  let afterNumber = false;
  while ((rest = rest.replace(/^[\s*]+/, '')) !== '') {
    let next: string | undefined;
    const hadNumber = fields.resolutionNumber;
    for (const peeler of PEELERS) {
      next = peeler(rest, fields);
      if (next !== undefined) break;
    }
    if (next !== undefined) {
      afterNumber = !hadNumber && Boolean(fields.resolutionNumber) && fields.resolutionTitle === undefined;
      rest = next;
      continue;
    }
    const end = rest.indexOf('\n');
    const segment = (end < 0 ? rest : rest.slice(0, end)).replace(/\*+$/, '').trim();
    rest = end < 0 ? '' : rest.slice(end);
    // A resolution's title runs on to the text: a printed line break does not end it.
    if (afterNumber) fields.resolutionTitle = fields.resolutionTitle ? `${fields.resolutionTitle} ${segment}` : segment;
    else fields.segments.push(segment);
    afterNumber = afterNumber && fields.resolutionTitle !== undefined;
  }
  return fields;
}

/** The titles a masthead's free segments hold, told apart by position and wording. */
export interface Titles {
  /** Segments after the subtitle, which no masthead field explains; the importer keeps them in the body. */
  unplaced: string[];
  agendaTitle?: string;
  subItemTitle?: string;
  title?: string;
  subtitle?: string;
}

/** A line under the title naming the author and kind: "Report of the Secretary-General". */
const SUBTITLE = /^(?:Report|Note|Letter)\b.*\b(?:of|by|from)\b/i;

/**
 * Sorts the free segments: the one that names a report's author is the subtitle, the one before
 * it the title, any before that the agenda item's title and sub-item title. A resolution's title
 * is the segment after its number, which the caller passes as `resolutionTitle`.
 */
export function sortTitles(segments: string[], resolutionTitle?: string): Titles {
  const titles: Titles = { unplaced: [] };
  const rest = [...segments];
  if (resolutionTitle !== undefined) {
    titles.title = resolutionTitle;
  } else {
    const subtitleIndex = rest.findIndex((segment) => SUBTITLE.test(segment));
    if (subtitleIndex >= 0) {
      titles.subtitle = rest[subtitleIndex]!;
      titles.unplaced = rest.splice(subtitleIndex).slice(1);
    }
    titles.title = rest.pop();
  }
  if (rest[0]) titles.agendaTitle = rest[0];
  if (rest[1]) titles.subItemTitle = rest[1];
  return titles;
}
