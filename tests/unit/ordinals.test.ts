import { describe, expect, it } from 'vitest';
import { MAX_ORDINAL, ordinalNumber, ordinalWord, sessionName, sessionNumberFromName } from '../../src/lib/document/ordinals.ts';
import { thrown } from './helpers.ts';

describe('ordinalWord and sessionName', () => {
  it.each([
    [1, 'first', 'First session'],
    [3, 'third', 'Third session'],
    [10, 'tenth', 'Tenth session'],
    [12, 'twelfth', 'Twelfth session'],
    [19, 'nineteenth', 'Nineteenth session'],
    [20, 'twentieth', 'Twentieth session'],
    [21, 'twenty-first', 'Twenty-first session'],
    [53, 'fifty-third', 'Fifty-third session'],
    [54, 'fifty-fourth', 'Fifty-fourth session'],
    [90, 'ninetieth', 'Ninetieth session'],
    [99, 'ninety-ninth', 'Ninety-ninth session'],
    [100, 'one hundredth', 'One hundredth session'],
    [101, 'one hundred and first', 'One hundred and first session'],
    [112, 'one hundred and twelfth', 'One hundred and twelfth session'],
    [199, 'one hundred and ninety-ninth', 'One hundred and ninety-ninth session'],
  ])('%i → %s, "%s"', (n, word, name) => {
    expect(ordinalWord(n)).toBe(word);
    expect(sessionName(n)).toBe(name);
  });

  it.each([
    [100, 'one hundredth'],
    [200, 'two hundredth'],
    [201, 'two hundred and first'],
    [250, 'two hundred and fiftieth'],
    [999, 'nine hundred and ninety-ninth'],
    [1000, 'one thousandth'],
    [1001, 'one thousand and first'],
    [1100, 'one thousand one hundredth'],
    [1101, 'one thousand one hundred and first'],
    [21_000, 'twenty-one thousandth'],
    [2_000_000, 'two millionth'],
    [1_234_567, 'one million two hundred and thirty-four thousand five hundred and sixty-seventh'],
  ])('has a word past any fixed list: %i → %s', (n, word) => {
    expect(ordinalWord(n)).toBe(word);
  });

  it('names every preambular paragraph of a long resolution differently', () => {
    const words = Array.from({ length: 5000 }, (_, i) => ordinalWord(i + 1));
    expect(new Set(words).size).toBe(5000);
  });

  it.each([0, -1, 1.5, Number.NaN, 2 ** 53])('has no word for %d', (n) => {
    const error = thrown(() => ordinalWord(n));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe(`no ordinal word for ${n}: expected a whole number from 1`);
  });

  it.each(Array.from({ length: MAX_ORDINAL }, (_, i) => i + 1))('reads the name of session %i back as its number', (n) => {
    expect(sessionNumberFromName(sessionName(n))).toBe(n);
  });

  it('gives every session from 1 to 199 a different name', () => {
    const names = Array.from({ length: MAX_ORDINAL }, (_, i) => sessionName(i + 1));
    expect(new Set(names).size).toBe(199);
  });
});

describe('sessionNumberFromName', () => {
  it.each([
    ['Fifty-fourth session', 54],
    ['FIFTY-FOURTH SESSION', 54],
    ['  fifty-fourth\n session ', 54],
    ['Fifty fourth session', undefined],
    ['Fifty-fourth', undefined],
    ['Resumed fifty-fourth session', undefined],
    ['', undefined],
  ])('%j → %s', (name, n) => {
    expect(sessionNumberFromName(name)).toBe(n);
  });
});

describe('ordinalNumber', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [81, '81st'],
    [85, '85th'],
    [101, '101st'],
    [111, '111th'],
    [112, '112th'],
    [113, '113th'],
    [122, '122nd'],
  ])('%i → %s', (n, text) => {
    expect(ordinalNumber(n)).toBe(text);
  });
});
