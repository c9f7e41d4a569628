import { describe, expect, it } from 'vitest';
import { queueInOrder, queueMerged, type LazyResult } from '../../src/lib/search/result-queue.ts';

interface Data {
  url: string;
  date: string;
}

/** Results whose data loads count themselves in `loads`. */
function results(loads: string[], ...entries: [string, string][]): LazyResult<Data>[] {
  return entries.map(([url, date]) => ({
    data: async () => {
      loads.push(url);
      return { url, date };
    },
  }));
}

const urls = (batch: Data[]) => batch.map((data) => data.url);

describe('queueInOrder', () => {
  it('hands out the results in their order, a batch at a time, loading only what it hands out', async () => {
    const loads: string[] = [];
    const queue = queueInOrder(results(loads, ['a', '1'], ['b', '2'], ['c', '3']));
    expect(queue.total).toBe(3);
    expect(urls(await queue.next(2))).toEqual(['a', 'b']);
    expect(loads).toEqual(['a', 'b']);
    expect(queue.remaining).toBe(1);
    expect(urls(await queue.next(2))).toEqual(['c']);
    expect(queue.remaining).toBe(0);
    expect(await queue.next(2)).toEqual([]);
  });
});

describe('queueMerged', () => {
  const lists = (loads: string[]) => [
    results(loads, ['a1', '2004-08-27'], ['a2', '1999-03-01']),
    results(loads, ['b1', '2001-12-20'], ['b2', '1999-09-13'], ['b3', '1990-12-18']),
    results(loads),
  ];

  it('merges lists in descending order into one descending order', async () => {
    const loads: string[] = [];
    const queue = queueMerged(lists(loads), (data) => data.date, 'desc');
    expect(queue.total).toBe(5);
    expect(urls(await queue.next(3))).toEqual(['a1', 'b1', 'b2']);
    expect(queue.remaining).toBe(2);
    expect(urls(await queue.next(3))).toEqual(['a2', 'b3']);
    expect(queue.remaining).toBe(0);
  });

  it('merges lists in ascending order, the earlier list first among equal keys', async () => {
    const loads: string[] = [];
    const queue = queueMerged(
      [results(loads, ['a1', '1999-01-01'], ['a2', '2000-01-01']), results(loads, ['b1', '1999-01-01'], ['b2', '1999-06-01'])],
      (data) => data.date,
      'asc',
    );
    expect(urls(await queue.next(10))).toEqual(['a1', 'b1', 'b2', 'a2']);
  });

  it('loads each result once, and no further than one past the last handed out in each list', async () => {
    const loads: string[] = [];
    const queue = queueMerged(lists(loads), (data) => data.date, 'desc');
    await queue.next(1);
    expect(loads.sort()).toEqual(['a1', 'b1']);
    await queue.next(1);
    expect(loads.sort()).toEqual(['a1', 'a2', 'b1']);
    await queue.next(3);
    expect(loads.sort()).toEqual(['a1', 'a2', 'b1', 'b2', 'b3']);
  });
});
