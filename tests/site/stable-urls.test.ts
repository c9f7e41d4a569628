/**
 * The stable-URL contract on the built site, and on builds of copies of the project: one that
 * drops a published document fails naming its URLs; one where a document gained its symbol, built
 * at a real address (SITE_URL) under the base path /un-docs/, keeps every published URL and every
 * link, and names the placeholder address nowhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST, parseManifest, publishedPath } from '../../src/lib/site/stable-urls.ts';
import { checkLinks, formatProblem, readSite, type Site } from '../../scripts/lib/site-links.ts';
import { DIST, requireDist } from './dist.ts';
import { build, copyProject, removeCopy, type BuildResult } from '../../scripts/lib/project-copy.ts';
import { withProgress } from './progress.ts';
import { PLACEHOLDER_SITE, PLACEHOLDER_WARNING } from '../../src/build/integrations/site-url.ts';

requireDist();

const root = join(import.meta.dirname, '../..');
const manifest = parseManifest(readFileSync(join(root, MANIFEST), 'utf8'));

describe('the built site keeps its promises', () => {
  const site = readSite(DIST);
  const served = new Set([...site.files].map(publishedPath).filter((path) => path !== undefined));

  it('serves every URL of published-urls.txt', () => {
    expect(manifest.length).toBeGreaterThan(0);
    expect(manifest.filter((path) => !served.has(path))).toEqual([]);
  });

  it('leads /a/res/53/137/, as people type it, to /A/RES/53/137/', () => {
    const html = readFileSync(join(DIST, 'a/res/53/137/index.html'), 'utf8');
    expect(html).toMatch(/<meta http-equiv="refresh" content="0; url=\/A\/RES\/53\/137\/"/);
    expect(html).toContain('<link rel="canonical" href="https://un-docs.example.org/A/RES/53/137/"');
    expect(html).toContain('<meta name="robots" content="noindex"');
  });

  it('writes _redirects: the redirect pages as 301s, and undocs.org language paths', () => {
    const rules = readFileSync(join(DIST, '_redirects'), 'utf8').trim().split('\n');
    expect(rules).toContain('/a/res/53/137/ /A/RES/53/137/ 301');
    expect(rules).toContain('/e/cn.4/2002/89/ /E/CN.4/2002/89/ 301');
    expect(rules).toContain('/en/* /:splat 301');
    expect(rules).toHaveLength(3 + 6);
  });
});

/** The documents of the project, as files for a copy, with `change` applied. */
function projectDocuments(change: (files: Record<string, string>) => void): Record<string, string> {
  const files: Record<string, string> = {};
  for (const path of [
    'A/RES/53/137.mdx',
    'A/RES/55/88.mdx',
    'E/CN.4/2002/89.mdx',
    'unnumbered/general-assembly-1999-09-13-report.mdx',
    'unnumbered/general-assembly-2004-08-27-report.mdx',
  ]) {
    files[path] = readFileSync(join(root, 'content/documents', path), 'utf8');
  }
  change(files);
  return files;
}

/** The address the copy under /un-docs/ is built for. */
const REAL_SITE = 'https://publish.example.net';

/**
 * The files of a built site that hold a text, pagefind's compressed index files read uncompressed:
 * its path → whether the text names it.
 */
function filesNaming(dist: string, text: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => {
      const bytes = readFileSync(file);
      return (/\.pf_\w+$/.test(file) ? gunzipSync(bytes) : bytes).includes(text);
    });
}

/** A built site whose files sit under the base, so that links with the base resolve. */
function underBase(site: Site, base: string): Site {
  const prefix = base.replace(/^\/|\/$/g, '');
  return {
    files: new Set([...site.files].map((file) => `${prefix}/${file}`)),
    pages: new Map([...site.pages].map(([file, scan]) => [`${prefix}/${file}`, scan])),
  };
}

/**
 * What a copy with the project's documents but no treaty data publishes of the manifest: the
 * treaty, timeline and State pages come from content/treaties/, which copies leave out.
 */
