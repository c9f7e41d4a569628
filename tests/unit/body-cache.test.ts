import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyCache, bodyCacheDir } from '../../src/build/cache/body-cache.ts';
import { thrown } from './helpers.ts';

let root = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'un-docs-cache-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const rendered = { html: '<p id="p1">Text</p>', remarkPluginFrontmatter: { anchored: [] }, collectionAnswers: { 'A/RES/53/137': true } };

describe('bodyCache', () => {
  it('reads back a rendering as it was written, whole or its HTML and its records apart', () => {
    bodyCache(root).write('abc', rendered);
    expect(bodyCache(root).read('abc')).toEqual(rendered);
    expect(bodyCache(root).readHtml('abc')).toBe(rendered.html);
    expect(bodyCache(root).readRecords('abc')).toEqual({ remarkPluginFrontmatter: rendered.remarkPluginFrontmatter, collectionAnswers: rendered.collectionAnswers });
  });

  it('names a rendering by its HTML and its records', () => {
    const cache = bodyCache(root);
    const digest = cache.write('abc', rendered);
    expect(cache.write('abc', rendered)).toBe(digest);
    expect(cache.write('abc', { ...rendered, html: '<p id="p1">Other text</p>' })).not.toBe(digest);
    expect(cache.write('abc', { ...rendered, collectionAnswers: {} })).not.toBe(digest);
  });

  it('holds a rendering as current while every collection answer it was made with holds', () => {
    const cache = bodyCache(root);
    expect(cache.isCurrent('abc', () => true)).toBe(false);
    cache.write('abc', rendered);
    expect(cache.isCurrent('abc', (symbol) => symbol === 'A/RES/53/137')).toBe(true);
    expect(cache.isCurrent('abc', () => false)).toBe(false);
    rmSync(join(bodyCacheDir(root), 'abc.html'));
    expect(cache.isCurrent('abc', (symbol) => symbol === 'A/RES/53/137')).toBe(false);
  });

  it('says which rendering is missing, and where it was looked for', () => {
    const message = `the rendered body abc is missing from ${bodyCacheDir(root)}; run the build again (the content loader writes it)`;
    expect(thrown(() => bodyCache(root).read('abc')).message).toBe(message);
    expect(thrown(() => bodyCache(root).readHtml('abc')).message).toBe(message);
    expect(thrown(() => bodyCache(root).readRecords('abc')).message).toBe(message);
  });

  it('holds no list of loaded documents until a load records one', () => {
    const cache = bodyCache(root);
    expect(cache.readLastLoad()).toEqual([]);
    const documents = [{ id: 'A/RES/53/137', filePath: 'content/documents/A/RES/53/137.mdx', digest: 'abc', data: { symbol: 'A/RES/53/137' } }];
    cache.writeLoaded(documents as Parameters<typeof cache.writeLoaded>[0]);
    expect(cache.readLastLoad()).toEqual(documents);
    expect(cache.readLoaded()).toEqual(documents);
  });
});
