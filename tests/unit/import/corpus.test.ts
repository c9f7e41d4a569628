import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError, importDocument } from '../../../src/lib/import/index.ts';

const raw = (name: string) => readFileSync(new URL(`../../fixtures/raw/${name}`, import.meta.url), 'utf8');

/** What each real source must yield: the metadata a reader checks against the original. */
const CORPUS = [
  {
    file: '000_d3404088f64735c6.txt',
    unnumbered: true,
    url: '/unnumbered/general-assembly-1999-09-13-report/',
    data: {
      unnumberedId: 'general-assembly-1999-09-13-report',
      type: 'report',
      body: 'General Assembly',
      title: 'Status of the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families',
      subtitle: 'Report of the Secretary-General',
      session: { number: 54, name: 'Fifty-fourth session' },
      agendaItem: {
        number: '117 (a)',
        title: 'Human rights questions: implementation of human rights instruments',
        provisional: true,
        agendaSymbol: 'A/54/150',
      },
      date: '1999-09-13',
      distribution: 'General',
      originalLanguage: 'English',
      report: { requestedBy: ['A/RES/53/137'] },
    },
    paragraphs: 6,
    footnotes: [],
  },
  {
    file: '001_b5579fbda4c93fab.txt',
    unnumbered: false,
    url: '/E/CN.4/2002/89/',
    data: {
      symbol: 'E/CN.4/2002/89',
      type: 'report',
      body: 'Commission on Human Rights',
      title:
        'Status of the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families and efforts made by the Secretariat to promote the Convention',
      subtitle: 'Report of the Secretary-General',
      session: { number: 58, name: 'Fifty-eighth session' },
      agendaItem: { number: '14 (a)', title: 'SPECIFIC GROUPS AND INDIVIDUALS', subItemTitle: 'MIGRANT WORKERS', provisional: true },
      date: '2001-12-20',
      distribution: 'General',
      originalLanguage: 'English',
      report: { requestedBy: ['E/CN.4/RES/2001/53'] },
    },
    paragraphs: 11,
    footnotes: [],
  },
  {
    file: '002_2954c7555eb37f92.txt',
    unnumbered: true,
    url: '/unnumbered/general-assembly-2004-08-27-report/',
    data: {
      type: 'report',
      body: 'General Assembly',
      session: { number: 59, name: 'Fifty-ninth session' },
      agendaItem: {
        number: '107 (a)',
        title: 'Human rights questions: implementation of human rights instruments',
        provisional: true,
        agendaSymbol: 'A/59/150',
      },
      date: '2004-08-27',
      report: { requestedBy: ['A/RES/58/166'] },
    },
    paragraphs: 12,
    footnotes: [],
  },
  {
    file: '003_41bc7f651b9d5936.txt',
    unnumbered: false,
    url: '/A/RES/53/137/',
    data: {
      symbol: 'A/RES/53/137',
      type: 'resolution',
      body: 'General Assembly',
      title: 'International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families',
      session: { number: 53, name: 'Fifty-third session' },
      agendaItem: { number: '110 (a)', provisional: false },
      date: '1999-03-01',
      distribution: 'General',
      resolution: { adopted: '1998-12-09', meeting: 85, committeeReport: { committee: 'Third Committee', symbol: 'A/53/625/Add.1' } },
    },
    paragraphs: 7,
    footnotes: ['1', '2', '3', '4', '5', '6', '7'],
  },
  {
    file: '004_43e19ddbbf05cc87.txt',
    unnumbered: false,
    url: '/A/RES/55/88/',
    data: {
      symbol: 'A/RES/55/88',
      type: 'resolution',
      body: 'General Assembly',
      session: { number: 55, name: 'Fifty-fifth session' },
      agendaItem: { number: '114 (a)', provisional: false },
      date: '2001-02-21',
      jobNumber: 'N0056467E',
      resolution: { adopted: '2000-12-04', meeting: 81, committeeReport: { committee: 'Third Committee', symbol: 'A/55/602/Add.1' } },
    },
    paragraphs: 8,
    footnotes: ['1', '2', '3', '4', '5', '6', '7'],
  },
] as const;

