/**
 * The corpus as machines read it: /documents.json, the files beside each document page (its JSON
 * and its reference downloads, parsed back by Citation.js), the sitemap, the Atom feed and
 * robots.txt.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator, type ValidationError } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { citationDate } from '../../src/lib/document/dates.ts';
import { documentPath, documentRedirects } from '../../src/lib/document/documents.ts';
import { readDocuments } from './content.ts';
import { DIST, requireDist } from './dist.ts';

requireDist();

const SITE = 'https://un-docs.example.org';
const documents = readDocuments();
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

/** Parses XML after checking it is well-formed, naming the file when it is not. */
function xml(path: string): Record<string, unknown> {
  const text = read(path);
  // Its types promise `true`; a malformed text returns the error instead.
  const valid = SyntaxValidator.validate(text) as true | ValidationError;
  if (valid !== true) throw new Error(`${path}: not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  return new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'entry', 'link'].includes(name) }).parse(text);
}

describe('/documents.json', () => {
  const listed = JSON.parse(read('documents.json')) as { count: number; documents: { url: string; data: string; frontmatter: { symbol?: string; title: string } }[] };

  it('lists every document with its URL, its data file and its frontmatter', () => {
    expect(listed.count).toBe(documents.length);
    const byUrl = new Map(listed.documents.map((entry) => [entry.url, entry]));
    for (const { data } of documents) {
      const entry = byUrl.get(`${SITE}${documentPath(data)}`);
      expect(entry, documentPath(data)).toBeDefined();
      expect(entry!.frontmatter).toEqual(JSON.parse(JSON.stringify(data)));
      expect(entry!.data).toBe(`${SITE}${documentPath(data)}index.json`);
    }
  });
});

describe('the files beside each document page', () => {
  it.each(documents.map(({ file, data }) => ({ file, path: documentPath(data), data })))('$path', ({ path, data }) => {
    const record = JSON.parse(read(`${path}index.json`));
    expect(record.url).toBe(`${SITE}${path}`);
    expect(record.frontmatter).toEqual(JSON.parse(JSON.stringify(data)));
    expect(Object.keys(record.citations)).toEqual(['un', 'oscola', 'bluebook']);
    expect(record.paragraphs.length).toBeGreaterThan(0);
    for (const paragraph of record.paragraphs) expect(paragraph.url).toBe(`${SITE}${path}#${paragraph.id}`);

    // Every download, read back, is the same record: title with subtitle, symbol, date and URL;
    // BibTeX's date is its year and month, the fields BibTeX and biblatex both read.
    const date = citationDate(data).split('-').map(Number);
    const items = [
      [new Cite(read(`${path}citation.bib`), { forceType: '@biblatex/text' }).data[0]!, date.slice(0, 2)],
      [new Cite(read(`${path}citation.ris`), { forceType: '@ris/file' }).data[0]!, date],
      [new Cite(JSON.parse(read(`${path}citation.csl.json`))).data[0]!, date],
    ] as const;
    for (const [item, issued] of items) {
      expect(item.title).toBe(data.subtitle ? `${data.title}: ${data.subtitle}` : data.title);
      expect(item.number).toBe(data.symbol);
      expect(item.issued).toEqual({ 'date-parts': [issued] });
      expect(item.URL).toBe(`${SITE}${path}`);
    }
  });
});

describe('/sitemap.xml', () => {
  const urls = ((xml('sitemap.xml').urlset as { url: { loc: string }[] }).url ?? []).map(({ loc }) => loc);

  it('lists every document page and its cite page', () => {
    for (const { data } of documents) {
      expect(urls).toContain(`${SITE}${documentPath(data)}`);
      expect(urls).toContain(`${SITE}${documentPath(data)}cite/`);
    }
  });

  it('lists no redirect page and no 404 page', () => {
    expect(urls).not.toContain(`${SITE}/a/res/53/137/`);
    for (const { data } of documents) for (const { from } of documentRedirects(data)) expect(urls).not.toContain(`${SITE}${from}`);
    expect(urls.filter((url) => url.includes('404'))).toEqual([]);
  });
});

describe('/feed.xml', () => {
  const feed = xml('feed.xml').feed as { entry: { id: string; updated: string; title: string }[]; updated: string };

  it('is an Atom feed of the documents, newest first, dated by the newest', () => {
    const expected = [...documents]
      .sort((a, b) => citationDate(b.data).localeCompare(citationDate(a.data)))
      .map(({ data }) => `${SITE}${documentPath(data)}`);
    expect(feed.entry.map((entry) => entry.id)).toEqual(expected);
    expect(feed.updated).toBe(feed.entry[0]!.updated);
  });
});

describe('/robots.txt', () => {
  it('allows crawling and points to the sitemap', () => {
    expect(read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap.xml\n`);
  });
});
