/**
 * Search in the built site, read from dist/: what pagefind indexed, the search box on every page,
 * and no inline code in any page (the search page's script is a file, like every other).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { indexedPages } from '../../src/build/integrations/search-indexer.ts';
import { documentPath } from '../../src/lib/document/documents.ts';
import { INDEX_FOLDER } from '../../src/lib/search/search-parts.ts';
import { searchPath } from '../../src/lib/search/search-results.ts';
import { readDocuments } from './content.ts';
import { DIST, requireDist } from './dist.ts';

requireDist();

/** An element of a page: its tag and attributes. */
interface Element {
  tag: string;
  attrs: Record<string, string>;
  text: string;
}

function elements(html: string): Element[] {
  const found: Element[] = [];
  const textOf = (node: DefaultTreeAdapterTypes.Node): string =>
    node.nodeName === '#text' ? (node as DefaultTreeAdapterTypes.TextNode).value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
  const visit = (node: DefaultTreeAdapterTypes.Node): void => {
    if ('tagName' in node) {
      found.push({ tag: node.tagName, attrs: Object.fromEntries(node.attrs.map(({ name, value }) => [name, value])), text: textOf(node) });
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parse(html));
  return found;
}

/** Every HTML page of dist/ outside the index, by its URL path ("/A/RES/53/137/"). */
const pages = new Map(
  readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith(`${INDEX_FOLDER}/`))
    .map((file) => [`/${file.replace(/index\.html$/, '')}`, elements(readFileSync(join(DIST, file), 'utf8'))]),
);
const documentPaths = readDocuments().map(({ data }) => documentPath(data));

describe('the search index', () => {
  it('holds every document and nothing else', () => {
    expect(indexedPages(join(DIST, INDEX_FOLDER))).toBe(documentPaths.length);
  });

  it('is given the text of each document page, once, and of no other page', () => {
    const marked = [...pages].flatMap(([path, found]) => found.filter((e) => 'data-pagefind-body' in e.attrs).map(() => path));
    expect(marked.sort()).toEqual([...documentPaths].sort());
  });

  it.each(documentPaths)('%s gives its metadata, filters and date sort', (path) => {
    const article = pages.get(path)!.find((e) => 'data-pagefind-body' in e.attrs)!;
    expect(article.tag).toBe('article');
    expect(article.attrs['data-pagefind-meta']).toMatch(/^title\[data-search-title\], date\[data-search-date\]/);
    expect(article.attrs['data-pagefind-filter']).toMatch(/type\[data-search-filter-type\], body\[data-search-filter-body\]/);
    expect(article.attrs['data-pagefind-sort']).toBe('date[data-search-sort-date]');
    expect(article.attrs['data-search-sort-date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

/** Whether a page only sends the browser on (meta refresh): nobody reads it, it has no header. */
const isRedirect = (found: Element[]) => found.some((e) => e.tag === 'meta' && e.attrs['http-equiv'] === 'refresh');

describe('the search box', () => {
  it('is not on redirect pages, and they are the lower-case spellings of document addresses', () => {
    const redirects = [...pages].filter(([, found]) => isRedirect(found)).map(([path]) => path);
    expect(redirects.sort()).toEqual(documentPaths.map((path) => path.toLowerCase()).filter((path) => !documentPaths.includes(path)).sort());
  });

  it.each([...pages].filter(([path, found]) => path !== searchPath && !isRedirect(found)).map(([path]) => path))('%s has the header search form', (path) => {
    const found = pages.get(path)!;
    const form = found.find((e) => e.tag === 'form' && e.attrs.class === 'site-search');
    expect(form?.attrs).toMatchObject({ action: searchPath, method: 'get', role: 'search' });
    const input = found.find((e) => e.tag === 'input' && e.attrs.id === 'site-search-q');
    expect(input?.attrs).toMatchObject({ type: 'search', name: 'q' });
    expect(found.find((e) => e.tag === 'label' && e.attrs.for === 'site-search-q')?.text).toBe('Search the documents');
  });

  it('the search page has its own labelled box, and says that search needs JavaScript', () => {
    const found = pages.get(searchPath)!;
    const forms = found.filter((e) => e.tag === 'form').map((e) => e.attrs);
    expect(forms).toEqual([
      { id: 'search-form', class: 'search-form', role: 'search', action: searchPath, method: 'get', 'data-bundles': '/pagefind/', 'data-destinations': expect.any(String) },
    ]);
    // The places "Go to" offers besides documents: every State and treaty, by name.
    const destinations = JSON.parse(forms[0]!['data-destinations']!) as { label: string; kind: string; path: string }[];
    expect(destinations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ label: 'Migrant Workers Convention', kind: 'treaty', path: '/treaties/migrant-workers-convention/' }),
        expect.objectContaining({ label: 'Mexico', kind: 'State', path: '/states/MEX/' }),
      ]),
    );
    expect(found.find((e) => e.tag === 'label' && e.attrs.for === 'search-q')?.text).toMatch(/^Words, a symbol/);
    const notice = found.find((e) => e.attrs.id === 'search-needs-js');
    expect(notice?.attrs.hidden).toBeUndefined();
    expect(notice?.text).toContain('needs JavaScript');
  });
});

describe('scripts', () => {
  it('no page has an inline script or an inline event handler', () => {
    const inline = [...pages].flatMap(([path, found]) =>
      found.flatMap((e) => [
        // JSON-LD is data, which a Content-Security-Policy does not forbid.
        ...(e.tag === 'script' && !e.attrs.src && e.attrs.type !== 'application/ld+json' ? [`${path}: an inline <script>`] : []),
        ...Object.keys(e.attrs)
          .filter((name) => name.startsWith('on'))
          .map((name) => `${path}: <${e.tag} ${name}>`),
      ]),
    );
    expect(inline).toEqual([]);
  });

  it('the document pages load two small scripts, the "/" key and the copy buttons, and nothing of pagefind', () => {
    for (const path of documentPaths) {
      const scripts = pages
        .get(path)!
        .filter((e) => e.tag === 'script' && e.attrs.type !== 'application/ld+json')
        .map((e) => e.attrs.src ?? '');
      expect(scripts, path).toHaveLength(2);
      const code = scripts.map((src) => readFileSync(join(DIST, src), 'utf8')).join('\n');
      expect(code, path).toContain('data-search-box');
      expect(code, path).toContain('clipboard');
      expect(code, path).not.toContain('pagefind');
    }
  });
});
