import { describe, expect, it } from 'vitest';
import { excerptOf, scanBody, type BodyContext } from '../../src/lib/citation/body-citations.ts';
import { parseBody } from './mdx.ts';

const GA: BodyContext = { body: 'General Assembly' };
const GA_RESOLUTION: BodyContext = { body: 'General Assembly', isResolution: true };
const scan = (body: string, context = GA) => scanBody(parseBody(body), body, context);

/** Each citation as [symbol, where, excerpt as one line]. */
function brief(body: string, context = GA) {
  return scan(body, context).record.citations.map(({ symbol, place, excerpt }) => [
    symbol,
    'id' in place ? place.id : place.kind,
    `${excerpt.before}[${excerpt.match}]${excerpt.after}`,
  ]);
}

// A/RES/53/137 in short: opening phrase, preamble, operative paragraphs, footnotes; footnote 2 unmarked.
const RESOLUTION = `The General Assembly,

Reaffirming the Universal Declaration of Human Rights,[^1] the International Covenants on Human Rights,

Recalling its resolution 45/158 of 18 December 1990,

Recalling that, in its resolution 52/115 of 12 December 1997, it requested the Secretary-General to submit to it at its fifty-third session a report on the status of the Convention,

1. *Expresses its deep concern* at the manifestations of racism;

6. *Takes note* of the report of the Secretary-General,[^7] and requests him to submit an updated report on the status of the Convention to the General Assembly at its fifty-fourth session;

[^1]: Resolution 217 A (III).

[^2]: Resolution 2200 A (XXI), annex.

[^7]: A/53/230.
`;

describe('scanBody: where citations stand', () => {
  it('places each citation at the anchor its page gives it, body first, then the footnotes', () => {
    expect(brief(RESOLUTION, GA_RESOLUTION)).toEqual([
      ['A/RES/45/158', 'pp2', 'Recalling its resolution [45/158] of 18 December 1990,'],
      ['A/RES/52/115', 'pp3', 'Recalling that, in its resolution [52/115] of 12 December 1997, it requested the Secretary-General to submit to it at its…'],
      // A note's excerpt is the sentence its mark stands in, the mark highlighted.
      ['A/RES/217(III)', 'fn-1', 'Reaffirming the Universal Declaration of Human Rights,[1] the International Covenants on Human Rights,'],
      ['A/RES/2200(XXI)', 'fn-2', 'Resolution [2200 A (XXI)], annex.'],
      ['A/53/230', 'fn-7', 'Takes note of the report of the Secretary-General,[7] and requests him to submit an updated report on the status of the Convention to the…'],
    ]);
  });

  it('says which paragraph marks a footnote, and keeps an unmarked note on its own', () => {
    const places = scan(RESOLUTION, GA_RESOLUTION).record.citations.map((c) => c.place).filter((p) => p.kind === 'footnote');
    expect(places).toEqual([
      { kind: 'footnote', id: 'fn-1', label: '1', markedIn: { kind: 'unnumbered', id: 'pp1', index: 1 } },
      { kind: 'footnote', id: 'fn-2', label: '2' },
      { kind: 'footnote', id: 'fn-7', label: '7', markedIn: { kind: 'numbered', id: 'p6', number: 6 } },
    ]);
  });

  it.each([
    ['a table cell, under the heading it follows', '## Annex\n\n| Symbol | Date |\n| --- | --- |\n| A/RES/53/137 | 1998 |\n', { kind: 'block', id: 'annex', section: 'Annex' }],
    ['a heading', '## Follow-up to resolution 53/137\n', { kind: 'heading', id: 'follow-up-to-resolution-53137', text: 'Follow-up to resolution 53/137' }],
    ['an annex that numbers its paragraphs again', '1. Text.\n\n## Annex\n\n1. See A/54/150.\n', { kind: 'numbered', id: 'annex-p1', number: 1, section: 'Annex' }],
    ['a list inside a numbered paragraph', '3. Requests:\n\n   (a) a report (A/54/150);\n', { kind: 'numbered', id: 'p3', number: 3 }],
    ['an unnumbered list', '- A/54/150\n', { kind: 'block' }],
    [
      'a footnote written inside the paragraph that marks it',
      '1. Text.[^1]\n\n   [^1]: A/54/150.\n',
      { kind: 'footnote', id: 'fn-1', label: '1', markedIn: { kind: 'numbered', id: 'p1', number: 1 } },
    ],
  ])('in %s', (_name, body, place) => {
    expect(scan(body).record.citations.map((c) => c.place)).toEqual([place]);
  });

  it('reads a citation inside an existing link, but leaves it unlinked', () => {
    const { record, links } = scan('See [resolution 53/137](https://undocs.org/A/RES/53/137).\n');
    expect(record.citations.map((c) => c.symbol)).toEqual(['A/RES/53/137']);
    expect(links).toEqual([]);
  });

  it('links nothing in code', () => {
    expect(scan('Type `A/RES/53/137` to find it.\n').links).toEqual([]);
  });

  it('links a reference where it stands in its text node, across emphasis', () => {
    const { links } = scan('*Recalling* its resolution 45/158 and A/54/150.\n');
    expect(links.map(({ node, start, end }) => [node.value.slice(start, end), node.value])).toEqual([
      ['45/158', ' its resolution 45/158 and A/54/150.'],
      ['A/54/150', ' its resolution 45/158 and A/54/150.'],
    ]);
  });

  it('falls back to the number when emphasis cuts a paragraph reference', () => {
    const { links } = scan('under *paragraph 3* of resolution 53/137\n');
    expect(links.map(({ node, start, end }) => node.value.slice(start, end))).toEqual(['53/137']);
  });

  it('reads the body that adopted a year-numbered resolution from the citing document', () => {
    const symbols = (context: BodyContext) => scan('In its resolution 2001/53, it called upon States.\n', context).record.citations.map((c) => c.symbol);
    expect(symbols({ body: 'Commission on Human Rights' })).toEqual(['E/CN.4/RES/2001/53']);
    expect(symbols(GA)).toEqual([]);
  });
});

