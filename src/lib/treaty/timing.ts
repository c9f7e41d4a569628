/**
 * When an action happened: on a day a source states, or, where the sources only bound it, within
 * an interval: after the last day a source says it had not happened, by the first day a source
 * says it had. Nothing here invents a day inside an interval.
 */
import { formatDate } from '../document/dates.ts';

/** The timing of an action. Days are ISO dates, which compare as strings. */
export type Timing = { date: string } | { after: string; by: string };

/** Whether something had happened by a day: surely, surely not, or the sources cannot say. */
export type Certainty = 'yes' | 'no' | 'maybe';

/** Whether an action with this timing had happened by the end of `day`. */
export function happenedBy(timing: Timing, day: string): Certainty {
  if ('date' in timing) return timing.date <= day ? 'yes' : 'no';
  if (timing.by <= day) return 'yes';
  return day <= timing.after ? 'no' : 'maybe';
}

/** Whether an action with this timing happened from `from` to `to`, both days included. */
export function happenedWithin(timing: Timing, from: string, to: string): Certainty {
  if ('date' in timing) return timing.date >= from && timing.date <= to ? 'yes' : 'no';
  // The interval holds the days after `after` up to `by`.
  if (timing.by < from || timing.after >= to) return 'no';
  return timing.after >= dayBefore(from) && timing.by <= to ? 'yes' : 'maybe';
}

/** The ISO date `days` days after (or before, when negative) an ISO date. */
function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The day before an ISO date. */
export function dayBefore(day: string): string {
  return addDays(day, -1);
}

/** The earliest and latest day the timing allows: the day itself, or the day after `after` to `by`. */
export function span(timing: Timing): { first: string; last: string } {
  if ('date' in timing) return { first: timing.date, last: timing.date };
  return { first: addDays(timing.after, 1), last: timing.by };
}

/**
 * The timing as a reader reads it: "11 January 1999", "between 6 December 2001 and 20 August
 * 2004" (after the first day, by the second).
 */
export function formatTiming(timing: Timing): string {
  if ('date' in timing) return formatDate(timing.date);
  return `between ${formatDate(timing.after)} and ${formatDate(timing.by)}`;
}

/** Orders timings by their latest possible day, then their earliest: a table's date order. */
export function compareTimings(a: Timing, b: Timing): number {
  const sa = span(a);
  const sb = span(b);
  return sa.last.localeCompare(sb.last) || sa.first.localeCompare(sb.first);
}

/**
 * The interval that bound sources give: after the latest day a source says the action had not
 * happened, by the earliest day one says it had. Undefined for a bound no source gives.
 */
export function boundsOf(sources: { by?: string | undefined; after?: string | undefined }[]): { after?: string; by?: string } {
  const afters = sources.flatMap((s) => (s.after ? [s.after] : [])).sort();
  const bys = sources.flatMap((s) => (s.by ? [s.by] : [])).sort();
  return { ...(afters.length ? { after: afters.at(-1)! } : {}), ...(bys.length ? { by: bys[0]! } : {}) };
}
