/**
 * The layout of a treaty's timeline chart, computed at build time for an SVG with no script: the
 * scales, the ticks, the parties step line, the band of what undated actions may add, a marker
 * per dated action, a bar per interval, and labelled markers for the treaty's events and each
 * document's "as at" count. Sized so that 200 States over 60 years stay readable: ticks thin
 * out, markers shrink, labels that would overlap move to another row or are left to the legend.
 */
import { span, type Timing } from './timing.ts';

/** A ratification or accession to draw. */
export interface ChartAction {
  timing: Timing;
  /** The State's name: its marker says "<name>: <detail>" to a screen reader and in its tooltip. */
  name: string;
  /** What the action was, and its source: "accession, 16 September 1997 (source: …)". */
  detail: string;
  /** Its source. */
  href: string;
}

/** A day with a label: the adoption, the last instrument needed, the entry into force. */
export interface ChartEvent {
  date: string;
  label: string;
  href: string;
}

/** A document's count as at a day, numbered as in the chart's legend. */
export interface ChartSnapshot {
  date: string;
  value: number;
  number: number;
  label: string;
  href: string;
}

export interface ChartInput {
  actions: ChartAction[];
  events: ChartEvent[];
  snapshots: ChartSnapshot[];
  /** The number of instruments needed for entry into force. */
  threshold?: number | undefined;
}

export interface Tick {
  /** Position along the axis, in SVG units. */
  at: number;
  label: string;
}

/** A label placed in a row above the plot, or hidden (row undefined) when no row had room. */
export interface PlacedLabel {
  /** Where its marker is. */
  x: number;
  /** The centre of its text: the marker's, moved in from an edge of the chart so that the text stays inside. */
  labelX: number;
  row: number | undefined;
  /** The label's baseline, when shown. */
  y: number | undefined;
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: Tick[];
  yTicks: Tick[];
  /** The step line of the parties surely counted. */
  surePath: string;
  /** The area between the sure line and the line counting every undated action as early as it may be; empty when none. */
  bandPath: string;
  thresholdY: number | undefined;
  /** The baseline of the y axis's title, which starts at the left edge, in the first row of labels so that none runs into it. */
  axisTitleY: number;
  points: { x: number; y: number; r: number; label: string; href: string }[];
  /** Interval bars; a bar's text sits after it, or before it (anchor "end") where the chart ends first. */
  ranges: {
    x1: number;
    x2: number;
    y: number;
    height: number;
    label: string;
    text: string | undefined;
    textX: number;
    textAnchor: 'start' | 'end';
    href: string;
  }[];
  events: (ChartEvent & PlacedLabel)[];
  snapshots: (ChartSnapshot & PlacedLabel & { cy: number })[];
}

/** The width of the chart for a wide screen; a phone's is NARROW_CHART_WIDTH. Drawn at about one unit a pixel. */
export const CHART_WIDTH = 960;
/** The width of the chart for a phone's screen: a 390-pixel screen less its margins. */
export const NARROW_CHART_WIDTH = 358;
const PLOT_HEIGHT = 300;
const MARGIN = { left: 48, right: 24 };
const LABEL_ROW = 16;
/** The y axis's title. */
export const AXIS_TITLE = 'Parties';
const MAX_LABEL_ROWS = 4;
/** The width of a character of the 11-unit sans-serif labels, a little generous. */
const CHAR_WIDTH = 6.4;

const DAY = 86_400_000;
const toDays = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;

/** The smallest step from 1, 2, 5 × 10ⁿ that keeps the ticks of a range at or under `most`. */
export function niceStep(extent: number, most: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const base of [1, 2, 5]) {
      const step = base * magnitude;
      if (extent / step <= most) return step;
    }
  }
}

/**
 * Places labels in rows: each goes into the first row where it does not touch the label before
 * it, or is hidden when `rows` rows are full there.
 * @param items each label's centre and width, in any order.
 * @returns each label's row, in the order given.
 */
export function packLabels(items: { x: number; width: number }[], rows: number, gap = 4): (number | undefined)[] {
  const ends: number[] = [];
  const placed: (number | undefined)[] = new Array(items.length).fill(undefined);
  const order = items.map((item, i) => ({ ...item, i })).sort((a, b) => a.x - b.x);
  for (const { x, width, i } of order) {
    const start = x - width / 2;
    let row = ends.findIndex((end) => end + gap <= start);
    if (row < 0 && ends.length < rows) row = ends.length;
    if (row < 0) continue;
    ends[row] = x + width / 2;
    placed[i] = row;
  }
  return placed;
}

/**
 * The corners of a step line from the plot's left edge at 0, rising at each change, flat to the
 * right edge: each value holds from its day until the next.
 */