describe('scanBody: the citing body', () => {
  const symbols = (body: string, context: BodyContext) => scan(body, context).record.citations.map((c) => c.symbol);

  it('reads a UPR report by its symbol’s series, the Human Rights Council’s, whatever body it was filed under', () => {
    const body = '1. The present report was prepared in accordance with resolution 16/21 (A/HRC/WG.6/29/BRB/1).\n';
    expect(symbols(body, { body: 'General Assembly', symbol: 'A/HRC/WG.6/29/BRB/3' })).toEqual(['A/HRC/RES/16/21', 'A/HRC/WG.6/29/BRB/1']);
  });

  it('leaves a committee’s bare session-numbered resolution plain, and links the Assembly’s by name', () => {
    const body = '1. Pursuant to resolution 16/21. General Assembly resolution 70/1 applies; see CEDAW/C/BRB/CO/5-8.\n';
    expect(symbols(body, { body: 'Committee on the Elimination of Discrimination against Women', symbol: 'CEDAW/C/GC/38' })).toEqual(['A/RES/70/1', 'CEDAW/C/BRB/CO/5-8']);
  });

  it('reads a Security Council resolution by its number and year', () => {
    expect(symbols('[resolution 3 (1946)], and S/RES/1 (1946).\n', { body: 'Security Council', isResolution: true })).toEqual(['S/RES/3 (1946)', 'S/RES/1 (1946)']);
  });
});

describe('scanBody: names the citing text gives', () => {
  it('names a document by the words its footnote mark or parenthesis follows', () => {
    const body = 'In his Millennium Report to the General Assembly (A/54/2000), he wrote.\n\nThe Universal Declaration of Human Rights,[^1] and more.\n\n[^1]: Resolution 217 A (III).\n';
    expect(scan(body).record.citations.map(({ symbol, name }) => [symbol, name])).toEqual([
      ['A/54/2000', 'Millennium Report to the General Assembly'],
      ['A/RES/217(III)', 'Universal Declaration of Human Rights'],
    ]);
  });

  it('names a document from a note that is nothing but a decision', () => {
    const body = 'The Guidelines for the Review,[^1] adopted.\n\n[^1]: Decision 17/119.\n';
    expect(scan(body, { body: 'Human Rights Council' }).record.citations.map(({ symbol, name }) => [symbol, name])).toEqual([['A/HRC/DEC/17/119', 'Guidelines for the Review']]);
  });

  it('names nothing from a note that says more than its reference', () => {
    const body = 'The Declaration,[^1] adopted.\n\n[^1]: See the Universal Declaration of Human Rights, resolution 217 A (III).\n';
    expect(scan(body).record.citations[0]).not.toHaveProperty('name');
  });
});

describe('scanBody: reports requested and taken up', () => {
  it('finds what a resolution requests and the report it takes note of', () => {
    const { record } = scan(RESOLUTION, GA_RESOLUTION);
    expect(record.requests).toEqual([{ place: { kind: 'numbered', id: 'p6', number: 6 }, session: 54 }]);
    expect(record.reportsTakenUp).toEqual([
      { place: { kind: 'numbered', id: 'p6', number: 6 }, phrase: 'Takes note of the report of the Secretary-General', symbol: 'A/53/230' },
    ]);
    expect(record.statedRequests).toEqual([{ place: { kind: 'unnumbered', id: 'pp3', index: 3 }, symbol: 'A/RES/52/115', session: 53 }]);
  });

  it('takes the report from parentheses after the phrase too', () => {
    const { record } = scan('7. Takes note of the report of the Secretary-General (A/55/205);\n', GA_RESOLUTION);
    expect(record.reportsTakenUp.map((r) => r.symbol)).toEqual(['A/55/205']);
  });

  it('reads no request of its own in a report, only what it says resolutions requested', () => {
    const body =
      '2. In its resolution 53/137 of 9 December 1998, the General Assembly requested the Secretary-General to provide all facilities; and requested the Secretary-General to submit to the General Assembly at its fifty-fourth session an updated report.\n';
    const { record } = scan(body, GA);
    expect(record.requests).toEqual([]);
    expect(record.statedRequests).toEqual([{ place: { kind: 'numbered', id: 'p2', number: 2 }, symbol: 'A/RES/53/137', session: 54 }]);
  });

  it('attributes no request when the sentence cites two resolutions', () => {
    const body = '1. In its resolutions 53/137 and 55/88, the Assembly requested the Secretary-General to submit a report at its fifty-sixth session.\n';
    expect(scan(body).record.statedRequests).toEqual([]);
  });
});

describe('excerptOf', () => {
  const text = 'one two three four five six seven eight nine ten';
  it.each([
    [19, 23, 8, { before: '…four ', match: 'five', after: ' six…' }],
    [0, 3, 8, { before: '', match: 'one', after: ' two…' }],
    [45, 48, 6, { before: '…nine ', match: 'ten', after: '' }],
    [0, text.length, 5, { before: '', match: text, after: '' }],
  ])('cuts [%i, %i) with %i characters a side at words', (start, end, side, excerpt) => {
    expect(excerptOf(text, start, end, side)).toEqual(excerpt);
  });
});
