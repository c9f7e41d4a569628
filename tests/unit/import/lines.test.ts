import { describe, expect, it } from 'vitest';
import { isPageResidue, removeMarkup, splitLines } from '../../../src/lib/import/lines.ts';

describe('splitLines', () => {
  it('joins lines broken with two trailing spaces and numbers them from the first', () => {
    expect(splitLines('a\n**Economic and Social  \nCouncil**\r\nb')).toEqual([
      { number: 1, text: 'a' },
      { number: 2, text: '**Economic and Social Council**' },
      { number: 4, text: 'b' },
    ]);
  });
});

describe('removeMarkup', () => {
  it('takes out markers and rules, keeps field values apart, and lists what it dropped', () => {
    const cleaned = removeMarkup(splitLines('[DU1]Text\n[DU1]<<ODS JOB NO>>N0056467E<<ODS JOB NO>>\n<<ODS DOC SYMBOL2>><<ODS DOC SYMBOL2>>\n-----'));
    expect(cleaned.lines.map((line) => line.text)).toEqual(['Text', '', '', '']);
    expect(cleaned.fields).toEqual({ jobNumber: 'N0056467E' });
    expect(cleaned.fieldValues).toEqual([{ number: 2, text: 'N0056467E' }]);
    expect(cleaned.dropped.map((d) => d.reason)).toEqual([
      'word-processor comment marker',
      'word-processor comment marker',
      'export field marker',
      'export field marker',
      'horizontal rule',
    ]);
    expect([...cleaned.markedLines]).toEqual([0, 1, 2]);
  });
});

describe('isPageResidue', () => {
  it.each([
    ['2', undefined, 'page number'],
    ['00 56467', undefined, 'printed job number'],
    ['A/RES/55/88', 'A/RES/55/88', 'running head'],
    ['A/RES/55/', 'A/RES/55/88', 'running head'],
    ['A/RES/55/', undefined, undefined],
    ['A/55/205.', 'A/RES/55/88', undefined],
    ['1999', undefined, undefined],
    ['The text.', 'A/RES/55/88', undefined],
  ])('%s (symbol %s) → %s', (text, symbol, reason) => {
    expect(isPageResidue(text, symbol)).toBe(reason);
  });
});
