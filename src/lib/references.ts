/**
 * Finding the documents a text cites. A resolution number means different symbols in different
 * bodies: "resolution 53/137" in General Assembly usage is A/RES/53/137, "resolution 1999/45" of
 * the Commission on Human Rights is E/CN.4/RES/1999/45, and "resolution 1775" of the
 * Organization of American States is no UN document at all.
 */
import type { BodyName } from './bodies.ts';
import { isSymbol, normaliseSymbol, SYMBOL_IN_TEXT } from './symbol.ts';

const SYMBOL = new RegExp(SYMBOL_IN_TEXT.source, 'g');

/** Symbol prefixes of the resolutions of each body that numbers them by year. */
const YEAR_NUMBERED_RESOLUTIONS: Partial<Record<BodyName, string>> = {
  'Commission on Human Rights': 'E/CN.4/RES/',
  'Economic and Social Council': 'E/RES/',
};

/**
 * The symbol of a resolution cited by number, given the body that adopted it: session-numbered
 * ("53/137") resolutions are the General Assembly's; year-numbered ("1999/45") ones belong to
 * the body named, or are unknown (undefined) when that body is not known.
 */
export function resolutionSymbol(number: string, adoptedBy: BodyName | undefined): string | undefined {
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(number);
  if (!match) return undefined;
  const isYear = match[1]!.length === 4;
  if (!isYear) return adoptedBy === undefined || adoptedBy === 'General Assembly' ? `A/RES/${number}` : undefined;
  const prefix = adoptedBy ? YEAR_NUMBERED_RESOLUTIONS[adoptedBy] : undefined;
  return prefix ? `${prefix}${number}` : undefined;
}

/** One citation found in a text. */
export interface Reference {
  /** Where the cited text starts and ends in the text searched. */
  start: number;
  end: number;
  /** The cited text as written: "A/54/150", "53/137", "paragraph 3 of resolution 53/137". */
  text: string;
  /** The symbol cited. */
  symbol: string;
  /** The operative paragraph cited, when the text names one. */
  paragraph?: number;
}

/** The context a text is read in: the body whose document it is. */
export interface ReferenceContext {
  body: BodyName;
}

/** "resolution 53/137", "resolutions 55/93 and 58/166", "paragraph 3 of resolution 53/137", "Resolution 217 A (III)". */
const RESOLUTIONS =
  /\b(?:(paragraph (\d+) of )?(?:its |their |the )?)?[Rr]esolutions? ((?:\d{1,4}\/\d{1,4}|\d{1,4} [A-Z] \([IVXLC]+\))(?:(?:, | and |, and )(?:\d{1,4}\/\d{1,4}|\d{1,4} [A-Z] \([IVXLC]+\)))*)/g;
const ONE_RESOLUTION = /\d{1,4}\/\d{1,4}|(\d{1,4}) [A-Z] \(([IVXLC]+)\)/g;

/** Bodies a sentence may name as the adopter of a year-numbered resolution. */
const ADOPTERS: [RegExp, BodyName][] = [
  [/Commission on Human Rights/, 'Commission on Human Rights'],
  [/Economic and Social Council/, 'Economic and Social Council'],
];

/** The sentence around a position: from the previous full stop to the next. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.lastIndexOf('. ', start);
  const after = text.indexOf('. ', end);
  return text.slice(before < 0 ? 0 : before, after < 0 ? text.length : after);
}

/**
 * The body that adopted a year-numbered resolution cited at a place in a text: the body its
 * sentence names, else the body of the citing document.
 */
function adopterOf(text: string, start: number, end: number, context: ReferenceContext): BodyName {
  const sentence = sentenceAround(text, start, end);
  return ADOPTERS.find(([pattern]) => pattern.test(sentence))?.[1] ?? context.body;
}

/** Whether a cited sentence is about another organisation's resolution (the OAS's). */
function isForeign(text: string, start: number, end: number): boolean {
  return /Organization of American States|\bOAS\b|European Union/.test(sentenceAround(text, start, end));
}

/**
 * Every document a text cites: written-out symbols, and resolutions cited by number, resolved by
 * the usage of the body concerned. Numbers of other organisations' resolutions, dates, page
 * numbers and articles are not references.
 */
export function findReferences(text: string, context: ReferenceContext): Reference[] {
  const found: Reference[] = [];
  for (const match of text.matchAll(SYMBOL)) {
    const written = match[0];
    // A symbol has a number somewhere; "ILO/IOM" is two acronyms.
    if (!/\d/.test(written) || !isSymbol(written)) continue;
    found.push({ start: match.index, end: match.index + written.length, text: written, symbol: normaliseSymbol(written) });
  }
  for (const match of text.matchAll(RESOLUTIONS)) {
    if (isForeign(text, match.index, match.index + match[0].length)) continue;
    const paragraph = match[2] ? Number(match[2]) : undefined;
    const listStart = match.index + match[0].length - match[3]!.length;
    for (const one of match[3]!.matchAll(ONE_RESOLUTION)) {
      const start = listStart + one.index;
      const end = start + one[0].length;
      const symbol = one[1]
        ? `A/RES/${one[1]}(${one[2]})`
        : resolutionSymbol(one[0], adopterOf(text, start, end, context));
      if (!symbol) continue;
      // "paragraph 3 of resolution 53/137": the whole phrase is the reference.
      const whole = paragraph !== undefined && one.index === 0;
      found.push({
        start: whole ? match.index : start,
        end,
        text: whole ? text.slice(match.index, end) : one[0],
        symbol,
        ...(whole ? { paragraph } : {}),
      });
    }
  }
  return found
    .sort((a, b) => a.start - b.start)
    .filter((ref, index, all) => index === 0 || ref.start >= all[index - 1]!.end);
}
