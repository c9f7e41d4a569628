/**
 * The importer: one raw text export in, one MDX document out, with everything it dropped listed
 * and a fidelity measure of what it kept. It never guesses a symbol the text does not state.
 */
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { bodyByName, bodyOfSymbol, committeeByCode, type BodyName } from '../document/bodies.ts';
import { parsePrintedDate } from '../document/dates.ts';
import { documentFile, documentPath } from '../document/documents.ts';
import { masthead, mastheadLines } from '../document/masthead.ts';
import { resolutionSymbol } from '../citation/references.ts';
import { stateCode } from '../document/states.ts';
import { isSymbol, normaliseSymbol, resolutionNumber, SymbolError } from '../symbol/symbol.ts';
import { validateFrontmatter, type DocumentData, type DocumentInput } from '../../schemas/document.ts';
import {
  blocksToMdx,
  findPlainFootnotes,
  findUnreferenced,
  joinPageBreaks,
  joinSplitTables,
  markLaidFootnotes,
  markSuperscripts,
  readBlocks,
  readPlainBlocks,
  unwrapSingleRowTables,
  type Block,
  type MarkReport,
} from './body.ts';
import { measureFidelity, words, type Fidelity, type FidelityInput } from './fidelity.ts';
import { isDocumentUrl, readRecord, reconcile, type CatalogueRecord, type Disagreement } from './catalogue.ts';
import { parseHeader, sortTitles, type HeaderFields, type Titles } from './header.ts';
import { layoutSource, type LaidLine } from './layout.ts';
import { isWordBinary, wordText, type WordText } from './word.ts';
import { isPageResidue, removeMarkup, splitLines, type Dropped, type SourceLine } from './lines.ts';

/** Error for a source the importer cannot turn into a document without guessing. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** What the maintainer tells the importer beyond the text. */
export interface ImportOptions {
  /** The raw file's name, recorded in the frontmatter and used in messages. */
  fileName: string;
  /** The document's symbol, when the text does not state it and the maintainer knows it. */
  symbol?: string | undefined;
  /** Publish a document whose text states no symbol without one, at /unnumbered/<id>/. */
  unnumbered?: boolean | undefined;
  /** The unnumberedId to keep (a document imported before without its symbol). */
  unnumberedId?: string | undefined;
  /** The catalogue record that came with the file (`<name>.json`), with its file name and text. */
  record?: { file: string; text: string } | undefined;
}

/** The result of an import. */
export interface ImportResult {
  data: DocumentData;
  /** The whole MDX file: frontmatter and body. */
  mdx: string;
  /** Where it goes, relative to the project root, and the URL it will have. */
  file: string;
  url: string;
  dropped: Dropped[];
  warnings: string[];
  /** What the MDX shows of the source: a first measure, before the page is rendered. */
  fidelity: Fidelity;
  /** The source's words sorted by where the page shows them, to measure the rendered page. */
  measured: FidelityInput;
  /** Words in the raw file, residue included. */
  sourceWords: number;
  /** Where the text and the catalogue record disagree (the text's value is kept). */
  disagreements: Disagreement[];
  /** The fields taken from the catalogue record because the text does not state them. */
  fromRecord: string[];
  /** The shape the source had: how it was laid out. */
  shape: string;
}

/** The first line of a document's text: paragraph 1, or a resolution's opening phrase. */
const BODY_START = /^\s*(?:1\.\s|The (?:General Assembly|Security Council|Economic and Social Council|Commission on Human Rights|Human Rights Council),\s*$)/;
/** A resolution's closing line: "*85th plenary meeting", the date on the same or next line. */
const PLENARY = /^\*?(\d+)(?:st|nd|rd|th) (\(resumed\) )?plenary meeting\*?(?:,?\s+(.+?))?\*?$/;

