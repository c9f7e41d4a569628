import { describe, expect, it } from 'vitest';
import {
  bluebookCitation,
  bluebookDate,
  citations,
  oscolaCitation,
  paragraphLabel,
  pinpoint,
  unCitation,
  unForm,
  type CitationTarget,
} from '../../../src/lib/citation/forms.ts';
import type { CitableParagraph } from '../../../src/lib/document/paragraphs.ts';
import { BRB_1, BRB_2, BRB_3, CAT_GC_2, CAT_GC_4, CEDAW_GR_27, ES_11_10, HRC_16_21, kind, SC_1 } from '../kinds.ts';
import { listed } from '../listed.ts';
import { paragraph, published } from './documents.ts';

const SITE = 'https://un-docs.example.org';
const target = (key: string, path: string, p?: CitableParagraph): CitationTarget => ({ doc: published(key), url: `${SITE}${path}`, paragraph: p });

const p4 = paragraph({ id: 'p4', number: 4 });
const pp3 = paragraph({ id: 'pp3', unnumbered: 3, beforeNumbered: true });
const annexP1 = paragraph({ id: 'annex-p1', number: 1, heading: 'Annex', annex: 'Annex' });
const annexIntro = paragraph({ id: 'pp1', unnumbered: 1, heading: 'LIST OF COUNTRIES', annex: 'Annex' });

const R55 = ['A/RES/55/88', '/A/RES/55/88/'] as const;
const R53 = ['A/RES/53/137', '/A/RES/53/137/'] as const;
const E89 = ['E/CN.4/2002/89', '/E/CN.4/2002/89/'] as const;
const U1999 = ['general-assembly-1999-09-13-report', '/unnumbered/general-assembly-1999-09-13-report/'] as const;

describe('the United Nations form', () => {
  it.each<[string, CitationTarget, string]>([
    ['a resolution, by its adoption date', target(...R55), 'General Assembly resolution 55/88 of 4 December 2000. Available from https://un-docs.example.org/A/RES/55/88/.'],
    ['a paragraph of a resolution', target(...R55, p4), 'General Assembly resolution 55/88 of 4 December 2000, para. 4. Available from https://un-docs.example.org/A/RES/55/88/#p4.'],
    ['a preambular paragraph', target(...R53, pp3), 'General Assembly resolution 53/137 of 9 December 1998, third preambular paragraph. Available from https://un-docs.example.org/A/RES/53/137/#pp3.'],
    ['a report, by its author and symbol', target(...E89, p4), 'Report of the Secretary-General (E/CN.4/2002/89), para. 4. Available from https://un-docs.example.org/E/CN.4/2002/89/#p4.'],
    ['a paragraph of an annex that numbers from 1', target(...E89, annexP1), 'Report of the Secretary-General (E/CN.4/2002/89), annex, para. 1. Available from https://un-docs.example.org/E/CN.4/2002/89/#annex-p1.'],
    ['an unnumbered paragraph of an annex', target(...E89, annexIntro), 'Report of the Secretary-General (E/CN.4/2002/89), annex. Available from https://un-docs.example.org/E/CN.4/2002/89/#pp1.'],
    [
      'a report whose symbol is not stated, honestly',
      target(...U1999, paragraph({ id: 'p3', number: 3 })),
      'Report of the Secretary-General, General Assembly, fifty-fourth session, 13 September 1999 (symbol not stated), para. 3. Available from https://un-docs.example.org/unnumbered/general-assembly-1999-09-13-report/#p3.',
    ],
  ])('%s', (_, cited, text) => {
    expect(unCitation(cited)).toBe(text);
  });

  it.each<[string, Parameters<typeof listed>[0], string]>([
    ['a Security Council resolution, by its year and day', { symbol: 'S/RES/1325', type: 'resolution', body: 'Security Council', resolution: { adopted: '2000-10-31', meeting: 4213 } }, 'Security Council resolution 1325 (2000) of 31 October 2000'],
    ['a Commission resolution', { symbol: 'E/CN.4/RES/2001/53', type: 'resolution', body: 'Commission on Human Rights', resolution: { adopted: '2001-04-24', meeting: 80 } }, 'Commission on Human Rights resolution 2001/53 of 24 April 2001'],
    ['a resolution whose symbol is not stated', { unnumberedId: 'ga-res', type: 'resolution', resolution: { adopted: '2000-12-04', meeting: 81 } }, 'Resolution adopted by the General Assembly on 4 December 2000 (symbol not stated)'],
    ['a note without subtitle, by its title', { symbol: 'A/55/1', type: 'note', title: 'Note by the Secretariat' }, 'Note by the Secretariat (A/55/1)'],
    ['an undated session', { unnumberedId: 'x', title: 'A report', subtitle: 'Report of the Secretariat' }, 'Report of the Secretariat, General Assembly, 1 March 1999 (symbol not stated)'],
  ])('%s', (_, fields, text) => {
    expect(unForm({ doc: listed(fields).data, url: `${SITE}/x/` })).toBe(text);
  });
});

