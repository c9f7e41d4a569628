/**
 * United Nations document symbols: the one grammar, normal form and URL rule of the site.
 *
 * A symbol is a series of components separated by "/": the series code of an organ or treaty body
 * ("A", "E", "S", "ST", "CEDAW", "CCPR"), optional subsidiary-body and series markers ("RES",
 * "CN.4", "CONF.157", "C.12", "WG.6", "ES-11"), a session or year, a document number, possibly a
 * range of combined reports ("CEDAW/C/BRB/CO/5-8"), and suffixes ("Add.1", "Corr.1", "Rev.2").
 * Some end with a part marker ("A/CONF.157/24 (Part I)"); old General Assembly resolutions carry
 * their session in roman numerals ("A/RES/217(III)"), Security Council resolutions their year
 * ("S/RES/1 (1946)"). A document issued in two series at once has a joint symbol, the two
 * joined by "-" ("A/79/302-S/2024/600", "CEDAW/C/GC/31-CRC/C/GC/18").
 */

/** Suffix and series words written in mixed case in official symbols, keyed by upper case. */
const MIXED_CASE_WORDS: Record<string, string> = {
  ADD: 'Add',
  CORR: 'Corr',
  REV: 'Rev',
  AMEND: 'Amend',
  SUB: 'Sub',
  SUMMARY: 'Summary',
};

/** Suffix kinds that follow a document number: addendum, corrigendum, revision, amendment. */
export const SUFFIX_KINDS = ['Add', 'Corr', 'Rev', 'Amend'] as const;
export type SuffixKind = (typeof SUFFIX_KINDS)[number];

/** The parts of a parsed symbol. */
export interface ParsedSymbol {
  /** Normal form, e.g. "A/RES/53/137" or "A/CONF.157/24 (Part I)". */
  readonly symbol: string;
  /** The organ code: "A" (General Assembly), "E" (ECOSOC), "S" (Security Council), ... */
  readonly organ: string;
  /** Every "/"-separated component in normal form, the part marker excluded. */
  readonly components: readonly string[];
  /** Trailing Add./Corr./Rev./Amend. suffixes, in order. */
  readonly suffixes: readonly { readonly kind: SuffixKind; readonly number: number }[];
  /** The roman numeral of a "(Part I)" marker, when present. */
  readonly part?: string;
  /** The year of a Security Council resolution, "S/RES/1 (1946)" → 1946; not among `components`. */
  readonly year?: number;
  /**
   * The second symbol of a joint symbol, in normal form: "A/79/302-S/2024/600" → "S/2024/600".
   * `organ`, `components` and `suffixes` are then the first symbol's.
   */
  readonly joint?: string;
}

/** The series code that opens a symbol: an organ ("A"), a treaty body ("CEDAW"), a programme ("UNEP"). */
const ORGAN = /^[A-Z]{1,8}$/;
/** A component: letters, digits, dots, hyphens, optionally a roman session "(XXI)". */
const COMPONENT = /^[A-Za-z0-9][A-Za-z0-9.-]*(?:\([IVXLC]+\))?$/;
const PART = /\s*\(\s*Part\s+([IVXLC]+)\s*\)$/i;
/** The year after a Security Council resolution's number: "S/RES/1 (1946)", also typed "S/RES/1(1946)". */
const YEAR = /\s*\(\s*(\d{4})\s*\)$/;
/** The only series whose symbols carry a year: the Security Council's resolutions. */
const YEAR_SERIES = /^S\/RES\/\d+$/;
/** Two symbols joined by "-", one document issued in two series: "A/79/302-S/2024/600". */
const JOINT = /^(.*\d)\s*-\s*([A-Za-z]{1,8}\s*\/.*)$/;
const SUFFIX = /^(Add|Corr|Rev|Amend)\.(\d+)$/;

/** Error thrown for a string that is not a UN document symbol. */
export class SymbolError extends Error {
  override name = 'SymbolError';
  /** What is wrong, without the text, so that the schema can quote it without repeating the text. */
  readonly reason: string;

  /**
   * @param text the string that was given.
   * @param reason what is wrong with it.
   */
  constructor(text: string, reason: string) {
    super(`"${text}" is not a UN document symbol: ${reason}`);
    this.reason = reason;
  }
}

function normaliseComponent(component: string): string {
  return component
    .split('.')
    .map((word) => MIXED_CASE_WORDS[word.toUpperCase()] ?? word.toUpperCase())
    .join('.');
}

/** Symbols parsed so far: a build parses each document's symbol for dozens of its pages' parts. */
const parsed = new Map<string, ParsedSymbol>();

/**
 * Parses a symbol typed in any case and spacing ("a/res/53/137", "A/CONF.157/24 (part i)").
 * The result is frozen: it is shared by every caller that parses the same text.
 * @throws {SymbolError} saying what is wrong when the text is not a symbol.
 */
