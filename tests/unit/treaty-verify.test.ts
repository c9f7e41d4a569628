import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { treatySchema, type TreatyData } from '../../src/schemas/treaty.ts';
import { anchoredTexts } from '../../src/lib/document/anchored-text.ts';
import { splitDocument } from '../../src/lib/document/document-file.ts';
import { sourceIndex } from '../../src/lib/treaty/sources.ts';
import { assertTreaty, numberForms, printsDate, TreatyDataError, verifyTreaty, writesNumber } from '../../src/lib/treaty/verify.ts';
import { thrown } from './helpers.ts';

/** A status report with a status paragraph and an annex table, as the corpus has them. */
const REPORT = {
  data: { unnumberedId: 'status-report', title: 'Status of the Convention', subtitle: 'Report of the Secretary-General', type: 'report', date: '2001-12-20' },
  body: `1. The General Assembly, by its resolution 45/158 of 18 December 1990, adopted the Convention.

2. As of 6 December 2001, the Convention had been ratified or acceded to by two States, namely, Egypt and the Philippines. In addition, one State, namely, Chile, signed the Convention. The Convention will enter into force when at least 20 States have ratified or acceded to it.

## Annex

(as of 6 December 2001)

| Participant | Signature | Ratification or accession <sup>a</sup> |
| --- | --- | --- |
| Chile | 24 September 1993 |  |
| Egypt |  | 19 February 1993 <sup>a</sup> |
| Philippines | 15 November 1993 | 5 July 1995 |
`,
};

const FILE = 'content/treaties/test.yaml';
const R = 'unnumbered/status-report';

/** Valid data citing the report; `change` alters a copy. */
function data(change: (d: Record<string, any>) => void = () => {}): TreatyData {
  const d: Record<string, any> = {
    name: 'The Convention',
    shortName: 'Convention',
    adoption: { resolution: 'A/RES/45/158', date: '1990-12-18', sources: [{ document: R, anchor: 'p1', date: '1990-12-18' }] },
    entryIntoForce: { instruments: 20, ruleSources: [{ document: R, anchor: 'p2', quote: 'at least 20 States' }] },
    snapshots: [
      { document: R, anchor: 'p2', asAt: '2001-12-06', listing: 'paragraph', parties: 2, signatories: 1 },
      { document: R, anchor: 'pp1', asAt: '2001-12-06', listing: 'table' },
    ],
    actions: [
      { state: 'Chile', kind: 'signature', date: '1993-09-24', sources: [{ document: R, anchor: 'row-chile', date: '1993-09-24' }, { document: R, anchor: 'p2', by: '2001-12-06' }] },
      { state: 'Egypt', kind: 'accession', date: '1993-02-19', sources: [{ document: R, anchor: 'row-egypt', date: '1993-02-19' }, { document: R, anchor: 'p2', by: '2001-12-06' }] },
      { state: 'Philippines', kind: 'signature', date: '1993-11-15', sources: [{ document: R, anchor: 'row-philippines', date: '1993-11-15' }] },
      { state: 'Philippines', kind: 'ratification', date: '1995-07-05', sources: [{ document: R, anchor: 'row-philippines', date: '1995-07-05' }, { document: R, anchor: 'p2', by: '2001-12-06' }] },
    ],
  };
  change(d);
  return treatySchema.parse(d);
}

const index = sourceIndex([{ data: REPORT.data, anchored: anchoredTexts(REPORT.body) }]);
const problems = (d: TreatyData) => verifyTreaty(d, index, FILE);
const WHERE = `${FILE}: `;

