/**
 * The results of a search, handed to the search page a few at a time with their data loaded. When
 * the index is in parts (src/lib/search/search-parts.ts), pagefind merges the parts' results by score,
 * which keeps relevance but breaks an order by date: then each part is searched on its own, in
 * date order, and the parts' lists are merged here, loading the data of each list's first result
 * to compare their dates.
 */

/** A result as pagefind gives it: its data loaded on demand. */
export interface LazyResult<T> {
  data(): Promise<T>;
}

/** Results to show, in order. */
export interface ResultQueue<T> {
  /** How many results there are in all. */
  readonly total: number;
  /** How many are still to be shown. */
  readonly remaining: number;
  /** The next `count` results (fewer at the end), their data loaded. */
  next(count: number): Promise<T[]>;
}

/** The results of one list, in its order. */
export function queueInOrder<T>(results: readonly LazyResult<T>[]): ResultQueue<T> {
  let shown = 0;
  return {
    total: results.length,
    get remaining() {
      return results.length - shown;
    },
    async next(count) {
      const batch = results.slice(shown, shown + count);
      shown += batch.length;
      return Promise.all(batch.map((result) => result.data()));
    },
  };
}

/**
 * The results of several lists, each in order of its key (`asc` or `desc`), merged into one order.
 * Of results with the same key, the one of the earlier list comes first. Every result's data is
 * loaded once, the first results of all lists at once.
 * @param keyOf the key a result's data is ordered by, compared as text (ISO dates).
 */
export function queueMerged<T>(lists: readonly (readonly LazyResult<T>[])[], keyOf: (data: T) => string, direction: 'asc' | 'desc'): ResultQueue<T> {
  const positions = lists.map(() => 0);
  const loaded = new Map<LazyResult<T>, Promise<T>>();
  const load = (result: LazyResult<T>) => {
    let data = loaded.get(result);
    if (!data) loaded.set(result, (data = result.data()));
    return data;
  };
  const total = lists.reduce((sum, list) => sum + list.length, 0);
  let shown = 0;
  const before = (a: string, b: string) => (direction === 'asc' ? a < b : a > b);
  return {
    total,
    get remaining() {
      return total - shown;
    },
    async next(count) {
      const batch: T[] = [];
      while (batch.length < count && shown < total) {
        const heads = await Promise.all(lists.map((list, index) => (positions[index]! < list.length ? load(list[positions[index]!]!) : undefined)));
        let chosen = -1;
        heads.forEach((head, index) => {
          if (head !== undefined && (chosen === -1 || before(keyOf(head), keyOf(heads[chosen]!)))) chosen = index;
        });
        batch.push(heads[chosen]!);
        positions[chosen]! += 1;
        shown += 1;
      }
      return batch;
    },
  };
}
