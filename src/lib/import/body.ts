/**
 * Reading a document's text: numbered and unnumbered paragraphs, headings, tab tables and
 * footnotes, put back together where the source's pages cut them apart, and written as MDX.
 */
import { escapeLineStart, sourceTextToMdx } from './escape.ts';
import type { LaidLine } from './layout.ts';
import type { Dropped, SourceLine } from './lines.ts';

/** A piece of the document's text. */
export type Block =
  | { kind: 'paragraph'; text: string; line: number }
  | { kind: 'numbered'; number: number; text: string; line: number }
  | { kind: 'heading'; depth: 2 | 3; text: string; line: number }
  | { kind: 'table'; rows: string[][]; line: number }
  | { kind: 'footnote'; label: string; text: string; line: number };

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUPERSCRIPT = new RegExp(`[${SUPERSCRIPT_DIGITS}]+`, 'g');

/** Superscript digits as plain digits: "¹²" → "12". */
export function fromSuperscript(text: string): string {
  return [...text].map((char) => String(SUPERSCRIPT_DIGITS.indexOf(char))).join('');
}

const NUMBERED = /^\t*(\d{1,3})\.[\t ]+(\S.*)$/;
const SUPERSCRIPT_FOOTNOTE = new RegExp(`^([${SUPERSCRIPT_DIGITS}]+)\\s+(\\S.*)$`);
const STAR_FOOTNOTE = /^\*\s+(\S.*)$/;
const PLAIN_FOOTNOTE = /^(\d{1,2})\s+([^\s.\d].*)$/;
const BOLD_LINE = /^\*\*([^*]+)\*\*$/;
const ANNEX = /^Annex(?: [IVXL]+)?$/i;

/** True when a line is a row of a tab table: a tab inside the text, not only before it. */
function isTableRow(text: string): boolean {
  return /\S\t/.test(text) && !NUMBERED.test(text);
}

/** A numbered paragraph whose number an export glued to its text: "1.For". */
const GLUED_NUMBERED = /^(\d{1,3})\.\s?(\S.*)$/;
/** A section heading: "I. Introduction", "II.General principles", "A. Peace", "Annex", "Notes". */
const SECTION_HEADING = /^(?:(?:[IVX]{1,5}|[A-H])\.\s?\p{Lu}|Annex(?: [IVX]+)?$|Notes$)/u;
/** A footnote laid out as such: its label and text. */
const LAID_FOOTNOTE = /^(\d{1,3}|\*{1,3})\s+(\S.*)$/;

/** True when a text is short enough and shaped like a heading rather than a paragraph. */
function headingShaped(text: string): boolean {
  return text.length <= 160 && /^\p{Lu}/u.test(text) && !/[.;:,]$/.test(text.replace(/\s?\d{1,3}$/, ''));
}

/**
 * Cuts laid-out plain text into blocks: each line is one block, its role set by the layout pass
 * or read from its start. A numbered line is a paragraph when its number continues the count, a
 * heading when it is shaped like one ("5.Women's rights in the private sphere" after paragraph
 * 66); section headings and the contents stand apart.
 */
export function readPlainBlocks(lines: LaidLine[]): Block[] {
  const blocks: Block[] = [];
  const contents: string[][] = [];
  let expected = 1;
  for (const { number: line, text: raw, role } of lines) {
    const text = raw.trim();
    if (text === '') continue;
    if (role === 'contents') {
      if (contents.length === 0) blocks.push({ kind: 'table', rows: contents, line });
      contents.push(text.includes('\t') ? text.split('\t') : ['', text]);
      continue;
    }
    const note = role === 'footnote' ? LAID_FOOTNOTE.exec(text) : null;
    if (note) {
      blocks.push({ kind: 'footnote', label: note[1]!, text: note[2]!, line });
      continue;
    }
    if (role === 'heading' || (SECTION_HEADING.test(text) && headingShaped(text))) {
      blocks.push({ kind: 'heading', depth: /^(?:[IVX]{1,5}\.|Annex|Notes)/.test(text) ? 2 : 3, text, line });
      continue;
    }
    const numbered = GLUED_NUMBERED.exec(text);
    const number = numbered ? Number(numbered[1]) : undefined;
    if (numbered && number === expected) {
      blocks.push({ kind: 'numbered', number: number, text: numbered[2]!, line });
      expected++;
    } else if (numbered && headingShaped(numbered[2]!)) {
      blocks.push({ kind: 'heading', depth: 3, text, line });
    } else if (numbered && number === 1) {
      blocks.push({ kind: 'numbered', number: 1, text: numbered[2]!, line });
      expected = 2;
    } else {
      blocks.push({ kind: 'paragraph', text, line });
    }
  }
  return blocks;
}