/** The SHA-256 of a raw file's text, as recorded in its document's `source` block. */
export function sourceDigest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Reads the closing "Nth plenary meeting ⏎ date" of a resolution out of the body lines. */
function takeClosing<T extends SourceLine>(lines: T[]): { meeting?: number; resumed?: boolean; adopted?: string; lines: T[]; metadata: SourceLine[] } {
  const metadata: SourceLine[] = [];
  let resumed = false;
  let meeting: number | undefined;
  let adopted: string | undefined;
  const rest = [...lines];
  const index = rest.findIndex((line) => PLENARY.test(line.text.trim()));
  if (index >= 0) {
    const match = PLENARY.exec(rest[index]!.text.trim())!;
    meeting = Number(match[1]);
    resumed = Boolean(match[2]);
    metadata.push(rest[index]!);
    adopted = match[3] ? parsePrintedDate(match[3]) : undefined;
    let remove = 1;
    if (!adopted) {
      const next = rest.slice(index + 1).findIndex((line) => line.text.trim() !== '');
      const dateLine = next >= 0 ? rest[index + 1 + next] : undefined;
      adopted = dateLine ? parsePrintedDate(dateLine.text) : undefined;
      if (adopted && dateLine && /^\*?\s*\d{1,2}\s+\p{L}+\s+\d{4}\s*\*?$/u.test(dateLine.text.trim())) {
        metadata.push(dateLine);
        remove = next + 2;
      } else {
        adopted = undefined;
      }
    }
    rest.splice(index, remove);
  }
  return { ...(meeting ? { meeting } : {}), ...(resumed ? { resumed } : {}), ...(adopted ? { adopted } : {}), lines: rest, metadata };
}

/** The symbol the text states for itself, from the masthead or the export's symbol field. */
function statedSymbol(header: HeaderFields, exportSymbol: string | undefined, fileName: string): string | undefined {
  const fromHeader = header.symbol;
  const fromExport = exportSymbol && isSymbol(exportSymbol) ? normaliseSymbol(exportSymbol) : undefined;
  if (fromHeader && fromExport && fromHeader !== fromExport) {
    throw new ImportError(
      `${fileName}: the masthead states the symbol ${fromHeader} but the export's symbol field says ${fromExport}; check the source and give the right one with --symbol`,
    );
  }
  return fromHeader ?? fromExport;
}

/**
 * The issuing body: the body whose series the symbol is in, when the masthead names it or names
 * none (a UPR report's masthead names the General Assembly and the Human Rights Council); else the
 * most specific body the masthead names, else the one its agenda's symbol belongs to.
 */
function issuingBody(header: HeaderFields, symbol: string | undefined, agendaSymbol: string | undefined): BodyName | undefined {
  const named = [...header.bodies, ...(header.adoptedBy ? [header.adoptedBy] : []), ...(header.council ? ['Security Council' as const] : [])];
  const bySymbol = symbol ? bodyOfSymbol(symbol) : undefined;
  if (bySymbol && (named.length === 0 || named.includes(bySymbol))) return bySymbol;
  const subsidiary = named.find((name) => 'parent' in bodyByName(name));
  return subsidiary ?? named[0] ?? (symbol ? bodyOfSymbol(symbol) : undefined) ?? (agendaSymbol ? bodyOfSymbol(agendaSymbol) : undefined);
}

/** The resolution a report says requested it: the one cited in the paragraph that asks the Secretary-General to submit a report. */
function requestingResolutions(blocks: Block[]): string[] {
  const found = new Set<string>();
  for (const block of blocks) {
    if (block.kind !== 'numbered' && block.kind !== 'paragraph') continue;
    if (!/request\w* the Secretary-General to submit\b[^.;]*\breport/i.test(block.text)) continue;
    const cited = /\bresolution (\d{1,4}\/\d{1,4})\b/.exec(block.text);
    if (!cited) continue;
    const adopter = /Commission on Human Rights/.test(block.text.slice(0, block.text.search(/request\w* the Secretary-General to submit/i)))
      && cited[1]!.length > 6
      ? 'Commission on Human Rights'
      : /General Assembly/.test(block.text) ? 'General Assembly' : undefined;
    const symbol = resolutionSymbol(cited[1]!, adopter);
    if (symbol) found.add(symbol);
  }
  return [...found];
}

/** The documents of a Universal Periodic Review, by the number that ends their symbols. */
const UPR_DOCUMENT = ['national-report', 'compilation', 'stakeholder-summary'] as const;
/** A UPR document's symbol: session, State, document number. */
const UPR_SYMBOL = /^A\/HRC\/WG\.6\/(\d+)\/([A-Z]{3})\/([123])$/;
/** A treaty body's general text as its title names it: "General comment No. 4 (2017) on …". */
const GENERAL_COMMENT_TITLE = /^General (comment|recommendation) No\.?\s*(\d+)(?:\s*\((\d{4})\))?/i;

