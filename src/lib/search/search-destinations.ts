/**
 * The States and treaties the search page offers to go to when a query names one, with every
 * name a reader may type for each: built with the page, read by its script
 * (src/lib/search/search-results.ts, namedDestination).
 */
import { stateNames } from '../document/states.ts';
import type { Destination } from './search-results.ts';

/** A State with a page, as far as its names go. */
interface StateEntry {
  code: string;
  name: string;
  path: string;
  /** The names the documents write it by. */
  writtenNames: string[];
}

/** A treaty with a page. */
interface TreatyEntry {
  path: string;
  data: { name: string; shortName: string };
}

/**
 * Every State and treaty with a page, with its names. Not the States' codes: "and" or "can" is a
 * word searched for far more often than Andorra or Canada.
 */
export function searchDestinations(states: readonly StateEntry[], treaties: readonly TreatyEntry[]): Destination[] {
  return [
    ...treaties.map((treaty): Destination => ({ label: treaty.data.shortName, kind: 'treaty', path: treaty.path, names: [treaty.data.shortName, treaty.data.name] })),
    ...states.map((state): Destination => ({
      label: state.name,
      kind: 'State',
      path: state.path,
      names: [...new Set([state.name, ...state.writtenNames, ...stateNames(state.code)])],
    })),
  ];
}
