/**
 * What the treaty's data adds up to, and where its sources disagree. Counts are derived from the
 * actions at any day as a range: the States surely party by then, and those whose action the
 * sources place in an interval that contains the day. Each count a document states is compared
 * with the count its own list gives and with the count the actions give; every difference is
 * reported, none is resolved.
 */
import { formatDate } from '../document/dates.ts';
import { ordinalWord } from '../document/ordinals.ts';
import { stateCode, stateName } from '../document/states.ts';
import type { ActionKind, ActionSource, TreatyData } from '../../schemas/treaty.ts';
import type { SourceIndex } from './sources.ts';
import { compareTimings, formatTiming, happenedBy, happenedWithin, type Certainty, type Timing } from './timing.ts';

/** A State's action, with its code and timing. */
export interface StateAction {
  /** Its place in the data file's list. */
  index: number;
  /** The State's name as the sources write it. */
  state: string;
  /** ISO 3166-1 alpha-3. */
  code: string;
  /** The name the State goes by today. */
  currentName: string;
  kind: ActionKind;
  timing: Timing;
  sources: ActionSource[];
  note?: string | undefined;
}

/** How the site names each kind of action. */
export const KIND_LABELS: Record<StateAction['kind'], string> = {
  signature: 'Signature',
  ratification: 'Ratification',
  accession: 'Accession',
  'ratification-or-accession': 'Ratification or accession',
};

/** Whether an action makes its State a party (ratification, accession) or a signatory. */
export function actionGroup(kind: ActionKind): 'party' | 'signature' {
  return kind === 'signature' ? 'signature' : 'party';
}

/** The actions of a treaty with their codes and timings, in date order. Assumes verified data. */
export function stateActions(treaty: TreatyData): StateAction[] {
  return treaty.actions
    .map((action, index): StateAction => {
      const code = stateCode(action.state)!;
      return {
        index,
        state: action.state,
        code,
        currentName: stateName(code),
        kind: action.kind,
        timing: action.date ? { date: action.date } : { after: action.between!.after, by: action.between!.by },
        sources: action.sources,
        note: action.note,
      };
    })
    .sort((a, b) => compareTimings(a.timing, b.timing) || a.state.localeCompare(b.state));
}

/** A count the actions give: the States that surely count, and those that may. */
export interface DerivedCount {
  min: number;
  max: number;
  sure: StateAction[];
  maybe: StateAction[];
}

function tally(entries: [StateAction, Certainty][]): DerivedCount {
  const sure = entries.filter(([, c]) => c === 'yes').map(([a]) => a);
  const maybe = entries.filter(([, c]) => c === 'maybe').map(([a]) => a);
  return { min: sure.length, max: sure.length + maybe.length, sure, maybe };
}

/** The parties at the end of a day. */
export function partiesAt(actions: StateAction[], day: string): DerivedCount {
  return tally(actions.filter((a) => actionGroup(a.kind) === 'party').map((a) => [a, happenedBy(a.timing, day)]));
}

/** The States that had signed by the end of a day and were not yet parties. */
export function signatoriesAt(actions: StateAction[], day: string): DerivedCount {
  const party = new Map(actions.filter((a) => actionGroup(a.kind) === 'party').map((a) => [a.code, happenedBy(a.timing, day)]));
  return tally(
    actions
      .filter((a) => a.kind === 'signature')
      .map((a): [StateAction, Certainty] => {
        const signed = happenedBy(a.timing, day);
        const notParty: Certainty = { yes: 'no', no: 'yes', maybe: 'maybe' }[party.get(a.code) ?? 'no'] as Certainty;
        if (signed === 'no' || notParty === 'no') return [a, 'no'];
        return [a, signed === 'yes' && notParty === 'yes' ? 'yes' : 'maybe'];
      }),
  );
}

/** The actions of one group made from one day to another, both included. */
export function actionsWithin(actions: StateAction[], group: 'party' | 'signature', from: string, to: string): DerivedCount {
  return tally(actions.filter((a) => actionGroup(a.kind) === group).map((a) => [a, happenedWithin(a.timing, from, to)]));
}

