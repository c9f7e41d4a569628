/**
 * The layout pass of an import: text extracted from a PDF or a Word file, in whichever shape the
 * extraction left it, becomes one logical line per block (a masthead line, a paragraph, a heading,
 * a footnote), with the page furniture taken out and listed. Every rule here is about a shape,
 * never about a file:
 * - `markup`: the word-processor exports of the first documents (bold `**` spans, `<<ODS` fields,
 *   a paragraph per line), which the later passes read as they are;
 * - `paragraphs`: a block per line or per run of lines between blank lines (Word exports);
 * - `wrapped`: a PDF's printed lines, blank lines only where a page ends: paragraphs are joined
 *   back together, running heads, page numbers, job numbers and barcodes dropped, the footnotes
 *   under each page's rule and the endnotes under "Notes" told apart;
 * - `run-together`: a whole document on a few lines, its blocks glued to each other
 *   ("sessionAgenda item 5Letter dated…"): cut where a block visibly ends.
 */
import type { Dropped, SourceLine } from './lines.ts';

/** The shapes a source can have. */
export type Shape = 'markup' | 'paragraphs' | 'wrapped' | 'run-together';

/** What a layout line is, when the layout pass knows. */
export type LineRole = 'heading' | 'footnote' | 'contents';

/** A logical line with the role the layout pass found for it. */
export interface LaidLine extends SourceLine {
  role?: LineRole;
}

/** The result of the layout pass. */
export interface Layout {
  shape: Shape;
  lines: LaidLine[];
  dropped: Dropped[];
  /** Where the text begins after the masthead, an index in `lines`; -1 when it was not found. */
  bodyStart: number;
}

/** Characters of the Private Use Area: the glyphs of the barcode font printed on UN documents. */
const BARCODE_GLYPHS = /[\uE000-\uF8FF]+/g;
/** A printed job number alone on a line: "24-18683 (E)", "GE.19-03474(E)", "N2427222", "00 56467". */
const JOB_NUMBER = /^(?:(?:[A-Z]{1,2}\.)?\d{2}-\d{5}\s?(?:\([A-Z]\))?|[A-Z]\d{7}[A-Z]?|\d{2} \d{5})$/;
/** A page footer: "2/2 24-18683", "24-18683 3/20", "GE.19-03027 3". */
const PAGE_FOOTER = /^(?:\d{1,3}\/\d{1,3}\s+(?:[A-Z]{1,2}\.)?\d{2}-\d{5}|(?:[A-Z]{1,2}\.)?\d{2}-\d{5}\s+\d{1,3}(?:\/\d{1,3})?)$/;
/** The barcode's text under it: "*2418683*". */
const BARCODE_TEXT = /^\*\d{7,}\*$/;
/** The rule printed above a page's footnotes. */
const FOOTNOTE_RULE = /^_{5,}$/;
/** The heading of a document's endnotes. */
const ENDNOTES = /^(?:Notes|Endnotes)$/;
/** A symbol-shaped token, for running heads: "A/RES/79/3", "A/HRC/WG.6/29/BRB/1", "CAT/C/GC/4". */
const SYMBOL_TOKEN = /^[A-Z][A-Z0-9]{0,5}\s?\/[A-Za-z0-9./()-]+$/;

/** Text with its spacing made single, for comparing. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Tells the shape of a source from its lines. */
export function detectShape(physical: string[]): Shape {
  const text = physical.join('\n');
  // What the first exports kept of the word processor: bold spans, export fields, hard breaks,
  // superscript footnote marks, tab-separated cells.
  if (/\*\*\S|<<ODS |[⁰¹²³⁴⁵⁶⁷⁸⁹]|\S\t\S/.test(text) || /\S {2}$/m.test(text)) return 'markup';
  const filled = physical.filter((line) => line.trim() !== '');
  if (filled.length === 0) return 'paragraphs';
  const characters = filled.reduce((sum, line) => sum + line.length, 0);
  if (filled.length <= 3 && characters > 600) return 'run-together';
  if (characters / filled.length > 400 && filled.length < 10) return 'run-together';
  const blankAfter = physical.filter((line, i) => line.trim() !== '' && (physical[i + 1] ?? '').trim() === '').length;
  const long = filled.filter((line) => line.length > 200).length;
  if (blankAfter / filled.length > 0.5 || long / filled.length > 0.3) return 'paragraphs';
  return 'wrapped';
}