export function parseSymbol(text: string): ParsedSymbol {
  let result = parsed.get(text);
  if (result === undefined) {
    result = parseNew(text);
    parsed.set(text, result);
  }
  return result;
}

/**
 * The two symbols of a joint symbol, each in normal form: "A/79/302-S/2024/600" →
 * ["A/79/302", "S/2024/600"], "cedaw/c/gc/31-crc/c/gc/18" → ["CEDAW/C/GC/31", "CRC/C/GC/18"];
 * undefined for a text that is not two symbols joined by "-".
 */
export function jointSymbols(text: string): [string, string] | undefined {
  const parsed = isSymbol(text) ? parseSymbol(text) : undefined;
  if (parsed?.joint === undefined) return undefined;
  return [parsed.components.join('/'), parsed.joint];
}

/**
 * The two halves of a joint symbol, parsed, or undefined when the text is not two symbols joined
 * by "-". A half that is itself joint is refused: no document is issued in three series.
 */
function splitJoint(text: string, rest: string): [ParsedSymbol, ParsedSymbol] | undefined {
  const match = JOINT.exec(rest);
  if (!match || !isSymbol(match[1]!) || !isSymbol(match[2]!)) return undefined;
  const halves: [ParsedSymbol, ParsedSymbol] = [parseSymbol(match[1]!), parseSymbol(match[2]!)];
  if (halves.some((half) => half.joint !== undefined)) throw new SymbolError(text, 'it joins more than two symbols with "-"');
  return halves;
}

/** The year marker of an SC resolution, taken off the text: "S/RES/1 (1946)" → ["S/RES/1", 1946]. */
function takeYear(text: string, rest: string): [string, number | undefined] {
  const match = YEAR.exec(rest);
  if (!match) return [rest, undefined];
  const base = rest.slice(0, match.index);
  if (!YEAR_SERIES.test(base.toUpperCase().replace(/\s+/g, ''))) {
    throw new SymbolError(text, `only a Security Council resolution ("S/RES/1 (1946)") ends in a year in parentheses`);
  }
  return [base, Number(match[1])];
}

function parseNew(text: string): ParsedSymbol {
  let rest = text.trim().replace(/\s+/g, ' ');
  let part: string | undefined;
  const partMatch = PART.exec(rest);
  if (partMatch) {
    part = partMatch[1]!.toUpperCase();
    rest = rest.slice(0, partMatch.index);
  }
  const [base, year] = takeYear(text, rest);
  rest = base;
  const joint = splitJoint(text, rest);
  if (joint) {
    const [first, second] = joint;
    return Object.freeze({ ...first, symbol: `${first.symbol}-${second.symbol}${part ? ` (Part ${part})` : ''}`, joint: second.symbol, ...(part ? { part } : {}) });
  }
  const raw = rest.split('/');
  if (raw.length < 2) {
    throw new SymbolError(text, 'expected components separated by "/", such as "A/RES/53/137"');
  }
  const components = raw.map((c) => normaliseComponent(c.trim()));
  const organ = components[0]!;
  if (!ORGAN.test(organ)) {
    throw new SymbolError(
      text,
      `it must start with a series code of 1 to 8 letters such as "A", "S" or "CEDAW", found "${raw[0]}"`,
    );
  }
  components.forEach((component, index) => {
    if (component === '') {
      throw new SymbolError(text, `component ${index + 1} is empty: "/" twice in a row or at the end`);
    }
    if (!COMPONENT.test(component)) {
      throw new SymbolError(
        text,
        `component ${index + 1} "${raw[index]}" may hold only letters, digits, "." and "-", and end in a session in roman numerals such as "(III)"`,
      );
    }
  });
  const suffixes: ParsedSymbol['suffixes'][number][] = [];
  for (let i = components.length - 1; i > 0; i--) {
    const match = SUFFIX.exec(components[i]!);
    if (!match) break;
    suffixes.unshift(Object.freeze({ kind: match[1] as SuffixKind, number: Number(match[2]) }));
  }
  const symbol = components.join('/') + (year !== undefined ? ` (${year})` : '') + (part ? ` (Part ${part})` : '');
  return Object.freeze({
    symbol,
    organ,
    components: Object.freeze(components),
    suffixes: Object.freeze(suffixes),
    ...(part ? { part } : {}),
    ...(year !== undefined ? { year } : {}),
  });
}

/** A parsed symbol as a path or undocs.org writes it, without slashes at the ends: "S/RES/1(1946)". */
function pathForm({ components, part, year, joint }: ParsedSymbol): string {
  return `${components.join('/')}${joint !== undefined ? `-${joint}` : ''}${year !== undefined ? `(${year})` : ''}${part ? `(Part${part})` : ''}`;
}

/** True when the text parses as a symbol. */
export function isSymbol(text: string): boolean {
  try {
    parseSymbol(text);
    return true;
  } catch {
    return false;
  }
}

/** The normal form of a symbol: "a/res/53/137 " → "A/RES/53/137". */
export function normaliseSymbol(text: string): string {
  return parseSymbol(text).symbol;
}

