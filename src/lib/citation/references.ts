/**
 * Finding the documents a text cites. A resolution number means different symbols in different
 * bodies: "resolution 53/137" in General Assembly usage is A/RES/53/137, "resolution 1999/45" of
 * the Commission on Human Rights is E/CN.4/RES/1999/45, and "resolution 1775" of the
 * Organization of American States is no UN document at all.
 */
import { bodyByName, bodyOfSymbol, type BodyName } from '../document/bodies.ts';
import { MONTHS } from '../document/dates.ts';
import { isSymbol, normaliseSymbol, SYMBOL_IN_TEXT } from '../symbol/symbol.ts';

const SYMBOL = new RegExp(SYMBOL_IN_TEXT.source, 'g');

/**
 * How a resolution number is written: "53/137" (session/number, "S-27/2" for a special session),
 * "1999/45" (year/number), "217 A (III)" (number, optional letter, session in roman numerals,
 * until the mid-1970s), "2334 (2016)" (number and year, the Security Council's) or "ES-11/10"
 * (an emergency special session of the General Assembly).
 */
type NumberForm = 'session' | 'year' | 'roman' | 'councilYear' | 'emergency';

/** The symbol prefix of each body's resolutions, for each form of number the body uses. */
const RESOLUTION_SERIES: Record<NumberForm, Partial<Record<BodyName, string>>> = {
  session: { 'General Assembly': 'A/RES/', 'Human Rights Council': 'A/HRC/RES/' },
  year: { 'Commission on Human Rights': 'E/CN.4/RES/', 'Economic and Social Council': 'E/RES/' },
  roman: { 'General Assembly': 'A/RES/', 'Economic and Social Council': 'E/RES/' },
  councilYear: { 'Security Council': 'S/RES/' },
  emergency: { 'General Assembly': 'A/RES/' },
};

/**
 * The adopter taken when neither the sentence nor the citing document names a body that numbers
 * its resolutions this way. Only the General Assembly writes "53/137" outside its own documents
 * often enough to be assumed; a year-numbered resolution of an unnamed body is left alone, and
 * so is "1325 (2000)" where the Security Council is not named.
 */