const documentUrls = manifest.filter((path) => !/^\/(treaties|states|timeline)\//.test(path));

describe('builds of copies of the project', () => {
  const copies: { withdrawn?: string; moved?: string } = {};
  const results: { withdrawn?: BuildResult; moved?: BuildResult } = {};

  beforeAll(async () => {
    copies.withdrawn = copyProject(root, projectDocuments((files) => delete files['A/RES/55/88.mdx']), { publishedUrls: documentUrls });
    copies.moved = copyProject(
      root,
      projectDocuments((files) => {
        const text = files['unnumbered/general-assembly-1999-09-13-report.mdx']!;
        delete files['unnumbered/general-assembly-1999-09-13-report.mdx'];
        files['A/54/999.mdx'] = text.replace('---\n', '---\nsymbol: A/54/999\n');
      }),
      { publishedUrls: documentUrls },
    );
    [results.withdrawn, results.moved] = await withProgress(
      'stable-urls: building a copy without a published document and one under /un-docs/',
      Promise.all([build(copies.withdrawn), build(copies.moved, { BASE_PATH: '/un-docs/', SITE_URL: REAL_SITE })]),
    );
  });
  afterAll(() => Object.values(copies).forEach(removeCopy));

  it('fail when a published document is removed, naming each of its URLs', () => {
    const { exitCode, output } = results.withdrawn!;
    expect(exitCode, output).not.toBe(0);
    const lines = output.split('\n').map((line) => line.trim());
    const start = lines.indexOf('published-urls.txt: 12 published URLs are no longer served, expected every published URL to lead somewhere:');
    expect(start, output).toBeGreaterThanOrEqual(0);
    // With it go the pages of the documents only it cites (A/55/205, A/55/602/Add.1) and of its year.
    expect(lines.slice(start + 1, start + 13)).toEqual([
      '/A/55/205/',
      '/A/55/602/Add.1/',
      '/A/RES/55/',
      '/A/RES/55/88/',
      '/A/RES/55/88/citation.bib',
      '/A/RES/55/88/citation.csl.json',
      '/A/RES/55/88/citation.ris',
      '/A/RES/55/88/cite/',
      '/A/RES/55/88/index.json',
      '/a/res/55/88/',
      '/browse/session/general-assembly/55/',
      '/browse/year/2000/',
    ]);
  });

  it('pass when a document gained its symbol: its first URL redirects to the new one', () => {
    const { exitCode, output } = results.moved!;
    expect(exitCode, output).toBe(0);
    const html = readFileSync(join(copies.moved!, 'dist/unnumbered/general-assembly-1999-09-13-report/index.html'), 'utf8');
    expect(html).toMatch(/<meta http-equiv="refresh" content="0; url=\/un-docs\/A\/54\/999\/"/);
    const cite = readFileSync(join(copies.moved!, 'dist/unnumbered/general-assembly-1999-09-13-report/cite/index.html'), 'utf8');
    expect(cite).toMatch(/<meta http-equiv="refresh" content="0; url=\/un-docs\/A\/54\/999\/cite\/"/);
    const data = JSON.parse(readFileSync(join(copies.moved!, 'dist/unnumbered/general-assembly-1999-09-13-report/index.json'), 'utf8'));
    expect(data.url).toBe(`${REAL_SITE}/un-docs/A/54/999/`);
    const rules = readFileSync(join(copies.moved!, 'dist/_redirects'), 'utf8').split('\n');
    expect(rules).toContain('/un-docs/unnumbered/general-assembly-1999-09-13-report/ /un-docs/A/54/999/ 301');
    expect(rules).toContain('/un-docs/unnumbered/general-assembly-1999-09-13-report/cite/ /un-docs/A/54/999/cite/ 301');
    expect(rules).toContain('/un-docs/en/* /un-docs/:splat 301');
  });

  it('under the base /un-docs/ at a real address, lead every link, canonical URL and citation there', () => {
    const dist = join(copies.moved!, 'dist');
    const site = underBase(readSite(dist), '/un-docs/');
    expect(checkLinks(site, REAL_SITE).map(formatProblem).join('\n')).toBe('');
    const html = readFileSync(join(dist, 'A/RES/55/88/index.html'), 'utf8');
    expect(html).toContain(`<link rel="canonical" href="${REAL_SITE}/un-docs/A/RES/55/88/"`);
    expect(html).toContain(`General Assembly resolution 55/88 of 4 December 2000. Available from ${REAL_SITE}/un-docs/A/RES/55/88/.`);
    expect(html).toContain('<a class="site-name" href="/un-docs/">');
    expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).toContain(`<loc>${REAL_SITE}/un-docs/A/54/999/</loc>`);
  });

  it('built with SITE_URL, name the placeholder address in no file, and do not warn', () => {
    expect(filesNaming(join(copies.moved!, 'dist'), new URL(PLACEHOLDER_SITE).host)).toEqual([]);
    expect(results.moved!.output).not.toContain(PLACEHOLDER_WARNING);
  });
});
