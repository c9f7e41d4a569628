import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataFileOutputs, redirectPageOutputs, writeDocumentFiles, writeSiteFiles } from '../../src/build/integrations/document-files.ts';
import { bodyCache, type LoadedDocument } from '../../src/build/cache/body-cache.ts';
import type { CitableParagraph } from '../../src/lib/document/paragraphs.ts';
import { listed } from './listed.ts';

const ADDRESS = { site: 'https://un-docs.example.org', base: '/' };
const PARAGRAPH: CitableParagraph = { id: 'p1', number: 1, beforeNumbered: false, excerpt: 'Welcomes the entry into force' };

/** A document as the loader records it. */
function loaded(fields: Parameters<typeof listed>[0]): LoadedDocument {
  const { id, data } = listed(fields);
  return { id, data, filePath: `content/documents/${id}.mdx`, digest: id, rendering: id };
}

describe('the outputs of the integration', () => {
  const moved = loaded({ symbol: 'A/54/150', unnumberedId: 'ga-54-report' });
  const documents = [moved, loaded({ unnumberedId: 'ga-59-report' })];
  const outputs = [...dataFileOutputs(documents, () => [PARAGRAPH], ADDRESS), ...redirectPageOutputs(documents, ADDRESS)];
  const files = outputs.flatMap((output) => output.files());
  const paths = files.map((file) => file.path);

  it('names the paths of each output before making its files, in the same order', () => {
    expect(outputs.map((output) => output.key)).toEqual([
      'files /A/54/150/',
      'files /unnumbered/ga-59-report/',
      'page /unnumbered/ga-54-report/',
      'page /unnumbered/ga-54-report/cite/',
      'page /a/54/150/',
    ]);
    for (const output of outputs) expect(output.files().map((file) => file.path)).toEqual(output.paths);
  });

  it('writes the four data files beside each page and beside a moved document\'s earlier address', () => {
    expect(paths).toEqual([
      '/A/54/150/index.json',
      '/A/54/150/citation.bib',
      '/A/54/150/citation.ris',
      '/A/54/150/citation.csl.json',
      '/unnumbered/ga-54-report/index.json',
      '/unnumbered/ga-54-report/citation.bib',
      '/unnumbered/ga-54-report/citation.ris',
      '/unnumbered/ga-54-report/citation.csl.json',
      '/unnumbered/ga-59-report/index.json',
      '/unnumbered/ga-59-report/citation.bib',
      '/unnumbered/ga-59-report/citation.ris',
      '/unnumbered/ga-59-report/citation.csl.json',
      '/unnumbered/ga-54-report/index.html',
      '/unnumbered/ga-54-report/cite/index.html',
      '/a/54/150/index.html',
    ]);
  });

  it('gives the earlier address the current URLs and the paragraphs the rendering recorded', () => {
    const json = (path: string) => JSON.parse(files.find((file) => file.path === path)!.text) as { url: string; paragraphs: { url: string }[] };
    expect(json('/unnumbered/ga-54-report/index.json')).toEqual(json('/A/54/150/index.json'));
    expect(json('/A/54/150/index.json').url).toBe('https://un-docs.example.org/A/54/150/');
    expect(json('/A/54/150/index.json').paragraphs.map((paragraph) => paragraph.url)).toEqual(['https://un-docs.example.org/A/54/150/#p1']);
  });

  it('makes redirect pages that lead to the current page and cite page', () => {
    const text = (path: string) => files.find((file) => file.path === path)!.text;
    expect(text('/unnumbered/ga-54-report/index.html')).toContain('content="0; url=/A/54/150/"');
    expect(text('/unnumbered/ga-54-report/cite/index.html')).toContain('content="0; url=/A/54/150/cite/"');
    expect(text('/a/54/150/index.html')).toContain('content="0; url=/A/54/150/"');
  });
});

describe('writeSiteFiles', () => {
  let dist = '';
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  it('writes each file under the built site, creating its folders', () => {
    dist = mkdtempSync(join(tmpdir(), 'un-docs-files-'));
    expect(writeSiteFiles(dist, [{ path: '/a/res/53/137/index.html', text: 'page' }, { path: '/A/RES/53/137/citation.bib', text: 'bib' }])).toBe(2);
    expect(readFileSync(join(dist, 'a/res/53/137/index.html'), 'utf8')).toBe('page');
    expect(readFileSync(join(dist, 'A/RES/53/137/citation.bib'), 'utf8')).toBe('bib');
  });

  it('refuses to replace a page the build wrote', () => {
    dist = mkdtempSync(join(tmpdir(), 'un-docs-files-'));
    mkdirSync(join(dist, 'A/RES/53/137'), { recursive: true });
    writeFileSync(join(dist, 'A/RES/53/137/index.html'), 'the document');
    expect(() => writeSiteFiles(dist, [{ path: '/A/RES/53/137/index.html', text: 'redirect' }])).toThrow(
      '/A/RES/53/137/index.html: the build already wrote a page here; a redirect page would replace it',
    );
    expect(readFileSync(join(dist, 'A/RES/53/137/index.html'), 'utf8')).toBe('the document');
  });
});

describe('writeDocumentFiles', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes the data files and redirect pages named, from the loader\'s records and the renderings', () => {
    root = mkdtempSync(join(tmpdir(), 'un-docs-files-'));
    const cache = bodyCache(root);
    const documents = [loaded({ symbol: 'A/RES/53/137' }), loaded({ symbol: 'A/RES/55/88' })].map((document, index) => ({ ...document, digest: `digest${index}` }));
    for (const document of documents) {
      cache.write(document.digest, {
        html: '<p id="p1">Text</p>',
        remarkPluginFrontmatter: { citableParagraphs: [PARAGRAPH] },
        collectionAnswers: {},
      });
    }
    cache.writeLoaded(documents);
    const dist = join(root, 'dist');
    expect(writeDocumentFiles({ root, dist, address: ADDRESS, ids: ['A/RES/55/88'], redirects: ['/a/res/53/137/'] })).toBe(5);
    expect(readdirSync(join(dist, 'A/RES/55/88')).sort()).toEqual(['citation.bib', 'citation.csl.json', 'citation.ris', 'index.json']);
    expect(existsSync(join(dist, 'A/RES/53/137'))).toBe(false);
    expect(existsSync(join(dist, 'a/res/55/88'))).toBe(false);
    expect(readFileSync(join(dist, 'a/res/53/137/index.html'), 'utf8')).toContain('content="0; url=/A/RES/53/137/"');
    const json = JSON.parse(readFileSync(join(dist, 'A/RES/55/88/index.json'), 'utf8')) as { paragraphs: { url: string }[] };
    expect(json.paragraphs.map((paragraph) => paragraph.url)).toEqual(['https://un-docs.example.org/A/RES/55/88/#p1']);
  });
});
