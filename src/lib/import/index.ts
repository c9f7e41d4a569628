/**
 * The importer: one raw text export in, one MDX document out, with everything it dropped listed
 * and a fidelity measure of what it kept. It never guesses a symbol the text does not state.
 */
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { bodyByName, bodyOfSymbol, type BodyName } from '../bodies.ts';
import { parsePrintedDate } from '../dates.ts';
import { documentFile, documentPath } from '../documents.ts';
import { masthead, mastheadLines } from '../masthead.ts';
import { resolutionSymbol } from '../references.ts';
import { isSymbol, normaliseSymbol, resolutionNumber } from '../symbol.ts';
import { validateFrontmatter, type DocumentData, type DocumentInput } from '../../schemas/document.ts';
import {
  blocksToMdx,
  findPlainFootnotes,
  findUnreferenced,
  joinPageBreaks,
  joinSplitTables,
  markSuperscripts,
  readBlocks,
  unwrapSingleRowTables,
  type Block,
  type MarkReport,
} from './body.ts';
import { measureFidelity, words, type Fidelity } from './fidelity.ts';
import { parseHeader, sortTitles, type HeaderFields } from './header.ts';
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
  fidelity: Fidelity;
  /** Words in the raw file, residue included. */
  sourceWords: number;
}

/** The first line of a document's text: paragraph 1, or a resolution's opening phrase. */
const BODY_START = /^\s*(?:1\.\s|The (?:General Assembly|Security Council|Economic and Social Council|Commission on Human Rights|Human Rights Council),\s*$)/;
/** A resolution's closing line: "*85th plenary meeting", the date on the same or next line. */
const PLENARY = /^\*?(\d+)(?:st|nd|rd|th) plenary meeting\*?(?:,?\s+(.+?))?\*?$/;

