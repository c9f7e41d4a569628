import { describe, expect, it } from 'vitest';
import {
  isSymbol,
  normaliseSymbol,
  officialUrl,
  parseSymbol,
  pathToSymbol,
  resolutionNumber,
  SymbolError,
  symbolPrefixes,
  symbolToId,
  symbolToPath,
} from '../../src/lib/symbol.ts';
import { thrown } from './helpers.ts';

/** One symbol as typed, and everything the site derives from it. */
interface SymbolCase {
  text: string;
  symbol: string;
  organ: string;
  suffixes: { kind: string; number: number }[];
  part?: string;
  path: string;
  prefixes: string[];
  official: string;
  resolution: string | undefined;
}

const CASES: SymbolCase[] = [
  {
    text: 'A/RES/53/137',
    symbol: 'A/RES/53/137',
    organ: 'A',
    suffixes: [],
    path: '/A/RES/53/137/',
    prefixes: ['/A/', '/A/RES/', '/A/RES/53/'],
    official: 'https://undocs.org/A/RES/53/137',
    resolution: '53/137',
  },
  {
    text: 'a/res/53/137',
    symbol: 'A/RES/53/137',
    organ: 'A',
    suffixes: [],
    path: '/A/RES/53/137/',
    prefixes: ['/A/', '/A/RES/', '/A/RES/53/'],
    official: 'https://undocs.org/A/RES/53/137',
    resolution: '53/137',
  },
  {
    text: ' A / RES / 53 / 137 ',
    symbol: 'A/RES/53/137',
    organ: 'A',
    suffixes: [],
    path: '/A/RES/53/137/',
    prefixes: ['/A/', '/A/RES/', '/A/RES/53/'],
    official: 'https://undocs.org/A/RES/53/137',
    resolution: '53/137',
  },
  {
    text: 'A/54/150',
    symbol: 'A/54/150',
    organ: 'A',
    suffixes: [],
    path: '/A/54/150/',
    prefixes: ['/A/', '/A/54/'],
    official: 'https://undocs.org/A/54/150',
    resolution: undefined,
  },
  {
    text: 'E/CN.4/2002/89',
    symbol: 'E/CN.4/2002/89',
    organ: 'E',
    suffixes: [],
    path: '/E/CN.4/2002/89/',
    prefixes: ['/E/', '/E/CN.4/', '/E/CN.4/2002/'],
    official: 'https://undocs.org/E/CN.4/2002/89',
    resolution: undefined,
  },
  {
    text: 'e/cn.4/2002/94/add.1',
    symbol: 'E/CN.4/2002/94/Add.1',
    organ: 'E',
    suffixes: [{ kind: 'Add', number: 1 }],
    path: '/E/CN.4/2002/94/Add.1/',
    prefixes: ['/E/', '/E/CN.4/', '/E/CN.4/2002/', '/E/CN.4/2002/94/'],
    official: 'https://undocs.org/E/CN.4/2002/94/Add.1',
    resolution: undefined,
  },
  {
    text: 'A/55/602/ADD.1',
    symbol: 'A/55/602/Add.1',
    organ: 'A',
    suffixes: [{ kind: 'Add', number: 1 }],
    path: '/A/55/602/Add.1/',
    prefixes: ['/A/', '/A/55/', '/A/55/602/'],
    official: 'https://undocs.org/A/55/602/Add.1',
    resolution: undefined,
  },
  {
    text: 'A/CONF.157/24 (Part I)',
    symbol: 'A/CONF.157/24 (Part I)',
    organ: 'A',
    suffixes: [],
    part: 'I',
    path: '/A/CONF.157/24(PartI)/',
    // The parts of a document share its number: "/A/CONF.157/24/" lists them.
    prefixes: ['/A/', '/A/CONF.157/', '/A/CONF.157/24/'],
    official: 'https://undocs.org/A/CONF.157/24(PartI)',
    resolution: undefined,
  },
  {
    text: 'a/conf.157/24(part ii)',
    symbol: 'A/CONF.157/24 (Part II)',
    organ: 'A',
    suffixes: [],
    part: 'II',
    path: '/A/CONF.157/24(PartII)/',
    prefixes: ['/A/', '/A/CONF.157/', '/A/CONF.157/24/'],
    official: 'https://undocs.org/A/CONF.157/24(PartII)',
    resolution: undefined,
  },
  {
    text: 'A/RES/217(III)',
    symbol: 'A/RES/217(III)',
    organ: 'A',
    suffixes: [],
    path: '/A/RES/217(III)/',
    prefixes: ['/A/', '/A/RES/'],
    official: 'https://undocs.org/A/RES/217(III)',
    resolution: '217(III)',
  },
  {
    text: 'A/54/2000',
    symbol: 'A/54/2000',
    organ: 'A',
    suffixes: [],
    path: '/A/54/2000/',
    prefixes: ['/A/', '/A/54/'],
    official: 'https://undocs.org/A/54/2000',
    resolution: undefined,
  },
  {
    text: 'E/CN.4/RES/1999/45',
    symbol: 'E/CN.4/RES/1999/45',
    organ: 'E',
    suffixes: [],
    path: '/E/CN.4/RES/1999/45/',
    prefixes: ['/E/', '/E/CN.4/', '/E/CN.4/RES/', '/E/CN.4/RES/1999/'],
    official: 'https://undocs.org/E/CN.4/RES/1999/45',
    resolution: '1999/45',
  },
  {
    text: 'A/53/625/Add.1/Corr.1',
    symbol: 'A/53/625/Add.1/Corr.1',
    organ: 'A',
    suffixes: [
      { kind: 'Add', number: 1 },
      { kind: 'Corr', number: 1 },
    ],
    path: '/A/53/625/Add.1/Corr.1/',
    prefixes: ['/A/', '/A/53/', '/A/53/625/', '/A/53/625/Add.1/'],
    official: 'https://undocs.org/A/53/625/Add.1/Corr.1',
    resolution: undefined,
  },
  {
    text: 'A/RES/53/137/corr.2',
    symbol: 'A/RES/53/137/Corr.2',
    organ: 'A',
    suffixes: [{ kind: 'Corr', number: 2 }],
    path: '/A/RES/53/137/Corr.2/',
    prefixes: ['/A/', '/A/RES/', '/A/RES/53/', '/A/RES/53/137/'],
    official: 'https://undocs.org/A/RES/53/137/Corr.2',
    // A corrigendum is cited by the number of the resolution it corrects.
    resolution: '53/137',
  },
  {
    text: 'E/CN.4/2002/89/Rev.1',
    symbol: 'E/CN.4/2002/89/Rev.1',
    organ: 'E',
    suffixes: [{ kind: 'Rev', number: 1 }],
    path: '/E/CN.4/2002/89/Rev.1/',
    prefixes: ['/E/', '/E/CN.4/', '/E/CN.4/2002/', '/E/CN.4/2002/89/'],
    official: 'https://undocs.org/E/CN.4/2002/89/Rev.1',
    resolution: undefined,
  },
  {
    text: 'E/CN.4/SUB.2/2002/1',
    symbol: 'E/CN.4/Sub.2/2002/1',
    organ: 'E',
    suffixes: [],
    path: '/E/CN.4/Sub.2/2002/1/',
    prefixes: ['/E/', '/E/CN.4/', '/E/CN.4/Sub.2/', '/E/CN.4/Sub.2/2002/'],
    official: 'https://undocs.org/E/CN.4/Sub.2/2002/1',
    resolution: undefined,
  },
];

