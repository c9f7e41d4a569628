import { describe, expect, it } from 'vitest';
import { detectShape, joinSplitSymbol, layoutSource, unwrap } from '../../../src/lib/import/layout.ts';
import { splitLines } from '../../../src/lib/import/lines.ts';
import { isWordBinary, wordText } from '../../../src/lib/import/word.ts';

const lines = (text: string) => splitLines(text);
const texts = (text: string) => layoutSource(lines(text)).lines.map((line) => (line.role ? `[${line.role}] ${line.text}` : line.text));

describe('the shape of a source', () => {
  it('tells exports with markup, Word paragraphs, PDF lines and run-together blocks apart', () => {
    expect(detectShape(['**General Assembly**', '', '1. Text.'])).toBe('markup');
    expect(detectShape(['Resolution', '', 'The Security Council,', '', 'Decides to remain seized.', ''])).toBe('paragraphs');
    expect(detectShape(['General Assembly', 'Distr.: General', '11 October 2024', '1. Text that wraps', 'onto a second line.'])).toBe('wrapped');
    expect(detectShape([`Eightieth sessionAgenda item 136${'Proposed programme budget for 2026'.repeat(40)}`])).toBe('run-together');
  });
});

describe('a masthead symbol printed in pieces', () => {
  it('puts the organ code back in front of the rest, moving no word elsewhere', () => {
    const join = (text: string) => joinSplitSymbol(lines(text)).map((line) => line.text);
    expect(join('A\nUnited Nations /RES/79/3\nGeneral Assembly')).toEqual(['United Nations A/RES/79/3', 'General Assembly']);
    expect(join('United Nations A\n/HRC/WG.6/29/BRB/1\nGeneral Assembly')).toEqual(['United Nations', 'A/HRC/WG.6/29/BRB/1', 'General Assembly']);
    expect(join('A\nUnited Nations\n/HRC/WG.6/29/BRB/2')).toEqual(['United Nations', 'A/HRC/WG.6/29/BRB/2']);
    expect(join('United Nations \n\n CAT /C/GC/4 \n')).toEqual(['United Nations ', '', ' CAT/C/GC/4 ', '']);
  });
});

