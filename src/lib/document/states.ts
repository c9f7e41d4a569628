/**
 * States by their ISO 3166-1 alpha-3 code, whatever name a document gives them. Names change
 * ("Cape Verde" became "Cabo Verde", "Libyan Arab Jamahiriya" "Libya", "Turkey" "Türkiye"), codes
 * do not: a State's page and data are keyed by its code. The codes and most English names come
 * from i18n-iso-countries; the names the United Nations uses or used and that library lacks are
 * in UN_NAMES below.
 */
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(english);

/** The United Nations' names of a State that the library does not give, or not first. */
export interface UnNames {
  /** The name the UN uses today, shown as the State's name. */
  current: string;
  /** Names the UN used before, as older documents print them. */
  former?: string[];
}

/**
 * The UN's short names (UNTERM) where they differ from the library's first English name, and
 * the historical names older UN documents print. Keyed by ISO 3166-1 alpha-3 code.
 */
export const UN_NAMES: Record<string, UnNames> = {
  BHS: { current: 'Bahamas' },
  BOL: { current: 'Bolivia (Plurinational State of)', former: ['Bolivia'] },
  CIV: { current: "Côte d'Ivoire" },
  COD: { current: 'Democratic Republic of the Congo', former: ['Zaire'] },
  COG: { current: 'Congo' },
  COM: { current: 'Comoros' },
  CPV: { current: 'Cabo Verde', former: ['Cape Verde'] },
  CZE: { current: 'Czechia', former: ['Czech Republic'] },
  FSM: { current: 'Micronesia (Federated States of)' },
  GBR: { current: 'United Kingdom of Great Britain and Northern Ireland' },
  GMB: { current: 'Gambia' },
  IRN: { current: 'Iran (Islamic Republic of)' },
  KOR: { current: 'Republic of Korea' },
  LAO: { current: "Lao People's Democratic Republic" },
  LBY: { current: 'Libya', former: ['Libyan Arab Jamahiriya'] },
  MDA: { current: 'Republic of Moldova' },
  MKD: { current: 'North Macedonia', former: ['The former Yugoslav Republic of Macedonia'] },
  MMR: { current: 'Myanmar', former: ['Burma'] },
  NLD: { current: 'Netherlands (Kingdom of the)', former: ['Netherlands'] },
  PRK: { current: "Democratic People's Republic of Korea" },
  PSE: { current: 'State of Palestine' },
  RUS: { current: 'Russian Federation' },
  STP: { current: 'Sao Tome and Principe' },
  SWZ: { current: 'Eswatini', former: ['Swaziland'] },
  SYR: { current: 'Syrian Arab Republic' },
  TLS: { current: 'Timor-Leste', former: ['East Timor'] },
  TUR: { current: 'Türkiye', former: ['Turkey'] },
  TZA: { current: 'United Republic of Tanzania' },
  USA: { current: 'United States of America' },
  VAT: { current: 'Holy See' },
  VEN: { current: 'Venezuela (Bolivarian Republic of)', former: ['Venezuela'] },
  VNM: { current: 'Viet Nam' },
};

/**
 * The form names are compared in: Unicode-composed, accents and case folded, typographic
 * apostrophes made straight, a leading "the" dropped ("the Philippines", "the Comoros").
 */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '');
}

/** Every alpha-3 code the library knows, with all the English names it gives. */
function libraryNames(): Map<string, string[]> {
  const byAlpha2 = countries.getNames('en', { select: 'all' });
  const names = new Map<string, string[]>();
  for (const [alpha2, list] of Object.entries(byAlpha2)) {
    const alpha3 = countries.alpha2ToAlpha3(alpha2);
    if (alpha3) names.set(alpha3, list);
  }
  return names;
}

const LIBRARY = libraryNames();

/** Every name of every State, the UN's first: code → names. */
const NAMES = new Map<string, string[]>(
  [...LIBRARY].map(([code, list]) => {
    const un = UN_NAMES[code];
    const all = un ? [un.current, ...(un.former ?? []), ...list] : list;
    return [code, [...new Set(all)]];
  }),
);

/**
 * Folded name → code. A name the UN table gives decides; a library name that two codes share
 * ("Congo") and that the table does not settle is left out, listed in AMBIGUOUS_NAMES.
 */
function nameIndex(): { index: Map<string, string>; ambiguous: string[] } {
  const owners = new Map<string, Set<string>>();
  for (const [code, list] of LIBRARY) {
    for (const name of list) {
      const key = foldName(name);
      owners.set(key, (owners.get(key) ?? new Set()).add(code));
    }
  }
  const index = new Map<string, string>();
  const ambiguous: string[] = [];
  for (const [key, codes] of owners) {
    if (codes.size === 1) index.set(key, [...codes][0]!);
    else ambiguous.push(key);
  }
  for (const [code, { current, former = [] }] of Object.entries(UN_NAMES)) {
    for (const name of [current, ...former]) index.set(foldName(name), code);
  }
  return { index, ambiguous: ambiguous.filter((key) => !index.has(key)).sort() };
}

