/**
 * The build-time check of a treaty's data against the texts it cites. A build fails only on data
 * that its own cited source contradicts: a paragraph or row that does not name the State, does not
 * print the day, the number or the quoted words, an anchor or document that does not exist, an
 * interval wider or narrower than its bounding sources. Disagreements between sources are not
 * errors: src/lib/treaty/analysis.ts finds them and the site shows them.
 */
import { formatDate } from '../document/dates.ts';
import { ordinalWord } from '../document/ordinals.ts';
import { findStates, stateCode } from '../document/states.ts';
import { resolutionNumber } from '../symbol/symbol.ts';
import type { TreatyData, TreatySource, ActionSource } from '../../schemas/treaty.ts';
import type { SourceDocument, SourceIndex, Place } from './sources.ts';
import { boundsOf } from './timing.ts';

const CARDINALS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** The ways a text may write a number: "6", "six", and for 1–199 its ordinal, "twentieth". */
export function numberForms(n: number): string[] {
  const forms = [String(n)];
  if (n < 20) forms.push(CARDINALS[n]!);
  else if (n < 100) forms.push(n % 10 === 0 ? TENS[n / 10]! : `${TENS[Math.floor(n / 10)]}-${CARDINALS[n % 10]}`);
  if (n >= 1 && n <= 199) forms.push(ordinalWord(n));
  return forms;
}

/** Whether a text writes a number, as a whole word, in any of its forms. */
export function writesNumber(text: string, n: number): boolean {
  return numberForms(n).some((form) => new RegExp(`(?<![\\w-])${form}(?![\\w-])`, 'i').test(text));
}

/** Whether a text prints a day as the documents print dates: "6 December 2001". */
export function printsDate(text: string, iso: string): boolean {
  return new RegExp(`(?<!\\d)${formatDate(iso).replace(/ /g, '\\s+')}`, 'i').test(text);
}

/** The text of a place, shortened for a message. */
function excerpt(place: Place): string {
  return place.text.length > 160 ? `${place.text.slice(0, 157)}...` : place.text;
}

/** Error thrown when a treaty's data contradicts the texts it cites. */
export class TreatyDataError extends Error {
  override name = 'TreatyDataError';
}

/** The place a source points to, or a message saying why there is none. */
function resolve(index: SourceIndex, source: TreatySource | ActionSource): { document: SourceDocument; place: Place } | string {
  const document = index.get(source.document);
  if (!document) {
    return `cites the document "${source.document}", which is not in content/documents/; expected the id of a document (its symbol's path, or "unnumbered/<id>")`;
  }
  const place = document.places.get(source.anchor);
  if (!place) {
    const anchors = [...document.places.keys()];
    const shown = anchors.length > 12 ? `${anchors.slice(0, 12).join(', ')}, ...` : anchors.join(', ');
    return `cites ${document.label} #${source.anchor}, which that page does not have; expected one of its anchors: ${shown}`;
  }
  return { document, place };
}

/** Where a source points, for messages: `E/CN.4/2002/89 #p4 (para. 4)`. */
function at(document: SourceDocument, place: Place): string {
  return `${document.label} #${place.id} (${place.label})`;
}

/**
 * Checks a treaty's data against the texts it cites.
 * @param file the data file, named in every message.
 * @returns the messages, one per problem; empty when the data holds.
 */
