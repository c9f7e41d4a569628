import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildKey, refreshBuildKey } from '../../src/build/integrations/build-key.ts';

let root = '';
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'un-docs-key-'));
  write('src/schemas/document.ts', 'title');
  write('src/components/Masthead.astro', '<header />');
  write('astro.config.mjs', 'config');
  write('package-lock.json', '{}');
  write('content/documents/A/RES/1.mdx', 'a document');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the build key', () => {
  it('changes with any file under src/, the configuration or the lockfile, and not with the content', () => {
    const env = {};
    const keys = [refreshBuildKey(root, env)];
    write('content/documents/A/RES/1.mdx', 'an edited document');
    expect(refreshBuildKey(root, env)).toBe(keys[0]);
    for (const [path, text] of [['src/schemas/document.ts', 'title.transform()'], ['src/components/Masthead.astro', '<header></header>'], ['src/lib/new.ts', 'new'], ['astro.config.mjs', 'other'], ['package-lock.json', '{ }']]) {
      write(path!, text!);
      keys.push(refreshBuildKey(root, env));
    }
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("changes with the build's environment variables, the content folder read as the folder it names", () => {
    const key = refreshBuildKey(root, {});
    expect(buildKey(root, { SITE_URL: 'https://example.org' })).not.toBe(key);
    expect(buildKey(root, { BASE_PATH: '/un-docs/' })).not.toBe(key);
    expect(buildKey(root, { SEARCH_PART_SIZE: '2' })).not.toBe(key);
    expect(buildKey(root, { UN_DOCS_CONTENT: join(root, 'content') })).toBe(key);
    expect(buildKey(root, { UN_DOCS_CONTENT: 'other' })).not.toBe(key);
  });

  it('is computed once per process: an edit is seen by the next build, not within this one', () => {
    const key = refreshBuildKey(root, {});
    write('src/lib/new.ts', 'new');
    expect(buildKey(root, {})).toBe(key);
    expect(refreshBuildKey(root, {})).not.toBe(key);
  });
});
