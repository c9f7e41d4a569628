/**
 * Building the search index against the real pagefind binary, on small folders of HTML written
 * here: what it indexes, what it writes, and how it fails.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, checked, indexedPages, pagesGlob, SearchIndexError } from '../../src/build/integrations/search-indexer.ts';
import { partOf } from '../../src/lib/search/search-parts.ts';
import { thrown } from './helpers.ts';

const folders: string[] = [];

/** A temporary site folder holding the given files (path → text). */
function site(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'un-docs-pagefind-'));
  folders.push(folder);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('checked responses', () => {
  it('returns a response without errors', () => {
    const response = { errors: [], page_count: 3 };
    expect(checked('addDirectory', response)).toBe(response);
  });

  it('fails with the step and every error', () => {
    const error = thrown(() => checked('writeFiles', { errors: ['disk full', 'cannot write pagefind.js'] }));
    expect(error).toBeInstanceOf(SearchIndexError);
    expect(error.message).toBe('pagefind writeFiles failed: disk full; cannot write pagefind.js');
  });
});

describe('buildSearchIndex', () => {
  it('indexes the pages it is given, what they mark data-pagefind-body, and writes the index under pagefind/', async () => {
    const folder = site({
      'index.html': page('<nav>Home</nav><article data-pagefind-body><p>A listing page</p></article>'),
      'A/RES/53/137/index.html': page('<article data-pagefind-body><h1>A resolution</h1></article>'),
      'E/CN.4/2002/89/index.html': page('<article data-pagefind-body><h1>A report</h1></article>'),
    });
    const report = await buildSearchIndex(folder, ['/A/RES/53/137/', '/E/CN.4/2002/89/']);
    expect(report.pages).toBe(2);
    expect(indexedPages(join(folder, 'pagefind'))).toBe(2);
    expect(existsSync(join(folder, 'pagefind', 'pagefind.js'))).toBe(true);
    // The pages gathered for pagefind are gone: the site serves only what it built.
    expect(readdirSync(folder).sort()).toEqual(['A', 'E', 'index.html', 'pagefind']);
    expect(report.files).toBeGreaterThan(0);
    expect(report.bytes).toBeGreaterThan(0);
  });

  it('indexes the pages named, however their paths are spelt, and no page beside them', async () => {
    const folder = site({
      'A/CONF.157/24(PartI)/index.html': page('<main data-pagefind-body><p>Part one</p></main>'),
      'A/CONF.157/24(PartI)/cite/index.html': page('<main data-pagefind-body><p>Its cite page</p></main>'),
      'A/CONF.157/24/index.html': page('<main data-pagefind-body><p>The whole</p></main>'),
      'A/54/150/Add.1/index.html': page('<main data-pagefind-body><p>An addendum</p></main>'),
    });
    const report = await buildSearchIndex(folder, ['/A/CONF.157/24(PartI)/', '/A/54/150/Add.1/']);
    expect(report.pages).toBe(2);
  });

  it('fails, naming the folder, when no page given has text to index', async () => {
    const folder = site({ 'A/1/index.html': page('<nav>Home</nav>') });
    const error = await buildSearchIndex(folder, ['/A/1/']).then(
      () => new Error('expected buildSearchIndex to fail'),
      (failure: Error) => failure,
    );
    expect(error).toBeInstanceOf(SearchIndexError);
    expect(error.message).toBe(
      `pagefind indexed none of the 1 pages given in ${folder}: expected the document pages to mark their text with data-pagefind-body`,
    );
  });

  it('fails, naming the page, when a page to index was not built', async () => {
    const folder = site({ 'A/1/index.html': page('<main data-pagefind-body><p>Text</p></main>') });
    const error = await buildSearchIndex(folder, ['/A/1/', '/A/2/']).catch((failure: Error) => failure);
    expect(error).toBeInstanceOf(SearchIndexError);
    expect((error as Error).message).toBe(`/A/2/: expected its page at ${join(folder, 'A/2/index.html')}, found none`);
  });

  it('can index again after a failure: the service was closed, not left broken', async () => {
    await buildSearchIndex(site({}), ['/missing/']).catch(() => undefined);
    const report = await buildSearchIndex(site({ 'a/index.html': page('<main data-pagefind-body><p>Text</p></main>') }), ['/a/']);
    expect(report.pages).toBe(1);
  });
});

