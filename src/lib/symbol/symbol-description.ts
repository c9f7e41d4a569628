/**
 * What a symbol says about its document before anyone has read it: a resolution or another
 * document, of which body, from which session or year. The pages of cited documents that are not
 * in the collection say this much about them.
 */
import { bodyByName, bodyOfSymbol, type BodyName } from '../document/bodies.ts';
import { romanValue } from '../citation/references.ts';
import { MAX_ORDINAL, ordinalWord } from '../document/ordinals.ts';
import { isStateCode, stateName } from '../document/states.ts';
import { parseSymbol, resolutionNumber, type ParsedSymbol, type SuffixKind } from './symbol.ts';

/** What the symbol alone tells. */
export interface SymbolDescription {
  kind: 'resolution' | 'document';
  /** The body whose series the symbol belongs to, when the site knows it. */
  body?: BodyName;
  /** The session the symbol names (A/RES/45/158 → 45, A/RES/217(III) → 3). */
  session?: number;
  /** The year the symbol names (E/CN.4/2002/94 → 2002, S/RES/1 (1946) → 1946). */
  year?: number;
  /** The State the document is about, as an ISO 3166-1 alpha-3 code (A/HRC/WG.6/29/BRB/1 → "BRB"). */
  state?: string;
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

/**
 * A special session named by a symbol component: "ES-11" → "eleventh emergency special session",
 * "S-27" → "twenty-seventh special session"; undefined for any other component.
 */
function specialSession(component: string | undefined): string | undefined {
  const match = /^(E?S)-(\d+)$/.exec(component ?? '');
  if (!match || Number(match[2]) < 1 || Number(match[2]) > MAX_ORDINAL) return undefined;
  return `${ordinalWord(Number(match[2]))} ${match[1] === 'ES' ? 'emergency special' : 'special'} session`;
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
 * United Nations conference whose documents are numbered A/CONF.157.", "CEDAW/C/GC/38" → "General
 * recommendation No. 38 of the Committee on the Elimination of Discrimination against Women.",
 * "A/HRC/WG.6/29/BRB/1" → the national report of Barbados for the Universal Periodic Review.
 * @throws {SymbolError} when the text is not a symbol.
 */
export function describeSymbol(symbol: string): SymbolDescription {
  const parsed = parseSymbol(symbol);
  const body = bodyOfSymbol(parsed.symbol);
  const number = resolutionNumber(parsed.symbol);
  const description = number !== undefined
    ? describeResolution(parsed, number, body)
    : describeCommitteeDocument(parsed, body) ?? describeUprDocument(parsed) ?? describeDocument(parsed, body);
  // A joint symbol is described by its first symbol; the second names the same document.
  return parsed.joint === undefined ? description : { ...description, text: `${description.text} Also issued as ${parsed.joint}.` };
}

/** "the General Assembly", or the organ code of a series the site does not know. */
function ofBody(parsed: ParsedSymbol, body: BodyName | undefined): string {
  return body ? `the ${body}` : `the United Nations organ "${parsed.organ}"`;
}

/** A resolution: its number as cited, its body, and when it was adopted. */
function describeResolution(parsed: ParsedSymbol, number: string, body: BodyName | undefined): SymbolDescription {
  const roman = /^(\d+)\(([IVXLC]+)\)$/.exec(number);
  const [first, second] = number.split('/');
  const special = specialSession(first);
  // "1325" alone (the Security Council's numbering before the year was written) names neither.
  const { session, year } = roman
    ? { session: romanValue(roman[2]!), year: undefined }
    : parsed.year !== undefined
      ? { session: undefined, year: parsed.year }
      : second !== undefined && !special
        ? sessionOrYear(first)
        : {};
  const printed = roman ? `${roman[1]} (${roman[2]})` : number;
  const adopted = special ? `, adopted at its ${special}` : when(session, year, 'adopted');
  const base = `resolution ${printed} of ${ofBody(parsed, body)}${adopted}`;
  return {
    kind: 'resolution',
    ...(body ? { body } : {}),
    ...(session !== undefined ? { session } : {}),
    ...(year !== undefined ? { year } : {}),
    text: `${withSuffixes(parsed, base)}.`,
  };
}

/** Any other document: its body and the session or year its symbol names. */
function describeDocument(parsed: ParsedSymbol, body: BodyName | undefined): SymbolDescription {
  // The component after the body's own prefix: a session, a year, or a series such as CONF.157.
  const prefixCount = body ? bodyByName(body).symbolPrefix.split('/').length - 1 : 1;
  const next = parsed.components[prefixCount];
  const conference = next && /^CONF\.\d+$/.test(next) ? parsed.components.slice(0, prefixCount + 1).join('/') : undefined;
  if (conference) {
    return { kind: 'document', text: `${withSuffixes(parsed, `a document of the United Nations conference whose documents are numbered ${conference}`)}.` };
  }
  // An organ the site does not know may number its documents otherwise.
  const { session, year } = body ? sessionOrYear(next) : {};
  const special = body ? specialSession(next) : undefined;
  const base = `a document of ${ofBody(parsed, body)}${special ? `, for its ${special}` : when(session, year, 'for')}`;
  return {
    kind: 'document',
    ...(body ? { body } : {}),
    ...(session !== undefined ? { session } : {}),
    ...(year !== undefined ? { year } : {}),
    text: `${withSuffixes(parsed, base)}.`,
  };
}

/** The committees that call their general comments "general recommendations". */
const RECOMMENDING_COMMITTEES = new Set(['CEDAW', 'CERD']);

/** "5" → "fifth periodic report", "1" → "initial report", "5-8" → "combined fifth to eighth periodic reports". */
function reportNumbers(numbers: string): string | undefined {
  const range = /^(\d+)-(\d+)$/.exec(numbers);
  if (range) return `combined ${ordinalWord(Number(range[1]))} to ${ordinalWord(Number(range[2]))} periodic reports`;
  if (!/^\d+$/.test(numbers) || Number(numbers) < 1) return undefined;
  return numbers === '1' ? 'initial report' : `${ordinalWord(Number(numbers))} periodic report`;
}

/**
 * A treaty body's document, by the series after the committee's prefix (its "C/" left out):
 * "GC/38" a general comment or recommendation, "BRB/CO/5-8" concluding observations on a State's
 * reports, "51/D/429/2010" a decision on a communication. Undefined for a body that is no committee.
 */
function describeCommitteeDocument(parsed: ParsedSymbol, body: BodyName | undefined): SymbolDescription | undefined {
  const record = body ? bodyByName(body) : undefined;
  if (!body || !record || !('code' in record)) return undefined;
  const own = parsed.components.slice(record.symbolPrefix.split('/').length - 1, parsed.components.length - parsed.suffixes.length);
  const series = own[0] === 'C' ? own.slice(1) : own;
  const [a, b, c, d] = series;
  let name: string | undefined;
  let state: string | undefined;
  let adopted = '';
  if (series.length === 2 && a === 'GC' && /^\d+$/.test(b!)) {
    name = `${RECOMMENDING_COMMITTEES.has(record.code) ? 'general recommendation' : 'general comment'} No. ${b}`;
  } else if (series.length === 3 && b === 'CO' && isStateCode(a!) && reportNumbers(c!)) {
    state = a;
    name = `concluding observations on the ${reportNumbers(c!)} of ${stateName(a!)}`;
  } else if (series.length === 4 && b === 'D' && /^\d+$/.test(a!) && Number(a) <= MAX_ORDINAL && /^\d+$/.test(c!) && /^\d{4}$/.test(d!)) {
    name = `decision on communication No. ${c}/${d}`;
    adopted = `, adopted at its ${ordinalWord(Number(a))} session`;
  }
  const base = `${name ?? 'a document'} of the ${body}${adopted}`;
  return { kind: 'document', body, ...(state ? { state } : {}), text: `${withSuffixes(parsed, base)}.` };
}

/** The three documents of a State's Universal Periodic Review, by their number in the series. */
const UPR_DOCUMENTS: Record<string, (state: string) => string> = {
  '1': (state) => `national report of ${state}`,
  '2': (state) => `compilation of United Nations information on ${state}`,
  '3': (state) => `summary of stakeholders' submissions on ${state}`,
};

/**
 * A document of the Universal Periodic Review, "A/HRC/WG.6/<session>/<State>/<1|2|3>": the
 * national report, the compilation of United Nations information, the summary of stakeholders'
 * submissions. Undefined for any other symbol.
 */
function describeUprDocument(parsed: ParsedSymbol): SymbolDescription | undefined {
  const own = parsed.components.slice(0, parsed.components.length - parsed.suffixes.length);
  const [organ, council, group, session, state, number] = own;
  if (own.length !== 6 || organ !== 'A' || council !== 'HRC' || group !== 'WG.6') return undefined;
  const document = UPR_DOCUMENTS[number!];
  if (!document || !isStateCode(state!) || !/^\d+$/.test(session!) || Number(session) > MAX_ORDINAL) return undefined;
  const base = `${document(stateName(state!))} for the Universal Periodic Review, a document of the Working Group on the Universal Periodic Review of the Human Rights Council, for its ${ordinalWord(Number(session))} session`;
  return { kind: 'document', body: 'Human Rights Council', state: state!, text: `${withSuffixes(parsed, base)}.` };
}

/**
 * Puts a symbol's suffixes and part before the description of its base document:
 * "Addendum 1 to A/53/625, a document of ...", capitalised as a sentence.
 */
function withSuffixes(parsed: ParsedSymbol, base: string): string {
  const baseComponents = parsed.components.slice(0, parsed.components.length - parsed.suffixes.length);
  const lead = [
    ...(parsed.part ? [`Part ${parsed.part} of`] : []),
    ...[...parsed.suffixes].reverse().map(({ kind, number }) => SUFFIX_NAMES[kind].replace('{n}', String(number))),
  ];
  const text = lead.length > 0 ? `${lead.join(' ')} ${baseComponents.join('/')}, ${base}` : base;
  return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}
