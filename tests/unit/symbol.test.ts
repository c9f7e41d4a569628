import { describe, expect, it } from 'vitest';
import {
  isSymbol,
  jointSymbols,
  normaliseSymbol,
  officialUrl,
  parseSymbol,
  pathToSymbol,
  resolutionNumber,
  SYMBOL_IN_TEXT,
  SymbolError,
  symbolPrefixes,
  symbolToId,
  symbolToPath,
} from '../../src/lib/symbol/symbol.ts';
import { thrown } from './helpers.ts';

/** One symbol as typed, and everything the site derives from it. */
interface SymbolCase {
  text: string;
  symbol: string;
  organ: string;
  suffixes: { kind: string; number: number }[];
  part?: string;
  year?: number;
  joint?: string;
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
  {
    text: 'CEDAW/C/GC/27',
    symbol: 'CEDAW/C/GC/27',
    organ: 'CEDAW',
    suffixes: [],
    path: '/CEDAW/C/GC/27/',
    prefixes: ['/CEDAW/', '/CEDAW/C/', '/CEDAW/C/GC/'],
    official: 'https://undocs.org/CEDAW/C/GC/27',
    resolution: undefined,
  },
  {
    text: 'cedaw/c/gc/38',
    symbol: 'CEDAW/C/GC/38',
    organ: 'CEDAW',
    suffixes: [],
    path: '/CEDAW/C/GC/38/',
    prefixes: ['/CEDAW/', '/CEDAW/C/', '/CEDAW/C/GC/'],
    official: 'https://undocs.org/CEDAW/C/GC/38',
    resolution: undefined,
  },
  {
    text: 'CCPR/C/GC/36',
    symbol: 'CCPR/C/GC/36',
    organ: 'CCPR',
    suffixes: [],
    path: '/CCPR/C/GC/36/',
    prefixes: ['/CCPR/', '/CCPR/C/', '/CCPR/C/GC/'],
    official: 'https://undocs.org/CCPR/C/GC/36',
    resolution: undefined,
  },
  {
    text: 'CAT/C/GC/4',
    symbol: 'CAT/C/GC/4',
    organ: 'CAT',
    suffixes: [],
    path: '/CAT/C/GC/4/',
    prefixes: ['/CAT/', '/CAT/C/', '/CAT/C/GC/'],
    official: 'https://undocs.org/CAT/C/GC/4',
    resolution: undefined,
  },
  {
    text: 'CRPD/C/GC/7',
    symbol: 'CRPD/C/GC/7',
    organ: 'CRPD',
    suffixes: [],
    path: '/CRPD/C/GC/7/',
    prefixes: ['/CRPD/', '/CRPD/C/', '/CRPD/C/GC/'],
    official: 'https://undocs.org/CRPD/C/GC/7',
    resolution: undefined,
  },
  {
    text: 'CRC/C/GC/25',
    symbol: 'CRC/C/GC/25',
    organ: 'CRC',
    suffixes: [],
    path: '/CRC/C/GC/25/',
    prefixes: ['/CRC/', '/CRC/C/', '/CRC/C/GC/'],
    official: 'https://undocs.org/CRC/C/GC/25',
    resolution: undefined,
  },
  {
    text: 'E/C.12/GC/25',
    symbol: 'E/C.12/GC/25',
    organ: 'E',
    suffixes: [],
    path: '/E/C.12/GC/25/',
    prefixes: ['/E/', '/E/C.12/', '/E/C.12/GC/'],
    official: 'https://undocs.org/E/C.12/GC/25',
    resolution: undefined,
  },
  {
    text: 'CAT/C/51/D/429/2010',
    symbol: 'CAT/C/51/D/429/2010',
    organ: 'CAT',
    suffixes: [],
    path: '/CAT/C/51/D/429/2010/',
    prefixes: ['/CAT/', '/CAT/C/', '/CAT/C/51/', '/CAT/C/51/D/', '/CAT/C/51/D/429/'],
    official: 'https://undocs.org/CAT/C/51/D/429/2010',
    resolution: undefined,
  },
  {
    // Combined periodic reports 5 to 8: one document, one number.
    text: 'CEDAW/C/BRB/CO/5-8',
    symbol: 'CEDAW/C/BRB/CO/5-8',
    organ: 'CEDAW',
    suffixes: [],
    path: '/CEDAW/C/BRB/CO/5-8/',
    prefixes: ['/CEDAW/', '/CEDAW/C/', '/CEDAW/C/BRB/', '/CEDAW/C/BRB/CO/'],
    official: 'https://undocs.org/CEDAW/C/BRB/CO/5-8',
    resolution: undefined,
  },
  {
    text: 'A/HRC/WG.6/29/BRB/1',
    symbol: 'A/HRC/WG.6/29/BRB/1',
    organ: 'A',
    suffixes: [],
    path: '/A/HRC/WG.6/29/BRB/1/',
    prefixes: ['/A/', '/A/HRC/', '/A/HRC/WG.6/', '/A/HRC/WG.6/29/', '/A/HRC/WG.6/29/BRB/'],
    official: 'https://undocs.org/A/HRC/WG.6/29/BRB/1',
    resolution: undefined,
  },
  {
    text: 'S/RES/1 (1946)',
    symbol: 'S/RES/1 (1946)',
    organ: 'S',
    suffixes: [],
    year: 1946,
    path: '/S/RES/1(1946)/',
    // The year belongs to the number, as a roman session does: no listing "/S/RES/1/".
    prefixes: ['/S/', '/S/RES/'],
    official: 'https://undocs.org/S/RES/1(1946)',
    resolution: '1 (1946)',
  },
  {
    text: 'S/RES/1(1946)',
    symbol: 'S/RES/1 (1946)',
    organ: 'S',
    suffixes: [],
    year: 1946,
    path: '/S/RES/1(1946)/',
    prefixes: ['/S/', '/S/RES/'],
    official: 'https://undocs.org/S/RES/1(1946)',
    resolution: '1 (1946)',
  },
  {
    text: 's/res/2334 ( 2016 )',
    symbol: 'S/RES/2334 (2016)',
    organ: 'S',
    suffixes: [],
    year: 2016,
    path: '/S/RES/2334(2016)/',
    prefixes: ['/S/', '/S/RES/'],
    official: 'https://undocs.org/S/RES/2334(2016)',
    resolution: '2334 (2016)',
  },
  {
    text: 'S/2014/136',
    symbol: 'S/2014/136',
    organ: 'S',
    suffixes: [],
    path: '/S/2014/136/',
    prefixes: ['/S/', '/S/2014/'],
    official: 'https://undocs.org/S/2014/136',
    resolution: undefined,
  },
  {
    text: 'A/RES/ES-11/10',
    symbol: 'A/RES/ES-11/10',
    organ: 'A',
    suffixes: [],
    path: '/A/RES/ES-11/10/',
    prefixes: ['/A/', '/A/RES/', '/A/RES/ES-11/'],
    official: 'https://undocs.org/A/RES/ES-11/10',
    resolution: 'ES-11/10',
  },
  {
    // A document issued in two series: one page, listed under the first.
    text: 'A/79/302-S/2024/600',
    symbol: 'A/79/302-S/2024/600',
    organ: 'A',
    suffixes: [],
    joint: 'S/2024/600',
    path: '/A/79/302-S/2024/600/',
    prefixes: ['/A/', '/A/79/'],
    official: 'https://undocs.org/A/79/302-S/2024/600',
    resolution: undefined,
  },
  {
    text: 'cedaw/c/gc/31 - crc/c/gc/18',
    symbol: 'CEDAW/C/GC/31-CRC/C/GC/18',
    organ: 'CEDAW',
    suffixes: [],
    joint: 'CRC/C/GC/18',
    path: '/CEDAW/C/GC/31-CRC/C/GC/18/',
    prefixes: ['/CEDAW/', '/CEDAW/C/', '/CEDAW/C/GC/'],
    official: 'https://undocs.org/CEDAW/C/GC/31-CRC/C/GC/18',
    resolution: undefined,
  },
  {
    text: 'a/es-11/l.17',
    symbol: 'A/ES-11/L.17',
    organ: 'A',
    suffixes: [],
    path: '/A/ES-11/L.17/',
    prefixes: ['/A/', '/A/ES-11/'],
    official: 'https://undocs.org/A/ES-11/L.17',
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

  it.each(CASES)('parses "$text" as $symbol', ({ text, symbol, organ, suffixes, part, year, joint }) => {
    expect(parseSymbol(text)).toEqual({
      symbol,
      organ,
      // A joint symbol's components are its first symbol's.
      components: symbol.replace(/ \((?:Part [IVXLC]+|\d{4})\)$/, '').replace(`-${joint}`, '').split('/'),
      suffixes,
      ...(part ? { part } : {}),
      ...(year ? { year } : {}),
      ...(joint ? { joint } : {}),
    });
  });

  it.each(CASES)('normalises "$text" to $symbol, and its normal form to itself', ({ text, symbol }) => {
    expect(normaliseSymbol(text)).toBe(symbol);
    expect(normaliseSymbol(symbol)).toBe(symbol);
    expect(isSymbol(text)).toBe(true);
  });

  it.each([
    ['', '"" is not a UN document symbol: expected components separated by "/", such as "A/RES/53/137"'],
    ['53/137', '"53/137" is not a UN document symbol: it must start with a series code of 1 to 8 letters such as "A", "S" or "CEDAW", found "53"'],
    [
      'resolution 53/137',
      '"resolution 53/137" is not a UN document symbol: it must start with a series code of 1 to 8 letters such as "A", "S" or "CEDAW", found "resolution 53"',
    ],
    ['A//54', '"A//54" is not a UN document symbol: component 2 is empty: "/" twice in a row or at the end'],
    ['A/54/', '"A/54/" is not a UN document symbol: component 3 is empty: "/" twice in a row or at the end'],
    ['12/RES/3', '"12/RES/3" is not a UN document symbol: it must start with a series code of 1 to 8 letters such as "A", "S" or "CEDAW", found "12"'],
    [
      'A/RES/53_137',
      '"A/RES/53_137" is not a UN document symbol: component 3 "53_137" may hold only letters, digits, "." and "-", and end in a session in roman numerals such as "(III)"',
    ],
    // Never a shorter symbol: the importer once filed this text as "A/RES".
    [
      'A/RES/../../x',
      '"A/RES/../../x" is not a UN document symbol: component 3 ".." may hold only letters, digits, "." and "-", and end in a session in roman numerals such as "(III)"',
    ],
    ['CEDAWCOMMITTEE/C/1', '"CEDAWCOMMITTEE/C/1" is not a UN document symbol: it must start with a series code of 1 to 8 letters such as "A", "S" or "CEDAW", found "CEDAWCOMMITTEE"'],
    ['A/54/150 (2000)', '"A/54/150 (2000)" is not a UN document symbol: only a Security Council resolution ("S/RES/1 (1946)") ends in a year in parentheses'],
    ['S/2014/136(2014)', '"S/2014/136(2014)" is not a UN document symbol: only a Security Council resolution ("S/RES/1 (1946)") ends in a year in parentheses'],
    ['A/1-S/2-E/3', '"A/1-S/2-E/3" is not a UN document symbol: it joins more than two symbols with "-"'],
  ])('rejects %j', (text, message) => {
    const error = thrown(() => parseSymbol(text));
    expect(error).toBeInstanceOf(SymbolError);
    expect(error.message).toBe(message);
    expect(isSymbol(text)).toBe(false);
  });
});