describe('a PDF extraction', () => {
  const pdf = [
    'A',
    'United Nations /RES/79/3',
    'General Assembly',
    'Distr.: General',
    '11 October 2024',
    'Seventy-ninth session',
    'Agenda item 143',
    'Scale of assessments for the apportionment of the expenses',
    'of the United Nations',
    'Resolution adopted by the General Assembly',
    'on 9 October 2024',
    '79/3. Scale of assessments for the apportionment of the expenses of the',
    'United Nations: requests under Article 19 of the Charter',
    'The General Assembly,',
    'Having considered chapter V of the report of the Committee on Contributions',
    'on its eighty-fourth session,1',
    'Reaffirming the obligation of Member States under Article 17 of the Charter of',
    'the United Nations to bear the expenses of the Organization as apportioned by the',
    'General Assembly,',
    '1. Reaffirms its role in accordance with the provisions of Article 19 of the',
    'Charter of the United Nations and the advisory role of the Committee on',
    'Contributions;',
    '2. Requests the Secretary-General to continue to bring to the attention of',
    '__________________',
    '1 Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 11 and',
    'addendum (A/79/11 and A/79/11/Add.1).',
    '24-18683 (E)',
    '*2418683*',
    '',
    'Scale of assessments for the apportionment of the expenses of the',
    'A/RES/79/3 United Nations: requests under Article 19 of the Charter',
    'Member States the deadline specified in resolution 54/237 C;',
    '3. Decides that Somalia shall be permitted to vote.',
    '19th plenary meeting',
    '9 October 2024',
    'Annex',
    'Political declaration of the high-level meeting',
    'We, Heads of State and Government, are assembled at the United Nations.',
    '2/2 24-18683',
  ].join('\n');

  it('joins the masthead lines that continue, and each paragraph across its printed lines and pages', () => {
    expect(texts(pdf)).toEqual([
      'United Nations A/RES/79/3',
      'General Assembly',
      'Distr.: General',
      '11 October 2024',
      'Seventy-ninth session',
      'Agenda item 143',
      'Scale of assessments for the apportionment of the expenses of the United Nations',
      'Resolution adopted by the General Assembly on 9 October 2024',
      '79/3. Scale of assessments for the apportionment of the expenses of the United Nations: requests under Article 19 of the Charter',
      'The General Assembly,',
      'Having considered chapter V of the report of the Committee on Contributions on its eighty-fourth session,1',
      'Reaffirming the obligation of Member States under Article 17 of the Charter of the United Nations to bear the expenses of the Organization as apportioned by the General Assembly,',
      '1. Reaffirms its role in accordance with the provisions of Article 19 of the Charter of the United Nations and the advisory role of the Committee on Contributions;',
      '2. Requests the Secretary-General to continue to bring to the attention of Member States the deadline specified in resolution 54/237 C;',
      '3. Decides that Somalia shall be permitted to vote.',
      '19th plenary meeting 9 October 2024',
      'Annex',
      'Political declaration of the high-level meeting',
      'We, Heads of State and Government, are assembled at the United Nations.',
      '[footnote] 1 Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 11 and addendum (A/79/11 and A/79/11/Add.1).',
    ]);
  });

  it('lists every line it removes: rule, job number, barcode, running head, page footer', () => {
    const { dropped } = layoutSource(lines(pdf));
    expect(dropped.map((d) => `${d.line} ${d.reason}: ${d.text}`)).toEqual([
      '28 barcode number: *2418683*',
      '27 printed job number: 24-18683 (E)',
      '24 footnote rule: __________________',
      '30 running head: Scale of assessments for the apportionment of the expenses of the',
      '31 running head: A/RES/79/3 United Nations: requests under Article 19 of the Charter',
      '39 page footer: 2/2 24-18683',
    ]);
  });

  it('does not end a paragraph at a printed line that begins with a capital', () => {
    const joined = unwrap(lines('1. The Committee recalls the report of the\nSpecial Rapporteur on the question and its\nRecommendations 5 and 6.\n2. Next.'));
    expect(joined.map((line) => line.text)).toEqual([
      '1. The Committee recalls the report of the Special Rapporteur on the question and its Recommendations 5 and 6.',
      '2. Next.',
    ]);
  });

  it('reads a printed table of contents and the endnotes under "Notes"', () => {
    const report = [
      'United Nations A/HRC/WG.6/32/AFG/1',
      'Distr.: General',
      'National report',
      'GE.18-19208(E)',
      '',
      'A/HRC/WG.6/32/AFG/1',
      'Contents',
      'Page',
      'Abbreviations ....................... 3',
      'I. Introduction ..................... 4',
      'F. New and emerging problems, including achievements and challenges associated',
      'with them ........................... 23',
      'I. Introduction',
      '1. The report was prepared by the Government.1',
      'Notes',
      '1 Voluntary Commitments A/72/377 Nr. 4 (m) (n), which the Government',
      'renewed in 2018.',
      '2',
    ].join('\n');
    expect(texts(report)).toEqual([
      'United Nations A/HRC/WG.6/32/AFG/1',
      'Distr.: General',
      'National report',
      '[contents] Contents',
      '[contents] Page',
      '[contents] Abbreviations\t3',
      '[contents] I. Introduction\t4',
      '[contents] F. New and emerging problems, including achievements and challenges associated with them\t23',
      'I. Introduction',
      '1. The report was prepared by the Government.1',
      '[heading] Notes',
      '[footnote] 1 Voluntary Commitments A/72/377 Nr. 4 (m) (n), which the Government renewed in 2018.',
    ]);
  });
});

