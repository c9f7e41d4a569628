/**
 * The downloads, checked by parsing them back with Citation.js, the library reference tools build
 * on: what a reference manager reads from each file is the record the page describes.
 */
import { Cite, type CslData } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import {
  bibliographicRecord,
  bibtex,
  bibtexText,
  citationKey,
  cslJson,
  ris,
  type BibliographicRecord,
} from '../../../src/lib/citation/exports.ts';
import { BRB_1, CAT_GC_4, kind, SC_1 } from '../kinds.ts';
import { listed } from '../listed.ts';
import { published } from './documents.ts';

const SITE = 'https://un-docs.example.org';

/** The one name of an author as a CSL name, whether a format gives it as literal or family name. */
function authorName(item: CslData): string | undefined {
  const [author] = item.author as { literal?: string; family?: string; given?: string }[];
  return author?.given ? undefined : (author?.literal ?? author?.family);
}

/** The fields every export must carry, compared on what Citation.js read back. */
function fields(item: CslData) {
  return {
    type: item.type,
    title: item.title,
    author: authorName(item),
    genre: item.genre,
    number: item.number,
    publisher: item.publisher,
    issued: item.issued,
    URL: item.URL,
    note: item.note,
  };
}

function want(record: BibliographicRecord) {
  return {
    type: 'report',
    title: record.title,
    author: record.author,
    genre: record.genre,
    number: record.number,
    publisher: 'United Nations',
    issued: { 'date-parts': [record.issued.split('-').map(Number)] },
    URL: record.url,
    note: record.note,
  };
}

const RECORDS: [string, BibliographicRecord][] = [
  ['A/RES/55/88', bibliographicRecord(published('A/RES/55/88'), `${SITE}/A/RES/55/88/`)],
  ['E/CN.4/2002/89', bibliographicRecord(published('E/CN.4/2002/89'), `${SITE}/E/CN.4/2002/89/`)],
  [
    'a report whose symbol is not stated',
    bibliographicRecord(published('general-assembly-1999-09-13-report'), `${SITE}/unnumbered/general-assembly-1999-09-13-report/`),
  ],
  [
    'a title with characters BibTeX and RIS treat specially',
    bibliographicRecord(
      listed({ symbol: 'A/55/1', title: 'Costs & budgets: 100% of {assessed} $ contributions #1_a ~ ^ \\ end' }).data,
      `${SITE}/A/55/1/`,
    ),
  ],
  ['a Security Council resolution with only its adoption date', bibliographicRecord(kind(SC_1).data, `${SITE}/S/RES/1(1946)/`)],
  ['a general comment', bibliographicRecord(kind(CAT_GC_4).data, `${SITE}/CAT/C/GC/4/`)],
  ['a national report of the Universal Periodic Review', bibliographicRecord(kind(BRB_1).data, `${SITE}/A/HRC/WG.6/29/BRB/1/`)],
];

describe('the bibliographic record', () => {
  it.each<[string, BibliographicRecord, BibliographicRecord]>([
    [
      'a resolution, dated by its adoption, typed "Resolution"',
      RECORDS[0]![1],
      {
        key: 'A-RES-55-88',
        title: 'International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families',
        author: 'United Nations General Assembly',
        genre: 'Resolution',
        number: 'A/RES/55/88',
        issued: '2000-12-04',
        url: 'https://un-docs.example.org/A/RES/55/88/',
        note: 'General Assembly resolution 55/88 of 4 December 2000',
      },
    ],
    [
      'a report whose symbol is not stated: no number, its subtitle as kind and in its title, its author the office the subtitle names',
      RECORDS[2]![1],
      {
        key: 'unnumbered-general-assembly-1999-09-13-report',
        title:
          'Status of the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families: Report of the Secretary-General',
        author: 'United Nations Secretary-General',
        genre: 'Report of the Secretary-General',
        issued: '1999-09-13',
        url: 'https://un-docs.example.org/unnumbered/general-assembly-1999-09-13-report/',
        note: 'Report of the Secretary-General, General Assembly, fifty-fourth session, 13 September 1999 (symbol not stated)',
      },
    ],
  ])('%s', (_, record, expected) => {
    expect(record).toEqual(expected);
  });

  it.each([
    [{ symbol: 'A/RES/53/137' }, 'A-RES-53-137'],
    [{ symbol: 'E/CN.4/2002/89' }, 'E-CN.4-2002-89'],
    [{ symbol: 'A/CONF.157/24 (Part I)' }, 'A-CONF.157-24-PartI'],
    [{ unnumberedId: 'general-assembly-1999-09-13-report' }, 'unnumbered-general-assembly-1999-09-13-report'],
  ])('keys %j as %s', (fields, key) => {
    expect(citationKey(listed(fields).data)).toBe(key);
  });
});

