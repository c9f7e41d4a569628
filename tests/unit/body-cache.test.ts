import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyCache, bodyCacheDir } from '../../src/lib/body-cache.ts';
import { thrown } from './helpers.ts';

let root = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'un-docs-cache-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const rendered = { html: '<p id="p1">Text</p>', remarkPluginFrontmatter: { anchored: [] }, collectionAnswers: { 'A/RES/53/137': true } };

describe('bodyCache', () => {
  it('reads back a rendering as it was written', () => {
    bodyCache(root).write('abc', rendered);
    expect(bodyCache(root).read('abc')).toEqual(rendered);
  });

  it('holds a rendering as current while every collection answer it was made with holds', () => {
    const cache = bodyCache(root);
    expect(cache.isCurrent('abc', () => true)).toBe(false);
    cache.write('abc', rendered);
    expect(cache.isCurrent('abc', (symbol) => symbol === 'A/RES/53/137')).toBe(true);
    expect(cache.isCurrent('abc', () => false)).toBe(false);
    rmSync(join(bodyCacheDir(root), 'abc.json'));
    expect(cache.isCurrent('abc', () => true)).toBe(false);
  });

  it('says which rendering is missing, and where it was looked for', () => {
    expect(thrown(() => bodyCache(root).read('abc')).message).toBe(
      `the rendered body abc is missing from ${bodyCacheDir(root)}; run the build again (the content loader writes it)`,
    );
  });

  it('holds no list of loaded documents until a load records one', () => {
    const cache = bodyCache(root);
    expect(cache.hasLoaded()).toBe(false);
    const documents = [{ id: 'A/RES/53/137', filePath: 'content/documents/A/RES/53/137.mdx', digest: 'abc', data: { symbol: 'A/RES/53/137' } }];
    cache.writeLoaded(documents as Parameters<typeof cache.writeLoaded>[0]);
    expect(cache.hasLoaded()).toBe(true);
    expect(cache.readLoaded()).toEqual(documents);
  });
});
