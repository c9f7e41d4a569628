/**
 * Which rows of a treaty's table of actions a reader's filter keeps: by State (any of its names,
 * ignoring case and accents), by kind of action, and by years. An action the documents place only
 * within an interval is kept when the interval meets the years, since it may lie within them.
 */
import type { ActionKind } from '../../schemas/treaty.ts';

/** What the filter reads of a row. */
export interface FilterRow {
  /** Every name of the State: as the documents write it and as it is called now. */
  names: string;
  kind: ActionKind;
  /** The first and last year the action may fall in (the same year for a dated one). */
  first: number;
  last: number;
}

/** A reader's filter; an empty field keeps every row. "party" keeps ratifications and accessions of every kind. */
export interface ActionFilter {
  state: string;
  kind: ActionKind | 'party' | '';
  from: number | undefined;
  to: number | undefined;
}

/** A name folded for matching: lower case, without accents ("Türkiye" → "turkiye"). */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** Whether a row is kept by the filter. */
export function keepsRow(row: FilterRow, filter: ActionFilter): boolean {
  if (filter.state && !foldName(row.names).includes(foldName(filter.state))) return false;
  if (filter.kind === 'party' ? row.kind === 'signature' : filter.kind && row.kind !== filter.kind) return false;
  if (filter.from !== undefined && row.last < filter.from) return false;
  return filter.to === undefined || row.first <= filter.to;
}