/**
 * Cuts the text into blocks, one per source line (these exports put each paragraph on one
 * line), rows of consecutive tab lines into tables. Plain-digit footnotes ("1 Resolution 217 A
 * (III).") are recognised later, once their marks are found.
 */
export function readBlocks(lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let previousWasRow = false;
  let afterAnnex = false;
  for (const { number: line, text: raw } of lines) {
    const text = raw.trim();
    if (text === '') {
      previousWasRow = false;
      continue;
    }
    if (isTableRow(raw.replace(/^\t+/, ''))) {
      const cells = raw.replace(/^\t+/, '').split('\t');
      const last = blocks.at(-1);
      if (previousWasRow && last?.kind === 'table') last.rows.push(cells);
      else blocks.push({ kind: 'table', rows: [cells], line });
      previousWasRow = true;
      continue;
    }
    previousWasRow = false;
    let match: RegExpExecArray | null;
    if ((match = STAR_FOOTNOTE.exec(text))) {
      blocks.push({ kind: 'footnote', label: '*', text: match[1]!, line });
    } else if ((match = SUPERSCRIPT_FOOTNOTE.exec(text))) {
      blocks.push({ kind: 'footnote', label: fromSuperscript(match[1]!), text: match[2]!, line });
    } else if ((match = NUMBERED.exec(raw))) {
      blocks.push({ kind: 'numbered', number: Number(match[1]), text: match[2]!.replace(/\t/g, ' '), line });
    } else if ((match = BOLD_LINE.exec(text)) && (ANNEX.test(match[1]!.trim()) || afterAnnex)) {
      const annex = ANNEX.test(match[1]!.trim());
      blocks.push({ kind: 'heading', depth: annex ? 2 : 3, text: match[1]!.trim(), line });
      afterAnnex = annex;
      continue;
    } else {
      blocks.push({ kind: 'paragraph', text: text.replace(/\t/g, ' '), line });
    }
    afterAnnex = false;
  }
  return blocks;
}

/**
 * Single-row "tables" are not tables: a paragraph whose parts a tab separated. Turns them back
 * into paragraphs.
 */
export function unwrapSingleRowTables(blocks: Block[]): Block[] {
  return blocks.map((block) =>
    block.kind === 'table' && block.rows.length === 1
      ? { kind: 'paragraph', text: block.rows[0]!.join(' ').trim(), line: block.line }
      : block,
  );
}

/** Blocks that may stand between two halves of a text cut by a page break. */
function isInterruption(block: Block): boolean {
  return block.kind === 'footnote';
}

/**
 * Joins what a page break cut: a paragraph that ends mid-sentence (its last character a letter)
 * continues in the next text paragraph when that starts in lower case; footnotes printed at the
 * foot of the page between the halves stay footnotes.
 */
export function joinPageBreaks(blocks: Block[]): Block[] {
  const result = [...blocks];
  for (let i = 0; i < result.length; i++) {
    const block = result[i]!;
    if ((block.kind !== 'paragraph' && block.kind !== 'numbered') || !/\p{L}$/u.test(block.text)) continue;
    let j = i + 1;
    while (j < result.length && isInterruption(result[j]!)) j++;
    const next = result[j];
    if (next?.kind === 'paragraph' && /^\p{Ll}/u.test(next.text)) {
      block.text = `${block.text} ${next.text}`;
      result.splice(j, 1);
      i--;
    }
  }
  return result;
}

/**
 * Joins a table the page cut in two: a table that follows another, with only footnotes between
 * them and the same header row, continues it; its repeated header is dropped and listed.
 */
export function joinSplitTables(blocks: Block[], dropped: Dropped[]): Block[] {
  const result = [...blocks];
  for (let i = 0; i < result.length; i++) {
    const table = result[i]!;
    if (table.kind !== 'table') continue;
    let j = i + 1;
    while (j < result.length && isInterruption(result[j]!)) j++;
    const next = result[j];
    if (next?.kind === 'table' && next.rows[0]!.join('\t') === table.rows[0]!.join('\t')) {
      dropped.push({ line: next.line, text: next.rows[0]!.join('\t'), reason: 'table header repeated after a page break' });
      table.rows.push(...next.rows.slice(1));
      result.splice(j, 1);
      i--;
    }
  }
  return result;
}

