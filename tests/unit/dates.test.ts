import { describe, expect, it } from 'vitest';
import { formatDate, isIsoDate, parsePrintedDate, yearOf } from '../../src/lib/document/dates.ts';
import { thrown } from './helpers.ts';

describe('isIsoDate', () => {
  it.each([
    ['1999-03-01', true],
    ['2000-02-29', true], // divisible by 400: a leap year
    ['1900-02-29', false], // divisible by 100 only: not a leap year
    ['2004-02-29', true],
    ['1999-02-29', false],
    ['1999-02-30', false],
    ['1999-04-31', false],
    ['1999-12-31', true],
    ['1999-13-01', false],
    ['1999-00-10', false],
    ['1999-01-00', false],
    ['1999-3-1', false],
    ['1999-03-01T00:00:00Z', false],
    [' 1999-03-01', false],
    ['', false],
  ])('%j → %s', (text, valid) => {
    expect(isIsoDate(text)).toBe(valid);
  });
});

describe('formatDate', () => {
  it.each([
    ['1999-09-13', '13 September 1999'],
    ['1998-12-09', '9 December 1998'],
    ['2002-01-01', '1 January 2002'],
    ['2000-02-29', '29 February 2000'],
  ])('%s → %s', (iso, printed) => {
    expect(formatDate(iso)).toBe(printed);
  });

  it.each(['1999-02-30', '13 September 1999', '1999-9-13'])('refuses %j', (text) => {
    const error = thrown(() => formatDate(text));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe(`"${text}" is not an ISO date (YYYY-MM-DD)`);
  });
});

describe('parsePrintedDate', () => {
  it.each([
    ['13 September 1999', '1999-09-13'],
    ['New York, 9 December 1998', '1998-12-09'],
    ['1 march 1999', '1999-03-01'],
    ['Distr.: General\n10  January   2002', '2002-01-10'],
    ['29 February 2000', '2000-02-29'],
    ['30 February 1999', undefined],
    ['31 April 1999', undefined],
    ['September 13, 1999', undefined],
    ['113 September 1999', undefined],
    ['13 Septembre 1999', undefined],
    ['', undefined],
  ])('%j → %s', (text, iso) => {
    expect(parsePrintedDate(text)).toBe(iso);
  });

  it.each(['1999-09-13', '2000-02-29', '1998-12-09'])('reads back what formatDate prints for %s', (iso) => {
    expect(parsePrintedDate(formatDate(iso))).toBe(iso);
  });
});

describe('yearOf', () => {
  it.each([
    ['1999-09-13', 1999],
    ['2002-01-10', 2002],
  ])('%s → %i', (iso, year) => {
    expect(yearOf(iso)).toBe(year);
  });
});
