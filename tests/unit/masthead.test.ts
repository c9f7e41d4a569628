import { describe, expect, it } from 'vitest';
import { councilResolutionNumber, masthead, mastheadLines } from '../../src/lib/document/masthead.ts';
import { validateFrontmatter, type DocumentInput } from '../../src/schemas/document.ts';
import { BRB_1, BRB_2, CAT_GC_2, CAT_GC_4, ES_11_10, HRC_16_21, input, RES_79_250, SC_1 } from './kinds.ts';

const SOURCE = { file: 'raw.txt', sha256: 'c'.repeat(64) };

const RESOLUTION: DocumentInput = {
  symbol: 'A/RES/53/137',
  title: 'International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families',
  type: 'resolution',
  body: 'General Assembly',
  session: { number: 53, name: 'Fifty-third session' },
  agendaItem: { number: '110 (a)' },
  date: '1999-03-01',
  distribution: 'General',
  resolution: {
    adopted: '1998-12-09',
    meeting: 85,
    committeeReport: { committee: 'Third Committee', symbol: 'A/53/625/Add.1' },
  },
  source: SOURCE,
};

/** A report of a subsidiary body, its own symbol not stated, citing the provisional agenda. */
const REPORT_WITHOUT_SYMBOL: DocumentInput = {
  unnumberedId: 'cn4-58-migrant-workers-status',
  title: 'Migrant workers',
  subtitle: 'Report of the Secretary-General',
  type: 'report',
  body: 'Commission on Human Rights',
  session: { number: 58, name: 'Fifty-eighth session' },
  agendaItem: {
    number: '14 (a)',
    provisional: true,
    agendaSymbol: 'E/CN.4/2002/1',
    title: 'Specific groups and individuals',
    subItemTitle: 'Migrant workers',
  },
  date: '2002-01-10',
  distribution: 'General',
  originalLanguage: 'English',
  jobNumber: 'G0210123E',
  source: SOURCE,
};