/** A footnote mark put into text before escaping, replaced by `[^label]` after. */
const MARK_START = '\u0001';
const MARK_END = '\u0002';

function mark(label: string): string {
  return `${MARK_START}${label}${MARK_END}`;
}

/** Text blocks in which footnote marks are looked for, in reading order. */
function textBlocks(blocks: Block[]): Extract<Block, { kind: 'paragraph' | 'numbered' }>[] {
  return blocks.filter((block): block is Extract<Block, { kind: 'paragraph' | 'numbered' }> => block.kind === 'paragraph' || block.kind === 'numbered');
}

/** The result of placing footnote marks: warnings for footnotes whose mark the text lost. */
export interface MarkReport {
  unreferenced: string[];
  unknownMarks: string[];
}

/**
 * Marks superscript footnote references ("Rights,¹") for the footnotes that exist; a
 * superscript without a footnote stays text and is reported.
 */
export function markSuperscripts(blocks: Block[], report: MarkReport): void {
  const labels = new Set(blocks.flatMap((block) => (block.kind === 'footnote' ? [block.label] : [])));
  for (const block of textBlocks(blocks)) {
    block.text = block.text.replace(SUPERSCRIPT, (sup) => {
      const label = fromSuperscript(sup);
      if (labels.has(label)) return mark(label);
      report.unknownMarks.push(sup);
      return sup;
    });
  }
}

/**
 * Finds plain-digit footnotes: lines "1 Resolution 217 A (III)." whose numbers run 1, 2, 3…
 * and whose marks ("Rights,1") occur in the text in the same order. Accepted ones become
 * footnotes with their marks placed; a run whose marks cannot be found stays text.
 */
export function findPlainFootnotes(blocks: Block[], report: MarkReport): Block[] {
  const candidates = blocks.flatMap((block, index) => {
    const match = block.kind === 'paragraph' ? PLAIN_FOOTNOTE.exec(block.text) : null;
    return match ? [{ index, label: match[1]!, text: match[2]! }] : [];
  });
  const run = candidates.filter((candidate, i) => Number(candidate.label) === i + 1);
  if (run.length === 0 || run.length !== candidates.length) return blocks;
  const texts = textBlocks(blocks).filter((block) => !run.some((c) => blocks[c.index] === block));
  placeMarks(texts, run.map((candidate) => candidate.label), report, false);
  return blocks.map((block, index) => {
    const candidate = run.find((c) => c.index === index);
    return candidate ? { kind: 'footnote', label: candidate.label, text: candidate.text, line: block.line } : block;
  });
}

/** Where a pattern first matches in the texts from a position on: a block's index and an offset in it. */
function firstMatch(texts: { text: string }[], pattern: RegExp, from: { blockIndex: number; offset: number }): { blockIndex: number; offset: number } | undefined {
  for (let blockIndex = from.blockIndex; blockIndex < texts.length; blockIndex++) {
    const offset = blockIndex === from.blockIndex ? from.offset : 0;
    const match = pattern.exec(texts[blockIndex]!.text.slice(offset));
    if (match) return { blockIndex, offset: offset + match.index };
  }
  return undefined;
}

/** The earlier of two places in the texts. */
function earlier<T extends { blockIndex: number; offset: number }>(a: T | undefined, b: T | undefined): T | undefined {
  if (!a || !b) return a ?? b;
  return a.blockIndex < b.blockIndex || (a.blockIndex === b.blockIndex && a.offset <= b.offset) ? a : b;
}

/** Where a mark's text stands in the texts, or undefined. */
function markAt(texts: { text: string }[], label: string): { blockIndex: number; offset: number } | undefined {
  for (let blockIndex = 0; blockIndex < texts.length; blockIndex++) {
    const offset = texts[blockIndex]!.text.indexOf(mark(label));
    if (offset >= 0) return { blockIndex, offset };
  }
  return undefined;
}

/** Puts a label's mark in place of its text at a place. */
function insertMark(texts: { text: string }[], label: string, at: { blockIndex: number; offset: number }): { blockIndex: number; offset: number } {
  const block = texts[at.blockIndex]!;
  const replacement = mark(label);
  block.text = block.text.slice(0, at.offset) + replacement + block.text.slice(at.offset + label.length);
  return { blockIndex: at.blockIndex, offset: at.offset + replacement.length };
}