describe('OSCOLA', () => {
  it.each<[string, CitationTarget, string]>([
    ['a resolution: body, number, adoption date, UN Doc', target(...R55), 'UNGA Res 55/88 (4 December 2000) UN Doc A/RES/55/88'],
    ['a paragraph of a resolution', target(...R55, p4), 'UNGA Res 55/88 (4 December 2000) UN Doc A/RES/55/88, para 4'],
    ['a preambular paragraph', target(...R53, pp3), 'UNGA Res 53/137 (9 December 1998) UN Doc A/RES/53/137, preamble para 3'],
    [
      'a report: body, title in quotes, issue date, UN Doc',
      target(...E89, p4),
      'UNCHR ‘Status of the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families and efforts made by the Secretariat to promote the Convention: Report of the Secretary-General’ (20 December 2001) UN Doc E/CN.4/2002/89, para 4',
    ],
    [
      'an annex paragraph',
      target(...E89, annexP1),
      'UNCHR ‘Status of the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families and efforts made by the Secretariat to promote the Convention: Report of the Secretary-General’ (20 December 2001) UN Doc E/CN.4/2002/89, annex para 1',
    ],
    [
      'a report whose symbol is not stated ends with its address',
      target(...U1999),
      'UNGA ‘Status of the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families: Report of the Secretary-General’ (13 September 1999) <https://un-docs.example.org/unnumbered/general-assembly-1999-09-13-report/> accessed [date of access]',
    ],
  ])('%s', (_, cited, text) => {
    expect(oscolaCitation(cited)).toBe(text);
  });
});

describe('the Bluebook', () => {
  it.each<[string, CitationTarget, string]>([
    ['a resolution: G.A. Res., U.N. Doc., adoption date', target(...R55), 'G.A. Res. 55/88, U.N. Doc. A/RES/55/88 (Dec. 4, 2000)'],
    ['a paragraph of a resolution', target(...R55, p4), 'G.A. Res. 55/88, ¶ 4, U.N. Doc. A/RES/55/88 (Dec. 4, 2000)'],
    ['a preambular paragraph', target(...R53, pp3), 'G.A. Res. 53/137, pmbl. ¶ 3, U.N. Doc. A/RES/53/137 (Dec. 9, 1998)'],
    [
      'a report: its author, title, pinpoint, U.N. Doc., issue date',
      target(...E89, p4),
      'U.N. Secretary-General, Status of the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families and Efforts Made by the Secretariat to Promote the Convention, ¶ 4, U.N. Doc. E/CN.4/2002/89 (Dec. 20, 2001)',
    ],
    [
      'a report whose symbol is not stated ends with its address',
      target(...U1999, paragraph({ id: 'p3', number: 3 })),
      'U.N. Secretary-General, Status of the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families, ¶ 3 (Sept. 13, 1999) (symbol not stated), https://un-docs.example.org/unnumbered/general-assembly-1999-09-13-report/#p3',
    ],
  ])('%s', (_, cited, text) => {
    expect(bluebookCitation(cited)).toBe(text);
  });

  it('names a body without an author in its subtitle by its abbreviation', () => {
    const doc = listed({ symbol: 'E/CN.4/2002/94', body: 'Commission on Human Rights', title: 'Note', subtitle: 'Note by the secretariat' }).data;
    expect(bluebookCitation({ doc, url: `${SITE}/E/CN.4/2002/94/` })).toBe('Comm’n on Hum. Rts., Note: Note by the Secretariat, U.N. Doc. E/CN.4/2002/94 (Mar. 1, 1999)');
  });

  it.each([
    ['2000-12-04', 'Dec. 4, 2000'],
    ['1999-09-13', 'Sept. 13, 1999'],
    ['2004-06-01', 'June 1, 2004'],
    ['2001-05-20', 'May 20, 2001'],
  ])('dates %s as %s', (iso, text) => {
    expect(bluebookDate(iso)).toBe(text);
  });

  it('refuses a date that does not exist', () => {
    expect(() => bluebookDate('1999-02-30')).toThrow(new RangeError('"1999-02-30" is not an ISO date (YYYY-MM-DD)'));
  });
});

