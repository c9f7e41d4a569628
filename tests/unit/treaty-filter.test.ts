/** The filter of a treaty's table of actions: by any name of the State, by kind, and by years, a range kept where it meets them. */
import { describe, expect, it } from 'vitest';
import { keepsRow, type ActionFilter, type FilterRow } from '../../src/lib/treaty/filter.ts';

const ROWS: Record<string, FilterRow> = {
  mexico: { names: 'Mexico Mexico', kind: 'ratification', first: 1999, last: 1999 },
  capeVerde: { names: 'Cape Verde Cabo Verde', kind: 'accession', first: 1997, last: 1997 },
  turkey: { names: 'Turkey Türkiye', kind: 'signature', first: 1999, last: 1999 },
  uruguay: { names: 'Uruguay Uruguay', kind: 'ratification-or-accession', first: 1999, last: 2001 },
  ghana: { names: 'Ghana Ghana', kind: 'ratification', first: 2000, last: 2000 },
};
const NONE: ActionFilter = { state: '', kind: '', from: undefined, to: undefined };
const kept = (filter: Partial<ActionFilter>) => Object.keys(ROWS).filter((key) => keepsRow(ROWS[key]!, { ...NONE, ...filter }));

describe('keepsRow', () => {
  it('keeps every row when nothing is chosen', () => {
    expect(kept({})).toEqual(Object.keys(ROWS));
  });

  it('answers “which States ratified before 2000?”', () => {
    expect(kept({ kind: 'ratification', to: 1999 })).toEqual(['mexico']);
  });

  it('keeps every ratification or accession for "party", and a range that meets the years', () => {
    expect(kept({ kind: 'party', to: 1999 })).toEqual(['mexico', 'capeVerde', 'uruguay']);
    expect(kept({ from: 2000 })).toEqual(['uruguay', 'ghana']);
  });

  it('finds a State by any of its names, ignoring case and accents', () => {
    expect(kept({ state: 'cabo' })).toEqual(['capeVerde']);
    expect(kept({ state: 'TURKIYE' })).toEqual(['turkey']);
  });
});