const DEFAULT_ADOPTER: Record<NumberForm, BodyName | undefined> = {
  session: 'General Assembly',
  year: undefined,
  roman: 'General Assembly',
  councilYear: undefined,
  emergency: 'General Assembly',
};

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** The value of a roman numeral written the usual way ("XXI" → 21), or undefined for "IIII", "VX". */
export function romanValue(numeral: string): number | undefined {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN_VALUES[numeral[i]!];
    if (value === undefined) return undefined;
    const next = ROMAN_VALUES[numeral[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 && toRoman(total) === numeral ? total : undefined;
}

function toRoman(n: number): string {
  const steps: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = n;
  let numeral = '';
  for (const [value, letters] of steps) {
    while (rest >= value) {
      numeral += letters;
      rest -= value;
    }
  }
  return numeral;
}

/**
 * The form of a resolution number and the parts its symbol is made of. A letter naming a part of
 * the resolution ("54/237 C", "217 A (III)") is dropped: the symbol covers all the parts.
 */
function parseNumber(number: string): { form: NumberForm; symbolPart: string } | undefined {
  const emergency = /^ES-(\d{1,2})\/(\d{1,3})$/.exec(number);
  if (emergency) return { form: 'emergency', symbolPart: `ES-${emergency[1]}/${emergency[2]}` };
  const slashed = /^((?:S-)?\d{1,4})\/(\d{1,4})(?: [A-Z])?$/.exec(number);
  if (slashed) return { form: /^\d{4}$/.test(slashed[1]!) ? 'year' : 'session', symbolPart: `${slashed[1]}/${slashed[2]}` };
  const roman = /^(\d{1,4})(?: [A-Z])? \(([IVXLC]+)\)$/.exec(number);
  if (roman && romanValue(roman[2]!) !== undefined) return { form: 'roman', symbolPart: `${roman[1]}(${roman[2]})` };
  const councilYear = /^(\d{1,4}) ?\((\d{4})\)$/.exec(number);
  if (councilYear) return { form: 'councilYear', symbolPart: `${councilYear[1]} (${councilYear[2]})` };
  return undefined;
}

/**
 * The symbol of a resolution cited by number, given the body that adopted it:
 * "53/137" of the General Assembly → "A/RES/53/137", "1999/45" of the Commission on Human Rights
 * → "E/CN.4/RES/1999/45", "217 A (III)" → "A/RES/217(III)" (the letter names a part of the
 * resolution, the symbol covers them all), "2334 (2016)" of the Security Council →
 * "S/RES/2334 (2016)", "ES-11/10" → "A/RES/ES-11/10". Undefined when that body does not number its
 * resolutions that way; with no body given, the usual adopter of that form of number, if any.
 */
export function resolutionSymbol(number: string, adoptedBy: BodyName | undefined): string | undefined {
  const parsed = parseNumber(number);
  if (!parsed) return undefined;
  const adopter = adoptedBy ?? DEFAULT_ADOPTER[parsed.form];
  const prefix = adopter ? RESOLUTION_SERIES[parsed.form][adopter] : undefined;
  return prefix ? `${prefix}${parsed.symbolPart}` : undefined;
}

/** The forms of number a body's decisions share with its resolutions: "55/488", "2001/285". */
const DECISION_FORMS: readonly NumberForm[] = ['session', 'year'];

/**
 * The symbol of a decision cited by number, given the body that took it: the body's resolution
 * series with DEC for RES. "17/119" of the Human Rights Council → "A/HRC/DEC/17/119", "55/488" →
 * "A/DEC/55/488", "2001/285" of the Economic and Social Council → "E/DEC/2001/285". Undefined
 * for a number decisions are not given ("217 A (III)", "1325 (2000)"), or as {@link resolutionSymbol}.
 */
export function decisionSymbol(number: string, takenBy: BodyName | undefined): string | undefined {
  const form = parseNumber(number)?.form;
  if (!form || !DECISION_FORMS.includes(form)) return undefined;
  return resolutionSymbol(number, takenBy)?.replace(/\/RES\/(?=[^/]+\/[^/]+$)/, '/DEC/');
}

/** One citation found in a text. */
export interface Reference {
  /** Where the cited text starts and ends in the text searched. */
  start: number;
  end: number;
  /**
   * Where the number or symbol itself starts: the same as `start` except in "paragraph 3 of
   * resolution 53/137", where a link that cannot cover the whole phrase still covers "53/137".
   */
  numberStart: number;
  /** The cited text as written: "A/54/150", "53/137", "paragraph 3 of resolution 53/137". */
  text: string;
  /** The symbol cited. */
  symbol: string;
  /** The operative paragraph cited, when the text names one. */
  paragraph?: number;
}

/** The context a text is read in: the body whose document it is, and its symbol, when known. */
export interface ReferenceContext {
  body?: BodyName | undefined;
  /**
   * The citing document's symbol: the body of its series, when the site knows one, is the
   * citing body ("A/HRC/WG.6/29/BRB/1", a UPR report, is the Human Rights Council's).
   */
  symbol?: string | undefined;
}

const NUMBER = String.raw`ES-\d{1,2}\/\d{1,3}|(?:S-)?\d{1,4}\/\d{1,4}(?: [A-Z](?![\w/-]))?|\d{1,4}(?: [A-Z])? \([IVXLC]+\)|\d{1,4} ?\(\d{4}\)`;
/** "of 9 December 1998", which may follow each number of a list. */
const OF_DATE = String.raw`(?: of \d{1,2} (?:${MONTHS.join('|')}) \d{4})?`;
/**
 * "resolution 53/137", "resolutions 55/93 and 58/166", "paragraph 3 of resolution 53/137",
 * "Resolution 217 A (III)", "resolutions 53/137 of 9 December 1998 and 55/88",
 * "resolutions 1325 (2000), 1820 (2008) and 1889 (2009)", "Decision 17/119".
 */
const RESOLUTIONS = new RegExp(
  String.raw`\b(?:(para(?:graph|\.) (\d+) of )?(?:its |their |the |that )?)?([Rr]esolution|[Dd]ecision)s? ((?:${NUMBER})${OF_DATE}(?:(?:, | and |, and )(?:${NUMBER})${OF_DATE})*)`,
  'g',
);
const ONE_RESOLUTION = new RegExp(NUMBER, 'g');

/**
 * Names a sentence may give the adopter of a resolution by. Other organisations come first, so
 * that "the General Assembly of the Organization of American States" is theirs, not the UN's.
 */
const MENTIONS: [RegExp, BodyName | 'other organisation'][] = [
  [/(?:General Assembly of the )?Organization of American States|\bOAS\b|European Union|Council of Europe|African Union|Organization of African Unity/g, 'other organisation'],
  [/General Assembly|\bthe Assembly\b/g, 'General Assembly'],
  [/Commission on Human Rights/g, 'Commission on Human Rights'],
  [/Economic and Social Council/g, 'Economic and Social Council'],
  [/Human Rights Council/g, 'Human Rights Council'],
  [/Security Council|\bUNSC\b/g, 'Security Council'],
];

/** The sentence around a position: from the previous full stop to the next. */
function sentenceAround(text: string, start: number, end: number): { offset: number; text: string } {
  const before = text.lastIndexOf('. ', start);
  const after = text.indexOf('. ', end);
  const offset = before < 0 ? 0 : before + 2;
  return { offset, text: text.slice(offset, after < 0 ? text.length : after) };
}

/** Every body or organisation a sentence names, with where; an organisation's words claimed once. */
function mentionsIn(sentence: string): { start: number; end: number; adopter: BodyName | 'other organisation' }[] {
  const found: { start: number; end: number; adopter: BodyName | 'other organisation' }[] = [];
  for (const [pattern, adopter] of MENTIONS) {
    for (const match of sentence.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!found.some((taken) => start < taken.end && end > taken.start)) found.push({ start, end, adopter });
    }
  }
  return found;
}

/** The body whose document a text is: the body of its symbol's series when known, else the body given. */
function citingBody(context: ReferenceContext): BodyName | undefined {
  return (context.symbol ? bodyOfSymbol(context.symbol) : undefined) ?? context.body;
}

/** True for a treaty body's committee: the bodies with a code ("CEDAW", "CAT"). */
function isCommittee(body: BodyName): boolean {
  return 'code' in bodyByName(body);
}

/**
 * The adopter of a resolution whose sentence names none: the citing body if it numbers its
 * resolutions this way, else the usual adopter of the form. A committee's texts cite the
 * session-numbered resolutions of the General Assembly and of the Human Rights Council alike
 * ("resolution 16/21"), so there neither is assumed.
 */
function unnamedAdopter(form: NumberForm, citing: BodyName | undefined): BodyName | undefined {
  if (citing && RESOLUTION_SERIES[form][citing]) return citing;
  if (citing && form === 'session' && isCommittee(citing)) return undefined;
  return DEFAULT_ADOPTER[form];
}

/**
 * The body that adopted a resolution cited at a place in a text: of the bodies its sentence
 * names that number resolutions this way, the nearest to the number; else the citing document's
 * body if it does; else the usual adopter of the form. Null when the nearest name is another
 * organisation's ("the OAS, in its resolution ..."), whose resolution is not a UN document, or
 * when no adopter can be told.
 */
function adopterOf(text: string, start: number, end: number, form: NumberForm, context: ReferenceContext): BodyName | null {
  const sentence = sentenceAround(text, start, end);
  const [from, to] = [start - sentence.offset, end - sentence.offset];
  const candidates = mentionsIn(sentence.text)
    .filter(({ adopter }) => adopter === 'other organisation' || RESOLUTION_SERIES[form][adopter] !== undefined)
    .map((mention) => ({ ...mention, distance: mention.end <= from ? from - mention.end : mention.start - to }))
    .sort((a, b) => a.distance - b.distance);
  const nearest = candidates[0];
  if (nearest) return nearest.adopter === 'other organisation' ? null : nearest.adopter;
  return unnamedAdopter(form, citingBody(context)) ?? null;
}

/** The no-break spaces of printed texts: no-break, narrow no-break and figure space. */
const NO_BREAK_SPACES = /[\u00a0\u202f\u2007]/g;

/**
 * Every document a text cites, in text order: written-out symbols, and resolutions and decisions
 * cited by number, resolved by the usage of the body concerned. Numbers of other organisations'
 * resolutions, dates, page numbers and articles are not references.
 */
export function findReferences(written: string, context: ReferenceContext): Reference[] {
  // Read with ordinary spaces where the text has no-break ones ("resolution\u00a053/137",
  // "1325\u00a0(2000)"), as United Nations texts often do; each stands for one character, so the
  // offsets found are the text's own.
  const text = written.replace(NO_BREAK_SPACES, ' ');
  const found: Reference[] = [];
  for (const match of text.matchAll(SYMBOL)) {
    const symbolText = match[0];
    // A symbol has a number somewhere; "ILO/IOM" is two acronyms.
    if (!/\d/.test(symbolText) || !isSymbol(symbolText)) continue;
    const start = match.index;
    const end = start + symbolText.length;
    found.push({ start, end, numberStart: start, text: written.slice(start, end), symbol: normaliseSymbol(symbolText) });
  }
  for (const match of text.matchAll(RESOLUTIONS)) {
    const paragraph = match[2] ? Number(match[2]) : undefined;
    const list = match[4]!;
    const toSymbol = /^[Dd]/.test(match[3]!) ? decisionSymbol : resolutionSymbol;
    const listStart = match.index + match[0].length - list.length;
    for (const one of list.matchAll(ONE_RESOLUTION)) {
      const start = listStart + one.index;
      const end = start + one[0].length;
      const form = parseNumber(one[0])?.form;
      if (!form) continue;
      const adopter = adopterOf(text, start, end, form, context);
      if (adopter === null) continue;
      const symbol = toSymbol(one[0], adopter);
      if (!symbol) continue;
      // "paragraph 3 of resolution 53/137": the whole phrase is the reference.
      const whole = paragraph !== undefined && one.index === 0;
      found.push({
        start: whole ? match.index : start,
        end,
        numberStart: start,
        text: written.slice(whole ? match.index : start, end),
        symbol,
        ...(whole ? { paragraph } : {}),
      });
    }
  }
  return found
    .sort((a, b) => a.start - b.start)
    .filter((ref, index, all) => index === 0 || ref.start >= all[index - 1]!.end);
}