const { index: INDEX, ambiguous } = nameIndex();

/** Library names that two codes share and UN_NAMES does not settle; they resolve to nothing. */
export const AMBIGUOUS_NAMES: readonly string[] = ambiguous;

/**
 * The alpha-3 code of a State named as a document names it: "Cape Verde" → "CPV",
 * "the Philippines" → "PHL", "Libyan Arab Jamahiriya" → "LBY"; undefined for an unknown name.
 */
export function stateCode(name: string): string | undefined {
  return INDEX.get(foldName(name));
}

/** True when the text is an ISO 3166-1 alpha-3 code the library knows, in upper case. */
export function isStateCode(code: string): boolean {
  return NAMES.has(code);
}

/**
 * The name a State is shown by: the UN's current name, else the library's first English name.
 * @throws {RangeError} for a code that is not an ISO 3166-1 alpha-3 code.
 */
export function stateName(code: string): string {
  const names = NAMES.get(code);
  if (!names) throw new RangeError(`"${code}" is not an ISO 3166-1 alpha-3 code, such as "CPV"`);
  return names[0]!;
}

/** Every name known for a State, its current one first; empty for an unknown code. */
export function stateNames(code: string): string[] {
  return NAMES.get(code) ?? [];
}

/** The page of a State: "/states/CPV/". The code is kept in upper case, as ISO 3166 writes it. */
export function statePath(code: string): string {
  return `/states/${code}/`;
}

/** A State named in a text. */
export interface StateMention {
  code: string;
  /** The name as written. */
  name: string;
  start: number;
  end: number;
}

/**
 * Names searched for in running text: every name of every State except abbreviations ("UK",
 * "U.S."), which are ordinary words in upper-case text, and names that are not unique. Longest
 * first, so that "Guinea-Bissau" and "Papua New Guinea" are found whole, never as "Guinea".
 */
const SEARCHED = [...INDEX.keys()]
  .filter((key) => key.replace(/[^a-z]/g, '').length > 3)
  .sort((a, b) => b.length - a.length);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A name preceded by anything but a letter or digit, and followed by anything but a letter, digit
 * or hyphen: "Niger" is not in "Nigeria", nor "Guinea" in "Guinea-Bissau" whatever the names the
 * table lacks; "UNDP-Fiji" names Fiji.
 */
const MENTION = new RegExp(`(?<![\\p{L}\\p{N}])(?:${SEARCHED.map(escape).join('|')})(?![\\p{L}\\p{N}-])`, 'giu');

/**
 * What follows a State's name when it names a currency, not the State: "United States dollars",
 * "New Zealand dollar", "Singapore dollars", "Kenya shillings", "Sri Lanka rupees". ("US$" is an
 * abbreviation, never searched; "Swiss francs" and "euros" name no State.)
 */
const CURRENCY_AFTER = /\s+(?:dollars?|cents?|francs?|shillings?|rupees?|pesos?|dinars?|pounds?|riyals?|rials?|dirhams?|kroner|krona|kronor|rand|yuan|yen)\b/iy;

/** True when the name that ends at `end` is followed by a currency word: it names that currency. */
function namesCurrency(text: string, end: number): boolean {
  CURRENCY_AFTER.lastIndex = end;
  return CURRENCY_AFTER.test(text);
}

/**
 * Every State a text names, in order, but for the names of currencies ("United States dollars"). Names are matched whole, ignoring accents and the case of
 * all but the first letter, which must be a capital ("Turkey", not "turkey"). The positions are
 * those of the text given.
 */
export function findStates(text: string): StateMention[] {
  // The text is folded one character at a time, noting where each folded character came from,
  // so that a match in the folded text maps back to the text as written.
  // Most characters are ASCII letters and spaces, which fold to themselves: only the others are
  // normalised (at 10,000 documents, normalising every character took 4 s of the build).
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code < 0x80 && code !== 0x60) {
      folded += text[i];
      origin.push(i);
      i += 1;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(i)!);
    const plain = char.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'");
    for (let k = 0; k < plain.length; k++) origin.push(i);
    folded += plain;
    i += char.length;
  }
  origin.push(text.length);
  // The case-insensitive pattern cannot ask for a capital itself: under the `i` flag \p{Lu}
  // matches small letters too.
  const capitalised = [...folded.matchAll(MENTION)].filter((match) => /\p{Lu}/u.test(match[0][0]!) && !namesCurrency(folded, match.index + match[0].length));
  return capitalised.map((match) => {
    const start = origin[match.index]!;
    const end = origin[match.index + match[0].length]!;
    return { code: INDEX.get(foldName(match[0]))!, name: text.slice(start, end), start, end };
  });
}