describe('a document run together on one line', () => {
  it('is cut where its blocks visibly end, and its trailing barcode digits are listed', () => {
    const text =
      'Eleventh emergency special sessionAgenda item 5Letter dated 28 February 2014 from Ukraine (S/2014/136)Resolution adopted by the General Assembly on 24 February 2026[without reference to a Main Committee (A/ES-11/L.17)]ES-11/10.Support for lasting peace in UkraineThe General Assembly, Noting with concern the invasion,Reaffirming its commitment,1.Calls for a ceasefire;2.Decides to adjourn. 23rd plenary meeting24 February 20262669540304800' +
      ' and more text to make the line long enough'.repeat(20);
    const long = layoutSource(lines(`${text.replace(/ and more.*$/, '')}`.padEnd(700, ' ')));
    expect(long.shape).toBe('run-together');
    expect(long.lines.map((line) => line.text)).toEqual([
      'Eleventh emergency special session',
      'Agenda item 5',
      'Letter dated 28 February 2014 from Ukraine (S/2014/136)',
      'Resolution adopted by the General Assembly on 24 February 2026',
      '[without reference to a Main Committee (A/ES-11/L.17)]',
      'ES-11/10.',
      'Support for lasting peace in Ukraine',
      'The General Assembly, Noting with concern the invasion,',
      'Reaffirming its commitment,',
      '1.Calls for a ceasefire;',
      '2.Decides to adjourn.',
      '23rd plenary meeting',
      '24 February 2026',
    ]);
    expect(long.dropped).toEqual([{ line: 1, text: '2669540304800', reason: 'barcode number' }]);
  });
});

describe('a Word export', () => {
  it('keeps a paragraph per line, joins a line that ends on "of", and reads the trailing notes', () => {
    const text = ['United Nations', '', 'Committee on the Elimination of', '', 'Discrimination against Women', '', '1. Text.12', '', 'Adopted at the 39th meeting.', '', '12 See the Charter.', '', '13 Ibid.', ''].join('\n');
    expect(texts(text)).toEqual([
      'United Nations',
      'Committee on the Elimination of Discrimination against Women',
      '1. Text.12',
      'Adopted at the 39th meeting.',
      '[footnote] 12 See the Charter.',
      '[footnote] 13 Ibid.',
    ]);
  });

  it('reads the contents a Word export puts first: headings each followed by its page', () => {
    const text = ['Page', '', 'Introduction', '', '2', '', 'Objectives and scope', '', '4', '', 'Legal framework', '', '5', '', 'I.Introduction', '', '1.Text.'].join('\n');
    expect(texts(text)).toEqual([
      '[contents] Page',
      '[contents] Introduction\t2',
      '[contents] Objectives and scope\t4',
      '[contents] Legal framework\t5',
      'I.Introduction',
      '1.Text.',
    ]);
  });
});

describe('a Word 97–2003 binary read as text', () => {
  const ole = '\uFFFD\uFFFD\u0011\u0871\u001A\uFFFD\u0000\u0000\u0003\u0000';
  const story =
    '\u0007United Nations\u0007CEDAW/C/GC/27\u0007\u0007Convention on the Elimination\u000bof All Forms of Discrimination against Women\r' +
    'Distr.: General\r16 December 2010\r1. The Committee notes older women\uFFFDs rights.\u0002 It recalls the Plan.\u0002\r' +
    '2. Ends here, with a field \u0013 SEQ \u0014x\u0015.\r \u0002 First note.\r \u0002 Second note\rcontinued.\r\rCEDAW/C/GC/27\r\u0013 PAGE \\* MERGEFORMAT \u00148\u0015\r\bGE.10-47253\r';
  const raw = `${ole}${'\u0000'.repeat(300)}${story.padEnd(story.length + 10, ' ')}\u0000\u0000\uFFFD`;

  it('is known by its signature', () => {
    expect(isWordBinary(raw)).toBe(true);
    expect(isWordBinary('United Nations')).toBe(false);
  });

  it('gives the text Word stores, its notes numbered in order, its headers and footers apart', () => {
    const word = wordText(raw);
    expect(word.text.split('\n\n')).toEqual([
      'United Nations',
      'CEDAW/C/GC/27',
      'Convention on the Elimination of All Forms of Discrimination against Women',
      'Distr.: General',
      '16 December 2010',
      '1. The Committee notes older women\uFFFDs rights.1 It recalls the Plan.2',
      '2. Ends here, with a field x.',
      '1 First note.',
      '2 Second note continued.\n',
    ]);
    expect(word.headersAndFooters).toEqual(['CEDAW/C/GC/27', '8', '\bGE.10-47253'.replace('\b', '')]);
    expect(word.lostCharacters).toBe(1);
  });
});
