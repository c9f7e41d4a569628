import { join } from 'node:path';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  buildCacheDir,
  checkContentDir,
  CONTENT_VARIABLE,
  contentCacheDir,
  contentDir,
  contentKey,
  documentsDir,
  treatiesDir,
} from '../../src/build/integrations/content-dir.ts';
import { thrown } from './helpers.ts';

const root = '/projects/un-docs';

describe('contentDir', () => {
  it('is the project\'s content/ when UN_DOCS_CONTENT is unset or empty', () => {
    expect(contentDir(root, {})).toBe('/projects/un-docs/content');
    expect(contentDir(root, { [CONTENT_VARIABLE]: '  ' })).toBe('/projects/un-docs/content');
  });

  it('resolves UN_DOCS_CONTENT against the project root, or takes it as it is when absolute', () => {
    expect(contentDir(root, { [CONTENT_VARIABLE]: '../corpus/content' })).toBe('/projects/corpus/content');
    expect(contentDir(root, { [CONTENT_VARIABLE]: '/data/un/content/' })).toBe('/data/un/content');
  });

  it('holds the documents and the treaties', () => {
    const env = { [CONTENT_VARIABLE]: '/data/un/content' };
    expect(documentsDir(root, env)).toBe('/data/un/content/documents');
    expect(treatiesDir(root, env)).toBe('/data/un/content/treaties');
  });
});

describe('the caches', () => {
  it('stay in the project, beside Astro\'s own', () => {
    expect(buildCacheDir(root, 'build')).toBe('/projects/un-docs/node_modules/.astro/un-docs-build');
  });

  it('made from the content are kept per content folder, whichever way it is named', () => {
    const own = contentCacheDir(root, 'bodies', {});
    const other = contentCacheDir(root, 'bodies', { [CONTENT_VARIABLE]: '/data/un/content' });
    expect(own.startsWith(`${buildCacheDir(root, 'bodies')}/`)).toBe(true);
    expect(other).not.toBe(own);
    expect(contentCacheDir(root, 'bodies', { [CONTENT_VARIABLE]: 'content' })).toBe(own);
    expect(contentKey(root, { [CONTENT_VARIABLE]: '../un-docs/content/' })).toBe(contentKey(root, {}));
  });
});

describe('checkContentDir', () => {
  it('accepts a folder with documents/ in it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'un-docs-content-'));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    mkdirSync(join(folder, 'documents'));
    expect(() => checkContentDir(root, { [CONTENT_VARIABLE]: folder })).not.toThrow();
  });

  it('names the variable, the folder and what it must hold', () => {
    const folder = mkdtempSync(join(tmpdir(), 'un-docs-content-'));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    expect(thrown(() => checkContentDir(root, { [CONTENT_VARIABLE]: folder })).message).toBe(
      `UN_DOCS_CONTENT=${folder} names ${folder}, which has no documents/ folder; expected documents/ (one MDX file per document) and treaties/ in it`,
    );
    expect(thrown(() => checkContentDir(root, { [CONTENT_VARIABLE]: join(folder, 'missing') })).message).toBe(
      `UN_DOCS_CONTENT=${join(folder, 'missing')} names ${join(folder, 'missing')}, which is not a folder; expected a folder holding documents/ (and treaties/)`,
    );
  });
});