/** The SHA-256 of a raw file's text, as recorded in its document's `source` block. */
export function sourceDigest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Reads the closing "Nth plenary meeting ⏎ date" of a resolution out of the body lines. */
function takeClosing(lines: SourceLine[]): { meeting?: number; adopted?: string; lines: SourceLine[]; metadata: SourceLine[] } {
  const metadata: SourceLine[] = [];
  let meeting: number | undefined;
  let adopted: string | undefined;
  const rest = [...lines];
  const index = rest.findIndex((line) => PLENARY.test(line.text.trim()));
  if (index >= 0) {
    const match = PLENARY.exec(rest[index]!.text.trim())!;
    meeting = Number(match[1]);
    metadata.push(rest[index]!);
    adopted = match[2] ? parsePrintedDate(match[2]) : undefined;
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
  return { ...(meeting ? { meeting } : {}), ...(adopted ? { adopted } : {}), lines: rest, metadata };
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

/** The issuing body: the most specific body the masthead names, else the one its symbol or its agenda's symbol belongs to. */
function issuingBody(header: HeaderFields, symbol: string | undefined, agendaSymbol: string | undefined): BodyName | undefined {
  const named = [...header.bodies, ...(header.adoptedBy ? [header.adoptedBy] : [])];
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

/**
 * Imports one raw export.
 * @throws {ImportError} when the text states no symbol and none was given, or when what it
 *   states cannot make a valid document (the message says what is missing and how to proceed).
 */
export function importDocument(raw: string, options: ImportOptions): ImportResult {
  const { fileName } = options;
  const cleaned = removeMarkup(splitLines(raw));
  const dropped = [...cleaned.dropped];
  const lines = cleaned.lines;

  const bodyStart = lines.findIndex((line) => BODY_START.test(line.text));
  if (bodyStart < 0) {
    throw new ImportError(
      `${fileName}: cannot find where the text begins; expected a line starting with "1. " or a resolution's opening such as "The General Assembly,"`,
    );
  }
  const trailerStart = [...cleaned.markedLines].filter((index) => index > bodyStart).sort((a, b) => a - b)[0] ?? lines.length;
  const headerLines = lines.slice(0, bodyStart).filter((line) => line.text.trim() !== '');
  const firstSymbol = parseHeader(headerLines.map((line) => line.text)).symbol ?? cleaned.fields.symbol;

  const isResidue = (line: SourceLine): boolean => {
    const reason = isPageResidue(line.text, firstSymbol);
    if (reason) dropped.push({ line: line.number, text: line.text.trim(), reason });
    return Boolean(reason);
  };
  const trailerLines = lines.slice(trailerStart).filter((line) => line.text.trim() !== '' && !isResidue(line));
  const bodyRegion = lines.slice(bodyStart, trailerStart).filter((line) => line.text.trim() === '' || !isResidue(line));

  const header = parseHeader([...headerLines, ...trailerLines].map((line) => line.text));
  const closing = takeClosing(bodyRegion);

  let blocks = readBlocks(closing.lines);
  blocks = unwrapSingleRowTables(blocks);
  blocks = joinPageBreaks(blocks);
  const marks: MarkReport = { unreferenced: [], unknownMarks: [] };
  blocks = findPlainFootnotes(blocks, marks);
  markSuperscripts(blocks, marks);
  blocks = joinSplitTables(blocks, dropped);

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

  const stated = statedSymbol(header, cleaned.fields.symbol, fileName);
  const given = options.symbol ? normaliseSymbol(options.symbol) : undefined;
  if (stated && given && stated !== given) {
    throw new ImportError(`${fileName}: the text states the symbol ${stated}, but --symbol gave ${given}; the stated symbol is kept unless the source is wrong`);
  }
  const symbol = stated ?? given;
  if (!symbol && !options.unnumbered && !options.unnumberedId) {
    const agendaNote = agendaSymbol
      ? ` The symbol ${agendaSymbol} in its footnote on "provisional agenda*" is the agenda's, not this document's.`
      : '';
    throw new ImportError(
      `${fileName}: the text does not state the document's own symbol.${agendaNote}\n` +
        '  Give it with --symbol <symbol> if an authoritative source states it, or publish the document without one\n' +
        '  with --unnumbered: it then lives at /unnumbered/<id>/, and that URL redirects once the symbol is added.',
    );
  }

  const body = issuingBody(header, symbol, agendaSymbol);
  if (!body) throw new ImportError(`${fileName}: cannot tell the issuing body: the masthead names none, and no symbol states it`);
  const titles = sortTitles(header.segments, header.resolutionTitle);
  const isResolution = Boolean(header.adoptedBy || (symbol && resolutionNumber(symbol)));
  const type = isResolution ? 'resolution' : titles.subtitle && /^Report\b/i.test(titles.subtitle) ? 'report' : titles.subtitle && /^Note\b/i.test(titles.subtitle) ? 'note' : 'other';
  const warnings: string[] = [];
  if (header.resolutionNumber && symbol && resolutionNumber(symbol) !== header.resolutionNumber) {
    warnings.push(`the heading numbers the resolution ${header.resolutionNumber} but its symbol is ${symbol}`);
  }
  for (const label of marks.unreferenced) warnings.push(`footnote ${label} has no mark in the text (kept, shown with the footnotes)`);
  for (const sup of marks.unknownMarks) warnings.push(`superscript ${sup} in the text has no footnote (kept as text)`);
  const unplaced = titles.unplaced.map((text): Block => ({ kind: 'paragraph', text, line: 0 }));
  if (unplaced.length > 0) warnings.push(`masthead text after the subtitle kept at the top of the body: ${titles.unplaced.join(' / ')}`);
  blocks = [...unplaced, ...blocks];

  const unnumberedId =
    options.unnumberedId ?? (!symbol ? `${bodyByName(body).slug}-${header.date ?? 'undated'}-${type}` : undefined);
  const input: DocumentInput = {
    ...(symbol ? { symbol } : {}),
    ...(unnumberedId ? { unnumberedId } : {}),
    title: titles.title ?? '',
    ...(titles.subtitle ? { subtitle: titles.subtitle } : {}),
    type,
    body,
    ...(header.session ? { session: header.session } : {}),
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
    date: header.date ?? '',
    distribution: (header.distribution ?? '') as DocumentInput['distribution'],
    ...(header.originalLanguage ? { originalLanguage: header.originalLanguage } : {}),
    ...(cleaned.fields.jobNumber ? { jobNumber: cleaned.fields.jobNumber } : {}),
    ...(isResolution
      ? {
          resolution: {
            adopted: closing.adopted ?? '',
            meeting: closing.meeting ?? 0,
            ...(header.committeeReport ? { committeeReport: header.committeeReport } : {}),
          },
        }
      : {}),
    ...(type === 'report' ? { report: { requestedBy: requestingResolutions(blocks) } } : {}),
    source: { file: fileName, sha256: sourceDigest(raw), dropped: dropped.map((d) => `line ${d.line}: ${d.text} (${d.reason})`) },
  };
  const target = { symbol, unnumberedId };
  const data = validateFrontmatter(input, `${fileName} → ${documentFile(target)}`);

  const mdxBody = blocksToMdx(blocks);
  const mdx = `---\n${stringify(input, { version: '1.1', lineWidth: 0 })}---\n\n${mdxBody}`;

  const metadataNumbers = new Set(metadataLines.map((line) => line.number));
  const footnoteNumbers = new Set(blocks.flatMap((block) => (block.kind === 'footnote' ? [block.line] : [])));
  const droppedNumbers = new Set(dropped.filter((d) => d.reason !== 'word-processor comment marker' && d.reason !== 'export field marker').map((d) => d.line));
  const fidelity = measureFidelity({
    metadataLines: metadataLines.map((line) => line.text),
    footnoteLines: closing.lines.filter((line) => footnoteNumbers.has(line.number)).map((line) => line.text),
    bodyLines: closing.lines
      .filter((line) => !footnoteNumbers.has(line.number) && !metadataNumbers.has(line.number) && !droppedNumbers.has(line.number))
      .map((line) => line.text),
    droppedLines: dropped.map((d) => d.text),
    mastheadText: mastheadLines(masthead(data)).join('\n'),
    mdxBody,
  });

  return {
    data,
    mdx,
    file: documentFile(target),
    url: documentPath(target),
    dropped,
    warnings,
    fidelity,
    sourceWords: words(raw).length,
  };
}
