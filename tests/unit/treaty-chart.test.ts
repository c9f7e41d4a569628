import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { anchoredTexts } from '../../src/lib/document/anchored-text.ts';
import { splitDocument } from '../../src/lib/document/document-file.ts';
import { AXIS_TITLE, CHART_WIDTH, layoutChart, NARROW_CHART_WIDTH, niceStep, packLabels, type ChartInput } from '../../src/lib/treaty/chart.ts';
import { treatyView } from '../../src/lib/treaty/model.ts';
import { sourceIndex } from '../../src/lib/treaty/sources.ts';
import { treatySchema } from '../../src/schemas/treaty.ts';
import { readDocuments } from '../site/content.ts';

describe('niceStep', () => {
  it.each<[number, number, number]>([
    [14, 12, 2],
    [60, 12, 5],
    [26, 6, 5],
    [200, 6, 50],
    [3, 6, 1],
  ])('%i in at most %i ticks: every %i', (extent, most, step) => {
    expect(niceStep(extent, most)).toBe(step);
  });
});

describe('packLabels', () => {
  it('puts a label that would touch the one before it in the next row, and hides it when the rows are full', () => {
    expect(packLabels([{ x: 100, width: 40 }, { x: 110, width: 40 }, { x: 200, width: 40 }, { x: 115, width: 40 }], 2)).toEqual([0, 1, 0, undefined]);
  });
});

