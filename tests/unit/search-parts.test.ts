import { describe, expect, it } from 'vitest';
import { documentsPerPart, DOCUMENTS_PER_PART, partCount, partOf, partsWithEveryTerm, queryTerms, searchParts } from '../../src/lib/search/search-parts.ts';
import { thrown } from './helpers.ts';

describe('partCount', () => {
  it.each([
    [0, 1500, 1],
    [5, 1500, 1],
    [1500, 1500, 1],
    [1501, 1500, 2],
    [3000, 1500, 2],
    [3001, 1500, 4],
    [10_000, 1500, 8],
    [5, 2, 4],
    [5, 1, 8],
  ])('%i documents at %i a part: %i parts', (documents, perPart, parts) => {
    expect(partCount(documents, perPart)).toBe(parts);
  });
});

describe('partOf', () => {
  it('gives a page the same part at every call, within the count', () => {
    expect(partOf('/A/RES/53/137/', 8)).toBe(partOf('/A/RES/53/137/', 8));
    for (const path of ['/A/RES/53/137/', '/E/CN.4/2002/89/', '/A/55/602/Add.1/']) {
      expect(partOf(path, 8)).toBeGreaterThanOrEqual(0);
      expect(partOf(path, 8)).toBeLessThan(8);
    }
  });

  it('spreads 10,000 symbol paths evenly over 8 parts', () => {
    const sizes = new Array<number>(8).fill(0);
    for (let n = 1; n <= 10_000; n += 1) sizes[partOf(`/A/RES/${50 + (n % 30)}/${n}/`, 8)]! += 1;
    expect(Math.min(...sizes)).toBeGreaterThan(1100);
    expect(Math.max(...sizes)).toBeLessThan(1400);
  });
});

describe('searchParts', () => {
  const pages = ['/A/RES/53/137/', '/A/RES/55/88/', '/E/CN.4/2002/89/', '/unnumbered/general-assembly-1999-09-13-report/'];

  it('keeps a small collection in one index at /pagefind/', () => {
    expect(searchParts(pages, 1500)).toEqual([{ folder: '/pagefind/', pages }]);
  });

  it('puts every page in exactly one part, at /pagefind/part-N/, leaving out parts without pages', () => {
    const parts = searchParts(pages, 1);
    expect(parts.flatMap((part) => part.pages).sort()).toEqual([...pages].sort());
    for (const part of parts) {
      expect(part.pages.length).toBeGreaterThan(0);
      for (const page of part.pages) expect(part.folder).toBe(`/pagefind/part-${partOf(page, 4)}/`);
    }
    expect(parts.map((part) => part.folder)).toEqual([...parts.map((part) => part.folder)].sort());
  });
});

describe('documentsPerPart', () => {
  it('is the default unless SEARCH_PART_SIZE sets it', () => {
    expect(documentsPerPart({})).toBe(DOCUMENTS_PER_PART);
    expect(documentsPerPart({ SEARCH_PART_SIZE: '' })).toBe(DOCUMENTS_PER_PART);
    expect(documentsPerPart({ SEARCH_PART_SIZE: '2' })).toBe(2);
  });

  it.each(['0', '-3', '1.5', 'many'])('fails on SEARCH_PART_SIZE=%s, saying what it must be', (value) => {
    expect(thrown(() => documentsPerPart({ SEARCH_PART_SIZE: value })).message).toBe(
      `SEARCH_PART_SIZE must be a whole number of documents of at least 1, found "${value}"`,
    );
  });
});

describe('queryTerms', () => {
  it('splits a query at spaces, each word once', () => {
    expect(queryTerms('  International  Migrants Day migrants ')).toEqual(['International', 'Migrants', 'Day', 'migrants']);
    expect(queryTerms('A/RES/53/137')).toEqual(['A/RES/53/137']);
    expect(queryTerms(' ')).toEqual([]);
  });
});

describe('partsWithEveryTerm', () => {
  const parts = ['0', '1', '2'];

  it('keeps the parts that hold every word of the query', () => {
    // "International" in every part, "Day" only in part 0.
    expect(partsWithEveryTerm(parts, [{ 0: 2, 1: 1, 2: 2 }, { 0: 2, 1: 0, 2: 0 }])).toEqual(['0']);
  });

  it('leaves out a word that no part holds, as one index would', () => {
    expect(partsWithEveryTerm(parts, [{ 0: 2, 1: 1, 2: 0 }, { 0: 0, 1: 0, 2: 0 }, {}])).toEqual(['0', '1']);
  });

  it('keeps no part when no part holds all the words that some part holds', () => {
    expect(partsWithEveryTerm(parts, [{ 0: 1 }, { 1: 1 }])).toEqual([]);
  });
});
