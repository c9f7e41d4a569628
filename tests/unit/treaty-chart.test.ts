import { describe, expect, it } from 'vitest';
import { CHART_WIDTH, layoutChart, niceStep, packLabels, type ChartInput } from '../../src/lib/treaty/chart.ts';

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
        label: `State ${i}`,
        href: `/s/${i}/`,
        name: `State ${i}`,
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
    expect(shown.length).toBeLessThan(63);
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
        { timing: { date: '2000-09-07' }, label: 'Ghana', href: '/g/', name: 'Ghana' },
        { timing: { date: '2000-09-07' }, label: 'Guinea', href: '/n/', name: 'Guinea' },
        { timing: { after: '2001-12-06', by: '2004-08-20' }, label: 'Mali', href: '/m/', name: 'Mali' },
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
