import { describe, expect, it } from 'vitest';
import { boundsOf, compareTimings, dayBefore, formatTiming, happenedBy, happenedWithin, span, type Timing } from '../../src/lib/treaty/timing.ts';

const day: Timing = { date: '2000-09-07' };
const interval: Timing = { after: '1999-08-31', by: '2001-12-06' };

describe('happenedBy', () => {
  it.each<[string, Timing, string, string]>([
    ['a day, before it', day, '2000-09-06', 'no'],
    ['a day, on it', day, '2000-09-07', 'yes'],
    ['a day, after it', day, '2000-12-04', 'yes'],
    ['an interval, on its first bound (the list that left the State out)', interval, '1999-08-31', 'no'],
    ['an interval, the day after its first bound', interval, '1999-09-01', 'maybe'],
    ['an interval, inside it', interval, '2000-12-04', 'maybe'],
    ['an interval, on its last bound (the list that names the State)', interval, '2001-12-06', 'yes'],
    ['an interval, after it', interval, '2004-08-20', 'yes'],
  ])('%s', (_name, timing, at, expected) => {
    expect(happenedBy(timing, at)).toBe(expected);
  });
});

describe('happenedWithin', () => {
  it.each<[string, Timing, string, string, string]>([
    ['a day inside the period', day, '2000-09-01', '2000-10-31', 'yes'],
    ['a day on the period’s first day', { date: '2000-09-01' }, '2000-09-01', '2000-10-31', 'yes'],
    ['a day before the period', { date: '2000-08-31' }, '2000-09-01', '2000-10-31', 'no'],
    ['an interval overlapping the period', interval, '2000-09-01', '2000-10-31', 'maybe'],
    ['an interval inside the period', { after: '2000-08-31', by: '2000-10-31' }, '2000-09-01', '2000-10-31', 'yes'],
    ['an interval ending before the period', { after: '1999-01-01', by: '2000-08-31' }, '2000-09-01', '2000-10-31', 'no'],
    ['an interval starting after the period', { after: '2000-10-31', by: '2001-12-06' }, '2000-09-01', '2000-10-31', 'no'],
  ])('%s', (_name, timing, from, to, expected) => {
    expect(happenedWithin(timing, from, to)).toBe(expected);
  });
});

describe('dates of a timing', () => {
  it('formats a day and an interval as a reader reads them', () => {
    expect(formatTiming(day)).toBe('7 September 2000');
    expect(formatTiming({ after: '2001-12-06', by: '2004-08-20' })).toBe('between 6 December 2001 and 20 August 2004');
  });

  it('gives the days an interval allows: from the day after its first bound', () => {
    expect(span(interval)).toEqual({ first: '1999-09-01', last: '2001-12-06' });
    expect(span(day)).toEqual({ first: '2000-09-07', last: '2000-09-07' });
    expect(dayBefore('2000-03-01')).toBe('2000-02-29');
  });

  it('orders by the latest possible day, then the earliest', () => {
    const sorted = [interval, day, { date: '2001-12-06' }].sort(compareTimings);
    expect(sorted).toEqual([day, interval, { date: '2001-12-06' }]);
  });

  it.each<[string, { by?: string; after?: string }[], { after?: string; by?: string }]>([
    ['the latest "after" and the earliest "by"', [{ after: '1999-08-31' }, { after: '2001-12-06' }, { by: '2004-08-20' }, { by: '2005-01-01' }], { after: '2001-12-06', by: '2004-08-20' }],
    ['no bound a source does not give', [{ by: '2004-08-20' }], { by: '2004-08-20' }],
  ])('bounds an interval by %s', (_name, sources, bounds) => {
    expect(boundsOf(sources)).toEqual(bounds);
  });
});
