/**
 * The figures a treaty's page opens with: parties, signatories, entry into force and the latest
 * action, each as what every source says. Where the documents of one day give different counts,
 * each count is shown with its document; the count the recorded actions give stands beside them,
 * named as such. Nothing here picks one source over another.
 */
import { formatDate } from '../document/dates.ts';
import { ordinalWord } from '../document/ordinals.ts';
import type { TreatyData } from '../../schemas/treaty.ts';
import { KIND_LABELS, type Citation, type SnapshotCount, type SnapshotView } from './analysis.ts';
import type { ActionView, SourceView } from './model.ts';
import { span } from './timing.ts';

/** A source of a figure and what it says: "states 26 and names 26", "“entered into force on 1 July 2003”". */
export interface FigureSource {
  citation: Citation;
  says: string;
}

/** One statement of a figure: its value, what qualifies it, and who says so (none: the recorded actions). */
export interface FigureStatement {
  /** "26", "1 July 2003", "Burkina Faso: signature". */
  value: string;
  /** "as at 20 August 2004", "the twentieth instrument". */
  context: string;
  sources: FigureSource[];
}

/** A figure of the summary with every statement of it. */
export interface SummaryFigure {
  /** Its id on the page: "summary-parties". */
  id: string;
  term: string;
  statements: FigureStatement[];
}

/** What the summary reads of a treaty's page. */
export interface SummaryInput {
  data: TreatyData;
  snapshots: SnapshotView[];
  actions: ActionView[];
  lastInstrumentSources: Citation[];
  entryIntoForceSources: Citation[];
  ruleSources: Citation[];
}

/** "states 17 and names 16", "names 12", "states 14". */
function saysCount(count: SnapshotCount): string {
  const said = [count.stated !== undefined ? `states ${count.stated}` : '', count.listed !== undefined ? `names ${count.listed}` : ''];
  return said.filter(Boolean).join(' and ');
}

/** The figure a document gives for a group: what it states, else how many it names. */
const documentValue = (count: SnapshotCount) => count.stated ?? count.listed;

/**
 * A count as at the latest day any document gives one: each document of that day with what it
 * says (one statement per distinct value), then what the recorded actions give by that day.
 */
export function countFigure(snapshots: SnapshotView[], group: 'parties' | 'signatories'): FigureStatement[] {
  const giving = snapshots.filter((s) => documentValue(s[group]) !== undefined);
  const day = giving.map((s) => s.asAt).sort().at(-1);
  if (day === undefined) return [];
  const ofDay = giving.filter((s) => s.asAt === day);
  const values = [...new Set(ofDay.map((s) => documentValue(s[group])!))];
  const context = `as at ${formatDate(day)}`;
  const stated = values.map(
    (value): FigureStatement => ({
      value: String(value),
      context,
      sources: ofDay.filter((s) => documentValue(s[group]) === value).map((s) => ({ citation: { ...s.citation, label: s.label }, says: saysCount(s[group]) })),
    }),
  );
  const { min, max } = ofDay[0]![group].derived;
  const derived = min === max ? String(min) : `${min} to ${max}`;
  return [...stated, { value: derived, context: `by ${formatDate(day)}, counting the actions recorded below`, sources: [] }];
}

/** The entry into force: its day and the last instrument's, each with its sources; or the rule when no document dates it. */
export function entryIntoForceFigure(input: SummaryInput): FigureStatement[] {
  const rule = input.data.entryIntoForce;
  const quoted = (sources: { quote?: string | undefined }[], citations: Citation[]) =>
    citations.map((citation, i) => ({ citation, says: sources[i]?.quote ? `“${sources[i]!.quote}”` : 'states the day' }));
  const needed: FigureStatement = {
    value: `${rule.instruments} ratifications or accessions`,
    context: `needed${rule.article ? ` (article ${rule.article})` : ''}`,
    sources: quoted(rule.ruleSources, input.ruleSources),
  };
  if (!rule.date) return [{ ...needed, context: `${needed.context}; no document dates its entry into force` }];
  return [
    { value: formatDate(rule.date), context: 'in force', sources: quoted(rule.sources, input.entryIntoForceSources) },
    ...(rule.lastInstrument
      ? [{ value: formatDate(rule.lastInstrument.date), context: `the ${ordinalWord(rule.instruments)} instrument`, sources: quoted(rule.lastInstrument.sources, input.lastInstrumentSources) }]
      : []),
  ];
}

/** "Argentina, Burkina Faso and Ecuador". */
function names(actions: ActionView[]): string {
  const list = actions.map((a) => a.state);
  return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

/**
 * The latest action: the dated action(s) of the last day a document states, then every group of
 * actions known only within an interval that may hold the latest action of all (it ends after that
 * day, and no action surely comes after it), with the lists that bound them.
 */
export function latestActionFigure(actions: ActionView[]): FigureStatement[] {
  const dated = actions.filter((a): a is ActionView & { timing: { date: string } } => 'date' in a.timing);
  const day = dated.map((a) => a.timing.date).sort().at(-1);
  const latest: FigureStatement[] = dated
    .filter((a) => a.timing.date === day)
    .map((a) => ({
      value: `${a.state}: ${KIND_LABELS[a.kind].toLowerCase()}`,
      context: `on ${a.when}`,
      sources: a.sources.filter((s) => 'date' in s.statement).map((s) => ({ citation: s, says: s.states })),
    }));
  // The latest action of all is on or after every action's first possible day.
  const surelyReached = actions.map((a) => span(a.timing).first).sort().at(-1)!;
  const intervals = new Map<string, ActionView[]>();
  for (const action of actions) {
    const { last } = span(action.timing);
    if ('date' in action.timing || (day !== undefined && last <= day) || last < surelyReached) continue;
    intervals.set(action.when, [...(intervals.get(action.when) ?? []), action]);
  }
  const ranged = [...intervals.values()].map((group): FigureStatement => {
    const timing = group[0]!.timing as { after: string; by: string };
    const them = group.length === 1 ? 'it' : 'them';
    // The lists that bound the interval: the last that leaves them out, the first that names them.
    const says = ({ statement }: SourceView) => {
      if ('after' in statement && statement.after === timing.after) return `does not list ${them} as at ${formatDate(statement.after)}`;
      if ('by' in statement && statement.by === timing.by) return `lists ${them} as at ${formatDate(statement.by)}`;
      return undefined;
    };
    return {
      // More than a few names would make the summary a list: the table names them.
      value: group.length <= 3 ? names(group) : `${group.length} actions`,
      context: `${group[0]!.when}, no document states the day${group.length === 1 ? '' : 's'}`,
      sources: group[0]!.sources.flatMap((source) => {
        const said = says(source);
        return said ? [{ citation: source, says: said }] : [];
      }),
    };
  });
  return [...latest, ...ranged];
}

/** The summary's figures, in the order the page shows them. */
export function summaryFigures(input: SummaryInput): SummaryFigure[] {
  return [
    { id: 'summary-parties', term: 'Parties', statements: countFigure(input.snapshots, 'parties') },
    { id: 'summary-signatories', term: 'Signatories not yet parties', statements: countFigure(input.snapshots, 'signatories') },
    { id: 'summary-entry-into-force', term: 'Entry into force', statements: entryIntoForceFigure(input) },
    { id: 'summary-latest-action', term: 'Latest action', statements: latestActionFigure(input.actions) },
  ].filter((figure) => figure.statements.length > 0);
}