describe('parseSymbol', () => {
  it('gives every caller of the same text one frozen result, and fails each time for a text that is not a symbol', () => {
    const first = parseSymbol('A/RES/53/137/Corr.1');
    expect(parseSymbol('A/RES/53/137/Corr.1')).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.components) && Object.isFrozen(first.suffixes[0])).toBe(true);
    expect(() => (first.components as string[]).push('Add.1')).toThrow(TypeError);
    expect(() => parseSymbol('A')).toThrow(SymbolError);
    expect(() => parseSymbol('A')).toThrow(SymbolError);
  });

  it.each(CASES)('parses "$text" as $symbol', ({ text, symbol, organ, suffixes, part }) => {
    expect(parseSymbol(text)).toEqual({
      symbol,
      organ,
      components: symbol.replace(/ \(Part [IVXLC]+\)$/, '').split('/'),
      suffixes,
      ...(part ? { part } : {}),
    });
  });

  it.each(CASES)('normalises "$text" to $symbol, and its normal form to itself', ({ text, symbol }) => {
    expect(normaliseSymbol(text)).toBe(symbol);
    expect(normaliseSymbol(symbol)).toBe(symbol);
    expect(isSymbol(text)).toBe(true);
  });

  it.each([
    ['', '"" is not a UN document symbol: expected components separated by "/", such as "A/RES/53/137"'],
    ['53/137', '"53/137" is not a UN document symbol: it must start with an organ code of 1 to 4 letters such as "A", "E" or "S", found "53"'],
    [
      'resolution 53/137',
      '"resolution 53/137" is not a UN document symbol: it must start with an organ code of 1 to 4 letters such as "A", "E" or "S", found "resolution 53"',
    ],
    ['A//54', '"A//54" is not a UN document symbol: component 2 is empty: "/" twice in a row or at the end'],
    ['A/54/', '"A/54/" is not a UN document symbol: component 3 is empty: "/" twice in a row or at the end'],
    ['12/RES/3', '"12/RES/3" is not a UN document symbol: it must start with an organ code of 1 to 4 letters such as "A", "E" or "S", found "12"'],
    [
      'A/RES/53_137',
      '"A/RES/53_137" is not a UN document symbol: component 3 "53_137" may hold only letters, digits, "." and "-", and end in a session in roman numerals such as "(III)"',
    ],
  ])('rejects %j', (text, message) => {
    const error = thrown(() => parseSymbol(text));
    expect(error).toBeInstanceOf(SymbolError);
    expect(error.message).toBe(message);
    expect(isSymbol(text)).toBe(false);
  });
});