describe('verifyTreaty', () => {
  it('accepts data that every cited text bears out', () => {
    expect(problems(data())).toEqual([]);
  });

  it('fails a source whose paragraph does not name the State, saying which and quoting the text', () => {
    const found = problems(data((d) => (d.actions[1].sources[1] = { document: R, anchor: 'p1', by: '2001-12-06' })));
    expect(found).toEqual([
      `${WHERE}actions[1] (Egypt, accession), sources[1]: gives by 2001-12-06, but Report of the Secretary-General of 20 December 2001 #p1 (para. 1) does not print 6 December 2001; the text reads: "The General Assembly, by its resolution 45/158 of 18 December 1990, adopted the Convention."`,
      `${WHERE}actions[1] (Egypt, accession), sources[1]: Report of the Secretary-General of 20 December 2001 #p1 (para. 1) does not name Egypt (nor any other name of EGY); expected the cited text to name the State. The text reads: "The General Assembly, by its resolution 45/158 of 18 December 1990, adopted the Convention."`,
      // p2 names Egypt, and no action cites p2 for it any more.
      `${WHERE}snapshots (unnumbered/status-report #p2): Report of the Secretary-General of 20 December 2001 #p2 (para. 2) names Egypt, but no action cites it for Egypt; expected every State a status list names to be recorded`,
    ]);
  });

  it('fails a row that names another State', () => {
    expect(problems(data((d) => (d.actions[1].sources[0].anchor = 'row-chile')))).toContain(
      `${WHERE}actions[1] (Egypt, accession), sources[0]: gives date 1993-02-19, but Report of the Secretary-General of 20 December 2001 #row-chile (annex, Chile) does not print 19 February 1993; the text reads: "Chile | 24 September 1993 | "`,
    );
  });

  it('fails a day the source does not print', () => {
    expect(problems(data((d) => { d.actions[1].date = '1993-02-18'; d.actions[1].sources[0].date = '1993-02-18'; }))).toEqual([
      `${WHERE}actions[1] (Egypt, accession), sources[0]: gives date 1993-02-18, but Report of the Secretary-General of 20 December 2001 #row-egypt (annex, Egypt) does not print 18 February 1993; the text reads: "Egypt |  | 19 February 1993 a"`,
    ]);
  });

  it('fails an action whose day is not its source’s', () => {
    expect(problems(data((d) => (d.actions[1].date = '1993-02-20')))).toEqual([
      `${WHERE}actions[1] (Egypt, accession), sources[0]: gives date 1993-02-19, but the action is dated 1993-02-20; expected the day the source prints`,
    ]);
  });

  it('fails an anchor or a document that does not exist', () => {
    expect(problems(data((d) => (d.adoption.sources[0].anchor = 'p9')))).toEqual([
      `${WHERE}adoption.sources[0]: cites Report of the Secretary-General of 20 December 2001 #p9, which that page does not have; expected one of its anchors: p1, p2, annex, pp1, row-chile, row-egypt, row-philippines`,
    ]);
    expect(problems(data((d) => (d.adoption.sources[0].document = 'A/54/999')))).toEqual([
      `${WHERE}adoption.sources[0]: cites the document "A/54/999", which is not in content/documents/; expected the id of a document (its symbol's path, or "unnumbered/<id>")`,
    ]);
  });

  it('fails a quote the text does not contain, and a number it does not write', () => {
    expect(problems(data((d) => { d.entryIntoForce.ruleSources[0].quote = 'at least 22 States'; d.snapshots[0].parties = 3; }))).toEqual([
      `${WHERE}entryIntoForce.ruleSources[0]: quotes "at least 22 States", which Report of the Secretary-General of 20 December 2001 #p2 (para. 2) does not contain; the text reads: "As of 6 December 2001, the Convention had been ratified or acceded to by two States, namely, Egypt and the Philippines. In addition, one State, namely, Chile..."`,
      `${WHERE}snapshots[0] (unnumbered/status-report #p2): gives parties 3, but Report of the Secretary-General of 20 December 2001 #p2 (para. 2) does not write that number; the text reads: "As of 6 December 2001, the Convention had been ratified or acceded to by two States, namely, Egypt and the Philippines. In addition, one State, namely, Chile..."`,
    ]);
  });

  it('fails an interval that is not the one its sources bound', () => {
    const found = problems(
      data((d) => {
        d.actions.push({ state: 'Uruguay', kind: 'ratification-or-accession', between: { after: '2000-01-01', by: '2004-08-20' }, sources: [{ document: R, anchor: 'p2', after: '2001-12-06' }] });
      }),
    );
    expect(found).toEqual([
      `${WHERE}actions[4] (Uruguay, ratification-or-accession): is given between 2000-01-01 and 2004-08-20, but its sources bound it after 2001-12-06 and by (no source); expected the interval its sources give, with a source for each bound`,
    ]);
  });

  it('fails an unknown State name and a State recorded twice', () => {
    expect(problems(data((d) => (d.actions[0].state = 'Chili')))).toContain(
      `${WHERE}actions[0] (Chili, signature): names the State "Chili", which is neither an English name of an ISO 3166-1 country nor in UN_NAMES (src/lib/document/states.ts); expected a name such as "Cape Verde"`,
    );
    expect(problems(data((d) => d.actions.push({ ...d.actions[1] })))).toEqual([
      `${WHERE}actions[4] (Egypt, accession): is a second ratification or accession of Egypt, already recorded as actions[1]; expected one per State`,
    ]);
  });

  it('throws all problems at once, one line each', () => {
    const error = thrown(() => assertTreaty(data((d) => (d.actions[0].sources[0].date = '1993-09-25')), index, FILE));
    expect(error).toBeInstanceOf(TreatyDataError);
    expect(error.message.split('\n')[0]).toBe('Treaty data contradicts its sources:');
    expect(error.message.split('\n')).toHaveLength(3);
  });

  it('accepts the committed data of content/treaties/', async () => {
    const { readDocuments } = await import('../site/content.ts');
    const documents = readDocuments().map(({ file, data: d }) => ({ data: d, anchored: anchoredTexts(splitDocument(readFileSync(file, 'utf8'), file).body) }));
    const file = 'content/treaties/migrant-workers-convention.yaml';
    const treaty = treatySchema.parse(parse(readFileSync(file, 'utf8')));
    expect(verifyTreaty(treaty, sourceIndex(documents), file)).toEqual([]);
  });
});

describe('how texts write numbers and days', () => {
  it.each<[number, string[]]>([
    [6, ['6', 'six', 'sixth']],
    [20, ['20', 'twenty', 'twentieth']],
    [26, ['26', 'twenty-six', 'twenty-sixth']],
  ])('%i', (n, forms) => {
    expect(numberForms(n)).toEqual(forms);
  });

  it.each<[string, number, boolean]>([
    ['only six ratifications or accessions are still needed', 6, true],
    ['the twentieth instrument of ratification', 20, true],
    ['by 17 States', 17, true],
    ['by 117 States', 17, false],
    ['sixty-six', 6, false],
  ])('"%s" writes %i: %s', (text, n, expected) => {
    expect(writesNumber(text, n)).toBe(expected);
  });

  it('finds a day as the documents print it, and not inside a longer number', () => {
    expect(printsDate('As at 31 August 1999, the', '1999-08-31')).toBe(true);
    expect(printsDate('on 1 July 2003', '2003-07-01')).toBe(true);
    expect(printsDate('on 11 July 2003', '2003-07-01')).toBe(false);
  });
});