describe.each(CORPUS)('importing $file', ({ file, unnumbered, url, data, paragraphs, footnotes }) => {
  const result = importDocument(raw(file), { fileName: file, unnumbered });

  it('reads the masthead', () => {
    expect(result.data).toMatchObject(data);
    expect(result.url).toBe(url);
  });

  it(unnumbered ? 'invents no symbol' : 'takes the symbol the text states', () => {
    expect(result.data.symbol).toBe('symbol' in data ? data.symbol : undefined);
  });

  it('keeps at least 99.5 % of the words in order', () => {
    expect(result.fidelity.share).toBeGreaterThanOrEqual(0.995);
  });

  it('keeps every numbered paragraph, numbered', () => {
    const numbers = [...result.mdx.matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual(Array.from({ length: paragraphs }, (_, i) => i + 1));
  });

  it('turns footnotes into footnotes with the labels the source prints', () => {
    const labels = [...result.mdx.matchAll(/^\[\^([^\]]+)\]: /gm)].map((m) => m[1]);
    expect(labels).toEqual(footnotes);
  });

  it('records the source file and its SHA-256', () => {
    expect(result.data.source.file).toBe(file);
    expect(result.data.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('the shapes of the real sources', () => {
  it('joins a paragraph that a page break cut in two', () => {
    const { mdx } = importDocument(raw('000_d3404088f64735c6.txt'), { fileName: 'x', unnumbered: true });
    expect(mdx).toContain('One of the components of HURIST specifically aims at the promotion of ratification');
  });

  it('places plain-digit footnote marks ("Women4") and lists the footnotes', () => {
    const { mdx } = importDocument(raw('004_43e19ddbbf05cc87.txt'), { fileName: 'x' });
    expect(mdx).toContain('against Women[^4] and the Convention on the Rights of the Child,[^5]');
    expect(mdx).toContain('on 25 June 1993,[^6] all States');
    expect(mdx).toContain('[^7]: A/55/205.');
  });

  it('keeps a footnote whose mark the source lost, and says so', () => {
    const result = importDocument(raw('003_41bc7f651b9d5936.txt'), { fileName: 'x' });
    expect(result.mdx).toContain('[^2]: Resolution 2200 A (XXI), annex.');
    expect(result.mdx).not.toContain('[^2] ');
    expect(result.warnings).toContain('footnote 2 has no mark in the text (kept, shown with the footnotes)');
  });

  it('drops only page residue, and lists it', () => {
    const result = importDocument(raw('004_43e19ddbbf05cc87.txt'), { fileName: 'x' });
    expect(result.dropped.map((d) => `${d.line} ${d.reason}: ${d.text}`)).toEqual([
      '1 word-processor comment marker: [DU1]',
      '34 word-processor comment marker: [DU1]',
      '34 export field marker: <<ODS JOB NO>>…<<ODS JOB NO>>',
      '35 export field marker: <<ODS DOC SYMBOL1>>…<<ODS DOC SYMBOL1>>',
      '36 export field marker: <<ODS DOC SYMBOL2>>…<<ODS DOC SYMBOL2>>',
      '37 horizontal rule: ---------------',
      '39 horizontal rule: ------------------------------------------------------------',
      '41 horizontal rule: ---------------',
      '43 horizontal rule: ------------------------------------------------------------',
      '45 running head: A/RES/55/88',
      '48 running head: A/RES/55/',
      '51 page number: 2',
      '54 page number: 3',
      '61 printed job number: 00 56467',
    ]);
    expect(result.data.source.dropped).toHaveLength(14);
  });

  it('makes one GFM table of a tab table the page cut in two, its repeated header dropped', () => {
    const result = importDocument(raw('002_2954c7555eb37f92.txt'), { fileName: 'x', unnumbered: true });
    const table = result.mdx.split('\n').filter((line) => line.startsWith('|'));
    expect(table[0]).toBe('| *Name of member* | *Country of nationality* | *Term expires on 31 December* |');
    expect(table).toHaveLength(2 + 10);
    expect(table.at(-1)).toBe('| Azad Taghizade | Azerbaijan | 2005 |');
    expect(result.dropped.map((d) => d.reason)).toEqual(['table header repeated after a page break']);
  });

  it('turns the annex of E/CN.4/2002/89 into a heading and a table with its superscripts', () => {
    const { mdx } = importDocument(raw('001_b5579fbda4c93fab.txt'), { fileName: 'x' });
    expect(mdx).toContain('\n## Annex\n');
    expect(mdx).toContain('| Participant | Signature | Ratification or accession <sup>a</sup> |');
    expect(mdx).toContain('| Ghana | 7 September 2000 | 7 September 2000 |');
  });

  it('writes an angle-bracket URL as a link', () => {
    const { mdx } = importDocument(raw('002_2954c7555eb37f92.txt'), { fileName: 'x', unnumbered: true });
    expect(mdx).toContain('web site of the United Nations Office of Legal Affairs at [http://untreaty.un.org](http://untreaty.un.org).');
  });
});

describe('symbols', () => {
  it('refuses a document that states no symbol of its own, naming the agenda symbol it must not take', () => {
    expect(() => importDocument(raw('000_d3404088f64735c6.txt'), { fileName: '000.txt' })).toThrowError(
      new ImportError(
        '000.txt: the text does not state the document\'s own symbol. The symbol A/54/150 in its footnote on "provisional agenda*" is the agenda\'s, not this document\'s.\n' +
          '  Give it with --symbol <symbol> if an authoritative source states it, or publish the document without one\n' +
          '  with --unnumbered: it then lives at /unnumbered/<id>/, and that URL redirects once the symbol is added.',
      ),
    );
  });

  it('takes a symbol the maintainer gives, and keeps the unnumberedId so that the old URL redirects', () => {
    const result = importDocument(raw('000_d3404088f64735c6.txt'), {
      fileName: 'x',
      symbol: 'a/54/999',
      unnumberedId: 'general-assembly-1999-09-13-report',
    });
    expect(result.data.symbol).toBe('A/54/999');
    expect(result.data.unnumberedId).toBe('general-assembly-1999-09-13-report');
    expect(result.file).toBe('content/documents/A/54/999.mdx');
  });

  it('refuses a given symbol that contradicts the one the text states', () => {
    expect(() => importDocument(raw('003_41bc7f651b9d5936.txt'), { fileName: '003.txt', symbol: 'A/RES/53/138' })).toThrow(
      '003.txt: the text states the symbol A/RES/53/137, but --symbol gave A/RES/53/138; the stated symbol is kept unless the source is wrong',
    );
  });
});
