/**
 * What the treaty and State pages and the JSON show, computed from verified data: each action with
 * its sources as links, the chart's input, the summary sentences, each State's actions and the
 * places that mention it.
 */
import { formatDate } from '../document/dates.ts';
import { ordinalWord } from '../document/ordinals.ts';
import type { UrlOf } from '../citation/record.ts';
import { findStates, stateName, statePath, type StateMention } from '../document/states.ts';
import type { ActionSource, TreatyData } from '../../schemas/treaty.ts';
import { analyse, cite, KIND_LABELS, type Analysis, type Citation, type StateAction } from './analysis.ts';
import type { ChartInput } from './chart.ts';
import type { SourceIndex } from './sources.ts';
import { summaryFigures, type SummaryFigure } from './summary.ts';
import { formatTiming } from './timing.ts';

/** A source of an action, as a link with what it states. */
export interface SourceView extends Citation {
  /** "states the day", "lists it as at 31 August 1999", "does not list it as at 31 August 1999". */
  states: string;
  /** What the source states, as in the data: date, by or after, with its day. */
  statement: { date: string } | { by: string } | { after: string };
}

/** An action as the pages show it. */
export interface ActionView extends Omit<StateAction, 'sources'> {
  /** "11 January 1999" or "between 6 December 2001 and 20 August 2004". */
  when: string;
  /** Its row's id in the treaty's table of actions. */
  rowId: string;
  sources: SourceView[];
}

/** A treaty's page. */
export interface TreatyView {
  id: string;
  data: TreatyData;
  path: string;
  jsonPath: string;
  analysis: Analysis;
  actions: ActionView[];
  adoptionSources: Citation[];
  ruleSources: Citation[];
  lastInstrumentSources: Citation[];
  entryIntoForceSources: Citation[];
  chart: ChartInput;
  /** The treaty's path in a few sentences, for every reader and first of all for a screen reader. */
  summary: string[];
  /** The figures the page opens with, each with what every source says. */
  figures: SummaryFigure[];
}

/** A treaty's page: "/treaties/migrant-workers-convention/". */
export function treatyPath(id: string): string {
  return `/treaties/${id}/`;
}

/** A treaty's data as JSON: "/treaties/migrant-workers-convention/actions.json". */
export function actionsJsonPath(id: string): string {
  return `${treatyPath(id)}actions.json`;
}

function sourceView(index: SourceIndex, source: ActionSource): SourceView {
  const citation = cite(index, source);
  if (source.date !== undefined) return { ...citation, states: 'states the day', statement: { date: source.date } };
  if (source.by !== undefined) return { ...citation, states: `lists it as at ${formatDate(source.by)}`, statement: { by: source.by } };
  return { ...citation, states: `does not list it as at ${formatDate(source.after!)}`, statement: { after: source.after! } };
}

/** The id of an action's row in the table of actions: "action-cpv-accession". */
export function actionRowId(action: Pick<StateAction, 'code' | 'kind'>): string {
  return `action-${action.code.toLowerCase()}-${action.kind}`;
}

/** Builds a treaty's page from verified data. */
export function treatyView(id: string, data: TreatyData, index: SourceIndex): TreatyView {
  const analysis = analyse(data, index);
  const actions = analysis.actions.map(
    (action): ActionView => ({
      ...action,
      when: formatTiming(action.timing),
      rowId: actionRowId(action),
      sources: action.sources.map((source) => sourceView(index, source)),
    }),
  );
  const rule = data.entryIntoForce;
  const cites = (sources: { document: string; anchor: string }[]) => sources.map((source) => cite(index, source));
  const firstSource = (action: ActionView) => action.sources.find((s) => 'date' in s.statement) ?? action.sources.find((s) => 'by' in s.statement) ?? action.sources[0]!;
  const parties = actions.filter((a) => a.kind !== 'signature');
  const chart: ChartInput = {
    actions: parties.map((a) => ({
      timing: a.timing,
      name: a.state,
      detail: `${KIND_LABELS[a.kind].toLowerCase()}, ${a.when} (source: ${firstSource(a).label})`,
      href: firstSource(a).href,
    })),
    events: [
      { date: data.adoption.date, label: 'Adopted', href: cite(index, data.adoption.sources[0]!).href },
      ...(rule.lastInstrument
        ? [{ date: rule.lastInstrument.date, label: `${ordinalWord(rule.instruments)} instrument`, href: cite(index, rule.lastInstrument.sources[0]!).href }]
        : []),
      ...(rule.date && rule.sources[0] ? [{ date: rule.date, label: 'In force', href: cite(index, rule.sources[0]).href }] : []),
    ],
    snapshots: analysis.snapshots.map((s, i) => ({
      date: s.asAt,
      value: s.shown,
      number: i + 1,
      label: `${s.label}: ${s.shown} parties as at ${formatDate(s.asAt)}`,
      href: s.citation.href,
    })),
    threshold: rule.instruments,
  };

  const undated = parties.filter((a) => !('date' in a.timing));
  const latest = analysis.snapshots.at(-1);
  const summary = [
    `The General Assembly adopted the ${data.name} by resolution ${data.adoption.resolution} on ${formatDate(data.adoption.date)}.`,
    `It enters into force when ${rule.instruments} States have ratified or acceded to it${rule.article ? ` (article ${rule.article})` : ''}.`,
    ...(rule.lastInstrument
      ? [`The ${ordinalWord(rule.instruments)} instrument was received on ${formatDate(rule.lastInstrument.date)}${rule.date ? `, and the Convention entered into force on ${formatDate(rule.date)}` : ''}.`]
      : []),
    ...(latest ? [`The latest count the documents give is ${latest.shown} parties as at ${formatDate(latest.asAt)} (${latest.label}).`] : []),
    `The documents record ${parties.length} ratifications or accessions and ${actions.length - parties.length} signatures; ${
      undated.length === 0 ? 'every one is dated' : `${undated.length} of the ratifications or accessions are known only to lie within an interval, and are shown as ranges`
    }.`,
    `${analysis.checks.filter((c) => c.status === 'disagrees').length} statements of the documents disagree with each other or with the dated actions; they are listed below, unresolved.`,
  ];

  const sources = {
    adoptionSources: cites(data.adoption.sources),
    ruleSources: cites(rule.ruleSources),
    lastInstrumentSources: cites(rule.lastInstrument?.sources ?? []),
    entryIntoForceSources: cites(rule.sources),
  };
  return {
    id,
    data,
    path: treatyPath(id),
    jsonPath: actionsJsonPath(id),
    analysis,
    actions,
    ...sources,
    chart,
    summary,
    figures: summaryFigures({ data, snapshots: analysis.snapshots, actions, ...sources }),
  };
}