/** Takes the barcode glyphs out of a line, listing them. */
function stripGlyphs(line: SourceLine, dropped: Dropped[]): SourceLine {
  if (!BARCODE_GLYPHS.test(line.text)) return line;
  BARCODE_GLYPHS.lastIndex = 0;
  for (const match of line.text.matchAll(BARCODE_GLYPHS)) dropped.push({ line: line.number, text: match[0], reason: 'barcode glyphs' });
  return { number: line.number, text: line.text.replace(BARCODE_GLYPHS, '') };
}

/** Why a line is page furniture wherever it stands, or undefined. */
function furniture(text: string): string | undefined {
  const trimmed = text.trim();
  if (BARCODE_TEXT.test(trimmed)) return 'barcode number';
  if (JOB_NUMBER.test(trimmed)) return 'printed job number';
  if (PAGE_FOOTER.test(trimmed)) return 'page footer';
  return undefined;
}

/**
 * The document's own symbol as its running heads print it: the symbol-shaped line repeated at
 * the tops of pages, else undefined. Only a line that stands alone counts, so a symbol cited in
 * the text never qualifies.
 */
function runningSymbol(lines: SourceLine[]): string | undefined {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const trimmed = squash(line.text);
    const token = trimmed.split(' ')[0]!;
    for (const candidate of [trimmed, token]) {
      if (SYMBOL_TOKEN.test(candidate)) counts.set(candidate.replace(/\s/g, ''), (counts.get(candidate.replace(/\s/g, '')) ?? 0) + 1);
    }
  }
  let best: [string, number] | undefined;
  for (const entry of counts) if (entry[1] >= 2 && (!best || entry[1] > best[1])) best = entry;
  return best?.[0];
}

/** The symbol a masthead prints on a line of its own or after "United Nations", in the first lines. */
function mastheadSymbol(lines: SourceLine[]): string | undefined {
  for (const line of lines.filter((candidate) => candidate.text.trim() !== '').slice(0, 6)) {
    const token = squash(line.text).replace(/^United Nations /, '').split(' ')[0]!;
    if (SYMBOL_TOKEN.test(token) && token.includes('/')) return token;
  }
  return undefined;
}

/** Splits physical lines into pages at blank lines (how PDF extractions mark a page's end). */
function pages(lines: SourceLine[]): SourceLine[][] {
  const result: SourceLine[][] = [[]];
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (result.at(-1)!.length > 0) result.push([]);
    } else {
      result.at(-1)!.push(line);
    }
  }
  return result.filter((page) => page.length > 0);
}

/**
 * Drops a page's running head: the first lines of every page after the first that hold the
 * document's symbol, alone or beside a piece of the title that the first page prints.
 */
function dropRunningHead(page: SourceLine[], symbol: string | undefined, firstPage: string, dropped: Dropped[]): SourceLine[] {
  if (!symbol) return page;
  const head = page.slice(0, 3).findIndex((line) => squash(line.text).replace(/\s(?=\/)/g, '').includes(symbol));
  if (head < 0) return page;
  const inTitle = (text: string) => text === '' || (text.length >= 3 && firstPage.includes(text));
  for (let i = 0; i <= head; i++) {
    const rest = squash(page[i]!.text.replace(/\s(?=\/)/g, '').replace(symbol, ''));
    if (!inTitle(rest)) return page;
  }
  for (const line of page.slice(0, head + 1)) dropped.push({ line: line.number, text: line.text.trim(), reason: 'running head' });
  return page.slice(head + 1);
}