describe('jointSymbols', () => {
  it.each([
    ['A/79/302-S/2024/600', ['A/79/302', 'S/2024/600']],
    ['cedaw/c/gc/31-crc/c/gc/18', ['CEDAW/C/GC/31', 'CRC/C/GC/18']],
    ['CEDAW/C/BRB/CO/5-8', undefined],
    ['A/RES/ES-11/10', undefined],
    ['not a symbol', undefined],
  ])('splits %j into %j', (text, parts) => {
    expect(jointSymbols(text)).toEqual(parts);
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
    ['/S/RES/1(1946)/', 'S/RES/1 (1946)'],
    ['/S/RES/1%20(1946)/', 'S/RES/1 (1946)'],
    ['/A/RES/53/137(1998)/', undefined],
    ['/A/RES/../../x/', undefined],
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

describe('SYMBOL_IN_TEXT', () => {
  const found = (text: string) => [...text.matchAll(new RegExp(SYMBOL_IN_TEXT.source, 'g'))].map((m) => m[0]);

  it.each([
    ['concluding observations (CEDAW/C/BRB/CO/5-8), para. 12', ['CEDAW/C/BRB/CO/5-8']],
    ['general comment No. 4 (CAT/C/GC/4);', ['CAT/C/GC/4']],
    ['A/HRC/WG.6/29/BRB/1 and E/C.12/GC/25', ['A/HRC/WG.6/29/BRB/1', 'E/C.12/GC/25']],
    ['[without reference to a Main Committee (A/ES-11/L.17)]', ['A/ES-11/L.17']],
    ['Adopted as S/RES/1 (1946) and S/RES/2(1946).', ['S/RES/1 (1946)', 'S/RES/2(1946)']],
    ['the President of the Security Council (S/2014/136)Resolution adopted', ['S/2014/136']],
    ['(A/79/11/Add.1).', ['A/79/11/Add.1']],
    ['A/CONF.157/24 (Part I), chap. III', ['A/CONF.157/24 (Part I)']],
    ['A/RES/55/88General Assembly', ['A/RES/55/88']],
    ['CEDAW/C/BRB/CO/5-8th session', ['CEDAW/C/BRB/CO/5-8']],
    // A joint symbol, whole.
    ['A/79/302-S/2024/600. 2 CEDAW/C/GC/31-CRC/C/GC/18)', ['A/79/302-S/2024/600', 'CEDAW/C/GC/31-CRC/C/GC/18']],
    // A year only after a Security Council resolution's number.
    ['A/54/150 (2000)', ['A/54/150']],
  ])('finds in %j: %j', (text, symbols) => {
    expect(found(text)).toEqual(symbols);
  });

  it.each([
    'A/RES/../../x',
    'document WHA71/2018/REC/1',
    'on 12/05/2020, 24/7, in 1946/47, September/October 2000',
    'and/or',
    'United Nations /RES/79/2',
  ])('finds no symbol in %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});