/** A synthetic treaty: `states` parties over `years` years, some known only within an interval, and a report a year. */
function synthetic(states: number, years: number): ChartInput {
  const day = (offset: number) => new Date(Date.UTC(1960, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  const span = years * 365;
  return {
    actions: Array.from({ length: states }, (_, i) => {
      const at = Math.floor(((i + 1) / (states + 1)) * span);
      return {
        timing: i % 5 === 0 ? { after: day(at - 400), by: day(at) } : { date: day(at) },
        name: `State ${i}`,
        detail: 'ratification',
        href: `/s/${i}/`,
      };
    }),
    events: [
      { date: day(0), label: 'Adopted', href: '/a/' },
      { date: day(span / 3), label: 'twentieth instrument', href: '/b/' },
      { date: day(span / 3 + 100), label: 'In force', href: '/c/' },
    ],
    snapshots: Array.from({ length: years }, (_, i) => ({ date: day(i * 365 + 200), value: Math.round((i / years) * states), number: i + 1, label: `Report ${i + 1}`, href: `/r/${i}/` })),
    threshold: 20,
  };
}

describe('layoutChart', () => {
  const layout = layoutChart(synthetic(200, 60));
  const { plot } = layout;

  it('stays readable at 200 States and 60 years: few ticks, bounded size', () => {
    expect(layout.xTicks.length).toBeLessThanOrEqual(13);
    expect(layout.yTicks.length).toBeLessThanOrEqual(7);
    expect(layout.width).toBe(CHART_WIDTH);
    expect(layout.height).toBeLessThan(700);
  });

  it('keeps every marker and bar inside the chart, markers small enough not to hide the line', () => {
    for (const point of layout.points) {
      expect(point.x).toBeGreaterThanOrEqual(plot.left);
      expect(point.x).toBeLessThanOrEqual(plot.right);
      expect(point.y).toBeGreaterThanOrEqual(plot.top);
      expect(point.y).toBeLessThanOrEqual(plot.bottom);
      expect(point.r).toBeGreaterThanOrEqual(1.5);
      expect(point.r).toBeLessThanOrEqual(4);
    }
    expect(layout.points).toHaveLength(160);
    for (const range of layout.ranges) {
      expect(range.x1).toBeLessThan(range.x2);
      expect(range.y + range.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('never draws two labels over each other: labels without room are left to the legend', () => {
    const shown = [...layout.events, ...layout.snapshots].filter((label) => label.row !== undefined);
    expect(shown.length).toBeGreaterThan(3);
    // On a phone's width, 60 reports a year apart leave some to the legend.
    const narrow = layoutChart(synthetic(200, 60), NARROW_CHART_WIDTH);
    expect(narrow.snapshots.filter((label) => label.row === undefined).length).toBeGreaterThan(0);
    for (const a of shown) {
      for (const b of shown) {
        if (a !== b && a.row === b.row) expect(Math.abs(a.x - b.x)).toBeGreaterThan(8);
      }
    }
  });

  it('draws intervals as ranges, grouped, and never as a marker on an invented day', () => {
    expect(layout.ranges.length).toBe(40);
    expect(layout.bandPath).toMatch(/^M.*Z$/);
  });

  it('steps the line up at each action of a small treaty, stacking actions of one day', () => {
    const small = layoutChart({
      actions: [
        { timing: { date: '2000-09-07' }, name: 'Ghana', detail: 'ratification', href: '/g/' },
        { timing: { date: '2000-09-07' }, name: 'Guinea', detail: 'accession', href: '/n/' },
        { timing: { after: '2001-12-06', by: '2004-08-20' }, name: 'Mali', detail: 'ratification or accession', href: '/m/' },
      ],
      events: [],
      snapshots: [],
    });
    const [ghana, guinea] = small.points;
    expect(ghana!.x).toBe(guinea!.x);
    expect(ghana!.y).toBeGreaterThan(guinea!.y);
    // From 0 at the left edge: up by two on 7 September 2000, by one at the end of Mali's interval.
    expect(small.surePath.split('L')).toHaveLength(6);
    expect(small.ranges.map((r) => r.text)).toEqual(['Mali']);
  });
});

/** A label's box as drawn: about 6.4 units a character of the 11-unit font, from 9 above its baseline to 3 below. */
interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function box(text: string, x: number, y: number, anchor: 'start' | 'middle' | 'end'): Box {
  const width = text.length * 6.4;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { text, left, right: left + width, top: y - 9, bottom: y + 3 };
}

/** Every text of a layout, as the component draws it. */
function labelBoxes(layout: ReturnType<typeof layoutChart>, threshold: number | undefined): Box[] {
  const { plot } = layout;
  return [
    ...layout.yTicks.map((t) => box(t.label, plot.left - 8, t.at + 4, 'end')),
    ...layout.xTicks.map((t) => box(t.label, t.at, plot.bottom + 18, 'middle')),
    box(AXIS_TITLE, 0, layout.axisTitleY, 'start'),
    ...(layout.thresholdY === undefined ? [] : [box(`${threshold} needed for entry into force`, plot.left + 6, layout.thresholdY - 6, 'start')]),
    ...[...layout.events, ...layout.snapshots].flatMap((l) => (l.y === undefined ? [] : [box('label' in l && !('number' in l) ? l.label : String((l as { number: number }).number), l.labelX, l.y, 'middle')])),
    ...layout.ranges.flatMap((r) => (r.text ? [box(r.text, r.textX, r.y + r.height - 3, r.textAnchor)] : [])),
    ...(layout.ranges.length ? [box('Known only within a range', plot.left, plot.bottom + 34, 'start')] : []),
  ];
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('the chart on a phone and on a wide screen', () => {
  const documents = readDocuments().map(({ file, data }) => ({ data, anchored: anchoredTexts(splitDocument(readFileSync(file, 'utf8'), file).body) }));
  const treaty = treatySchema.parse(parse(readFileSync('content/treaties/migrant-workers-convention.yaml', 'utf8')));
  const input = treatyView('migrant-workers-convention', treaty, sourceIndex(documents)).chart;

  it.each<[string, ChartInput, number]>([
    ['the Migrant Workers Convention, wide', input, CHART_WIDTH],
    ['the Migrant Workers Convention, on a phone', input, NARROW_CHART_WIDTH],
    ['200 States over 60 years, wide', synthetic(200, 60), CHART_WIDTH],
    ['200 States over 60 years, on a phone', synthetic(200, 60), NARROW_CHART_WIDTH],
  ])('%s: every label inside the chart, none over another', (_name, chart, width) => {
    const layout = layoutChart(chart, width);
    expect(layout.width).toBe(width);
    const boxes = labelBoxes(layout, chart.threshold);
    expect(boxes.filter((b) => b.left < 0 || b.right > width).map((b) => b.text)).toEqual([]);
    const collisions = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => overlaps(a, b)).map((b) => `${a.text} / ${b.text}`));
    expect(collisions).toEqual([]);
  });

  it('puts the text of a bar near the right edge before it, in a row of its own if it would meet another', () => {
    const layout = layoutChart(input, NARROW_CHART_WIDTH);
    const nine = layout.ranges.find((r) => r.text === '9 States')!;
    expect(nine.textAnchor).toBe('end');
    const uruguay = layout.ranges.find((r) => r.text === 'Uruguay')!;
    expect(nine.y).not.toBe(uruguay.y);
  });

  it('names a State once in the tooltip of its bar, and a group by its count, then its States, then what they did once', () => {
    const layout = layoutChart(input, NARROW_CHART_WIDTH);
    const uruguay = layout.ranges.find((r) => r.text === 'Uruguay')!;
    expect(uruguay.label).toMatch(/^Uruguay: ratification or accession, between 31 August 1999 and 6 December 2001 \(source: /);
    expect(layout.ranges.find((r) => r.text === '9 States')!.label).toBe(
      '9 States: Burkina Faso, Ecuador, El Salvador, Guatemala, Kyrgyzstan, Libyan Arab Jamahiriya, Mali, Tajikistan, Timor-Leste: ratification or accession, between 6 December 2001 and 20 August 2004 (source: Report of the Secretary-General of 27 August 2004, para. 5)',
    );
  });
});
