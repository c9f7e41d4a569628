import { describe, expect, it } from 'vitest';
import {
  blocksToMdx,
  findPlainFootnotes,
  fromSuperscript,
  joinPageBreaks,
  joinSplitTables,
  markSuperscripts,
  readBlocks,
  type Block,
  type MarkReport,
} from '../../../src/lib/import/body.ts';
import type { Dropped } from '../../../src/lib/import/lines.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ number: i + 1, text }));
const report = (): MarkReport => ({ unreferenced: [], unknownMarks: [] });

describe('readBlocks', () => {
  it.each([
    ['1. Text', { kind: 'numbered', number: 1, text: 'Text' }],
    ['\t2.\tTab-indented', { kind: 'numbered', number: 2, text: 'Tab-indented' }],
    ['\tThe General Assembly,', { kind: 'paragraph', text: 'The General Assembly,' }],
    ['¹² Resolution 217 A (III).', { kind: 'footnote', label: '12', text: 'Resolution 217 A (III).' }],
    ['* A/54/150.', { kind: 'footnote', label: '*', text: 'A/54/150.' }],
    ['**Annex**', { kind: 'heading', depth: 2, text: 'Annex' }],
    ['**Bold paragraph**', { kind: 'paragraph', text: '**Bold paragraph**' }],
  ])('%j', (text, block) => {
    expect(readBlocks(lines(text))[0]).toMatchObject(block);
  });

  it('groups consecutive tab lines into one table', () => {
    expect(readBlocks(lines('A\tB', 'c\t', 'Text'))).toMatchObject([
      { kind: 'table', rows: [['A', 'B'], ['c', '']] },
      { kind: 'paragraph', text: 'Text' },
    ]);
  });
});

describe('joinPageBreaks', () => {
  it('joins a paragraph cut mid-sentence, across footnotes, but not a finished one', () => {
    const blocks = readBlocks(lines('5. Aims at the', '', '* A note.', '', 'promotion of it.', 'Next one.'));
    expect(joinPageBreaks(blocks)).toMatchObject([
      { kind: 'numbered', text: 'Aims at the promotion of it.' },
      { kind: 'footnote' },
      { kind: 'paragraph', text: 'Next one.' },
    ]);
  });
});

describe('joinSplitTables', () => {
  it('joins a table continued after footnotes and lists its repeated header', () => {
    const dropped: Dropped[] = [];
    const blocks = readBlocks(lines('H\tI', 'a\t1', '', '* A note.', '', 'H\tI', 'b\t2'));
    expect(joinSplitTables(blocks, dropped)).toMatchObject([{ kind: 'table', rows: [['H', 'I'], ['a', '1'], ['b', '2']] }, { kind: 'footnote' }]);
    expect(dropped).toEqual([{ line: 6, text: 'H\tI', reason: 'table header repeated after a page break' }]);
  });
});

describe('footnote marks', () => {
  it('places plain-digit marks in order and leaves other digits alone', () => {
    const blocks = readBlocks(lines('In 1990 the Rights,1 of Women2 (A/55/602/Add.1).', '1 First note.', '2 Second note.'));
    const marked = findPlainFootnotes(blocks, report());
    expect(blocksToMdx(marked)).toBe('In 1990 the Rights,[^1] of Women[^2] (A/55/602/Add.1).\n\n[^1]: First note.\n\n[^2]: Second note.\n');
  });

  it('leaves lines that only look like footnotes as text when their numbers do not run 1, 2, 3', () => {
    const blocks = readBlocks(lines('Text.', '15 States ratified it.'));
    expect(findPlainFootnotes(blocks, report())).toEqual(blocks);
  });

  it('marks superscripts that have a footnote, and reports one that has none', () => {
    const blocks = readBlocks(lines('Rights,¹ and Child,⁹', '¹ Note.'));
    const marks = report();
    markSuperscripts(blocks, marks);
    expect(blocksToMdx(blocks)).toBe('Rights,[^1] and Child,⁹\n\n[^1]: Note.\n');
    expect(marks.unknownMarks).toEqual(['⁹']);
  });

  it('reads superscript digits', () => {
    expect(fromSuperscript('¹⁰')).toBe('10');
  });
});

describe('blocksToMdx', () => {
  it('writes GFM tables, padding short rows and escaping cells', () => {
    const blocks: Block[] = [{ kind: 'table', rows: [['A', 'B'], ['x|y'], ['<i>i</i>', '{z}']], line: 1 }];
    expect(blocksToMdx(blocks)).toBe('| A | B |\n| --- | --- |\n| x\\|y |  |\n| *i* | \\{z\\} |\n');
  });
});
