import { describe, expect, it } from 'vitest';
import { masthead, mastheadLines } from '../../src/lib/masthead.ts';
import { validateFrontmatter, type DocumentInput } from '../../src/schemas/document.ts';

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
        'Resolution adopted by the General Assembly',
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
  ])('prints %s', (_, input, lines) => {
    expect(mastheadLines(masthead(validateFrontmatter(input, 'test.mdx')))).toEqual(lines);
  });
});

describe('masthead', () => {
  it('gives the issue and adoption dates both as printed and as ISO, for <time datetime>', () => {
    const m = masthead(validateFrontmatter(RESOLUTION, 'test.mdx'));
    expect(m.date).toEqual({ iso: '1999-03-01', text: '1 March 1999' });
    expect(m.closing).toEqual({ meeting: '85th plenary meeting', date: { iso: '1998-12-09', text: '9 December 1998' } });
  });
});