/**
 * Refuses a source that is no text: a binary file (a Word 97 document read as text keeps its
 * NUL bytes and its signature, whose bytes a reader that assumed UTF-8 replaced by U+FFFD).
 */
function refuseBinary(raw: string, fileName: string): void {
  const nul = raw.indexOf('\u0000');
  if (nul < 0) return;
  const word = /^(?:\uFFFD){0,2}\u0011?\u00E0?/.test(raw) && /^[\s\S]{0,12}\u0011/.test(raw);
  throw new ImportError(
    `${fileName}: this is a binary file${word ? ' (a Word 97–2003 document, whose bytes were read as text)' : ''}, not text: ` +
      `it holds NUL bytes from byte ${nul} on. Save the document as plain text (UTF-8), e.g. with LibreOffice: ` +
      'soffice --headless --convert-to txt:Text, and import that file',
  );
}

/**
 * A treaty body's general comment or recommendation: its number, form and year from its title
 * ("General recommendation No. 36 (2017) on …"), else its number from its symbol ("CEDAW/C/GC/40")
 * and its form from what the text calls itself ("the present general recommendation").
 */
function generalCommentOf(title: string | undefined, symbol: string | undefined, blocks: Block[]): DocumentInput['generalComment'] {
  const titled = title ? GENERAL_COMMENT_TITLE.exec(title) : null;
  if (titled) {
    return {
      number: Number(titled[2]),
      form: titled[1]!.toLowerCase() === 'comment' ? 'general comment' : 'general recommendation',
      ...(titled[3] ? { year: Number(titled[3]) } : {}),
    };
  }
  const numbered = symbol ? /\/GC\/(\d+)$/.exec(symbol) : null;
  if (!numbered) return undefined;
  const text = blocks.map((block) => ('text' in block ? block.text : '')).join(' ');
  const recommendation = (text.match(/\bgeneral recommendation\b/gi) ?? []).length;
  const comment = (text.match(/\bgeneral comment\b/gi) ?? []).length;
  if (recommendation === 0 && comment === 0) return undefined;
  return { number: Number(numbered[1]), form: recommendation > comment ? 'general recommendation' : 'general comment' };
}

/**
 * The meeting a Security Council resolution's closing line names ("Adopted unanimously at the
 * 87th meeting."): the line stays in the text, as printed.
 */
function councilMeeting(blocks: Block[]): number | undefined {
  for (const block of [...blocks].reverse()) {
    const match = block.kind === 'paragraph' ? /^Adopted\b.*?\bat the (\d+)(?:st|nd|rd|th) meeting\b/.exec(block.text) : null;
    if (match) return Number(match[1]);
  }
  return undefined;
}

/** Two titles that differ only in spacing or a trailing footnote mark ("… article 22*"). */
function sameTitle(a: string, b: string): boolean {
  const fold = (title: string) => title.replace(/[\s*]+$/, '').replace(/\s+/g, ' ');
  return fold(a) === fold(b);
}

/** What a Word binary's text was taken from, listed as removed: its binary structure, its headers and footers. */
function wordResidue(word: WordText): Dropped[] {
  return [
    { line: 0, text: `${word.binaryCharacters} characters`, reason: 'binary structure of a Word 97–2003 file' },
    ...word.headersAndFooters.map((text) => ({ line: 0, text, reason: 'header or footer of the Word file' })),
  ];
}

/** A symbol the masthead prints, in normal form, or a refusal naming the file when it is no symbol. */
function checkedSymbol(text: string | undefined, fileName: string, where: string): string | undefined {
  if (text === undefined) return undefined;
  try {
    return normaliseSymbol(text);
  } catch (error) {
    if (error instanceof SymbolError) throw new ImportError(`${fileName}: ${where} prints "${text}", which is not a UN document symbol: ${error.reason}; check the source`);
    throw error;
  }
}

