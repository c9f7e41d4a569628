/**
 * The figures a treaty's page opens with: every source's figure, never one picked among those that
 * disagree, and the count the recorded actions give named as such.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { anchoredTexts } from '../../src/lib/document/anchored-text.ts';
import { splitDocument } from '../../src/lib/document/document-file.ts';
import { treatyView } from '../../src/lib/treaty/model.ts';
import { sourceIndex } from '../../src/lib/treaty/sources.ts';
import { countFigure, latestActionFigure, type FigureStatement } from '../../src/lib/treaty/summary.ts';
import { treatySchema } from '../../src/schemas/treaty.ts';
import { readDocuments } from '../site/content.ts';

const documents = readDocuments().map(({ file, data }) => ({ data, anchored: anchoredTexts(splitDocument(readFileSync(file, 'utf8'), file).body) }));
const treaty = treatySchema.parse(parse(readFileSync('content/treaties/migrant-workers-convention.yaml', 'utf8')));
const view = treatyView('migrant-workers-convention', treaty, sourceIndex(documents));
const figure = (id: string) => view.figures.find((f) => f.id === id)!.statements;
/** Each statement as "value | context | source: says; …". */
const lines = (statements: FigureStatement[]) =>
  statements.map((s) => [s.value, s.context, s.sources.map((source) => `${source.citation.label}: ${source.says}`).join('; ')].join(' | '));

describe('the summary of the Migrant Workers Convention', () => {
  it('gives the parties as at the latest day a document counts them, with the document and the count of the actions', () => {
    expect(lines(figure('summary-parties'))).toEqual([
      '26 | as at 20 August 2004 | Report of the Secretary-General of 27 August 2004, para. 5: states 26 and names 26',
      '26 | by 20 August 2004, counting the actions recorded below | ',
    ]);
    expect(lines(figure('summary-signatories'))[0]).toBe(
      '10 | as at 20 August 2004 | Report of the Secretary-General of 27 August 2004, para. 5: states 10 and names 10',
    );
  });

  it('dates the entry into force and the twentieth instrument from their sources, quoting them', () => {
    expect(lines(figure('summary-entry-into-force'))).toEqual([
      '1 July 2003 | in force | Report of the Secretary-General of 27 August 2004, para. 2: “The Convention entered into force on 1 July 2003”',
      '14 March 2003 | the twentieth instrument | Report of the Secretary-General of 27 August 2004, para. 2: “following receipt of the twentieth instrument of ratification of the treaty on 14 March 2003”',
    ]);
  });

  it('gives the latest dated action, and the actions dated only within a range that may be later, with the lists that bound them', () => {
    const [dated, ranged, ...rest] = lines(figure('summary-latest-action'));
    expect(dated).toBe('Burkina Faso: signature | on 16 November 2001 | E/CN.4/2002/89, annex, Burkina Faso: states the day');
    expect(ranged).toMatch(/^10 actions \| between 6 December 2001 and 20 August 2004, no document states the days \| /);
    expect(ranged).toContain('E/CN.4/2002/89, para. 4: does not list them as at 6 December 2001');
    expect(ranged).toContain('Report of the Secretary-General of 27 August 2004, para. 5: lists them as at 20 August 2004');
    expect(rest).toEqual([]);
  });
});

describe('counts of one day that disagree', () => {
  it('shows each document with its own figure, and the count of the actions beside them', () => {
    // The latest count is made that of 6 December 2001, where the report's paragraph says 17 and its annex names 16.
    const ofDecember2001 = view.analysis.snapshots.filter((s) => s.asAt === '2001-12-06');
    expect(lines(countFigure(ofDecember2001, 'parties'))).toEqual([
      '17 | as at 6 December 2001 | E/CN.4/2002/89, para. 4: states 17 and names 17',
      '16 | as at 6 December 2001 | E/CN.4/2002/89, annex table: names 16',
      '17 | by 6 December 2001, counting the actions recorded below | ',
    ]);
  });

  it('gives a range where the actions only bound the count', () => {
    const resolution = view.analysis.snapshots.filter((s) => s.asAt === '2000-12-04');
    expect(lines(countFigure(resolution, 'parties'))).toEqual([
      '14 | as at 4 December 2000 | A/RES/55/88, para. 3: states 14',
      '15 to 16 | by 4 December 2000, counting the actions recorded below | ',
    ]);
  });

  it('says nothing of a group no document counts', () => {
    expect(countFigure([], 'parties')).toEqual([]);
    expect(latestActionFigure([])).toEqual([]);
  });
});
