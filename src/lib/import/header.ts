/**
 * Reading a document's masthead: the fields UN mastheads print (organ, symbol, distribution,
 * date, original language, session, agenda item, a resolution's heading), in whatever order and
 * however an export glued or split them. Text that is no field is kept, in order, as the titles.
 */
import { bodyFromPrintedName, type BodyName } from '../bodies.ts';
import { parsePrintedDate } from '../dates.ts';
import { sessionNumberFromName } from '../ordinals.ts';
import { normaliseSymbol, SYMBOL_IN_TEXT } from '../symbol.ts';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** What a masthead states. */
export interface HeaderFields {
  symbol?: string;
  bodies: BodyName[];
  distribution?: string;
  date?: string;
  originalLanguage?: string;
  session?: { number: number; name: string };
  agenda?: { number: string; provisional: boolean; marked: boolean };
  /** "Resolution adopted by the General Assembly": the adopting body's printed name. */
  adoptedBy?: BodyName;
  committeeReport?: { committee: string; symbol: string };
  /** A resolution's number printed before its title ("53/137."). */
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

const PEELERS: Peeler[] = [
  peel(/Resolution adopted by the ([A-Za-z ]+?)(?=\s*(?:$|\[))/i, (m, f) => {
    const body = bodyFromPrintedName(m[1]!);
    if (!body) return false;
    f.adoptedBy = body;
  }),
  peel(new RegExp(`\\[on the report of the ([A-Za-z ]+?) \\((${SYMBOL_IN_TEXT.source})\\)\\]`), (m, f) => {
    f.committeeReport = { committee: m[1]!, symbol: normaliseSymbol(m[2]!) };
  }),
  peel(/United Nations/),
  peel(/(General Assembly|Security Council|Economic and Social Council|Commission on Human Rights|Human Rights Council)/i, (m, f) => {
    f.bodies.push(bodyFromPrintedName(m[1]!)!);
  }),
  peel(/Distr\.\s*:?\s*(General|Limited|Restricted)/i, (m, f) => {
    f.distribution = m[1]![0]!.toUpperCase() + m[1]!.slice(1).toLowerCase();
  }),
  peel(new RegExp(`(\\d{1,2}\\s+${MONTH}\\s+\\d{4})`, 'i'), (m, f) => {
    const iso = parsePrintedDate(m[1]!);
    if (!iso || f.date) return false;
    f.date = iso;
  }),
  peel(/Original\s*:\s*(\p{L}+)/iu, (m, f) => {
    f.originalLanguage = m[1]![0]!.toUpperCase() + m[1]!.slice(1).toLowerCase();
  }),
  peel(/([A-Za-z]+(?:-[a-z]+)?)\s+session/i, (m, f) => {
    const number = sessionNumberFromName(`${m[1]} session`);
    if (!number) return false;
    f.session = { number, name: `${m[1]} session` };
  }),
  peel(/(Agenda item|Item)\s+(\d+)(?:\s*\(([a-z])\))?(\s+of the provisional agenda)?(\s*\^\{\*\}|\*)?/, (m, f) => {
    f.agenda = {
      number: m[3] ? `${m[2]} (${m[3]})` : m[2]!,
      provisional: Boolean(m[4]),
      marked: Boolean(m[5]),
    };
  }),
  peel(/(\d{1,4}\/\d{1,4})\.\s+/, (m, f) => {
    f.resolutionNumber = m[1]!;
  }),
  peel(SYMBOL_IN_TEXT, (m, f) => {
    if (f.symbol) return false;
    f.symbol = normaliseSymbol(m[0]);
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
      afterNumber = !hadNumber && Boolean(fields.resolutionNumber);
      rest = next;
      continue;
    }
    const end = rest.indexOf('\n');
    const segment = (end < 0 ? rest : rest.slice(0, end)).replace(/\*+$/, '').trim();
    rest = end < 0 ? '' : rest.slice(end);
    if (afterNumber) fields.resolutionTitle = segment;
    else fields.segments.push(segment);
    afterNumber = false;
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
