/**
 * United Nations document symbols: the one grammar, normal form and URL rule of the site.
 *
 * A symbol is a series of components separated by "/": the organ ("A", "E", "S", "ST"), optional
 * subsidiary-body and series markers ("RES", "CN.4", "CONF.157", "C.3"), a session or year, a
 * document number, and suffixes ("Add.1", "Corr.1", "Rev.2"). Some end with a part marker
 * ("A/CONF.157/24 (Part I)"); old General Assembly resolutions carry their session in roman
 * numerals ("A/RES/217(III)").
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
}

const ORGAN = /^[A-Z]{1,4}$/;
/** A component: letters, digits, dots, hyphens, optionally a roman session "(XXI)". */
const COMPONENT = /^[A-Za-z0-9][A-Za-z0-9.-]*(?:\([IVXLC]+\))?$/;
const PART = /\s*\(\s*Part\s+([IVXLC]+)\s*\)$/i;
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

function parseNew(text: string): ParsedSymbol {
  let rest = text.trim().replace(/\s+/g, ' ');
  let part: string | undefined;
  const partMatch = PART.exec(rest);
  if (partMatch) {
    part = partMatch[1]!.toUpperCase();
    rest = rest.slice(0, partMatch.index);
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
      `it must start with an organ code of 1 to 4 letters such as "A", "E" or "S", found "${raw[0]}"`,
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
  const symbol = components.join('/') + (part ? ` (Part ${part})` : '');
  return Object.freeze({ symbol, organ, components: Object.freeze(components), suffixes: Object.freeze(suffixes), ...(part ? { part } : {}) });
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
 * "A/CONF.157/24 (Part I)" → "/A/CONF.157/24(PartI)/" (no space, as undocs.org writes it).
 */
export function symbolToPath(text: string): string {
  let path = paths.get(text);
  if (path === undefined) {
    const { components, part } = parseSymbol(text);
    path = `/${components.join('/')}${part ? `(Part${part})` : ''}/`;
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
 * The symbol a site path stands for, or undefined when the path is not symbol-shaped:
 * "/A/RES/53/137/" → "A/RES/53/137". Accepts paths with or without slashes at the ends.
 */
export function pathToSymbol(path: string): string | undefined {
  // A malformed escape ("%E0%A4%A") is a path that is not symbol-shaped, not a failure.
  try {
    const trimmed = decodeURIComponent(path).replace(/^\/+|\/+$/g, '');
    const withPart = trimmed.replace(/\(Part([IVXLC]+)\)$/i, ' (Part $1)');
    return parseSymbol(withPart).symbol;
  } catch {
    return undefined;
  }
}

/** The official copy of a document on undocs.org. */
export function officialUrl(text: string): string {
  const { components, part } = parseSymbol(text);
  return `https://undocs.org/${components.join('/')}${part ? `(Part${part})` : ''}`;
}

/**
 * Every proper prefix of a symbol's path, shortest first: "A/RES/53/137" →
 * ["/A/", "/A/RES/", "/A/RES/53/"]. These are the site's listing pages.
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
 * "1999/45"; undefined for a symbol that is not a resolution's. A corrigendum or revision is
 * still cited by the resolution's number: "A/RES/53/137/Corr.1" → "53/137".
 */
export function resolutionNumber(text: string): string | undefined {
  const { components, suffixes } = parseSymbol(text);
  const res = components.indexOf('RES');
  const end = components.length - suffixes.length;
  if (res < 0 || res + 1 >= end) return undefined;
  return components.slice(res + 1, end).join('/');
}

/**
 * A symbol as written inside running text: the organ, then components, then an optional part
 * marker. It stops where an export glued a word on ("A/RES/55/88General"); whether a match is
 * a symbol is then up to {@link parseSymbol}.
 */
export const SYMBOL_IN_TEXT =
  /\b[A-Z]{1,4}(?:\/(?:(?:Add|Corr|Rev|Amend|Sub)\.\d+|RES|[A-Z]{1,6}\.\d+|[A-Z]{1,6}(?![a-z])|\d+(?:\([IVXLC]+\))?))+(?: \(Part [IVXLC]+\))?/;