describe('pinpoints and paragraph labels', () => {
  const resolution = published('A/RES/53/137');
  const report = published('E/CN.4/2002/89');

  it.each<[string, ReturnType<typeof published>, CitableParagraph, string, ReturnType<typeof pinpoint>]>([
    ['a numbered paragraph', resolution, p4, 'Paragraph 4', { un: 'para. 4', oscola: 'para 4', bluebook: '¶ 4' }],
    ['a preambular paragraph', resolution, pp3, 'Preambular paragraph 3', { un: 'third preambular paragraph', oscola: 'preamble para 3', bluebook: 'pmbl. ¶ 3' }],
    ['an unnumbered paragraph of a report: only its address places it', report, paragraph({ id: 'pp2', unnumbered: 2, beforeNumbered: true }), 'Unnumbered paragraph 2', undefined],
    ['an unnumbered paragraph of an annex', report, annexIntro, 'Annex, unnumbered paragraph 1', { un: 'annex', oscola: 'annex', bluebook: 'annex' }],
    ['a paragraph of an annex numbered from 1', report, annexP1, 'Annex, paragraph 1', { un: 'annex, para. 1', oscola: 'annex para 1', bluebook: 'annex ¶ 1' }],
    [
      'a paragraph numbered from 1 again under another heading',
      report,
      paragraph({ id: 'appendix-p2', number: 2, heading: 'Appendix' }),
      '“Appendix”, paragraph 2',
      { un: '“Appendix”, para. 2', oscola: '“Appendix” para 2', bluebook: '“Appendix” ¶ 2' },
    ],
    [
      'a paragraph numbered from 1 again under no heading the text names: only its address places it',
      resolution,
      paragraph({ id: 'p1-2', number: 1 }),
      'Paragraph 1 (second numbering)',
      undefined,
    ],
    [
      'a paragraph numbered from 1 a second time under one heading',
      report,
      paragraph({ id: 'appendix-p1-2', number: 1, heading: 'Appendix' }),
      '“Appendix”, paragraph 1 (second numbering)',
      undefined,
    ],
  ])('%s', (_, doc, p, label, pin) => {
    expect(paragraphLabel(doc, p)).toBe(label);
    expect(pinpoint(doc, p)).toEqual(pin);
  });
});

describe('citations', () => {
  it('gives every style, in order, with its name', () => {
    expect(citations(target(...R55, p4)).map(({ style, name }) => [style, name])).toEqual([
      ['un', 'United Nations'],
      ['oscola', 'OSCOLA'],
      ['bluebook', 'Bluebook'],
    ]);
  });
});