describe('mastheadLines', () => {
  it.each<[string, DocumentInput, string[]]>([
    [
      'a resolution',
      RESOLUTION,
      [
        'United Nations',
        'A/RES/53/137',
        'General Assembly',
        'Distr.: General',
        '1 March 1999',
        'Fifty-third session',
        'Agenda item 110 (a)',
        // The adoption date leads, as the UN prints it today.
        'Resolution adopted by the General Assembly on 9 December 1998',
        '[on the report of the Third Committee (A/53/625/Add.1)]',
        '53/137. International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families',
        '85th plenary meeting',
        '9 December 1998',
      ],
    ],
    [
      'a report without a symbol',
      REPORT_WITHOUT_SYMBOL,
      [
        'United Nations',
        // A commission's documents carry the principal organ on top and the commission below.
        'Economic and Social Council',
        'Distr.: General',
        '10 January 2002',
        'Original: English',
        'Commission on Human Rights',
        'Fifty-eighth session',
        'Item 14 (a) of the provisional agenda*',
        'Specific groups and individuals',
        'Migrant workers',
        'Migrant workers',
        'Report of the Secretary-General',
        '* E/CN.4/2002/1.',
        'G0210123E',
      ],
    ],
    [
      'a Security Council resolution: its number with its year and day, its meeting, its vote; no issue date',
      input(SC_1),
      ['United Nations', 'S/RES/1 (1946)', 'Security Council', 'Resolution 1 (1946) of 25 January 1946', 'Adopted at the 2nd meeting', 'Adopted without vote', 'Military Staff Committee'],
    ],
    [
      'a general comment: the treaty on top, the committee below',
      input(CAT_GC_4),
      [
        'United Nations',
        'CAT/C/GC/4',
        'Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment',
        'Distr.: General',
        '4 September 2018',
        'Original: English',
        'Committee against Torture',
        'General comment No. 4 (2017) on the implementation of article 3 of the Convention in the context of article 22',
      ],
    ],
    [
      'a general comment whose title does not say its number',
      input(CAT_GC_2),
      [
        'United Nations',
        'CAT/C/GC/2',
        'Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment',
        'Distr.: General',
        '24 January 2008',
        'Committee against Torture',
        'General comment No. 2',
        'Implementation of article 2 by States parties',
      ],
    ],
    [
      'a national report of the Universal Periodic Review',
      input(BRB_1),
      [
        'United Nations',
        'A/HRC/WG.6/29/BRB/1',
        'General Assembly',
        'Distr.: General',
        '4 January 2018',
        'Original: English',
        'Human Rights Council',
        'Working Group on the Universal Periodic Review',
        'Twenty-ninth session',
        'National report: Barbados',
        'National report submitted in accordance with paragraph 5 of the annex to Human Rights Council resolution 16/21',
        'GE.18-00101(E)',
      ],
    ],
    [
      'a resolution of an emergency special session, adopted without reference to a Main Committee, no issue date',
      input(ES_11_10),
      [
        'United Nations',
        'A/RES/ES-11/10',
        'General Assembly',
        'Eleventh emergency special session',
        'Agenda item 5',
        'Resolution adopted by the General Assembly on 24 February 2026',
        '[without reference to a Main Committee (A/ES-11/L.17)]',
        'ES-11/10. Support for lasting peace in Ukraine',
        '23rd plenary meeting',
        '24 February 2026',
      ],
    ],
  ])('prints %s', (_, input, lines) => {
    expect(mastheadLines(masthead(validateFrontmatter(input, 'test.mdx')))).toEqual(lines);
  });

  it('prints the paragraph of the committee report that holds the draft', () => {
    expect(mastheadLines(masthead(validateFrontmatter(input(RES_79_250), 'test.mdx')))).toContain('[on the report of the Fifth Committee (A/79/390, para. 7)]');
  });

  it('prints the General Assembly above the Human Rights Council, as the Council’s documents do', () => {
    const m = masthead(validateFrontmatter(input(HRC_16_21), 'test.mdx'));
    expect([m.organ, m.subsidiaryBody, m.adoptedBy?.text, m.closing?.meeting]).toEqual([
      'General Assembly',
      'Human Rights Council',
      'Resolution adopted by the Human Rights Council',
      '47th meeting',
    ]);
  });

  it('names the compilation of a review and its State', () => {
    expect(masthead(validateFrontmatter(input(BRB_2), 'test.mdx')).review).toBe('Compilation of United Nations information: Barbados');
  });

  it('gives a Security Council resolution without a meeting number its heading and day alone', () => {
    const m = masthead(validateFrontmatter(input({ ...SC_1, resolution: { adopted: '1946-01-25' } }), 'test.mdx'));
    expect(mastheadLines(m)).toEqual(['United Nations', 'S/RES/1 (1946)', 'Security Council', 'Resolution 1 (1946) of 25 January 1946', 'Military Staff Committee']);
  });

  it('prints a session’s dates, several agenda items, a resumed meeting and the treaty a committee’s text names', () => {
    const lines = mastheadLines(
      masthead(
        validateFrontmatter(
          input({
            ...RES_79_250,
            session: { number: 79, name: 'Seventy-ninth session', dates: '10 September–23 December 2024' },
            agendaItem: { number: '134 and 145' },
            resolution: { ...RES_79_250.resolution!, resumed: true },
          }),
          'test.mdx',
        ),
      ),
    );
    expect(lines).toEqual(expect.arrayContaining(['Seventy-ninth session', '10 September–23 December 2024', 'Agenda items 134 and 145', '50th (resumed) plenary meeting']));
    expect(mastheadLines(masthead(validateFrontmatter(input({ ...CAT_GC_4, treaty: 'CONVENTION AGAINST TORTURE' }), 'test.mdx')))[2]).toBe('CONVENTION AGAINST TORTURE');
    expect(mastheadLines(masthead(validateFrontmatter(input({ ...RES_79_250, agendaItem: { number: '14 and 15', provisional: true } }), 'test.mdx')))).toContain('Items 14 and 15 of the provisional agenda');
  });
});

describe('councilResolutionNumber', () => {
  it.each([
    ['S/RES/1 (1946)', '1946-01-25', '1 (1946)'],
    // A symbol written without its year takes the adoption's.
    ['S/RES/2334', '2016-12-23', '2334 (2016)'],
  ])('cites %s adopted on %s as %s', (symbol, adopted, number) => {
    expect(councilResolutionNumber(symbol, adopted)).toBe(number);
  });
});

describe('masthead', () => {
  it('gives the issue and adoption dates both as printed and as ISO, for <time datetime>', () => {
    const m = masthead(validateFrontmatter(RESOLUTION, 'test.mdx'));
    expect(m.date).toEqual({ iso: '1999-03-01', text: '1 March 1999' });
    expect(m.adoptedBy).toEqual({ text: 'Resolution adopted by the General Assembly', date: { iso: '1998-12-09', text: '9 December 1998' } });
    expect(m.closing).toEqual({ meeting: '85th plenary meeting', date: { iso: '1998-12-09', text: '9 December 1998' } });
  });
});
