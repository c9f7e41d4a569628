import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { actionsWithin, analyse, partiesAt, signatoriesAt, type StateAction } from '../../src/lib/treaty/analysis.ts';
import { anchoredTexts } from '../../src/lib/document/anchored-text.ts';
import { splitDocument } from '../../src/lib/document/document-file.ts';
import { absoluteUrl } from '../../src/lib/site/site.ts';
import { actionsJson, treatyView } from '../../src/lib/treaty/model.ts';
import { sourceIndex } from '../../src/lib/treaty/sources.ts';
import { treatySchema } from '../../src/schemas/treaty.ts';
import { readDocuments } from '../site/content.ts';

/** An action with only what counting reads. */
function action(code: string, kind: StateAction['kind'], timing: StateAction['timing']): StateAction {
  return { index: 0, state: code, code, currentName: code, kind, timing, sources: [] };
}

const ACTIONS = [
  action('EGY', 'accession', { date: '1993-02-19' }),
  action('GHA', 'signature', { date: '2000-09-07' }),
  action('GHA', 'ratification', { date: '2000-09-07' }),
  action('URY', 'ratification-or-accession', { after: '1999-08-31', by: '2001-12-06' }),
  action('BFA', 'signature', { date: '2001-11-16' }),
  action('BFA', 'ratification-or-accession', { after: '2001-12-06', by: '2004-08-20' }),
];
const codes = (actions: StateAction[]) => actions.map((a) => a.code);

describe('counts derived from the actions', () => {
  it.each<[string, string, number, number, string[]]>([
    ['before any', '1990-12-18', 0, 0, []],
    ['with an interval open', '2000-12-04', 2, 3, ['URY']],
    ['on the day an interval closes', '2001-12-06', 3, 3, []],
    ['inside a later interval', '2003-03-14', 3, 4, ['BFA']],
    ['after every interval', '2004-08-20', 4, 4, []],
  ])('parties %s', (_name, day, min, max, maybe) => {
    const count = partiesAt(ACTIONS, day);
    expect([count.min, count.max, codes(count.maybe)]).toEqual([min, max, maybe]);
  });

  it.each<[string, string, number, number]>([
    ['a signatory that is not yet a party', '2001-12-06', 1, 1],
    ['a signatory that may have become a party', '2003-03-14', 0, 1],
    ['a signatory that has become a party', '2004-08-20', 0, 0],
    ['a State that signed and ratified on one day, which is no signatory', '2000-09-07', 0, 0],
  ])('signatories: %s', (_name, day, min, max) => {
    const count = signatoriesAt(ACTIONS, day);
    expect([count.min, count.max]).toEqual([min, max]);
  });

  it('counts the actions of a period, and those an interval may put in it', () => {
    const parties = actionsWithin(ACTIONS, 'party', '2000-09-01', '2000-10-31');
    expect([codes(parties.sure), codes(parties.maybe)]).toEqual([['GHA'], ['URY']]);
    expect(codes(actionsWithin(ACTIONS, 'signature', '2000-09-01', '2000-10-31').sure)).toEqual(['GHA']);
  });
});

describe('the committed data compared with what each document states', () => {
  const documents = readDocuments().map(({ file, data }) => ({ data, anchored: anchoredTexts(splitDocument(readFileSync(file, 'utf8'), file).body) }));
  const treaty = treatySchema.parse(parse(readFileSync('content/treaties/migrant-workers-convention.yaml', 'utf8')));
  const { checks, snapshots } = analyse(treaty, sourceIndex(documents));
  const disagreements = checks.filter((c) => c.status === 'disagrees').map((c) => c.summary);

  it('finds the four disagreements of the corpus and resolves none', () => {
    expect(disagreements).toEqual([
      'A/RES/55/88, para. 3 (as at 4 December 2000, the day the resolution was adopted; its text states no date of its own): 20 instruments needed and 6 still needed make 14 parties; the recorded actions give 15 to 16: 15 surely, and Uruguay is dated only within an interval that contains that day.',
      'E/CN.4/2002/89, annex table (as at 6 December 2001): names 16 parties; the recorded actions give 17, counting Uruguay, which it does not name.',
      "E/CN.4/2002/89, para. 4 names Uruguay as a party as of 6 December 2001; the same document's annex table, as of the same day, does not.",
      'E/CN.4/2002/89, para. 5 counts 7 signatures from 1 September 2000 to 31 October 2000; the recorded actions give 8 (Sao Tome and Principe, 6 September 2000; Ghana, 7 September 2000; Guatemala, 7 September 2000; Tajikistan, 7 September 2000; Guinea-Bissau, 12 September 2000; Paraguay, 13 September 2000; Sierra Leone, 15 September 2000; Comoros, 22 September 2000).',
    ]);
  });

  it('agrees with the counts of the three status reports', () => {
    expect(snapshots.map((s) => [s.citation.label, s.asAt, s.parties.stated, s.parties.listed, s.parties.derived.min, s.parties.derived.max])).toEqual([
      ['Report of the Secretary-General of 13 September 1999, para. 3', '1999-08-31', undefined, 12, 12, 12],
      ['A/RES/55/88, para. 3', '2000-12-04', 14, undefined, 15, 16],
      ['E/CN.4/2002/89, para. 4', '2001-12-06', 17, 17, 17, 17],
      ['E/CN.4/2002/89, unnumbered para. 1', '2001-12-06', undefined, 16, 17, 17],
      ['Report of the Secretary-General of 27 August 2004, para. 5', '2004-08-20', 26, 26, 26, 26],
    ]);
  });

  it('can neither confirm nor contradict the day of the twentieth instrument', () => {
    const check = checks.find((c) => c.summary.includes('twentieth instrument'))!;
    expect(check.status).toBe('undetermined');
    expect([check.derived!.sure.length, check.derived!.maybe.length]).toEqual([17, 9]);
  });
});

describe('actions.json of a site deployed under a base', () => {
  const documents = readDocuments().map(({ file, data }) => ({ data, anchored: anchoredTexts(splitDocument(readFileSync(file, 'utf8'), file).body) }));
  const treaty = treatySchema.parse(parse(readFileSync('content/treaties/migrant-workers-convention.yaml', 'utf8')));
  const view = treatyView('migrant-workers-convention', treaty, sourceIndex(documents));
  const json = actionsJson(view, (path) => absoluteUrl(path, 'https://example.org', '/un-docs/'));
  const urls: string[] = JSON.stringify(json).match(/"url":"[^"]*"/g)!.map((field) => JSON.parse(field.slice('"url":'.length)));

  it('publishes every URL under the origin and the base, once', () => {
    expect(json.treaty.url).toBe('https://example.org/un-docs/treaties/migrant-workers-convention/');
    expect(json.actions[0]!.sources[0]!.url).toMatch(/^https:\/\/example\.org\/un-docs\/[^#]+\/#\S+$/);
    expect(urls.length).toBeGreaterThan(50);
    expect(urls.filter((url) => !url.startsWith('https://example.org/un-docs/') || url.includes('/un-docs/un-docs/'))).toEqual([]);
  });
});
