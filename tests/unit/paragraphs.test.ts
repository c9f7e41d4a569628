import { describe, expect, it } from 'vitest';
import { citableParagraphs, excerpt, paragraphAnchors, printedNumber, type Block, type BlockAnchor } from '../../src/lib/document/paragraphs.ts';

const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
const numbered = (...numbers: number[]): Block => ({ kind: 'numbered', numbers });
const heading = (text: string): Block => ({ kind: 'heading', text });
const items = (...ids: [string, number][]): BlockAnchor => ({ kind: 'numbered', items: ids.map(([id, number]) => ({ id, number })) });

describe('paragraphAnchors', () => {
  it.each<[string, Block[], BlockAnchor[]]>([
    [
      'a resolution: opening phrase unnumbered, preamble pp1.., operative paragraphs by their printed numbers',
      [paragraph('The General Assembly,'), paragraph('Reaffirming ...,'), paragraph('Bearing in mind ...,'), numbered(1, 2), numbered(6)],
      [{ kind: 'opening' }, { kind: 'paragraph', id: 'pp1' }, { kind: 'paragraph', id: 'pp2' }, items(['p1', 1], ['p2', 2]), items(['p6', 6])],
    ],
    [
      'another body opening a resolution',
      [paragraph('The Commission on Human Rights,'), paragraph('Recalling ...,'), numbered(1)],
      [{ kind: 'opening' }, { kind: 'paragraph', id: 'pp1' }, items(['p1', 1])],
    ],
    [
      'a paragraph shaped like an opening phrase after a numbered paragraph is counted',
      [numbered(1), paragraph('The General Assembly,')],
      [items(['p1', 1]), { kind: 'paragraph', id: 'pp1' }],
    ],
    [
      'an unnumbered paragraph that does not end with a comma is counted',
      [paragraph('The General Assembly decides.'), numbered(1)],
      [{ kind: 'paragraph', id: 'pp1' }, items(['p1', 1])],
    ],
    [
      'a report: numbered paragraphs, then an annex with its heading, an intro line and a table',
      [numbered(1, 2, 3), heading('Annex'), paragraph('(as of 6 December 2001)'), { kind: 'other' }],
      [items(['p1', 1], ['p2', 2], ['p3', 3]), { kind: 'heading', id: 'annex' }, { kind: 'paragraph', id: 'pp1' }, { kind: 'none' }],
    ],
    [
      'an annex that numbers its paragraphs from 1 again: all its numbers carry the heading',
      [numbered(1, 2), heading('Annex'), numbered(1, 2, 3), paragraph('Note.'), numbered(4)],
      [
        items(['p1', 1], ['p2', 2]),
        { kind: 'heading', id: 'annex' },
        items(['annex-p1', 1], ['annex-p2', 2], ['annex-p3', 3]),
        { kind: 'paragraph', id: 'pp1' },
        items(['annex-p4', 4]),
      ],
    ],
    [
      'an annex that continues the numbering keeps plain ids',
      [numbered(1, 2), heading('Annex'), numbered(3)],
      [items(['p1', 1], ['p2', 2]), { kind: 'heading', id: 'annex' }, items(['p3', 3])],
    ],
    [
      'a number printed twice with no heading between still gets a unique id',
      [numbered(1), numbered(1)],
      [items(['p1', 1]), items(['p1-2', 1])],
    ],
    [
      'headings with the same text get distinct slugs',
      [heading('Annex'), heading('Annex'), heading('List of countries: 2001')],
      [{ kind: 'heading', id: 'annex' }, { kind: 'heading', id: 'annex-1' }, { kind: 'heading', id: 'list-of-countries-2001' }],
    ],
  ])('%s', (_name, blocks, anchors) => {
    expect(paragraphAnchors(blocks)).toEqual(anchors);
  });
});

describe('printedNumber', () => {
  it.each<[string, number, number | undefined]>([
    ['6. *Takes note* of the report', 0, 6],
    ['text\n\n12. Decides', 6, 12],
    ['3) Parenthesis style', 0, 3],
    ['  7. indented', 0, 7],
    ['- a bullet', 0, undefined],
    ['Welcomes', 0, undefined],
  ])('%j at %i prints %s', (source, offset, number) => {
    expect(printedNumber(source, offset)).toBe(number);
  });
});

describe('citableParagraphs', () => {
  const textual = (text: string): Block => ({ kind: 'paragraph', text });
  const list = (numbers: number[], texts: string[]): Block => ({ kind: 'numbered', numbers, texts });

  it('lists preamble and operative paragraphs of a resolution with their excerpts', () => {
    const blocks = [textual('The General Assembly,'), textual('Reaffirming once more the permanent validity of the principles and norms set forth in the basic instruments,'), list([1, 2], ['Expresses its deep concern;', 'Welcomes the signature.'])];
    expect(citableParagraphs(blocks, paragraphAnchors(blocks))).toEqual([
      { id: 'pp1', unnumbered: 1, beforeNumbered: true, excerpt: 'Reaffirming once more the permanent validity of the principles and norms set…' },
      { id: 'p1', number: 1, beforeNumbered: false, excerpt: 'Expresses its deep concern;' },
      { id: 'p2', number: 2, beforeNumbered: false, excerpt: 'Welcomes the signature.' },
    ]);
  });

  it('places paragraphs under their heading and annex', () => {
    const blocks = [list([1], ['Report.']), heading('Annex'), heading('LIST OF COUNTRIES'), textual('(as of 6 December 2001)'), list([1], ['Annex text.'])];
    expect(citableParagraphs(blocks, paragraphAnchors(blocks))).toEqual([
      { id: 'p1', number: 1, beforeNumbered: false, excerpt: 'Report.' },
      { id: 'pp1', unnumbered: 1, beforeNumbered: false, heading: 'LIST OF COUNTRIES', annex: 'Annex', excerpt: '(as of 6 December 2001)' },
      { id: 'list-of-countries-p1', number: 1, beforeNumbered: false, heading: 'LIST OF COUNTRIES', annex: 'Annex', excerpt: 'Annex text.' },
    ]);
  });

  it.each([
    ['One two three', 3, 'One two three'],
    ['One two three four', 3, 'One two three…'],
    ['  spaced\n  out  ', 3, 'spaced out'],
  ])('excerpts %j to %i words: %j', (text, words, cut) => {
    expect(excerpt(text, words)).toBe(cut);
  });
});
