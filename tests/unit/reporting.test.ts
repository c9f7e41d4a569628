import { describe, expect, it } from 'vitest';
import { reportTakenUp, requestedReportSessions } from '../../src/lib/document/reporting.ts';

const sessions = (text: string, tense: 'present' | 'past') => requestedReportSessions(text, tense).map(({ session }) => session);

describe('requestedReportSessions', () => {
  it.each<[string, string, 'present' | 'past', number[]]>([
    [
      'A/RES/53/137, para. 6',
      'Takes note of the report of the Secretary-General, and requests him to submit an updated report on the status of the Convention to the General Assembly at its fifty-fourth session;',
      'present',
      [54],
    ],
    [
      'A/RES/53/137, preambular para. 9',
      'Recalling that, in its resolution 52/115 of 12 December 1997, it requested the Secretary-General to submit to it at its fifty-third session a report on the status of the Convention,',
      'past',
      [53],
    ],
    [
      'E/CN.4/2002/89, para. 2',
      'welcomed the work of the Special Rapporteur; and requested the Secretary-General to submit to the Commission at its fifty-eighth session a report on the status of the Convention',
      'past',
      [58],
    ],
    ['two clauses, two requests', 'Requests the Secretary-General to submit a report at its sixtieth session; requests her to submit a report at its sixty-first session', 'present', [60, 61]],
    ['a session past one hundred', 'requests the Secretary-General to submit a report at its one hundred and first session', 'present', [101]],
  ])('%s', (_where, text, tense, expected) => {
    expect(sessions(text, tense)).toEqual(expected);
  });

  it.each<[string, string, 'present' | 'past']>([
    ['a request without a report', 'Requests the Secretary-General to provide all the facilities and assistance necessary', 'present'],
    ['a report to be considered, not requested', 'Decides to consider the report of the Secretary-General at its fifty-fourth session', 'present'],
    ['States asked to report under a treaty', 'called upon States parties to submit in a timely manner their first periodic report as requested in article 73 of the Convention', 'past'],
    ['the past tense where the present is asked', 'it requested the Secretary-General to submit to it at its fifty-third session a report', 'present'],
    ['no session named', 'requests him to submit a report in due course', 'present'],
  ])('finds nothing in %s', (_name, text, tense) => {
    expect(sessions(text, tense)).toEqual([]);
  });
});

describe('reportTakenUp', () => {
  it.each([
    ['Takes note of the report of the Secretary-General, and requests him', 'Takes note of the report of the Secretary-General'],
    ['Takes note with appreciation of the updated report of the Secretary-General', 'Takes note with appreciation of the updated report of the Secretary-General'],
    ['Having considered the report of the Secretary-General,', 'Having considered the report of the Secretary-General'],
  ])('%s', (text, phrase) => {
    const taken = reportTakenUp(text);
    expect(taken?.phrase).toBe(phrase);
    expect(text.slice(0, taken!.end)).toBe(phrase);
  });

  it('finds nothing in a decision to consider a report', () => {
    expect(reportTakenUp('Decides to consider the report of the Secretary-General at its fifty-fourth session')).toBeUndefined();
  });
});