/** The symbol a resolution's printed number gives, by its adopting body: "ES-11/10." of the General Assembly → A/RES/ES-11/10. */
function numberedResolution(header: HeaderFields): string | undefined {
  if (header.council) return `S/RES/${header.council.number} (${header.council.year})`;
  if (!header.resolutionNumber || !header.adoptedBy) return undefined;
  if (header.resolutionNumber.startsWith('ES-') && header.adoptedBy === 'General Assembly') return `A/RES/${header.resolutionNumber}`;
  return resolutionSymbol(header.resolutionNumber, header.adoptedBy);
}

/** The body a catalogue record names: its `body`, or its treaty body's code. */
function recordBody(record: CatalogueRecord | undefined): BodyName | undefined {
  if (!record) return undefined;
  if (record.committee) return committeeByCode(record.committee);
  return record.body ? bodyByName(record.body as BodyName)?.name : undefined;
}

/**
 * The titles of a treaty body's general comment: its "General comment No. 4 (2017) …" line, and
 * the line under it when one follows; other masthead text stays in the body. Undefined when no
 * segment is such a title.
 */
function generalCommentTitles(segments: string[]): Titles | undefined {
  const index = segments.findIndex((segment) => GENERAL_COMMENT_TITLE.test(segment));
  if (index < 0) return undefined;
  return {
    unplaced: [...segments.slice(0, index), ...segments.slice(index + 2)],
    title: segments[index]!,
    ...(segments[index + 1] ? { subtitle: segments[index + 1] } : {}),
  };
}

/**
 * The titles of a Universal Periodic Review document: the title, over as many lines as it was
 * printed on, then the line under it, which is the author ("Report of the Office of the United
 * Nations High Commissioner for Human Rights") or the State reviewed ("Barbados").
 */
function reviewTitles(segments: string[], state: string): Titles & { stateName?: string } {
  const stateIndex = segments.findIndex((segment, i) => i > 0 && stateCode(segment) === state);
  const stateName = stateIndex >= 0 ? segments[stateIndex] : undefined;
  const rest = segments.filter((_segment, i) => i !== stateIndex);
  // A misprinted Working Group line is masthead text no field explains: it stays, before the title.
  const first = rest.findIndex((segment) => !/Universal Periodic Review$/.test(segment));
  const under = rest.findIndex((segment, i) => i > first && /^Report of\b/.test(segment));
  const end = under < 0 ? rest.length : under;
  return {
    unplaced: [...rest.slice(0, Math.max(first, 0)), ...(under < 0 ? [] : rest.slice(under + 1))],
    ...(end > first ? { title: rest.slice(first, end).join(' ') } : {}),
    ...(under >= 0 ? { subtitle: rest[under]! } : {}),
    ...(stateName ? { stateName } : {}),
  };
}

/** The lines of a laid-out text that are its footnotes and its running text, for the fidelity measure. */
function plainParts(lines: LaidLine[], metadata: SourceLine[]): { footnotes: string[]; body: string[] } {
  const moved = new Set(metadata);
  return {
    footnotes: lines.filter((line) => line.role === 'footnote').map((line) => line.text),
    body: lines.filter((line) => line.role !== 'footnote' && !moved.has(line)).map((line) => line.text),
  };
}

/**
 * The lines of an export with markup that are its footnotes and its running text, by their line
 * numbers (its passes join and split lines, keeping the numbers).
 */
function markupParts(lines: SourceLine[], metadata: SourceLine[], blocks: Block[], dropped: Dropped[]): { footnotes: string[]; body: string[] } {
  const metadataNumbers = new Set(metadata.map((line) => line.number));
  const footnoteNumbers = new Set(blocks.flatMap((block) => (block.kind === 'footnote' ? [block.line] : [])));
  const droppedNumbers = new Set(dropped.filter((d) => d.reason !== 'word-processor comment marker' && d.reason !== 'export field marker').map((d) => d.line));
  return {
    footnotes: lines.filter((line) => footnoteNumbers.has(line.number)).map((line) => line.text),
    body: lines.filter((line) => !footnoteNumbers.has(line.number) && !metadataNumbers.has(line.number) && !droppedNumbers.has(line.number)).map((line) => line.text),
  };
}

