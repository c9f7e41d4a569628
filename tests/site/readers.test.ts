/**
 * What a reader finds around a document in the built site: the official texts in the six
 * languages, the data page with the true size of every file it lists and the CSV files, each
 * document's JSON linked from its head, the favicon, a 404 page that claims no document exists,
 * no "Cited by 0", where the text came from in words, and the citation a printed page ends with.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { documentPath } from '../../src/lib/document/documents.ts';
import { readDocuments } from './content.ts';
import { DIST, requireDist } from './dist.ts';
import { attribute, byId, findAll, hasClass, page, text, type Element } from './html.ts';

requireDist();

const documents = readDocuments();
const withSymbol = documents.filter(({ data }) => data.symbol);
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const only = <T>(found: T[], what: string): T => {
  if (found.length !== 1) throw new Error(`expected one ${what}, found ${found.length}`);
  return found[0]!;
};

describe('the official texts', () => {
  it.each(withSymbol.map(({ data }) => [data.symbol!, documentPath(data)]))('of %s are linked in the six languages, each in its own', (symbol, path) => {
    const nav = only(findAll(page(path), (e) => hasClass(e, 'official-texts')), 'official-texts list');
    const links = findAll(nav, (e) => e.tagName === 'a');
    const official = symbol.replace(/ /g, '');
    expect(links.map((a) => [attribute(a, 'hreflang'), attribute(a, 'lang'), attribute(a, 'href')])).toEqual(
      ['ar', 'zh', 'en', 'fr', 'ru', 'es'].map((code) => [code, code, `https://undocs.org/${code}/${official}`]),
    );
    expect(text(nav)).toMatch(/^This text: English\b/);
  });

  it('are not offered for a document whose symbol is not known', () => {
    const unnumbered = documents.find(({ data }) => !data.symbol)!;
    expect(findAll(page(documentPath(unnumbered.data)), (e) => hasClass(e, 'official-texts'))).toEqual([]);
  });
});

describe('the data page', () => {
  const data = page('/data/');
  const rows = findAll(data, (e) => e.tagName === 'tr').filter((row) => findAll(row, (e) => e.tagName === 'data').length > 0);
  const listed = rows.map((row) => ({
    href: attribute(only(findAll(row, (e) => e.tagName === 'a'), 'link'), 'href')!,
    bytes: Number(attribute(only(findAll(row, (e) => e.tagName === 'data'), 'size'), 'value')),
  }));
  const treaties = findAll(page('/treaties/'), (e) => e.tagName === 'a' && /^\/treaties\/[^/]+\/$/.test(attribute(e, 'href') ?? '')).map((a) => attribute(a, 'href')!);

  it('lists every machine-readable file of the collection', () => {
    expect(treaties.length).toBeGreaterThan(0);
    expect(listed.map(({ href }) => href).sort()).toEqual(
      ['/documents.json', '/documents.csv', '/feed.xml', '/sitemap.xml', ...treaties.flatMap((path) => [`${path}actions.json`, `${path}actions.csv`])].sort(),
    );
  });

  it('states the size of each file as it is in dist/', () => {
    for (const { href, bytes } of listed) expect({ href, bytes }).toEqual({ href, bytes: statSync(join(DIST, href)).size });
  });

  it('is linked from the footer of every page', () => {
    for (const path of ['/', '/search/', documentPath(documents[0]!.data)]) {
      expect(findAll(page(path), (e) => e.tagName === 'a' && attribute(e, 'href') === '/data/')).toHaveLength(1);
    }
  });
});

describe('the CSV files', () => {
  const records = (path: string) => read(path).split('\r\n').slice(0, -1);

  it('list every document once, after a header', () => {
    const csv = read('/documents.csv');
    expect(csv.endsWith('\r\n')).toBe(true);
    const json = JSON.parse(read('/documents.json')) as { count: number };
    expect(records('/documents.csv')[0]).toBe('symbol,label,title,subtitle,type,body,date,issued,adopted,url,data,official_url');
    // No field of the seeds holds a line break, so a record is a line.
    expect(records('/documents.csv')).toHaveLength(json.count + 1);
  });

  it('hold each treaty’s actions, as its JSON does', () => {
    const json = JSON.parse(read('/treaties/migrant-workers-convention/actions.json')) as { actions: { iso3: string }[] };
    const lines = records('/treaties/migrant-workers-convention/actions.csv');
    expect(lines[0]).toBe('state,iso3,current_name,kind,date,after,by,note,sources,source_urls');
    expect(lines.slice(1).map((line) => /^(?:"[^"]*"|[^,]*),([A-Z]{3}),/.exec(line)?.[1])).toEqual(json.actions.map((action) => action.iso3));
  });
});

describe('a document page’s head', () => {
  it.each(documents.map(({ data }) => [documentPath(data)]))('%s links its JSON as an alternate', (path) => {
    const link = only(findAll(page(path), (e) => e.tagName === 'link' && attribute(e, 'rel') === 'alternate'), 'alternate link');
    expect(attribute(link, 'type')).toBe('application/json');
    expect(attribute(link, 'href')).toBe(`${path}index.json`);
    expect(JSON.parse(read(`${path}index.json`))).toHaveProperty('frontmatter');
  });
});

describe('small things a reader notices', () => {
  it('every page names a favicon, and /favicon.ico is an icon', () => {
    for (const path of ['/', '/data/', documentPath(documents[0]!.data)]) {
      const icon = only(findAll(page(path), (e) => e.tagName === 'link' && attribute(e, 'rel') === 'icon'), 'icon link');
      expect(read(attribute(icon, 'href')!)).toMatch(/^<svg /);
    }
    const ico = readFileSync(join(DIST, 'favicon.ico'));
    expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  });

  it('the 404 page does not say that the United Nations issued a document it cannot know of', () => {
    const note = byId(parse(read('404.html')), 'official-copy');
    expect(text(note)).toMatch(/^This collection has no document with the symbol \. If the United Nations has issued a document with this symbol, it is at undocs\.org\.$/);
  });

  it('no page says "Cited by 0"', () => {
    for (const { data } of documents) expect(read(`${documentPath(data)}index.html`)).not.toMatch(/Cited by 0|Cites 0/);
  });

  it.each(documents.map(({ data }) => [documentPath(data), data.source.sha256]))('%s says in words where its text came from, its digest folded away', (path, sha256) => {
    const about = byId(page(path), 'about-heading').parentNode as Element;
    expect(text(about)).toMatch(/This text was transcribed from a text export of the document(?: \S+)? \(the file \S+\.txt(?:, with its catalogue record)?\); (nothing was removed from it|\d+ lines? of page residue)/);
    const details = only(findAll(about, (e) => e.tagName === 'details'), 'details element');
    expect(text(details)).toContain(sha256);
    expect(text(only(findAll(details, (e) => e.tagName === 'summary'), 'summary'))).toBe('The source file’s fingerprint');
  });

  it.each(documents.map(({ data }) => [documentPath(data)]))('%s ends with its citation and permanent URL for print', (path) => {
    const main = only(findAll(page(path), (e) => e.tagName === 'main'), 'main');
    const last = main.childNodes.filter((node): node is Element => 'tagName' in node).at(-1)!;
    expect(hasClass(last, 'print-citation')).toBe(true);
    expect(text(last)).toMatch(new RegExp(`^Cite as: .+ Permanent URL: https://un-docs\\.example\\.org${path.replace(/[.()]/g, '\\$&')}$`));
  });
});