describe('pagesGlob', () => {
  it("names each page's file, with the characters a glob gives a meaning escaped", () => {
    expect(pagesGlob(['/A/RES/53/137/', '/A/CONF.157/24(PartI)/'])).toBe('{A/RES/53/137/index.html,A/CONF.157/24\\(PartI\\)/index.html}');
  });
});

describe('an index in parts', () => {
  const PAGES = ['/A/RES/53/137/', '/A/RES/55/88/', '/E/CN.4/2002/89/', '/A/54/150/', '/A/59/200/'];
  const files = (words: (page: string) => string) =>
    Object.fromEntries(PAGES.map((path) => [`${path.slice(1)}index.html`, page(`<article data-pagefind-body><h1>${words(path)}</h1></article>`)]));
  const bundleOf = (path: string) => `pagefind/part-${partOf(path, 8)}`;
  /** When each part's entry file was written. */
  const written = (folder: string) =>
    Object.fromEntries(readdirSync(join(folder, 'pagefind')).map((name) => [name, statSync(join(folder, 'pagefind', name, 'pagefind-entry.json')).mtimeMs]));

  it('puts each page in the bundle of its part, and indexes again only the parts whose pages changed', async () => {
    const folder = site(files((path) => `Document ${path}`));
    const recordFile = join(folder, 'record', 'parts.json');
    const first = await buildSearchIndex(folder, PAGES, { perPart: 1, recordFile });
    const parts = [...new Set(PAGES.map(bundleOf))].sort();
    expect(readdirSync(join(folder, 'pagefind')).map((name) => `pagefind/${name}`).sort()).toEqual(parts);
    expect(first).toMatchObject({ pages: 5, parts: parts.length, indexed: parts.length });
    for (const path of PAGES) {
      const pagesOfPart = PAGES.filter((other) => bundleOf(other) === bundleOf(path)).length;
      expect(indexedPages(join(folder, bundleOf(path)))).toBe(pagesOfPart);
    }
    const before = written(folder);

    writeFileSync(join(folder, 'A/RES/55/88/index.html'), page('<article data-pagefind-body><h1>Edited</h1></article>'));
    const second = await buildSearchIndex(folder, PAGES, { perPart: 1, recordFile });
    expect(second).toMatchObject({ pages: 5, parts: parts.length, indexed: 1 });
    const after = written(folder);
    for (const part of parts) {
      const name = part.replace('pagefind/', '');
      if (part === bundleOf('/A/RES/55/88/')) expect(after[name]).toBeGreaterThan(before[name]!);
      else expect(after[name]).toBe(before[name]);
    }

    const third = await buildSearchIndex(folder, PAGES, { perPart: 1, recordFile, code: 'pagefind 2' });
    expect(third.indexed).toBe(parts.length);
  });

  it('indexes every part again when there is no record, and leaves no bundle of an earlier layout', async () => {
    const folder = site(files((path) => `Document ${path}`));
    const recordFile = join(folder, 'record', 'parts.json');
    await buildSearchIndex(folder, PAGES, { recordFile });
    expect(existsSync(join(folder, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    const parted = await buildSearchIndex(folder, PAGES, { perPart: 1, recordFile });
    expect(parted.indexed).toBe(parted.parts);
    expect(readdirSync(join(folder, 'pagefind')).every((name) => name.startsWith('part-'))).toBe(true);
    rmSync(recordFile);
    expect((await buildSearchIndex(folder, PAGES, { perPart: 1, recordFile })).indexed).toBe(parted.parts);
    expect(JSON.parse(readFileSync(recordFile, 'utf8')).parts).toHaveProperty(`/${bundleOf(PAGES[0]!)}/`);
  });

  it('indexes a part again when its bundle is gone, though the record says it is current', async () => {
    const folder = site(files((path) => `Document ${path}`));
    const recordFile = join(folder, 'record', 'parts.json');
    await buildSearchIndex(folder, PAGES, { perPart: 1, recordFile });
    rmSync(join(folder, bundleOf('/A/54/150/')), { recursive: true });
    const again = await buildSearchIndex(folder, PAGES, { perPart: 1, recordFile });
    expect(again.indexed).toBe(1);
    expect(existsSync(join(folder, bundleOf('/A/54/150/'), 'pagefind.js'))).toBe(true);
  });
});