/** A State's page. */
export interface StateView {
  code: string;
  name: string;
  path: string;
  /** The names the documents write it by. */
  writtenNames: string[];
  actions: { treaty: TreatyView; action: ActionView }[];
  /** The places that name it, by document, in document order. */
  mentions: { document: string; label: string; path: string; places: { label: string; href: string; name: string }[] }[];
}

/**
 * Every State the documents name or the treaties record, by code, sorted by current name.
 * @param find the States a text names (findStates, or a cache of its answers).
 */
export function stateViews(treaties: TreatyView[], index: SourceIndex, find: (text: string) => StateMention[] = findStates): StateView[] {
  const states = new Map<string, StateView>();
  const state = (code: string): StateView => {
    let view = states.get(code);
    if (!view) {
      view = { code, name: stateName(code), path: statePath(code), writtenNames: [], actions: [], mentions: [] };
      states.set(code, view);
    }
    return view;
  };
  const written = (view: StateView, name: string) => {
    if (!view.writtenNames.includes(name)) view.writtenNames.push(name);
  };
  for (const document of new Set(index.values())) {
    // This document's entry in each State's mentions: a State is named in thousands of documents
    // of a large collection, too many to search its list for each place.
    const entries = new Map<string, StateView['mentions'][number]>();
    for (const place of document.places.values()) {
      for (const mention of find(place.text)) {
        const view = state(mention.code);
        written(view, mention.name.replace(/^the /, ''));
        let entry = entries.get(mention.code);
        if (!entry) {
          entry = { document: document.id, label: document.label, path: document.path, places: [] };
          entries.set(mention.code, entry);
          view.mentions.push(entry);
        }
        if (!entry.places.some((p) => p.href.endsWith(`#${place.id}`))) {
          entry.places.push({ label: place.label, href: `${document.path}#${place.id}`, name: mention.name });
        }
      }
    }
  }
  for (const treaty of treaties) {
    for (const action of treaty.actions) {
      const view = state(action.code);
      written(view, action.state);
      view.actions.push({ treaty, action });
    }
  }
  return [...states.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * A treaty's data as published at /treaties/<id>/actions.json: one object per action, with the
 * State as written, its ISO code, the kind, the day or the range, and each source with its
 * document, symbol, anchor and URL; then each document's counts and every comparison.
 * @param urlOf turns a site path into its absolute URL, with the site's origin and base.
 */
export function actionsJson(treaty: TreatyView, urlOf: UrlOf) {
  const source = (c: Citation) => ({
    document: c.document,
    symbol: c.symbol ?? null,
    anchor: c.anchor,
    citation: c.label,
    url: urlOf(c.href),
  });
  const { data, analysis } = treaty;
  return {
    treaty: {
      id: treaty.id,
      name: data.name,
      shortName: data.shortName,
      url: urlOf(treaty.path),
      adoption: { resolution: data.adoption.resolution, date: data.adoption.date, sources: treaty.adoptionSources.map(source) },
      entryIntoForce: {
        instruments: data.entryIntoForce.instruments,
        article: data.entryIntoForce.article ?? null,
        ruleSources: treaty.ruleSources.map(source),
        lastInstrument: data.entryIntoForce.lastInstrument
          ? { date: data.entryIntoForce.lastInstrument.date, sources: treaty.lastInstrumentSources.map(source) }
          : null,
        date: data.entryIntoForce.date ?? null,
        sources: treaty.entryIntoForceSources.map(source),
      },
    },
    actions: treaty.actions.map((action) => ({
      state: action.state,
      iso3: action.code,
      currentName: action.currentName,
      kind: action.kind,
      date: 'date' in action.timing ? action.timing.date : null,
      dateRange: 'date' in action.timing ? null : { after: action.timing.after, by: action.timing.by },
      note: action.note ?? null,
      sources: action.sources.map((s) => ({ ...source(s), ...s.statement })),
    })),
    snapshots: analysis.snapshots.map((s) => ({
      label: s.label,
      source: source(s.citation),
      asAt: s.asAt,
      asAtNote: s.asAtNote ?? null,
      parties: { stated: s.parties.stated ?? null, listed: s.parties.listed ?? null, fromActions: { min: s.parties.derived.min, max: s.parties.derived.max } },
      signatories: {
        stated: s.signatories.stated ?? null,
        listed: s.signatories.listed ?? null,
        fromActions: { min: s.signatories.derived.min, max: s.signatories.derived.max },
      },
    })),
    checks: analysis.checks.map((check) => ({ status: check.status, summary: check.summary, sources: check.sources.map(source) })),
  };
}