/** A place in a document, as a link. */
export interface Citation {
  /** The document's id, the key the data cites it by. */
  document: string;
  /** The document's symbol; absent for a document that states none. */
  symbol?: string | undefined;
  anchor: string;
  /** "E/CN.4/2002/89, para. 4". */
  label: string;
  /** The place's URL path: "/E/CN.4/2002/89/#p4". */
  href: string;
}

/** A citation of a place, from a source as the data gives it. Assumes verified data. */
export function cite(index: SourceIndex, source: { document: string; anchor: string }): Citation {
  const document = index.get(source.document)!;
  const place = document.places.get(source.anchor)!;
  return {
    document: document.id,
    ...(document.data.symbol ? { symbol: document.data.symbol } : {}),
    anchor: place.id,
    label: `${document.label}, ${place.label}`,
    href: `${document.path}#${place.id}`,
  };
}

/** The outcome of comparing what a source states with what the data derives. */
export type CheckStatus = 'agrees' | 'disagrees' | 'undetermined';

/** One comparison, as the site shows it. */
export interface Check {
  status: CheckStatus;
  /** What was compared and what came out, in a sentence. */
  summary: string;
  /** The places whose statements were compared. */
  sources: Citation[];
  /** The States that make a derived count, when it is one: dated and undated. */
  derived?: { sure: StateAction[]; maybe: StateAction[] } | undefined;
}

/** What a snapshot states, lists and the actions give, for one group. */
export interface SnapshotCount {
  /** The number the document states (or implies, from "six still needed"). */
  stated?: number | undefined;
  /** The number of States the document names. */
  listed?: number | undefined;
  derived: DerivedCount;
}

/** A document's "as at" statement with its counts. */
export interface SnapshotView {
  citation: Citation;
  /** How the page names it: the cited paragraph, or the table whose rows it counts ("E/CN.4/2002/89, annex table"). */
  label: string;
  asAt: string;
  asAtNote?: string | undefined;
  quote?: string | undefined;
  parties: SnapshotCount;
  signatories: SnapshotCount;
  /** The parties count a chart marks: stated, else listed, else derived. */
  shown: number;
}