describe('symbol paths', () => {
  it.each(CASES)('puts $symbol at $path', ({ text, path }) => {
    expect(symbolToPath(text)).toBe(path);
    expect(symbolToId(text)).toBe(path.slice(1, -1));
  });

  it.each(CASES)('reads $path back as $symbol, and that symbol back as the same path', ({ symbol, path }) => {
    expect(pathToSymbol(path)).toBe(symbol);
    expect(pathToSymbol(path.slice(1, -1))).toBe(symbol);
    expect(symbolToPath(pathToSymbol(path)!)).toBe(path);
  });

  it.each([
    ['/', undefined],
    ['/browse/general-assembly/', undefined],
    ['/53/137/', undefined],
    // A malformed escape is a path that is not symbol-shaped, not an exception.
    ['/%E0%A4%A/', undefined],
    ['/A/CONF.157/24(Part%20I)/', 'A/CONF.157/24 (Part I)'],
    ['/a/res/53/137/', 'A/RES/53/137'],
  ])('reads the path %j as %j', (path, symbol) => {
    expect(pathToSymbol(path)).toBe(symbol);
  });

  it.each(CASES)('lists the listing pages above $symbol', ({ text, prefixes }) => {
    expect(symbolPrefixes(text)).toEqual(prefixes);
  });

  it.each(CASES)('links $symbol to undocs.org', ({ text, official }) => {
    expect(officialUrl(text)).toBe(official);
  });
});

describe('resolutionNumber', () => {
  it.each(CASES)('cites $symbol as $resolution', ({ text, resolution }) => {
    expect(resolutionNumber(text)).toBe(resolution);
  });

  it('has no number for a symbol that ends at RES', () => {
    expect(resolutionNumber('A/RES')).toBeUndefined();
  });
});