/**
 * Places the marks of the given footnote labels in the text, in order: each mark is the first
 * place after the previous one where the label stands as a mark. A mark follows a letter or
 * closing punctuation with no space ("Rights,1", "Women4"), never a dot, so that "Add.1" is not
 * taken for one. Where `loose` (notes the layout found, numbered in order), a mark may also end a
 * sentence ("treaties.4"); then a mark still not found may stand after a space ("San Francisco 12
 * and") or on a line of marks ("1 2"), looked for only between the marks found before and after
 * it, so that a number in the text is never taken for a mark far from its place.
 */
function placeMarks(texts: Extract<Block, { kind: 'paragraph' | 'numbered' }>[], labels: string[], report: MarkReport, loose: boolean): void {
  let position = { blockIndex: 0, offset: 0 };
  const missing: number[] = [];
  labels.forEach((label, index) => {
    // U+FFFD stands for a quotation mark a scraper lost.
    const glued = new RegExp(`(?<=[\\p{L},;)”"’\uFFFD])${label}(?![\\d/])`, 'u');
    const sentenceEnd = new RegExp(`(?<=\\p{Ll}{2}[)”’"]?\\.)(?<!\\b(?:Add|Corr|Rev|Amend|para|paras|No|vol|art|chap|sect|annex|p|pp)\\.)${label}(?=\\s|$)`, 'u');
    const found = loose ? earlier(firstMatch(texts, glued, position), firstMatch(texts, sentenceEnd, position)) : firstMatch(texts, glued, position);
    if (found) position = insertMark(texts, label, found);
    else missing.push(index);
  });
  for (const index of loose ? missing : []) {
    const label = labels[index]!;
    const before = labels.slice(0, index).reverse().map((other) => markAt(texts, other)).find(Boolean) ?? { blockIndex: 0, offset: 0 };
    const after = labels.slice(index + 1).map((other) => markAt(texts, other)).find(Boolean) ?? { blockIndex: texts.length, offset: 0 };
    const spaced = new RegExp(`(?<=[\\p{L}.,;)] |^(?:\\d{1,3} )*)${label}(?=[ ,.;]|$)`, 'u');
    const found = firstMatch(texts, spaced, before);
    if (found && earlier(found, after) === found && found !== after) insertMark(texts, label, found);
  }
  for (const label of labels) if (!markAt(texts, label)) report.unreferenced.push(label);
}

/** Places the marks of footnotes the layout pass already found (under a page's rule, under "Notes"). */
export function markLaidFootnotes(blocks: Block[], report: MarkReport): void {
  const labels = blocks.flatMap((block) => (block.kind === 'footnote' && /^\d+$/.test(block.label) ? [block.label] : []));
  placeMarks(textBlocks(blocks), labels, report, true);
}

/** Reports footnotes that no mark in the text refers to (the source lost the mark). */
export function findUnreferenced(blocks: Block[], report: MarkReport): void {
  const text = textBlocks(blocks).map((block) => block.text).join('\n');
  for (const block of blocks) {
    if (block.kind === 'footnote' && !text.includes(mark(block.label)) && !report.unreferenced.includes(block.label)) {
      report.unreferenced.push(block.label);
    }
  }
}

/** Converts text with marks to MDX: escaped text, marks as `[^label]` references. */
function inlineToMdx(text: string): string {
  return sourceTextToMdx(text).replace(new RegExp(`${MARK_START}([^${MARK_END}]+)${MARK_END}`, 'g'), '[^$1]');
}

function tableToMdx(rows: string[][]): string {
  const width = Math.max(...rows.map((row) => row.length));
  const cells = rows.map((row) => Array.from({ length: width }, (_, i) => inlineToMdx((row[i] ?? '').trim())));
  const line = (row: string[]) => `| ${row.join(' | ')} |`;
  return [line(cells[0]!), line(cells[0]!.map(() => '---')), ...cells.slice(1).map(line)].join('\n');
}

/** Writes the blocks as an MDX body: the text in order, then every footnote. */
export function blocksToMdx(blocks: Block[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') parts.push(escapeLineStart(inlineToMdx(block.text)));
    if (block.kind === 'numbered') parts.push(`${block.number}. ${escapeLineStart(inlineToMdx(block.text))}`);
    if (block.kind === 'heading') parts.push(`${'#'.repeat(block.depth)} ${inlineToMdx(block.text)}`);
    if (block.kind === 'table') parts.push(tableToMdx(block.rows));
  }
  for (const block of blocks) {
    if (block.kind === 'footnote') parts.push(`[^${block.label}]: ${escapeLineStart(inlineToMdx(block.text))}`);
  }
  return `${parts.join('\n\n')}\n`;
}