/** What the comparison of the data gives: counts at each snapshot, and every check. */
export interface Analysis {
  actions: StateAction[];
  snapshots: SnapshotView[];
  checks: Check[];
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "15" or "15 to 16". */
function range({ min, max }: DerivedCount): string {
  return min === max ? String(min) : `${min} to ${max}`;
}

function names(actions: StateAction[]): string {
  const list = actions.map((a) => a.state);
  return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

/** Compares a stated number with a derived range. */
function compare(value: number, derived: DerivedCount): CheckStatus {
  if (derived.min === value && derived.max === value) return 'agrees';
  return value >= derived.min && value <= derived.max ? 'undetermined' : 'disagrees';
}

/** Analyses verified treaty data. */
export function analyse(treaty: TreatyData, index: SourceIndex): Analysis {
  const actions = stateActions(treaty);
  const checks: Check[] = [];
  const idOf = (document: string) => index.get(document)!.id;
  const citesAt = (a: StateAction, document: string, anchor: string) =>
    a.sources.some((s) => idOf(s.document) === idOf(document) && s.anchor === anchor && s.by !== undefined);

  /** The parties and signatories a snapshot names, by code. */
  const listing = (snapshot: TreatyData['snapshots'][number]): { parties: Set<string>; signatories: Set<string> } | undefined => {
    if (snapshot.listing === 'none') return undefined;
    const document = index.get(snapshot.document)!;
    const inList = (a: StateAction): boolean =>
      snapshot.listing === 'paragraph'
        ? citesAt(a, snapshot.document, snapshot.anchor)
        : a.sources.some(
            (s) => idOf(s.document) === document.id && document.places.get(s.anchor)?.kind === 'row' && s.date !== undefined && s.date <= snapshot.asAt,
          );
    const parties = new Set(actions.filter((a) => actionGroup(a.kind) === 'party' && inList(a)).map((a) => a.code));
    const signatories = new Set(actions.filter((a) => a.kind === 'signature' && inList(a) && !parties.has(a.code)).map((a) => a.code));
    return { parties, signatories };
  };

  /** How a check names a snapshot's list: the cited paragraph, or the table whose rows it counts. */
  const listLabel = (snapshot: TreatyData['snapshots'][number]): string => {
    const citation = cite(index, snapshot);
    if (snapshot.listing !== 'table') return citation.label;
    const document = index.get(snapshot.document)!;
    const row = [...document.places.values()].find((p) => p.kind === 'row');
    return `${document.label}, ${row ? row.label.split(', ')[0] : 'table'} table`;
  };

  const snapshots = treaty.snapshots.map((snapshot): SnapshotView => {
    const citation = cite(index, snapshot);
    const label = listLabel(snapshot);
    const listed = listing(snapshot);
    const day = formatDate(snapshot.asAt);
    const statedParties =
      snapshot.parties ?? (snapshot.stillNeeded === undefined ? undefined : treaty.entryIntoForce.instruments - snapshot.stillNeeded);
    const groups = {
      parties: { stated: statedParties, listed: listed?.parties.size, derived: partiesAt(actions, snapshot.asAt) },
      signatories: { stated: snapshot.signatories, listed: listed?.signatories.size, derived: signatoriesAt(actions, snapshot.asAt) },
    };
    for (const [group, count] of Object.entries(groups)) {
      const what = group === 'parties' ? 'parties' : 'signatories (signed, not yet parties)';
      const how =
        group === 'parties' && snapshot.stillNeeded !== undefined
          ? `${plural(treaty.entryIntoForce.instruments, 'instrument', 'instruments')} needed and ${snapshot.stillNeeded} still needed make ${statedParties} parties`
          : `${count.stated} ${what}`;
      if (count.stated !== undefined && count.listed !== undefined) {
        checks.push({
          status: count.stated === count.listed ? 'agrees' : 'disagrees',
          summary: `${label} states ${count.stated} ${what} as at ${day} and names ${count.listed}.`,
          sources: [citation],
        });
      }
      const value = count.stated ?? count.listed;
      if (value === undefined) continue;
      const status = compare(value, count.derived);
      const said = count.stated !== undefined ? how : `names ${value} ${what}`;
      const listedCodes = group === 'parties' ? listed?.parties : listed?.signatories;
      const unnamed = listedCodes ? count.derived.sure.filter((a) => !listedCodes.has(a.code)) : [];
      const derivedText =
        count.derived.maybe.length === 0
          ? `the recorded actions give ${count.derived.min}${unnamed.length ? `, counting ${names(unnamed)}, which ${unnamed.length === 1 ? 'it does' : 'they do'} not name` : ''}`
          : `the recorded actions give ${range(count.derived)}: ${count.derived.min} surely, and ${names(count.derived.maybe)} ${count.derived.maybe.length === 1 ? 'is' : 'are'} dated only within an interval that contains that day`;
      checks.push({
        status,
        summary: `${label}${snapshot.asAtNote ? ` (as at ${day}, ${snapshot.asAtNote})` : ` (as at ${day})`}: ${said}; ${derivedText}.`,
        sources: [citation],
        derived: { sure: count.derived.sure, maybe: count.derived.maybe },
      });
    }
    return {
      citation,
      label,
      asAt: snapshot.asAt,
      asAtNote: snapshot.asAtNote,
      quote: snapshot.quote,
      ...groups,
      shown: groups.parties.stated ?? groups.parties.listed ?? groups.parties.derived.min,
    };
  });

  // Two lists of the same day that name different States: within one document or between two.
  treaty.snapshots.forEach((a, i) => {
    treaty.snapshots.slice(i + 1).forEach((b, k) => {
      if (a.asAt !== b.asAt) return;
      const la = listing(a);
      const lb = listing(b);
      if (!la || !lb) return;
      const ca = { ...snapshots[i]!.citation, label: listLabel(a) };
      const cb = { ...snapshots[i + 1 + k]!.citation, label: listLabel(b) };
      const same = idOf(a.document) === idOf(b.document);
      for (const group of ['parties', 'signatories'] as const) {
        const onlyA = [...la[group]].filter((code) => !lb[group].has(code));
        const onlyB = [...lb[group]].filter((code) => !la[group].has(code));
        const role = group === 'parties' ? 'a party' : 'a signatory';
        const written = (codes: string[]) => names(actions.filter((x) => codes.includes(x.code) && (group === 'parties') === (actionGroup(x.kind) === 'party')));
        const parts = [
          onlyA.length ? `${ca.label} names ${written(onlyA)} as ${role} as of ${formatDate(a.asAt)}; ${same ? 'the same document' : cb.label}${same ? `'s ${cb.label.split(', ').slice(1).join(', ')}` : ''}, as of the same day, does not` : '',
          onlyB.length ? `${cb.label} names ${written(onlyB)} as ${role} as of ${formatDate(b.asAt)}; ${ca.label}, as of the same day, does not` : '',
        ].filter(Boolean);
        checks.push({
          status: parts.length ? 'disagrees' : 'agrees',
          summary: parts.length ? `${parts.join('. ')}.` : `${ca.label} and ${cb.label} name the same ${group} as of ${formatDate(a.asAt)}.`,
          sources: [ca, cb],
        });
      }
    });
  });

  // A day a source states that another source's list contradicts.
  for (const action of actions) {
    if (!('date' in action.timing)) continue;
    const dated = action.sources.find((s) => s.date !== undefined)!;
    for (const source of action.sources) {
      const contradicts =
        (source.by !== undefined && action.timing.date > source.by) || (source.after !== undefined && action.timing.date <= source.after);
      if (!contradicts) continue;
      const verb = source.by !== undefined ? `lists ${action.state} as having done so by ${formatDate(source.by)}` : `does not list ${action.state} as at ${formatDate(source.after!)}`;
      checks.push({
        status: 'disagrees',
        summary: `${cite(index, dated).label} dates the ${action.kind} of ${action.state} ${formatDate(action.timing.date)}; ${cite(index, source).label} ${verb}.`,
        sources: [cite(index, dated), cite(index, source)],
      });
    }
  }

  for (const period of treaty.periods) {
    const citation = cite(index, period);
    for (const [group, stated] of [['party', period.parties], ['signature', period.signatures]] as const) {
      if (stated === undefined) continue;
      const derived = actionsWithin(actions, group, period.from, period.to);
      const what = group === 'party' ? 'ratifications or accessions' : 'signatures';
      const status = compare(stated, derived);
      checks.push({
        status,
        summary: `${citation.label} counts ${stated} ${what} from ${formatDate(period.from)} to ${formatDate(period.to)}; the recorded actions give ${range(derived)}${derived.sure.length ? ` (${derived.sure.map((a) => `${a.state}, ${formatTiming(a.timing)}`).join('; ')})` : ''}${derived.maybe.length ? `, with ${names(derived.maybe)} dated only within an interval that overlaps the period` : ''}.`,
        sources: [citation],
        derived: { sure: derived.sure, maybe: derived.maybe },
      });
    }
  }

  const last = treaty.entryIntoForce.lastInstrument;
  if (last) {
    const citation = cite(index, last.sources[0]!);
    const derived = partiesAt(actions, last.date);
    const n = treaty.entryIntoForce.instruments;
    const status = compare(n, derived);
    checks.push({
      status,
      summary: `${citation.label} dates the ${ordinalWord(n)} instrument ${formatDate(last.date)}; the recorded actions give ${range(derived)} parties that day${derived.maybe.length ? `: ${derived.min} dated, and ${plural(derived.maybe.length, 'State', 'States')} dated only within an interval that contains it, so the sources can neither confirm nor contradict it` : ''}.`,
      sources: [citation],
      derived: { sure: derived.sure, maybe: derived.maybe },
    });
  }

  return { actions, snapshots, checks };
}
