/**
 * Building the search index against the real pagefind binary, on small folders of HTML written
 * here: what it indexes, what it writes, and how it fails.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, checked, indexedPages, SearchIndexError } from '../../scripts/lib/search-index.ts';
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