export function verifyTreaty(treaty: TreatyData, index: SourceIndex, file: string): string[] {
  const problems: string[] = [];
  const problem = (where: string, message: string) => problems.push(`${file}: ${where}: ${message}`);

  /** Checks the common parts of a source: its place, its quote, its day; returns the place. */
  const checkSource = (where: string, source: TreatySource | ActionSource): { document: SourceDocument; place: Place } | undefined => {
    const resolved = resolve(index, source);
    if (typeof resolved === 'string') {
      problem(where, resolved);
      return undefined;
    }
    const { document, place } = resolved;
    const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
    if (source.quote !== undefined && !squash(place.text).includes(squash(source.quote))) {
      problem(where, `quotes "${source.quote}", which ${at(document, place)} does not contain; the text reads: "${excerpt(place)}"`);
    }
    for (const key of ['date', 'by', 'after'] as const) {
      const day = (source as ActionSource)[key];
      if (day !== undefined && !printsDate(place.text, day)) {
        problem(where, `gives ${key} ${day}, but ${at(document, place)} does not print ${formatDate(day)}; the text reads: "${excerpt(place)}"`);
      }
    }
    return resolved;
  };

  treaty.adoption.sources.forEach((source, i) => {
    const where = `adoption.sources[${i}]`;
    const found = checkSource(where, source);
    if (found && !found.place.text.includes(resolutionCitation(treaty.adoption.resolution))) {
      problem(where, `${at(found.document, found.place)} does not cite resolution ${resolutionCitation(treaty.adoption.resolution)}; the text reads: "${excerpt(found.place)}"`);
    }
  });

  const rule = treaty.entryIntoForce;
  rule.ruleSources.forEach((source, i) => {
    const where = `entryIntoForce.ruleSources[${i}]`;
    const found = checkSource(where, source);
    const article = rule.article === undefined ? undefined : new RegExp(`article ${rule.article}(?!\\d)`, 'i');
    if (found && !writesNumber(found.place.text, rule.instruments) && !(article?.test(found.place.text) ?? false)) {
      problem(where, `${at(found.document, found.place)} states neither the number ${rule.instruments} nor article ${rule.article ?? '(none given)'}; the text reads: "${excerpt(found.place)}"`);
    }
  });
  rule.lastInstrument?.sources.forEach((source, i) => {
    const where = `entryIntoForce.lastInstrument.sources[${i}]`;
    const found = checkSource(where, source);
    if (found && !writesNumber(found.place.text, rule.instruments)) {
      problem(where, `${at(found.document, found.place)} does not say which instrument (the ${ordinalWord(rule.instruments)}) it dates; the text reads: "${excerpt(found.place)}"`);
    }
    if (source.date !== undefined && source.date !== rule.lastInstrument!.date) {
      problem(where, `gives date ${source.date}, expected the date it is cited for, ${rule.lastInstrument!.date}`);
    }
  });
  rule.sources.forEach((source, i) => {
    const where = `entryIntoForce.sources[${i}]`;
    checkSource(where, source);
    if (source.date !== undefined && source.date !== rule.date) {
      problem(where, `gives date ${source.date}, expected the date it is cited for, ${rule.date ?? '(none)'}`);
    }
  });

  treaty.snapshots.forEach((snapshot, i) => {
    const where = `snapshots[${i}] (${snapshot.document} #${snapshot.anchor})`;
    const found = checkSource(where, snapshot);
    if (!found) return;
    if (snapshot.asAtNote === undefined && !printsDate(found.place.text, snapshot.asAt)) {
      problem(where, `is as at ${snapshot.asAt}, but ${at(found.document, found.place)} does not print ${formatDate(snapshot.asAt)}; expected the day it prints, or an asAtNote saying where the day comes from`);
    }
    for (const key of ['parties', 'signatories', 'stillNeeded'] as const) {
      const n = snapshot[key];
      if (n !== undefined && !writesNumber(found.place.text, n)) {
        problem(where, `gives ${key} ${n}, but ${at(found.document, found.place)} does not write that number; the text reads: "${excerpt(found.place)}"`);
      }
    }
  });

  treaty.periods.forEach((period, i) => {
    const where = `periods[${i}] (${period.document} #${period.anchor})`;
    const found = checkSource(where, period);
    if (!found) return;
    if (period.from > period.to) problem(where, `runs from ${period.from} to ${period.to}, expected "from" not after "to"`);
    for (const key of ['parties', 'signatures'] as const) {
      const n = period[key];
      if (n !== undefined && !writesNumber(found.place.text, n)) {
        problem(where, `gives ${key} ${n}, but ${at(found.document, found.place)} does not write that number; the text reads: "${excerpt(found.place)}"`);
      }
    }
  });

  /** The snapshot of each place that lists States, by "document#anchor". */
  const listings = new Map(
    treaty.snapshots.filter((s) => s.listing === 'paragraph').map((s) => [`${index.get(s.document)?.id}#${s.anchor}`, s]),
  );
  /** The States each cited place has an action citing it for: "document#anchor" → codes. */
  const cited = new Map<string, Set<string>>();
  const seen = new Map<string, number>();

  treaty.actions.forEach((action, i) => {
    const where = `actions[${i}] (${action.state}, ${action.kind})`;
    const code = stateCode(action.state);
    if (!code) {
      problem(where, `names the State "${action.state}", which is neither an English name of an ISO 3166-1 country nor in UN_NAMES (src/lib/document/states.ts); expected a name such as "Cape Verde"`);
    }
    const group = action.kind === 'signature' ? 'signature' : 'party';
    if (code) {
      const key = `${code} ${group}`;
      const first = seen.get(key);
      if (first !== undefined) problem(where, `is a second ${group === 'party' ? 'ratification or accession' : 'signature'} of ${action.state}, already recorded as actions[${first}]; expected one per State`);
      else seen.set(key, i);
    }
    action.sources.forEach((source, j) => {
      const sourceWhere = `${where}, sources[${j}]`;
      const found = checkSource(sourceWhere, source);
      if (!found) return;
      const placeKey = `${found.document.id}#${found.place.id}`;
      if (source.after === undefined && code) {
        const named = findStates(found.place.text).some((mention) => mention.code === code);
        if (!named) {
          problem(sourceWhere, `${at(found.document, found.place)} does not name ${action.state} (nor any other name of ${code}); expected the cited text to name the State. The text reads: "${excerpt(found.place)}"`);
        }
        cited.set(placeKey, (cited.get(placeKey) ?? new Set()).add(code));
      }
      if (source.date !== undefined && action.date !== undefined && source.date !== action.date) {
        problem(sourceWhere, `gives date ${source.date}, but the action is dated ${action.date}; expected the day the source prints`);
      }
      if (source.date !== undefined && action.between !== undefined) {
        problem(sourceWhere, `states the day ${source.date}, but the action is given as an interval; expected "date: ${source.date}" on the action`);
      }
      const listing = listings.get(placeKey);
      if (listing && source.by !== undefined && source.by !== listing.asAt) {
        problem(sourceWhere, `gives by ${source.by}, but the snapshot of ${at(found.document, found.place)} is as at ${listing.asAt}; expected the same day`);
      }
    });
    if (action.between) {
      const bounds = boundsOf(action.sources);
      if (bounds.after !== action.between.after || bounds.by !== action.between.by) {
        problem(where, `is given between ${action.between.after} and ${action.between.by}, but its sources bound it after ${bounds.after ?? '(no source)'} and by ${bounds.by ?? '(no source)'}; expected the interval its sources give, with a source for each bound`);
      }
    }
  });

  // A status paragraph or table row that names a State with no action recording what it says.
  for (const snapshot of treaty.snapshots) {
    const document = index.get(snapshot.document);
    if (!document || snapshot.listing === 'none') continue;
    const places =
      snapshot.listing === 'paragraph'
        ? [document.places.get(snapshot.anchor)].filter((p): p is Place => p !== undefined)
        : [...document.places.values()].filter((p) => p.kind === 'row');
    for (const place of places) {
      const recorded = cited.get(`${document.id}#${place.id}`) ?? new Set();
      for (const mention of findStates(snapshot.listing === 'table' ? place.text.split(' | ')[0]! : place.text)) {
        if (!recorded.has(mention.code)) {
          problems.push(`${file}: snapshots (${snapshot.document} #${snapshot.anchor}): ${at(document, place)} names ${mention.name}, but no action cites it for ${mention.name}; expected every State a status list names to be recorded`);
          recorded.add(mention.code);
        }
      }
    }
  }
  return problems;
}

/** A resolution as the texts cite it: "A/RES/45/158" → "45/158". */
function resolutionCitation(symbol: string): string {
  return resolutionNumber(symbol) ?? symbol;
}

/**
 * Checks a treaty's data and throws when it contradicts its sources.
 * @throws {TreatyDataError} listing every problem, one line each.
 */
export function assertTreaty(treaty: TreatyData, index: SourceIndex, file: string): void {
  const problems = verifyTreaty(treaty, index, file);
  if (problems.length > 0) {
    throw new TreatyDataError(`Treaty data contradicts its sources:\n${problems.join('\n')}`);
  }
}
