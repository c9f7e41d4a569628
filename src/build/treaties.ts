/**
 * The treaties of the content folder's treaties/ as every page reads them: checked against the documents they
 * cite once per build, and turned into the views the treaty and State pages show. A build stops
 * here when a treaty's data contradicts a text it cites.
 */
import { join, relative } from 'node:path';
import { getCollection } from 'astro:content';
import { buildKey } from './integrations/build-key.ts';
import { buildCacheDir, treatiesDir } from './integrations/content-dir.ts';
import { anchoredTextOf, getDocuments } from './collection.ts';
import { stateMentionsCache } from './cache/state-mentions-cache.ts';
import { findStates } from '../lib/document/states.ts';
import { sourceIndex, type SourceIndex } from '../lib/treaty/sources.ts';
import { stateViews, treatyView, type StateView, type TreatyView } from '../lib/treaty/model.ts';
import { TreatyDataError, verifyTreaty } from '../lib/treaty/verify.ts';

export interface Treaties {
  treaties: TreatyView[];
  states: StateView[];
  index: SourceIndex;
}

let loaded: Promise<Treaties> | undefined;

/**
 * Stops the build on treaty data that contradicts its texts: the problems printed one a line,
 * then an error without a stack trace (the data is wrong, not the code) and without the word
 * "document", for which Astro would add a hint about browser APIs.
 * @throws {TreatyDataError} always.
 */
function refuseTreaties(problems: string[]): never {
  console.error(`Treaty data contradicts its sources:\n${problems.join('\n')}`);
  const error = new TreatyDataError(`Build stopped: the treaty data has ${problems.length === 1 ? 'one problem' : `${problems.length} problems`} (listed above).`);
  error.stack = '';
  throw error;
}

async function load(): Promise<Treaties> {
  const documents = await getDocuments();
  // Every body's anchored text, recorded when it was rendered, indexed once for all pages: each
  // treaty check and each State page reads this index.
  const index = sourceIndex(documents.map((entry) => ({ data: entry.data, anchored: anchoredTextOf(entry) })));
  const entries = await getCollection('treaties');
  // Pages run in the project root, where the build was started.
  const root = process.cwd();
  const problems = entries.flatMap((entry) => verifyTreaty(entry.data, index, entry.filePath ?? relative(root, join(treatiesDir(root), `${entry.id}.yaml`))));
  if (problems.length > 0) refuseTreaties(problems);
  const treaties = entries.map((entry) => treatyView(entry.id, entry.data, index)).sort((a, b) => a.data.adoption.date.localeCompare(b.data.adoption.date));
  // A build remembers the States each text names for the next; the dev server finds them anew.
  if (import.meta.env.DEV) return { treaties, states: stateViews(treaties, index), index };
  const mentions = stateMentionsCache(join(buildCacheDir(root, 'states'), 'mentions.json'), buildKey(root), findStates);
  const states = stateViews(treaties, index, (text) => mentions.find(text));
  mentions.save();
  return { treaties, states, index };
}

/** Every treaty, checked, and every State; loaded once per build, on each request in the dev server. */
export function getTreaties(): Promise<Treaties> {
  if (import.meta.env.DEV) return load();
  loaded ??= load();
  return loaded;
}