/**
 * The site path of a symbol, the one URL rule: "A/RES/53/137" → "/A/RES/53/137/",
 * "A/CONF.157/24 (Part I)" → "/A/CONF.157/24(PartI)/", "S/RES/1 (1946)" → "/S/RES/1(1946)/"
 * (no space, as undocs.org writes them).
 */
export function symbolToPath(text: string): string {
  let path = paths.get(text);
  if (path === undefined) {
    path = `/${pathForm(parseSymbol(text))}/`;
    paths.set(text, path);
  }
  return path;
}

/** The paths of the symbols seen: a build asks for each document's path a dozen times per page it is on. */
const paths = new Map<string, string>();

/** The path of a symbol without slashes at either end, as a content-file id: "A/RES/53/137". */
export function symbolToId(text: string): string {
  return symbolToPath(text).slice(1, -1);
}

/**
 * The symbol of the document a site path stands for, or undefined when the path is not
 * symbol-shaped or holds no number: "/A/RES/53/137/" → "A/RES/53/137", "/S/RES/1(1946)/" →
 * "S/RES/1 (1946)". Accepts paths with or without slashes at the ends.
 */
export function pathToSymbol(path: string): string | undefined {
  // A malformed escape ("%E0%A4%A") is a path that is not symbol-shaped, not a failure.
  try {
    const trimmed = decodeURIComponent(path).replace(/^\/+|\/+$/g, '');
    // A document's symbol holds a number; "/browse/general-assembly/" only looks like a series.
    if (!/\d/.test(trimmed)) return undefined;
    const spaced = trimmed.replace(/\(Part([IVXLC]+)\)$/i, ' (Part $1)').replace(/\((\d{4})\)$/, ' ($1)');
    return parseSymbol(spaced).symbol;
  } catch {
    return undefined;
  }
}

/** The official copy of a document on undocs.org. */
export function officialUrl(text: string): string {
  return `https://undocs.org/${pathForm(parseSymbol(text))}`;
}

/**
 * Every proper prefix of a symbol's path, shortest first: "A/RES/53/137" →
 * ["/A/", "/A/RES/", "/A/RES/53/"]. These are the site's listing pages. The parts of a document
 * share its number ("/A/CONF.157/24/" lists them); a year, like a roman session, belongs to the
 * number ("S/RES/1 (1946)" → ["/S/", "/S/RES/"]); a joint symbol is listed under its first
 * series ("A/79/302-S/2024/600" → ["/A/", "/A/79/"]).
 */
export function symbolPrefixes(text: string): string[] {
  const { components, part } = parseSymbol(text);
  const count = part ? components.length + 1 : components.length;
  const prefixes: string[] = [];
  for (let n = 1; n < count; n++) prefixes.push(`/${components.slice(0, n).join('/')}/`);
  return prefixes;
}

/**
 * The number a resolution is cited by: "A/RES/53/137" → "53/137", "E/CN.4/RES/1999/45" →
 * "1999/45", "S/RES/1 (1946)" → "1 (1946)"; undefined for a symbol that is not a resolution's.
 * A corrigendum or revision is still cited by the resolution's number: "A/RES/53/137/Corr.1" →
 * "53/137".
 */
export function resolutionNumber(text: string): string | undefined {
  const { components, suffixes, year } = parseSymbol(text);
  const res = components.indexOf('RES');
  const end = components.length - suffixes.length;
  if (res < 0 || res + 1 >= end) return undefined;
  return components.slice(res + 1, end).join('/') + (year !== undefined ? ` (${year})` : '');
}

/** One symbol in running text, without its part marker: series code, components, an SC resolution's year. */
const ONE_IN_TEXT = String.raw`\b[A-Z]{1,8}(?:\/(?:(?:Add|Corr|Rev|Amend|Sub)\.\d+|RES|[A-Z]{1,6}\.\d+|[A-Z]{1,6}-\d+|[A-Z]{1,6}(?![a-z])|\d+(?:-\d+)?(?:\([IVXLC]+\))?))+(?:(?<=\bS\/RES\/\d+) ?\(\d{4}\))?`;

/**
 * A symbol as written inside running text: the series code, then components, then an optional
 * year (Security Council resolutions only), a second symbol it is joined to by "-"
 * ("A/79/302-S/2024/600") and a part marker. It stops where an export glued a word on
 * ("A/RES/55/88General"), starts at a word that no "/" or "." precedes ("REC/1" in
 * "WHA71/2018/REC/1" is no symbol), and finds nothing rather than a shorter symbol where the text
 * goes on with a component it cannot read ("A/RES/../x"). Whether a match is a symbol is then up
 * to {@link parseSymbol}.
 */
export const SYMBOL_IN_TEXT = new RegExp(String.raw`(?<![/.])${ONE_IN_TEXT}(?:-${ONE_IN_TEXT})?(?: \(Part [IVXLC]+\))?(?![A-Za-z0-9.]*\/)`);