describe('the kinds of the real collections', () => {
  const of = (fields: Parameters<typeof kind>[0], p?: CitableParagraph): CitationTarget => ({ doc: kind(fields).data, url: `${SITE}/x/`, paragraph: p });

  it.each<[string, CitationTarget, string, string, string]>([
    [
      'a Security Council resolution: its year, no issue date, the Bluebook without its document number',
      of(SC_1),
      'Security Council resolution 1 (1946) of 25 January 1946',
      'UNSC Res 1 (25 January 1946) UN Doc S/RES/1 (1946)',
      'S.C. Res. 1 (Jan. 25, 1946)',
    ],
    [
      'a paragraph of a Security Council resolution',
      of(SC_1, p4),
      'Security Council resolution 1 (1946) of 25 January 1946, para. 4',
      'UNSC Res 1 (25 January 1946) UN Doc S/RES/1 (1946), para 4',
      'S.C. Res. 1, ¶ 4 (Jan. 25, 1946)',
    ],
    [
      'a general comment: the committee as author, its title quoted, its issue date',
      of(CAT_GC_4),
      'Committee against Torture, general comment No. 4 (2017) (CAT/C/GC/4)',
      'UN Committee against Torture, ‘General comment No. 4 (2017) on the implementation of article 3 of the Convention in the context of article 22’ (4 September 2018) UN Doc CAT/C/GC/4',
      'Comm. Against Torture, General Comment No. 4, U.N. Doc. CAT/C/GC/4 (Sept. 4, 2018)',
    ],
    [
      'a general comment whose title does not say its number',
      of(CAT_GC_2, p4),
      'Committee against Torture, general comment No. 2 (CAT/C/GC/2), para. 4',
      'UN Committee against Torture, ‘Implementation of article 2 by States parties’ (24 January 2008) UN Doc CAT/C/GC/2, para 4',
      'Comm. Against Torture, General Comment No. 2, ¶ 4, U.N. Doc. CAT/C/GC/2 (Jan. 24, 2008)',
    ],
    [
      'a national report: the State reviewed is its author',
      of(BRB_1),
      'Universal periodic review, national report: Barbados (A/HRC/WG.6/29/BRB/1)',
      'Barbados, ‘National report submitted in accordance with paragraph 5 of the annex to Human Rights Council resolution 16/21’ (4 January 2018) UN Doc A/HRC/WG.6/29/BRB/1',
      'Barbados, National Report Submitted in Accordance with Paragraph 5 of the Annex to Human Rights Council Resolution 16/21, U.N. Doc. A/HRC/WG.6/29/BRB/1 (Jan. 4, 2018)',
    ],
    [
      'a compilation: the Office of the High Commissioner is its author',
      of(BRB_2),
      'Universal periodic review, compilation of United Nations information: Barbados (A/HRC/WG.6/29/BRB/2)',
      'OHCHR, ‘Compilation on Barbados: Report of the Office of the United Nations High Commissioner for Human Rights’ (2 November 2017) UN Doc A/HRC/WG.6/29/BRB/2',
      'Off. of the U.N. High Comm’r for Hum. Rts., Compilation on Barbados, U.N. Doc. A/HRC/WG.6/29/BRB/2 (Nov. 2, 2017)',
    ],
    [
      'a summary of stakeholders’ submissions',
      of(BRB_3),
      'Universal periodic review, summary of stakeholders’ submissions: Barbados (A/HRC/WG.6/29/BRB/3)',
      'OHCHR, ‘Summary of Stakeholders’ submissions on Barbados: Report of the Office of the United Nations High Commissioner for Human Rights’ (25 October 2017) UN Doc A/HRC/WG.6/29/BRB/3',
      'Off. of the U.N. High Comm’r for Hum. Rts., Summary of Stakeholders’ Submissions on Barbados, U.N. Doc. A/HRC/WG.6/29/BRB/3 (Oct. 25, 2017)',
    ],
    [
      'a resolution of an emergency special session, which has only its adoption date',
      of(ES_11_10),
      'General Assembly resolution ES-11/10 of 24 February 2026',
      'UNGA Res ES-11/10 (24 February 2026) UN Doc A/RES/ES-11/10',
      'G.A. Res. ES-11/10, U.N. Doc. A/RES/ES-11/10 (Feb. 24, 2026)',
    ],
    [
      'a Human Rights Council resolution',
      of(HRC_16_21),
      'Human Rights Council resolution 16/21 of 25 March 2011',
      'UNHRC Res 16/21 (25 March 2011) UN Doc A/HRC/RES/16/21',
      'Hum. Rts. Council Res. 16/21, U.N. Doc. A/HRC/RES/16/21 (Mar. 25, 2011)',
    ],
  ])('%s', (_, cited, un, oscola, bluebook) => {
    expect([unForm(cited), oscolaCitation(cited), bluebookCitation(cited)]).toEqual([un, oscola, bluebook]);
  });

  it('cites a general recommendation by its form', () => {
    const cited = of(CEDAW_GR_27);
    expect([unForm(cited), oscolaCitation(cited), bluebookCitation(cited)]).toEqual([
      'Committee on the Elimination of Discrimination against Women, general recommendation No. 27 (CEDAW/C/GC/27)',
      'UN Committee on the Elimination of Discrimination against Women, ‘General recommendation No. 27 on older women and protection of their human rights’ (16 December 2010) UN Doc CEDAW/C/GC/27',
      'Comm. on the Elimination of Discrimination Against Women, General Recommendation No. 27, U.N. Doc. CEDAW/C/GC/27 (Dec. 16, 2010)',
    ]);
  });

  it('cites a Security Council resolution whose symbol has no year by its adoption’s', () => {
    const cited = of({ ...SC_1, symbol: 'S/RES/1325', resolution: { adopted: '2000-10-31', meeting: 4213 } });
    expect([unForm(cited), oscolaCitation(cited), bluebookCitation(cited)]).toEqual([
      'Security Council resolution 1325 (2000) of 31 October 2000',
      'UNSC Res 1325 (31 October 2000) UN Doc S/RES/1325',
      'S.C. Res. 1325 (Oct. 31, 2000)',
    ]);
  });

  it('leaves out the mark of a footnote on a title', () => {
    expect(oscolaCitation(of({ ...CAT_GC_4, title: `${CAT_GC_4.title}*` }))).toContain('article 22’ (4 September 2018)');
  });
});
