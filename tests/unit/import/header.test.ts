import { describe, expect, it } from 'vitest';
import { headerText, parseHeader, sortTitles } from '../../../src/lib/import/header.ts';

describe('parseHeader', () => {
  it('reads fields an export glued together', () => {
    const fields = parseHeader(['United NationsA/RES/55/88General AssemblyDistr.: General', '21 February 2001Fifty-fifth session', 'Agenda item 114 (a)']);
    expect(fields).toEqual({
      bodies: ['General Assembly'],
      symbol: 'A/RES/55/88',
      distribution: 'General',
      date: '2001-02-21',
      session: { number: 55, name: 'Fifty-fifth session' },
      agenda: { number: '114 (a)', provisional: false, marked: false },
      segments: [],
    });
  });

  it('reads a field split over two lines and upper-case values', () => {
    expect(parseHeader(['Distr.', 'GENERAL', 'Original: ENGLISH'])).toMatchObject({ distribution: 'General', originalLanguage: 'English' });
  });

  it('reads the provisional agenda with its TeX-like footnote mark, and keeps the title that follows', () => {
    const fields = parseHeader(['Fifty-fourth session Item 117 (a) of the provisional agenda^{*} **Human rights questions: implementation of human rights instruments**']);
    expect(fields.agenda).toEqual({ number: '117 (a)', provisional: true, marked: true });
    expect(fields.segments).toEqual(['Human rights questions: implementation of human rights instruments']);
  });

  it("reads a resolution's heading", () => {
    const fields = parseHeader(['RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY', '[on the report of the Third Committee (A/53/625/Add.1)]', '53/137. International Convention']);
    expect(fields).toMatchObject({
      adoptedBy: 'General Assembly',
      committeeReport: { committee: 'Third Committee', symbol: 'A/53/625/Add.1' },
      resolutionNumber: '53/137',
      resolutionTitle: 'International Convention',
      segments: [],
    });
  });

  it('does not take a body name inside a title for a field', () => {
    expect(parseHeader(['Report of the General Assembly']).segments).toEqual(['Report of the General Assembly']);
  });
});

describe('headerText', () => {
  it('gives each bold span a line of its own, even glued or broken', () => {
    expect(headerText(['**Human rights questions: implementation', 'of human rights instruments****Status of the Convention****Report of the Secretary-General**']).split('\n').filter(Boolean)).toEqual([
      'Human rights questions: implementation of human rights instruments',
      'Status of the Convention',
      'Report of the Secretary-General',
    ]);
  });
});

describe('sortTitles', () => {
  it.each([
    [['Agenda title', 'Title', 'Report of the Secretary-General'], undefined, { agendaTitle: 'Agenda title', title: 'Title', subtitle: 'Report of the Secretary-General', unplaced: [] }],
    [['GROUPS', 'MIGRANT WORKERS', 'Title', 'Report of the Secretary-General'], undefined, { agendaTitle: 'GROUPS', subItemTitle: 'MIGRANT WORKERS', title: 'Title', subtitle: 'Report of the Secretary-General', unplaced: [] }],
    [['Title', 'Note by the Secretary-General', 'Stray'], undefined, { title: 'Title', subtitle: 'Note by the Secretary-General', unplaced: ['Stray'] }],
    [[], 'Resolution title', { title: 'Resolution title', unplaced: [] }],
  ])('%j', (segments, resolutionTitle, expected) => {
    expect(sortTitles(segments, resolutionTitle)).toEqual(expected);
  });
});