function stepCorners(line: { x: number; y: number }[], left: number, right: number, zero: number): [number, number][] {
  const corners: [number, number][] = [[left, zero]];
  for (const { x, y } of line) corners.push([x, corners.at(-1)![1]], [x, y]);
  corners.push([right, corners.at(-1)![1]]);
  return corners;
}

const pathOf = (corners: [number, number][]) => `M${corners.map(([x, y]) => `${x},${y}`).join('L')}`;

const round = (n: number) => Math.round(n * 10) / 10;

/** Moves an interval of the given width, centred at x, in so that it lies within 0 to `width`. */
function clampCentre(x: number, labelWidth: number, width: number): number {
  return Math.min(Math.max(x, labelWidth / 2), width - labelWidth / 2);
}

/**
 * Lays out a treaty's chart.
 * @param width the chart's width in SVG units, drawn at about a pixel each: CHART_WIDTH or NARROW_CHART_WIDTH.
 */
export function layoutChart(input: ChartInput, width = CHART_WIDTH): ChartLayout {
  const days = [
    ...input.actions.flatMap((a) => Object.values(span(a.timing))),
    ...input.events.map((e) => e.date),
    ...input.snapshots.map((s) => s.date),
  ].sort();
  const firstYear = Number(days[0]?.slice(0, 4) ?? 2000);
  const lastYear = Number(days.at(-1)?.slice(0, 4) ?? 2000) + 1;
  const start = toDays(`${firstYear}-01-01`);
  const end = toDays(`${lastYear}-01-01`);

  // Rows of labels above the plot: as many as the labels need, at most MAX_LABEL_ROWS.
  const labelWidth = (text: string) => text.length * CHAR_WIDTH + 8;
  const plotLeft = MARGIN.left;
  const plotRight = width - MARGIN.right;
  const x = (iso: string) => round(plotLeft + ((toDays(iso) - start) / (end - start)) * (plotRight - plotLeft));
  const placed = (at: number, text: string) => ({ x: round(clampCentre(at, labelWidth(text), width)), width: labelWidth(text) });
  // The y axis's title starts at the chart's left edge: being leftmost, it takes the first row.
  const axisTitle = { x: labelWidth(AXIS_TITLE) / 2, width: labelWidth(AXIS_TITLE) };
  const labelled = [
    ...input.events.map((e) => placed(x(e.date), e.label)),
    ...input.snapshots.map((s) => placed(x(s.date), String(s.number))),
  ];
  const rows = packLabels([...labelled, axisTitle], MAX_LABEL_ROWS);
  const usedRows = Math.max(0, ...rows.map((r) => (r === undefined ? 0 : r + 1)));
  const top = 8 + usedRows * LABEL_ROW + 8;
  const bottom = top + PLOT_HEIGHT;

  // The counts: surely party from the day of the action or the end of its interval; possibly
  // from the first day its interval allows.
  const sureChanges = new Map<string, number>();
  const maybeChanges = new Map<string, number>();
  for (const action of input.actions) {
    const { first, last } = span(action.timing);
    sureChanges.set(last, (sureChanges.get(last) ?? 0) + 1);
    maybeChanges.set(first, (maybeChanges.get(first) ?? 0) + 1);
  }
  const cumulative = (changes: Map<string, number>) => {
    let total = 0;
    return [...changes.keys()].sort().map((day) => ({ day, value: (total += changes.get(day)!) }));
  };
  const sure = cumulative(sureChanges);
  const maybe = cumulative(maybeChanges);
  const highest = Math.max(input.actions.length, input.threshold ?? 0, ...input.snapshots.map((s) => s.value), 1);
  const yStep = niceStep(highest, 6);
  const yMax = Math.ceil(highest / yStep) * yStep;
  const y = (value: number) => round(bottom - (value / yMax) * PLOT_HEIGHT);

  const corners = (line: { day: string; value: number }[]) =>
    stepCorners(line.map((p) => ({ x: x(p.day), y: y(p.value) })), plotLeft, plotRight, y(0));
  const sureCorners = corners(sure);
  const surePath = pathOf(sureCorners);
  // The band runs along the highest possible count and back along the surest one.
  const hasBand = input.actions.some((a) => !('date' in a.timing));
  const bandPath = hasBand ? `${pathOf([...corners(maybe), ...[...sureCorners].reverse()])}Z` : '';

  // One marker per dated action, stacked where several share a day.
  const perState = PLOT_HEIGHT / yMax;
  const r = round(Math.min(4, Math.max(1.5, perState / 2)));
  const seen = new Map<string, number>();
  const points = input.actions
    .filter((a): a is ChartAction & { timing: { date: string } } => 'date' in a.timing)
    .sort((a, b) => a.timing.date.localeCompare(b.timing.date))
    .map((a) => {
      const before = sure.filter((p) => p.day < a.timing.date).at(-1)?.value ?? 0;
      const k = (seen.get(a.timing.date) ?? 0) + 1;
      seen.set(a.timing.date, k);
      return { x: x(a.timing.date), y: y(before + k), r, label: `${a.name}: ${a.detail}`, href: a.href };
    });

  // Undated actions: one bar per interval, in rows under the time axis.
  const groups = new Map<string, ChartAction[]>();
  for (const action of input.actions) {
    if ('date' in action.timing) continue;
    const key = `${action.timing.after} ${action.timing.by}`;
    groups.set(key, [...(groups.get(key) ?? []), action]);
  }
  const bars = [...groups.values()].map((members) => {
    const timing = members[0]!.timing as { after: string; by: string };
    const text = members.length === 1 ? members[0]!.name : `${members.length} States`;
    const x1 = x(timing.after);
    const x2 = x(timing.by);
    // The bar's text follows it, unless the chart ends first: then it comes before it.
    const fitsAfter = x2 + 6 + labelWidth(text) <= width;
    const from = fitsAfter ? x1 : x1 - 6 - labelWidth(text);
    const to = fitsAfter ? x2 + 6 + labelWidth(text) : x2;
    return { x1, x2, text, members, fitsAfter, from, to };
  });
  // A row holds bars whose extents, text included, do not meet.
  const barRows = packLabels(bars.map((b) => ({ x: (b.from + b.to) / 2, width: b.to - b.from })), Infinity);
  const barRowCount = Math.max(0, ...barRows.map((row) => row! + 1));
  const barHeight = barRowCount === 0 ? 0 : Math.max(4, Math.min(18, 144 / barRowCount));
  const rangesTop = bottom + 40;
  const ranges = bars.map((bar, i) => {
    // A bar too thin for text is still there, and still names its States to a screen reader.
    const text = barHeight >= 14 ? bar.text : undefined;
    // A group's States are named once each; what they did is said once when they all did the same.
    const details = new Set(bar.members.map((m) => m.detail));
    const members =
      details.size === 1 ? `${bar.members.map((m) => m.name).join(', ')}: ${bar.members[0]!.detail}` : bar.members.map((m) => `${m.name}: ${m.detail}`).join('; ');
    return {
      x1: bar.x1,
      x2: bar.x2,
      y: round(rangesTop + barRows[i]! * barHeight),
      height: round(barHeight - 4),
      // The name a screen reader gives the link starts with the text the bar shows; a single
      // State's starts with its name already.
      label: text && bar.members.length > 1 ? `${text}: ${members}` : members,
      text,
      textX: bar.fitsAfter ? bar.x2 + 6 : bar.x1 - 6,
      textAnchor: bar.fitsAfter ? ('start' as const) : ('end' as const),
      href: bar.members[0]!.href,
    };
  });
  const height = round(rangesTop + barRowCount * barHeight + (barRowCount ? 8 : -16));

  // x ticks: whole years, few enough to read.
  const years = lastYear - firstYear;
  const yearStep = niceStep(years, Math.floor((plotRight - plotLeft) / 72));
  const xTicks: Tick[] = [];
  for (let year = Math.ceil(firstYear / yearStep) * yearStep; year <= lastYear; year += yearStep) {
    xTicks.push({ at: x(`${year}-01-01`), label: String(year) });
  }
  const yTicks: Tick[] = [];
  for (let value = 0; value <= yMax; value += yStep) yTicks.push({ at: y(value), label: String(value) });

  const rowY = (row: number | undefined) => (row === undefined ? undefined : 8 + (usedRows - row) * LABEL_ROW - 4);
  const events = input.events.map((e, i) => ({ ...e, x: x(e.date), labelX: labelled[i]!.x, row: rows[i], y: rowY(rows[i]) }));
  const snapshots = input.snapshots.map((s, i) => {
    const k = input.events.length + i;
    return { ...s, x: x(s.date), labelX: labelled[k]!.x, cy: y(s.value), row: rows[k], y: rowY(rows[k]) };
  });

  return {
    width,
    height,
    plot: { left: plotLeft, top, right: plotRight, bottom },
    xTicks,
    yTicks,
    surePath,
    bandPath,
    thresholdY: input.threshold === undefined ? undefined : y(input.threshold),
    axisTitleY: rowY(rows.at(-1))!,
    points,
    ranges,
    events,
    snapshots,
  };
}