/** Drops a page's foot: page numbers, job numbers, barcodes and footers below the text. */
function dropPageFoot(page: SourceLine[], dropped: Dropped[]): SourceLine[] {
  let end = page.length;
  while (end > 0) {
    const text = page[end - 1]!.text.trim();
    const reason = furniture(text) ?? (/^\d{1,3}$/.test(text) ? 'page number' : undefined);
    if (!reason) break;
    dropped.push({ line: page[end - 1]!.number, text, reason });
    end--;
  }
  return page.slice(0, end);
}

/** Drops furniture that may stand anywhere on a page (a barcode or job number inside the masthead). */
function dropFurniture(lines: SourceLine[], dropped: Dropped[]): SourceLine[] {
  return lines.filter((line) => {
    const reason = furniture(line.text);
    if (reason) dropped.push({ line: line.number, text: line.text.trim(), reason });
    return !reason;
  });
}

/** A numbered paragraph's start, glued or spaced: "1. The", "1.For". */
const NUMBERED_START = /^(\d{1,3})\.\s?(?=\S)/;
/** The start of a list item or sub-paragraph: "(a) ", "• ", "– ". */
const ITEM_START = /^(?:\([a-z]{1,4}\)\s?|\([ivx]+\)\s?|[•\u2022\u2013-]\s)/;
/** A section heading's number: "I. ", "II.Equal", "A. ", "B.Sustainable". */
const SECTION_START = /^(?:[IVX]{1,5}|[A-H])\.\s?(?=\p{Lu})/u;
/** The lines that open a resolution's text. */
const OPENING = /^(?:The (?:General Assembly|Security Council|Economic and Social Council|Human Rights Council|Commission on Human Rights)\b|Therefore\b|Resolves\b)/;
/** A resolution's closing line: "18th plenary meeting", "69th (resumed) plenary meeting". */
const CLOSING = /^\d{1,4}(?:st|nd|rd|th) (?:\(resumed\) )?plenary meeting$/;
/** An annex's heading alone on its line. */
const ANNEX_LINE = /^Annex(?: [IVXL]+)?$/;
/** Words after which a printed line cannot end a sentence. */
const OPEN_WORD = /\b(?:of|the|and|or|to|in|on|for|by|with|a|an|at|from|its|their|that|as)$/i;

/** The length of a full printed line: the longest lines but a few. */
function fullWidth(lines: SourceLine[]): number {
  const lengths = lines.map((line) => line.text.trim().length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 80;
}

/** True when a printed line ends a sentence or a clause that can close a paragraph. */
function endsClause(text: string): boolean {
  return /[.;:!?,]["”’)\]]?(?:\s?\d{1,3})?$/.test(text) || /[.;:!?]["”’)\]]$/.test(text);
}

/** True when a line looks like a heading: short, capitalised, not ending a sentence. */
function headingLike(text: string, width: number): boolean {
  return text.length < width * 0.75 && /^\p{Lu}/u.test(text) && !/[.;:,]$/.test(text);
}

/**
 * Joins a PDF's printed lines into paragraphs. A paragraph ends where its last line is short and
 * closes a clause, or where the next line opens a block (the next paragraph number, a list item,
 * a section heading); a line that ends on "of the" never ends one.
 */