describe('each download, parsed back by Citation.js, gives the record', () => {
  it.each(RECORDS)('CSL-JSON: %s', (_, record) => {
    const [item, ...more] = new Cite(JSON.parse(cslJson(record))).data;
    expect(more).toHaveLength(0);
    expect(fields(item!)).toEqual(want(record));
    expect(item!.id).toBe(record.key);
  });

  it.each(RECORDS)('BibTeX, read as biblatex, which reads year and month as BibTeX does: %s', (_, record) => {
    const [item, ...more] = new Cite(bibtex(record), { forceType: '@biblatex/text' }).data;
    const [year, month] = record.issued.split('-').map(Number);
    expect(more).toHaveLength(0);
    expect(fields(item!)).toEqual({ ...want(record), issued: { 'date-parts': [[year, month]] } });
    expect(item!['citation-key']).toBe(record.key);
  });

  it.each(RECORDS)('BibTeX, read as classic BibTeX, which has no day: %s', (_, record) => {
    const [item] = new Cite(bibtex(record), { forceType: '@bibtex/text' }).data;
    const [year, month] = record.issued.split('-').map(Number);
    expect(fields(item!)).toEqual({ ...want(record), issued: { 'date-parts': [[year, month]] } });
  });

  it.each(RECORDS)('RIS: %s', (_, record) => {
    const [item, ...more] = new Cite(ris(record), { forceType: '@ris/file' }).data;
    expect(more).toHaveLength(0);
    expect(fields(item!)).toEqual(want(record));
  });
});

describe('the files as written', () => {
  it('BibTeX: a @techreport keyed by the symbol, in fields BibTeX and biblatex both read, the author and title braced whole, the month a macro', () => {
    expect(bibtex(RECORDS[0]![1])).toBe(`@techreport{A-RES-55-88,
  author = {{United Nations General Assembly}},
  title = {{International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families}},
  type = {Resolution},
  number = {A/RES/55/88},
  institution = {United Nations},
  year = {2000},
  month = dec,
  url = {https://un-docs.example.org/A/RES/55/88/},
  note = {General Assembly resolution 55/88 of 4 December 2000},
}
`);
  });

  it('RIS: a report with CR LF line ends, closed by ER, its author the office its subtitle names, typed a UN Doc', () => {
    expect(ris(RECORDS[1]![1]).split('\r\n')).toEqual([
      'TY  - RPRT',
      'TI  - Status of the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families and efforts made by the Secretariat to promote the Convention: Report of the Secretary-General',
      'AU  - United Nations Secretary-General',
      'PY  - 2001',
      'DA  - 2001/12/20/',
      'M3  - UN Doc',
      'SN  - E/CN.4/2002/89',
      'PB  - United Nations',
      'UR  - https://un-docs.example.org/E/CN.4/2002/89/',
      'LA  - en',
      'N1  - Report of the Secretary-General (E/CN.4/2002/89)',
      'ER  - ',
      '',
    ]);
  });

  it.each([
    ['A & B', 'A \\& B'],
    ['100% {x}', '100\\% \\{x\\}'],
    ['$1 #2 a_b', '\\$1 \\#2 a\\_b'],
    ['~ ^ \\', '\\textasciitilde{} \\textasciicircum{} \\textbackslash{}'],
    ['two\n lines', 'two lines'],
  ])('BibTeX text: %# escapes its special characters', (text, escaped) => {
    expect(bibtexText(text)).toBe(escaped);
  });
});

describe('the record of the kinds of the real collections', () => {
  it.each<[string, BibliographicRecord, Partial<BibliographicRecord>]>([
    ['a Security Council resolution, dated by its adoption', RECORDS[4]![1], { author: 'United Nations Security Council', genre: 'Resolution', issued: '1946-01-25' }],
    ['a general comment, its kind its number', RECORDS[5]![1], { author: 'United Nations Committee against Torture', genre: 'General comment No. 4 (2017)', issued: '2018-09-04' }],
    ['a national report, written by the State reviewed', RECORDS[6]![1], { author: 'Barbados', genre: 'National report', issued: '2018-01-04' }],
  ])('%s', (_, record, fields) => {
    expect(record).toMatchObject(fields);
  });
});
