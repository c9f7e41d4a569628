/**
 * The States named in each text, remembered from one build to the next. Every build shows every
 * State's mentions, so it looks for State names in every paragraph of every document: 2 s at
 * 10,000 documents, for texts that mostly did not change. The mentions are kept by a digest of
 * the text, with a digest of the code that finds them; a build reads them, finds what it lacks,
 * and writes back what it used.
 */
import { createHash } from 'node:crypto';
import { readRecord, writeRecord } from './build-record.ts';
import type { StateMention } from '../../lib/document/states.ts';

/** The file's content. */
interface CacheFile {
  code: string;
  mentions: Record<string, StateMention[]>;
}

/** A finder of State mentions that remembers its answers. */
export interface StateMentionsCache {
  /** The States a text names, as `find` gives them. */
  find(text: string): StateMention[];
  /** Writes the answers this cache gave to its file, when any was not read from it. */
  save(): void;
}

/**
 * A cache of `find`'s answers in `file`.
 * @param code a digest of what `find` depends on (its code, its table of names): another code finds anew.
 */
export function stateMentionsCache(file: string, code: string, find: (text: string) => StateMention[]): StateMentionsCache {
  // Without a cache of the same code, everything is found anew.
  const read = readRecord<CacheFile>(file);
  const known: Record<string, StateMention[]> = read?.code === code ? read.mentions : {};
  const used: Record<string, StateMention[]> = {};
  let found = 0;
  return {
    find(text) {
      const key = createHash('sha1').update(text).digest('base64');
      let mentions = used[key] ?? known[key];
      if (mentions === undefined) {
        mentions = find(text);
        found += 1;
      }
      used[key] = mentions;
      return mentions;
    },
    save() {
      if (found === 0 && Object.keys(used).length === Object.keys(known).length) return;
      writeRecord(file, { code, mentions: used } satisfies CacheFile);
    },
  };
}
