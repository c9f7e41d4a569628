/**
 * What a symbol says about its document before anyone has read it: a resolution or another
 * document, of which body, from which session or year. The pages of cited documents that are not
 * in the collection say this much about them.
 */
import { bodyByName, bodyOfSymbol, type BodyName } from './bodies.ts';
import { romanValue } from './references.ts';
import { MAX_ORDINAL, ordinalWord } from './ordinals.ts';
import { parseSymbol, resolutionNumber, type SuffixKind } from './symbol.ts';

/** What the symbol alone tells. */
export interface SymbolDescription {
  kind: 'resolution' | 'document';
  /** The body whose series the symbol belongs to, when the site knows it. */
  body?: BodyName;
  /** The session the symbol names (A/RES/45/158 → 45, A/RES/217(III) → 3). */
  session?: number;
  /** The year the symbol names (E/CN.4/2002/94 → 2002). */
  year?: number;
  /** One sentence: "A resolution of the General Assembly, adopted at its forty-fifth session." */
  text: string;
}

/** How a suffix is read out before the document it belongs to. */
const SUFFIX_NAMES: Record<SuffixKind, string> = {
  Add: 'Addendum {n} to',
  Corr: 'Corrigendum {n} to',
  Rev: 'Revision {n} of',
  Amend: 'Amendment {n} to',
};

/**
 * When a resolution was adopted ("adopted at its forty-fifth session", "adopted in 1999") or
 * for when a document was issued ("for its fifty-fourth session", "issued in 2002").
 */
function when(session: number | undefined, year: number | undefined, kind: 'adopted' | 'for'): string {
  if (session !== undefined && session <= MAX_ORDINAL) return kind === 'adopted' ? `, adopted at its ${ordinalWord(session)} session` : `, for its ${ordinalWord(session)} session`;
  if (year !== undefined) return kind === 'adopted' ? `, adopted in ${year}` : `, issued in ${year}`;
  return '';
}

/** The session or year in a symbol component: "53" → session 53, "2002" → year 2002. */
function sessionOrYear(component: string | undefined): { session?: number; year?: number } {
  if (component === undefined || !/^\d+$/.test(component)) return {};
  const n = Number(component);
  return component.length === 4 ? { year: n } : { session: n };
}

/**
 * Describes a symbol from its grammar alone:
 * "A/RES/45/158" → "Resolution 45/158 of the General Assembly, adopted at its forty-fifth session.",
 * "E/CN.4/2002/94/Add.1" → "Addendum 1 to E/CN.4/2002/94, a document of the Commission on Human
 * Rights issued in 2002.", "A/CONF.157/24 (Part I)" → "Part I of A/CONF.157/24, a document of the
 * United Nations conference whose documents are numbered A/CONF.157.".
 * @throws {SymbolError} when the text is not a symbol.
 */
export function describeSymbol(symbol: string): SymbolDescription {
  const parsed = parseSymbol(symbol);
  const body = bodyOfSymbol(parsed.symbol);
  const of = body ? `the ${body}` : `the United Nations organ "${parsed.organ}"`;
  const number = resolutionNumber(parsed.symbol);
  if (number !== undefined) {
    const roman = /^(\d+)\(([IVXLC]+)\)$/.exec(number);
    const [first, second] = number.split('/');
    // "1325" alone (the Security Council's numbering) names neither session nor year.
    const { session, year } = roman ? { session: romanValue(roman[2]!), year: undefined } : second !== undefined ? sessionOrYear(first) : {};
    const printed = roman ? `${roman[1]} (${roman[2]})` : number;
    const base = `resolution ${printed} of ${of}${when(session, year, 'adopted')}`;
    return {
      kind: 'resolution',
      ...(body ? { body } : {}),
      ...(session !== undefined ? { session } : {}),
      ...(year !== undefined ? { year } : {}),
      text: `${withSuffixes(parsed, base)}.`,
    };
  }
  // The component after the body's own prefix: a session, a year, or a series such as CONF.157.
  const prefixCount = body ? bodyByName(body).symbolPrefix.split('/').length - 1 : 1;
  const next = parsed.components[prefixCount];
  const conference = next && /^CONF\.\d+$/.test(next) ? parsed.components.slice(0, prefixCount + 1).join('/') : undefined;
  if (conference) {
    return { kind: 'document', text: `${withSuffixes(parsed, `a document of the United Nations conference whose documents are numbered ${conference}`)}.` };
  }
  // An organ the site does not know may number its documents otherwise.
  const { session, year } = body ? sessionOrYear(next) : {};
  const base = `a document of ${of}${when(session, year, 'for')}`;
  return {
    kind: 'document',
    ...(body ? { body } : {}),
    ...(session !== undefined ? { session } : {}),
    ...(year !== undefined ? { year } : {}),
    text: `${withSuffixes(parsed, base)}.`,
  };
}

/**
 * Puts a symbol's suffixes and part before the description of its base document:
 * "Addendum 1 to A/53/625, a document of ...", capitalised as a sentence.
 */
function withSuffixes(parsed: ReturnType<typeof parseSymbol>, base: string): string {
  const baseComponents = parsed.components.slice(0, parsed.components.length - parsed.suffixes.length);
  const lead = [
    ...(parsed.part ? [`Part ${parsed.part} of`] : []),
    ...[...parsed.suffixes].reverse().map(({ kind, number }) => SUFFIX_NAMES[kind].replace('{n}', String(number))),
  ];
  const text = lead.length > 0 ? `${lead.join(' ')} ${baseComponents.join('/')}, ${base}` : base;
  return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}