export function unwrap(lines: SourceLine[]): LaidLine[] {
  const width = fullWidth(lines);
  const result: LaidLine[] = [];
  let expected = 1;
  let lastLine = '';
  let linesInBlock = 0;
  for (const line of lines) {
    const text = line.text.trim();
    const numbered = NUMBERED_START.exec(text);
    const number = numbered ? Number(numbered[1]) : undefined;
    const numberedHeading = number !== undefined && number !== expected && headingLike(text.slice(numbered![0].length).replace(/\s?\d{1,3}$/, ''), width);
    const opensBlock =
      CLOSING.test(text) ||
      ANNEX_LINE.test(text) ||
      number === expected ||
      numberedHeading ||
      (number === 1 && !numberedHeading) ||
      ITEM_START.test(text) ||
      OPENING.test(text) ||
      (SECTION_START.test(text) && headingLike(text, width));
    const openEnded = OPEN_WORD.test(lastLine) || /[-\u2013]$/.test(lastLine);
    const lastIsHeading = linesInBlock === 1 && headingLike(lastLine, width) && !openEnded;
    const shortEnd = endsClause(lastLine) && lastLine.length < width * 0.85;
    const afterClosing = CLOSING.test(result.at(-1)?.text.replace(/ \S+ \S+ \d{4}$/, '') ?? '') && linesInBlock === 2;
    const breaks =
      result.length === 0 ||
      afterClosing ||
      (ANNEX_LINE.test(lastLine) && linesInBlock === 1) ||
      (opensBlock && !openEnded) ||
      (shortEnd && /^[\p{Lu}\p{N}("“*]/u.test(text)) ||
      (lastIsHeading && /^\p{Lu}/u.test(text));
    if (breaks) {
      if (number === expected) expected++;
      else if (number === 1 && !numberedHeading) expected = 2;
      result.push({ number: line.number, text });
      linesInBlock = 1;
    } else {
      result.at(-1)!.text = joinLines(result.at(-1)!.text, text);
      linesInBlock++;
    }
    lastLine = text;
  }
  return result;
}

/**
 * Joins the masthead's printed lines where a line cannot end a field or a title: the next
 * begins in lower case ("on 9 October 2024", "antimicrobial resistance"), or the line ends on a
 * word such as "of" or "for".
 */
export function joinMastheadLines(lines: SourceLine[]): LaidLine[] {
  const result: LaidLine[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    const last = result.at(-1);
    if (last && (/^\p{Ll}/u.test(text) || OPEN_WORD.test(last.text))) last.text = joinLines(last.text, text);
    else result.push({ number: line.number, text });
  }
  return result;
}

/** A Security Council resolution's heading, which its text follows: "4 (1946). Resolution of 29 April 1946". */
export const COUNCIL_HEADING = /^\d{1,4} \(\d{4}\)\.?\s+Resolution of\b/;

/**
 * The index of the line where a document's text begins, after its masthead: a resolution's
 * opening ("The General Assembly,"), paragraph 1, the first section heading ("I. Introduction"),
 * or the line after a Security Council resolution's heading; -1 when none is found.
 */
export function findBodyStart(lines: SourceLine[]): number {
  const council = lines.findIndex((line) => COUNCIL_HEADING.test(line.text.trim()));
  if (council >= 0 && council + 1 < lines.length) return council + 1;
  const start = lines.findIndex((line) => {
    const text = line.text.trim();
    return OPENING.test(text) || /^1\.\s?\p{Lu}/u.test(text) || /^I\.\s?\p{Lu}/u.test(text);
  });
  // A heading of one or two words just before paragraph 1 ("Introduction") is the text's, not a subtitle.
  return start > 0 && /^\p{Lu}\p{Ll}+(?: \p{Ll}+)?$/u.test(lines[start - 1]!.text.trim()) ? start - 1 : start;
}

/** Joins two printed lines: a word hyphenated at the line's end stays hyphenated, as printed. */
function joinLines(before: string, after: string): string {
  return /[-\u2013\u2014/]$/.test(before) && !/\s[-\u2013\u2014]$/.test(before) ? `${before}${after}` : `${before} ${after}`;
}

/** A footnote's first line: its number, a space, and its text. */
const FOOTNOTE_START = /^(\d{1,3}|\*{1,3})\s+(\S.*)$/;

/**
 * Reads the footnotes under a page's rule or under "Notes": each starts with the next number and
 * runs over the lines after it.
 */
function readNotes(lines: SourceLine[]): LaidLine[] {
  const notes: LaidLine[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    const start = FOOTNOTE_START.exec(text);
    const last = notes.at(-1);
    const lastNumber = last ? Number(/^\d+/.exec(last.text)?.[0]) : undefined;
    const continues = start && /^\d/.test(start[1]!) && lastNumber !== undefined && Number(start[1]) !== lastNumber + 1;
    if (start && !continues) notes.push({ number: line.number, text, role: 'footnote' });
    else if (last) last.text = joinLines(last.text, text);
    else notes.push({ number: line.number, text, role: 'footnote' });
  }
  return notes;
}

/**
 * Lays out a PDF extraction: pages cut at blank lines, each page's head and foot dropped, its
 * footnotes (under the rule) set apart, the text of all pages joined into paragraphs, and the
 * endnotes (under "Notes") read as footnotes.
 */
function layoutWrapped(lines: SourceLine[], dropped: Dropped[]): { lines: LaidLine[]; bodyStart: number } {
  const symbol = mastheadSymbol(lines) ?? runningSymbol(lines);
  const all = pages(lines);
  const firstPage = squash(all[0]?.map((line) => line.text).join(' ') ?? '');
  const text: SourceLine[] = [];
  const notes: LaidLine[] = [];
  const pageStarts: number[] = [];
  all.forEach((page, index) => {
    pageStarts.push(text.length);
    let rest = index === 0 ? page : dropRunningHead(page, symbol, firstPage, dropped);
    rest = dropPageFoot(rest, dropped);
    rest = dropFurniture(rest, dropped);
    const rule = rest.findIndex((line) => FOOTNOTE_RULE.test(line.text.trim()));
    if (rule >= 0) {
      dropped.push({ line: rest[rule]!.number, text: rest[rule]!.text.trim(), reason: 'footnote rule' });
      notes.push(...readNotes(rest.slice(rule + 1)));
      rest = rest.slice(0, rule);
    }
    text.push(...rest);
  });
  const endnotes = text.findIndex((line, i) => ENDNOTES.test(line.text.trim()) && FOOTNOTE_START.test(text[i + 1]?.text.trim() ?? ''));
  const body = endnotes >= 0 ? text.slice(0, endnotes) : text;
  // A masthead that fills its own page (a report's first page): the text begins with the next page.
  const found = findBodyStart(body);
  const page = pageStarts.filter((start) => start <= found).at(-1) ?? 0;
  const start = found < 0 ? 0 : page > 0 ? page : found;
  const masthead = joinMastheadLines(body.slice(0, start));
  const { contents, rest } = takeDottedContents(body.slice(start));
  const laid = [...masthead, ...contents, ...unwrap(rest)];
  if (endnotes >= 0) {
    laid.push({ number: text[endnotes]!.number, text: text[endnotes]!.text.trim(), role: 'heading' });
    notes.push(...readNotes(text.slice(endnotes + 1)));
  }
  return { lines: [...laid, ...notes], bodyStart: found < 0 ? -1 : masthead.length };
}

/** An entry of a printed table of contents: its title, dot leaders, its page. */
const DOTTED_ENTRY = /^(.*?\S)\s*\.{3,}\s*(\d{1,3})$/;

/**
 * A printed table of contents at the start of the text: "Contents", "Page", then entries with
 * dot leaders, an entry's title sometimes wrapped over two lines. One line per entry, title and
 * page apart, marked as contents.
 */
function takeDottedContents(lines: SourceLine[]): { contents: LaidLine[]; rest: SourceLine[] } {
  if (!/^Contents$/i.test(lines[0]?.text.trim() ?? '')) return { contents: [], rest: lines };
  const contents: LaidLine[] = [{ number: lines[0]!.number, text: lines[0]!.text.trim(), role: 'contents' }];
  let i = 1;
  if (/^Page$/i.test(lines[i]?.text.trim() ?? '')) {
    contents.push({ number: lines[i]!.number, text: lines[i]!.text.trim(), role: 'contents' });
    i++;
  }
  let pending = '';
  for (; i < lines.length; i++) {
    const text = lines[i]!.text.trim();
    const entry = DOTTED_ENTRY.exec(pending ? `${pending} ${text}` : text);
    if (entry) {
      contents.push({ number: lines[i]!.number, text: `${entry[1]}\t${entry[2]}`, role: 'contents' });
      pending = '';
    } else if (!pending && i + 1 < lines.length && DOTTED_ENTRY.test(`${text} ${lines[i + 1]!.text.trim()}`)) {
      pending = text;
    } else {
      break;
    }
  }
  return contents.length > 2 ? { contents, rest: lines.slice(i) } : { contents: [], rest: lines };
}

/**
 * Lays out a Word export: a block per line, except that a line which cannot end a block (it ends
 * on "of the", or the next begins in lower case) continues on the next.
 */
function layoutParagraphs(lines: SourceLine[], dropped: Dropped[]): LaidLine[] {
  const result: LaidLine[] = [];
  let joinNext = false;
  for (const line of dropFurniture(lines, dropped)) {
    const text = line.text.trim();
    // A line that ends on "of" continues after a blank line too: a masthead's paragraph break is layout.
    if (text === '') continue;
    const last = result.at(-1);
    if (last && (joinNext || (/^\p{Ll}/u.test(text) && !endsClause(last.text)))) last.text = joinLines(last.text, text);
    else result.push({ number: line.number, text });
    joinNext = OPEN_WORD.test(text) || /[-\u2013]$/.test(text);
  }
  return markTrailingNotes(result);
}

/**
 * Marks as footnotes the lines that end a document and each start with the next of a run of
 * numbers ("12 See United Nations Conference…", "13 See Resolutions adopted…").
 */
function markTrailingNotes(lines: LaidLine[]): LaidLine[] {
  let start = lines.length;
  while (start > 0) {
    const match = /^(\d{1,3})\s+\S/.exec(lines[start - 1]!.text);
    const next = lines[start] ? Number(/^\d+/.exec(lines[start]!.text)?.[0]) : undefined;
    if (!match || (next !== undefined && Number(match[1]) !== next - 1)) break;
    start--;
  }
  return lines.map((line, i) => (i >= start ? { ...line, role: 'footnote' } : line));
}

/**
 * Where blocks run together with no space, the places a block visibly ends: a lower-case letter,
 * digit or closing bracket glued to a capitalised word ("sessionAgenda", "5Letter",
 * "(S/2014/136)Resolution"), a bracket opening or closing a masthead line, a comma or semicolon
 * glued to the next paragraph ("stability,Reaffirming", "Ukraine;2.Reiterates"), a resolution's
 * number glued to its title ("ES-11/10.Support"), and a closing meeting line.
 */
const RUN_BOUNDARIES: RegExp[] = [
  /(?<=[\p{Ll}\d)\]])(?=\p{Lu}\p{Ll})/gu,
  /(?<=\S)(?=\[(?:on the report|without reference))/g,
  /(?<=\])(?=\S)/g,
  /(?<=[,;:])(?=\p{Lu})/gu,
  /(?<=[.;:,]\s?|\p{Ll})(?=\d{1,3}\.\p{Lu})/gu,
  /(?<=\bAnnex [IVX]+)(?=\p{Lu}\p{Ll})/gu,
  /(?<=[\d]\/\d{1,4}\.)(?=\p{Lu})/gu,
  /(?<=[.;]\s?)(?=\d{1,3}(?:st|nd|rd|th) (?:\(resumed\) )?plenary meeting)/g,
  /(?<=plenary meeting)(?=\d)/g,
];

/** Cuts a run-together document into its blocks and unglues the trailing job or barcode digits. */
function layoutRunTogether(lines: SourceLine[], dropped: Dropped[]): LaidLine[] {
  const result: LaidLine[] = [];
  for (const line of lines) {
    let text = line.text.trim();
    if (text === '') continue;
    const trailer = /(\d{1,2} \p{Lu}\p{Ll}+ \d{4})(\d{6,})$/u.exec(text);
    if (trailer) {
      dropped.push({ line: line.number, text: trailer[2]!, reason: 'barcode number' });
      text = text.slice(0, text.length - trailer[2]!.length);
    }
    for (const boundary of RUN_BOUNDARIES) text = text.replace(boundary, '\n');
    for (const piece of text.split('\n')) {
      const trimmed = piece.trim();
      if (trimmed !== '') result.push({ number: line.number, text: trimmed });
    }
  }
  return result;
}

/**
 * A table of contents at the head of a Word export: "Page", then headings each followed by its
 * page number on a line of its own. Returned as one line per entry, marked as contents.
 */
function takeContents(lines: LaidLine[]): { contents: LaidLine[]; rest: LaidLine[] } {
  const start = lines.findIndex((line, i) => i < 5 && /^(?:Contents|Page)$/i.test(line.text.trim()));
  if (start < 0) return { contents: [], rest: lines };
  const contents: LaidLine[] = [{ ...lines[start]!, role: 'contents' }];
  let i = start + 1;
  while (i + 1 < lines.length && /^\d{1,3}$/.test(lines[i + 1]!.text.trim()) && !/^\d{1,3}$/.test(lines[i]!.text.trim())) {
    contents.push({ number: lines[i]!.number, text: `${lines[i]!.text.trim()}\t${lines[i + 1]!.text.trim()}`, role: 'contents' });
    i += 2;
  }
  if (contents.length < 3) return { contents: [], rest: lines };
  return { contents, rest: [...lines.slice(0, start), ...lines.slice(i)] };
}

/** The organ code a PDF printed apart from the rest of the symbol, at a line's end: "A", "United Nations A". */
const ORGAN_AT_END = /^(.*?)\b([A-Z][A-Z0-9]{0,5})\s*$/;
/** The rest of a split symbol, at a line's start: "/RES/79/3", "United Nations /RES/79/3". */
const SYMBOL_REST = /^(\s*(?:United Nations)?\s*)(\/[A-Z0-9][A-Za-z0-9./()-]*)(.*)$/;
/** A symbol whose organ code a space parts from the rest: "CAT /C/GC/4". */
const SPACED_SYMBOL = /\b([A-Z][A-Z0-9]{0,5}) (\/[A-Z0-9][A-Za-z0-9./()-]*)/;

/**
 * Puts back together the symbol a masthead printed in two pieces: the organ code at the end of
 * one line and the rest at the start of the next or the one after ("A" ⏎ "United Nations
 * /RES/79/3"), or parted by a space ("CAT /C/GC/4"). Only the first lines are looked at, and no
 * word is added or lost: the code moves to the rest of the symbol.
 */
export function joinSplitSymbol(lines: SourceLine[]): SourceLine[] {
  const result = lines.map((line) => ({ ...line }));
  const filled = result.map((line, i) => ({ line, i })).filter(({ line }) => line.text.trim() !== '').slice(0, 15);
  for (let k = 0; k < filled.length; k++) {
    const { line } = filled[k]!;
    const spaced = SPACED_SYMBOL.exec(line.text);
    if (spaced) {
      line.text = line.text.replace(SPACED_SYMBOL, '$1$2');
      return result;
    }
    const organ = ORGAN_AT_END.exec(line.text);
    if (!organ) continue;
    for (const next of filled.slice(k + 1, k + 3)) {
      const rest = SYMBOL_REST.exec(next.line.text);
      if (!rest) continue;
      next.line.text = `${rest[1]}${organ[2]}${rest[2]}${rest[3]}`;
      line.text = organ[1]!.trimEnd();
      return result.filter((candidate) => candidate !== line || candidate.text !== '');
    }
  }
  return result;
}

/** Lays out a source's physical lines according to its shape. */
export function layoutSource(physical: SourceLine[]): Layout {
  const shape = detectShape(physical.map((line) => line.text));
  if (shape === 'markup') return { shape, lines: physical, dropped: [], bodyStart: -1 };
  const dropped: Dropped[] = [];
  const lines = joinSplitSymbol(physical.map((line) => stripGlyphs(line, dropped)));
  if (shape === 'wrapped') return { shape, dropped, ...layoutWrapped(lines, dropped) };
  const laid = shape === 'run-together' ? layoutRunTogether(lines, dropped) : layoutParagraphs(lines, dropped);
  const { contents, rest } = takeContents(laid);
  const start = findBodyStart(rest);
  // The contents stand where the text begins.
  const ordered = start < 0 ? [...contents, ...rest] : [...rest.slice(0, start), ...contents, ...rest.slice(start)];
  return { shape, lines: ordered, dropped, bodyStart: start };
}
