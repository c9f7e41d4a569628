import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stateMentionsCache } from '../../src/build/cache/state-mentions-cache.ts';
import { findStates, type StateMention } from '../../src/lib/document/states.ts';

let folder = '';
let file = '';
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'un-docs-mentions-'));
  file = join(folder, 'cache', 'mentions.json');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** findStates, counting the texts it is asked about. */
function counted(): { asked: string[]; find: (text: string) => StateMention[] } {
  const asked: string[] = [];
  return { asked, find: (text) => (asked.push(text), findStates(text)) };
}

const MEXICO = 'Mexico ratified the Convention.';
const NONE = 'The Convention entered into force.';

describe('stateMentionsCache', () => {
  it('answers as findStates does, asking it once per text', () => {
    const { asked, find } = counted();
    const cache = stateMentionsCache(file, 'code 1', find);
    expect(cache.find(MEXICO)).toEqual(findStates(MEXICO));
    expect(cache.find(MEXICO)).toEqual(findStates(MEXICO));
    expect(cache.find(NONE)).toEqual([]);
    expect(asked).toEqual([MEXICO, NONE]);
  });

  it('remembers the answers of the last build for the next, with the same code', () => {
    const first = stateMentionsCache(file, 'code 1', findStates);
    first.find(MEXICO);
    first.find(NONE);
    first.save();
    const { asked, find } = counted();
    const next = stateMentionsCache(file, 'code 1', find);
    expect(next.find(MEXICO)).toEqual(findStates(MEXICO));
    expect(asked).toEqual([]);
  });

  it('finds anew when the code changed, and keeps only the texts of the last build', () => {
    const first = stateMentionsCache(file, 'code 1', findStates);
    first.find(MEXICO);
    first.find(NONE);
    first.save();
    const { asked, find } = counted();
    const next = stateMentionsCache(file, 'code 2', find);
    next.find(NONE);
    next.save();
    expect(asked).toEqual([NONE]);
    const written = JSON.parse(readFileSync(file, 'utf8')) as { code: string; mentions: Record<string, unknown> };
    expect(written.code).toBe('code 2');
    expect(Object.keys(written.mentions)).toHaveLength(1);
  });

  it('writes no file when it found nothing new', () => {
    const cache = stateMentionsCache(file, 'code 1', findStates);
    cache.save();
    expect(existsSync(file)).toBe(false);
  });
});