/** Splits the header lines into the masthead proper and what the layout or a star marks as text. */
function sortHeaderLines(lines: LaidLine[]): { masthead: LaidLine[]; text: LaidLine[] } {
  const masthead: LaidLine[] = [];
  const text: LaidLine[] = [];
  for (const line of lines) {
    if (line.role === 'contents' || line.role === 'footnote' || /^\*\s+\S/.test(line.text.trim())) text.push(line);
    else masthead.push(line);
  }
  return { masthead, text };
}

/**
 * Imports one raw export.
 * @throws {ImportError} when the text states no symbol and none was given, or when what it
 *   states cannot make a valid document (the message says what is missing and how to proceed).
 */
export function importDocument(raw: string, options: ImportOptions): ImportResult {
  const { fileName } = options;
  const word = isWordBinary(raw) ? wordText(raw) : undefined;
  if (!word || word.text.trim() === '') refuseBinary(raw, fileName);
  const text = word?.text ?? raw;
  const record = options.record ? readRecord(options.record.text, options.record.file) : undefined;
  const report = { disagreements: [] as Disagreement[], fromRecord: [] as string[] };
  const layout = layoutSource(splitLines(text));
  const plain = layout.shape !== 'markup';
  const cleaned = removeMarkup(layout.lines);
  const dropped = [...(word ? wordResidue(word) : []), ...layout.dropped, ...cleaned.dropped];
  const lines = cleaned.lines;

  const found = plain ? layout.bodyStart : lines.findIndex((line) => BODY_START.test(line.text));
  if (found < 0 && !plain) {
    throw new ImportError(
      `${fileName}: cannot find where the text begins; expected a line starting with "1. " or a resolution's opening such as "The General Assembly,"`,
    );
  }
  const bodyStart = Math.max(0, found);
  const trailerStart = [...cleaned.markedLines].filter((index) => index > bodyStart).sort((a, b) => a - b)[0] ?? lines.length;
  const sorted = sortHeaderLines(lines.slice(0, bodyStart).filter((line) => line.text.trim() !== ''));
  const headerLines = sorted.masthead;
  const firstSymbol = checkedSymbol(parseHeader(headerLines.map((line) => line.text)).symbol ?? cleaned.fields.symbol, fileName, 'the masthead');

  const isResidue = (line: SourceLine): boolean => {
    const reason = isPageResidue(line.text, firstSymbol);
    if (reason) dropped.push({ line: line.number, text: line.text.trim(), reason });
    return Boolean(reason);
  };
  const trailerLines = lines.slice(trailerStart).filter((line) => line.text.trim() !== '' && !isResidue(line));
  const bodyRegion = [...sorted.text, ...lines.slice(bodyStart, trailerStart).filter((line) => line.text.trim() === '' || line.role === 'footnote' || !isResidue(line))];

  const header = parseHeader([...headerLines, ...trailerLines].map((line) => line.text));
  const closing = takeClosing(bodyRegion);

  const marks: MarkReport = { unreferenced: [], unknownMarks: [] };
  let blocks: Block[];
  if (plain) {
    blocks = joinPageBreaks(readPlainBlocks(closing.lines));
    markLaidFootnotes(blocks, marks);
  } else {
    blocks = readBlocks(closing.lines);
    blocks = unwrapSingleRowTables(blocks);
    blocks = joinPageBreaks(blocks);
    blocks = findPlainFootnotes(blocks, marks);
    markSuperscripts(blocks, marks);
    blocks = joinSplitTables(blocks, dropped);
  }

  // The footnote on "provisional agenda*" gives the agenda's symbol: metadata, not a note of the text.
  const metadataLines: SourceLine[] = [...headerLines, ...trailerLines, ...closing.metadata, ...cleaned.fieldValues];
  let agendaSymbol: string | undefined;
  const star = blocks.find((block): block is Extract<Block, { kind: 'footnote' }> => block.kind === 'footnote' && block.label === '*');
  if (star && header.agenda?.marked && isSymbol(star.text.replace(/\.$/, ''))) {
    agendaSymbol = normaliseSymbol(star.text.replace(/\.$/, ''));
    blocks = blocks.filter((block) => block !== star);
    metadataLines.push(lines.find((line) => line.number === star.line)!);
  }
  findUnreferenced(blocks, marks);

  const stated = statedSymbol({ ...header, symbol: firstSymbol }, cleaned.fields.symbol, fileName) ?? checkedSymbol(numberedResolution(header), fileName, 'the resolution number');
  const given = options.symbol ? normaliseSymbol(options.symbol) : undefined;
  if (stated && given && stated !== given) {
    throw new ImportError(`${fileName}: the text states the symbol ${stated}, but --symbol gave ${given}; the stated symbol is kept unless the source is wrong`);
  }
  const recordSymbol = record?.symbol && isSymbol(record.symbol) ? normaliseSymbol(record.symbol) : undefined;
  const symbol = reconcile('symbol', stated ?? given, recordSymbol, report);
  if (!symbol && !options.unnumbered && !options.unnumberedId) {
    const agendaNote = agendaSymbol
      ? ` The symbol ${agendaSymbol} in its footnote on "provisional agenda*" is the agenda's, not this document's.`
      : '';
    throw new ImportError(
      `${fileName}: the text does not state the document's own symbol${record ? ', nor does its catalogue record' : ''}.${agendaNote}\n` +
        '  Give it with --symbol <symbol> if an authoritative source states it, or publish the document without one\n' +
        '  with --unnumbered: it then lives at /unnumbered/<id>/, and that URL redirects once the symbol is added.',
    );
  }

  const body = reconcile('body', issuingBody(header, symbol, agendaSymbol), recordBody(record), report);
  if (!body) throw new ImportError(`${fileName}: cannot tell the issuing body: the masthead names none, and no symbol states it`);
  const uprMatch = symbol ? UPR_SYMBOL.exec(symbol) : null;
  const review = uprMatch ? reviewTitles(header.segments, uprMatch[2]!) : undefined;
  const titles: Titles = review ?? generalCommentTitles(header.segments) ?? sortTitles(header.segments, header.resolutionTitle);
  const isResolution = Boolean(header.adoptedBy || header.council || (symbol && resolutionNumber(symbol)));
  const title = reconcile('title', titles.title, record?.title, report, (a, b) => sameTitle(a, b));
  const generalComment = generalCommentOf(title, symbol, blocks);
  const type = isResolution
    ? 'resolution'
    : generalComment
      ? 'general-comment'
      : uprMatch || (titles.subtitle && /^Report\b/i.test(titles.subtitle))
        ? 'report'
        : titles.subtitle && /^Note\b/i.test(titles.subtitle)
          ? 'note'
          : 'other';
  const warnings: string[] = [];
  if (word) {
    warnings.push(
      `a Word 97–2003 binary read as text: its text was taken from the file${word.lostCharacters ? `; ${word.lostCharacters} character(s) the source had already lost (quotation marks, dashes, accented letters) show as \uFFFD` : ''}`,
    );
  }
  if (header.resolutionNumber && symbol && resolutionNumber(symbol) !== header.resolutionNumber) {
    warnings.push(`the heading numbers the resolution ${header.resolutionNumber} but its symbol is ${symbol}`);
  }
  for (const label of marks.unreferenced) warnings.push(`footnote ${label} has no mark in the text (kept, shown with the footnotes)`);
  for (const sup of marks.unknownMarks) warnings.push(`superscript ${sup} in the text has no footnote (kept as text)`);
  const unplaced = titles.unplaced.map((text): Block => ({ kind: 'paragraph', text, line: 0 }));
  if (unplaced.length > 0) warnings.push(`masthead text no field explains, kept at the top of the body: ${titles.unplaced.join(' / ')}`);
  blocks = [...unplaced, ...blocks];

  const adopted = header.adopted ?? header.council?.adopted ?? closing.adopted;
  const meeting = closing.meeting ?? (header.council ? councilMeeting(blocks) : undefined);
  const issued = header.date;
  // The record's date is the issue date only where the text states no date at all.
  const textDate = issued ?? adopted;
  const recordDate = record?.date && /^\d{4}-\d{2}-\d{2}$/.test(record.date) ? record.date : undefined;
  const date = issued ?? (textDate ? (recordDate && recordDate !== textDate ? (report.disagreements.push({ field: 'date', text: textDate, record: recordDate }), undefined) : undefined) : reconcile('date', undefined, recordDate, report));
  if (issued && recordDate && recordDate !== issued) report.disagreements.push({ field: 'date', text: issued, record: recordDate });
  const url = record?.url && isDocumentUrl(record.url) ? record.url : undefined;
  if (record?.url && !url) warnings.push(`the catalogue record's url ${record.url} names no document; not kept`);
  if (url) report.fromRecord.push('source.url');
  const cycle = uprMatch && record?.cycle ? record.cycle : undefined;
  if (cycle) report.fromRecord.push('upr.cycle');

  const unnumberedId =
    options.unnumberedId ?? (!symbol ? `${bodyByName(body).slug}-${date ?? adopted ?? 'undated'}-${type}` : undefined);
  const input: DocumentInput = {
    ...(symbol ? { symbol } : {}),
    ...(unnumberedId ? { unnumberedId } : {}),
    title: title ?? '',
    ...(titles.subtitle ? { subtitle: titles.subtitle } : {}),
    type,
    ...(header.treaty ? { treaty: header.treaty } : {}),
    body,
    ...(header.session ? { session: { ...header.session, ...(header.sessionDates ? { dates: header.sessionDates } : {}) } } : {}),
    ...(header.agenda
      ? {
          agendaItem: {
            number: header.agenda.number,
            ...(titles.agendaTitle ? { title: titles.agendaTitle } : {}),
            ...(titles.subItemTitle ? { subItemTitle: titles.subItemTitle } : {}),
            provisional: header.agenda.provisional,
            ...(agendaSymbol ? { agendaSymbol } : {}),
          },
        }
      : {}),
    ...(date ? { date } : {}),
    ...(header.distribution ? { distribution: header.distribution as DocumentInput['distribution'] } : {}),
    ...(header.originalLanguage ? { originalLanguage: header.originalLanguage } : {}),
    ...(cleaned.fields.jobNumber ? { jobNumber: cleaned.fields.jobNumber } : {}),
    ...(isResolution
      ? {
          resolution: {
            adopted: adopted ?? '',
            ...(meeting ? { meeting } : {}),
            ...(closing.resumed ? { resumed: true } : {}),
            ...(header.committeeReport ? { committeeReport: header.committeeReport } : {}),
            ...(header.draft ? { draft: header.draft } : {}),
          },
        }
      : {}),
    ...(type === 'report' && !uprMatch ? { report: { requestedBy: requestingResolutions(blocks) } } : {}),
    ...(generalComment ? { generalComment } : {}),
    ...(uprMatch
      ? {
          upr: {
            state: uprMatch[2]!,
            ...(review?.stateName ? { stateName: review.stateName } : {}),
            ...(cycle ? { cycle } : {}),
            document: UPR_DOCUMENT[Number(uprMatch[3]) - 1]!,
          },
        }
      : {}),
    source: {
      file: fileName,
      sha256: sourceDigest(raw),
      dropped: dropped.map((d) => `line ${d.line}: ${d.text} (${d.reason})`),
      ...(options.record ? { record: { file: options.record.file, sha256: sourceDigest(options.record.text) } } : {}),
      ...(url ? { url } : {}),
      ...(report.fromRecord.length > 0 ? { fromRecord: [...report.fromRecord] } : {}),
    },
  };
  const target = { symbol, unnumberedId };
  const data = validateFrontmatter(input, `${fileName} → ${documentFile(target)}`);

  const mdxBody = blocksToMdx(blocks);
  const mdx = `---\n${stringify(input, { version: '1.1', lineWidth: 0 })}---\n\n${mdxBody}`;

  const parts = plain ? plainParts(closing.lines, metadataLines) : markupParts(closing.lines, metadataLines, blocks, dropped);
  const measured: FidelityInput = {
    metadataLines: metadataLines.map((line) => line.text),
    footnoteLines: parts.footnotes,
    bodyLines: parts.body,
    unplaced: titles.unplaced,
    droppedLines: dropped.map((d) => d.text),
  };
  const fidelity = measureFidelity({ ...measured, mastheadText: mastheadLines(masthead(data)).join('\n'), mdxBody });

  return {
    data,
    mdx,
    file: documentFile(target),
    url: documentPath(target),
    dropped,
    warnings,
    fidelity,
    measured,
    sourceWords: words(text).length,
    disagreements: report.disagreements,
    fromRecord: report.fromRecord,
    shape: layout.shape,
  };
}
