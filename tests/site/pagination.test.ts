/**
 * Listings that grow with the collection paginate. The five real documents fill no page, so this
 * builds a copy of the project with 251 synthetic documents of one session (125 resolutions and a
 * corrigendum; a report, A/50/101, and 124 addenda to it), once for every test of the file, and reads its pages: each listing's page 1 at its published URL, its later pages at
 * pagePath(listing, N), every document once, none over the page size, the pager's links, and a
 * home page that does not grow with the corpus. In Chromium, it walks the pages with JavaScript
 * off and runs axe on them in light and dark: the accessibility crawl of dist/ never sees a pager,
 * since the real site has no listing long enough.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { parse } from 'parse5';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { axeViolations } from '../../scripts/lib/axe.ts';
import { launchChromium, serveFolder, type SiteServer } from '../../scripts/lib/browser.ts';
import { build, copyProject, removeCopy, type BuildResult } from '../../scripts/lib/project-copy.ts';
import { checkLinks, formatProblem, readSite } from '../../scripts/lib/site-links.ts';
import { syntheticCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import { browsePaths } from '../../src/lib/browse/browse.ts';
import { BODIES } from '../../src/lib/document/bodies.ts';
import { splitDocument } from '../../src/lib/document/document-file.ts';
import { documentPath } from '../../src/lib/document/documents.ts';
import { PAGE_SIZE, pagePath } from '../../src/lib/browse/pagination.ts';
import { DOCUMENT_TYPES, validateFrontmatter, type DocumentData } from '../../src/schemas/document.ts';
import { attribute, findAll, hasClass, text, type Element } from './html.ts';
import { withProgress } from './progress.ts';

const root = join(import.meta.dirname, '../..');

/** The first synthetic report, which the others become addenda of. */
const REPORT = 'A/50/101';

/** The State every document of the copy names. */
const STATE_NAMED_BY_ALL = { name: 'Mexico', path: '/states/MEX/' };

/** A corrigendum of a resolution that is not in the copy. */
const CORRIGENDUM = 'A/RES/50/999/Corr.1';

/**
 * The copy's documents: the synthetic corpus of 250 documents in one session (resolutions
 * A/RES/50/100, 102, ..., reports A/50/101, 103, ...), its reports after the first turned into
 * addenda of the first (A/50/103 → A/50/101/Add.1), so that a document's page lists more addenda
 * than a page holds; and a corrigendum of a resolution the copy lacks, A/RES/50/999/Corr.1, so
 * that /A/RES/50/ has a series (/A/RES/50/999/) besides its documents.
 */
function corpus(): Record<string, string> {
  const files: Record<string, string> = {};
  let added = 0;
  for (const { path, text: source } of syntheticCorpus(250, 1, { sessions: 1 })) {
    const symbol = /^symbol: (.*)$/m.exec(source)?.[1];
    if (symbol === undefined || symbol === REPORT || symbol.startsWith('A/RES/')) {
      files[path.replace('content/documents/', '')] = source;
    } else {
      const addendum = `${REPORT}/Add.${++added}`;
      files[`${addendum}.mdx`] = source.replace(/^symbol: .*$/m, `symbol: ${addendum}`);
    }
  }
  files[`${CORRIGENDUM}.mdx`] = files['A/RES/50/100.mdx']!.replace(/^symbol: .*$/m, `symbol: ${CORRIGENDUM}`);
  // Every document names Mexico, so that its State page lists more documents than a page holds.
  for (const [file, source] of Object.entries(files)) files[file] = source.replace('had been ratified by ', `had been ratified by ${STATE_NAMED_BY_ALL.name}, `);
  return files;
}

const documents = corpus();
const data: DocumentData[] = Object.entries(documents).map(([file, source]) => validateFrontmatter(splitDocument(source, file).frontmatter, file));
const paths = (filter: (doc: DocumentData) => boolean) => data.filter(filter).map((doc) => documentPath(doc));
const byNumber = (list: string[]) => list.sort((a, b) => Number(/(\d+)\/$/.exec(a)![1]) - Number(/(\d+)\/$/.exec(b)![1]));

/** A listing that must take several pages, with the documents it must list, in order where it has one. */
interface Expected {
  name: string;
  path: string;
  documents: string[];
  /** Whether the documents must come in this order (symbol order); otherwise oldest first. */
  ordered: boolean;
  /** Whether page 1 is a document's page, listing what lies under it. */
  embedded?: boolean;
}

const resolutions = byNumber(paths((doc) => /^A\/RES\/50\/\d+$/.test(doc.symbol ?? '')));
const addenda = byNumber(paths((doc) => doc.symbol?.startsWith(`${REPORT}/Add.`) ?? false));
const EXPECTED: Expected[] = [
  { name: 'a body', path: browsePaths.body('general-assembly'), documents: paths(() => true), ordered: false },
  { name: 'a session', path: browsePaths.session('general-assembly', 50), documents: paths(() => true), ordered: false },
  { name: 'a year', path: browsePaths.year(1995), documents: paths(() => true), ordered: false },
  { name: 'a kind', path: browsePaths.type('resolution'), documents: paths((doc) => doc.type === 'resolution'), ordered: false },
  { name: 'another kind', path: browsePaths.type('report'), documents: paths((doc) => doc.type === 'report'), ordered: false },
  { name: 'a symbol prefix', path: '/A/RES/50/', documents: resolutions, ordered: true },
  { name: 'a document’s addenda', path: `/${REPORT}/`, documents: addenda, ordered: true, embedded: true },
];

let copy: string;
let dist: string;
let result: BuildResult;

beforeAll(async () => {
  copy = copyProject(root, documents);
  dist = join(copy, 'dist');
  result = await withProgress(`pagination: building a copy of ${Object.keys(documents).length} documents`, build(copy));
});
afterAll(() => removeCopy(copy));

/** The built page at a site path, parsed. */
function built(path: string) {
  return parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
}

/** The one list of documents a page shows a page of. */
function documentList(node: ReturnType<typeof built>): Element {
  const lists = findAll(node, (e) => e.tagName === 'ul' && hasClass(e, 'document-list'));
  expect(lists).toHaveLength(1);
  return lists[0]!;
}

/** The paths a page's list of documents links to, and the dates it shows, in order. */
function listed(path: string): { paths: string[]; dates: string[] } {
  const list = documentList(built(path));
  return {
    paths: findAll(list, (e) => e.tagName === 'a').map((a) => attribute(a, 'href')!),
    dates: findAll(list, (e) => e.tagName === 'time').map((time) => attribute(time, 'datetime')!),
  };
}

/** The number of pages a listing of `count` documents takes. */
const pageCount = (count: number) => Math.ceil(count / PAGE_SIZE);

describe('a build of 251 documents', () => {
  it('succeeds', () => {
    expect(result.exitCode, result.output).toBe(0);
  });

  describe.each(EXPECTED)('the listing of $name, $path', ({ path, documents: expected, ordered, embedded }) => {
    const total = pageCount(expected.length);
    const pages = Array.from({ length: total }, (_, i) => pagePath(path, i + 1));

    it('takes more than one page, the first at the listing’s own URL', () => {
      expect(total).toBeGreaterThan(1);
      expect(pages[0]).toBe(path);
      for (const page of pages) expect(existsSync(join(dist, page, 'index.html')), page).toBe(true);
      expect(existsSync(join(dist, pagePath(path, total + 1)))).toBe(false);
      // A document's page lists the first page of what lies under it.
      expect(findAll(built(path), (e) => e.tagName === 'article').length).toBe(embedded ? 1 : 0);
    });

    it('lists a full page on every page but the last, which lists the rest', () => {
      const counts = pages.map((page) => listed(page).paths.length);
      expect(counts).toEqual(pages.map((_, i) => (i < total - 1 ? PAGE_SIZE : expected.length - PAGE_SIZE * (total - 1))));
      expect(Math.max(...counts)).toBeLessThanOrEqual(PAGE_SIZE);
    });

    it('lists every document exactly once across its pages, in the listing’s order', () => {
      const all = pages.flatMap((page) => listed(page).paths);
      expect(new Set(all).size).toBe(all.length);
      if (ordered) expect(all).toEqual(expected);
      else {
        expect([...all].sort()).toEqual([...expected].sort());
        const dates = pages.flatMap((page) => listed(page).dates);
        expect(dates).toEqual([...dates].sort());
      }
    });

    it('says on every page which page of how many it is, in its title and heading, and which documents it shows', () => {
      pages.forEach((page, i) => {
        const html = built(page);
        const suffix = `page ${i + 1} of ${total}`;
        const [title] = findAll(html, (e) => e.tagName === 'title');
        // A document's page keeps its own title; its heading of what lies under it says the page.
        if (!(embedded && i === 0)) expect(text(title!)).toContain(`, ${suffix} · un-docs`);
        else expect(text(title!)).not.toContain(suffix);
        const headings = findAll(html, (e) => (embedded && i === 0 ? e.tagName === 'h2' && attribute(e, 'id') === 'below-heading' : e.tagName === 'h1'));
        expect(headings.map(text)).toEqual([expect.stringMatching(new RegExp(`, ${suffix}$`))]);
        const first = i * PAGE_SIZE + 1;
        const last = Math.min((i + 1) * PAGE_SIZE, expected.length);
        const [range] = findAll(html, (e) => hasClass(e, 'page-range'));
        expect(text(range!)).toBe(`Documents ${first}–${last} of ${expected.length}`);
      });
    });

    it('links each page to every page, the current one marked, and to the pages before and after it', () => {
      pages.forEach((page, i) => {
        const html = built(page);
        const navs = findAll(html, (e) => e.tagName === 'nav' && attribute(e, 'aria-label') === 'Pages');
        expect(navs).toHaveLength(1);
        const links = findAll(navs[0]!, (e) => e.tagName === 'a');
        const numbered = links.filter((a) => attribute(a, 'rel') === undefined);
        expect(numbered.map((a) => [text(a), attribute(a, 'href')])).toEqual(pages.map((p, n) => [`Page ${n + 1}`, p]));
        expect(numbered.filter((a) => attribute(a, 'aria-current') === 'page').map((a) => attribute(a, 'href'))).toEqual([page]);
        const rel = (name: string) => links.filter((a) => attribute(a, 'rel') === name).map((a) => attribute(a, 'href'));
        expect(rel('prev')).toEqual(i > 0 ? [pages[i - 1]] : []);
        expect(rel('next')).toEqual(i < total - 1 ? [pages[i + 1]] : []);
        // A listing page names its neighbours in its head too; a document's page is no page of a listing.
        const head = (name: string) => findAll(html, (e) => e.tagName === 'link' && attribute(e, 'rel') === name).map((l) => attribute(l, 'href'));
        if (!(embedded && i === 0)) {
          expect(head('prev')).toEqual(rel('prev'));
          expect(head('next')).toEqual(rel('next'));
        }
      });
    });

    it('leads back to page 1 from the breadcrumbs of a later page', () => {
      const crumbs = findAll(built(pages[1]!), (e) => e.tagName === 'nav' && attribute(e, 'aria-label') === 'Breadcrumb');
      expect(findAll(crumbs[0]!, (e) => e.tagName === 'a').map((a) => attribute(a, 'href'))).toContain(path);
      expect(text(findAll(crumbs[0]!, (e) => attribute(e, 'aria-current') === 'page')[0]!)).toBe('Page 2');
    });

    it('lists its later pages in the sitemap', () => {
      const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
      for (const page of pages) expect(sitemap).toContain(`<loc>${config.site}${page}</loc>`);
    });
  });

  it('lists the series under a prefix on its first page only', () => {
    const series = (path: string) =>
      findAll(built(path), (e) => e.tagName === 'ul' && hasClass(e, 'group-list')).flatMap((ul) => findAll(ul, (e) => e.tagName === 'a').map((a) => attribute(a, 'href')));
    expect(series('/A/RES/50/')).toEqual(['/A/RES/50/999/']);
    expect(series(pagePath('/A/RES/50/', 2))).toEqual([]);
    // /A/ holds no document of its own: one page, with its series.
    expect(series('/A/')).toEqual(['/A/50/', '/A/RES/']);
    expect(existsSync(join(dist, pagePath('/A/', 2)))).toBe(false);
  });

  it('leads every internal link of every page to a page, and every fragment to an element', () => {
    expect(checkLinks(readSite(dist), config.site!).map(formatProblem).join('\n')).toBe('');
  });

  it('builds valid HTML for every page of every paginated listing', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const { path, documents: expected } of EXPECTED) {
      for (let n = 1; n <= pageCount(expected.length); n++) {
        const file = join(dist, pagePath(path, n), 'index.html');
        // The loader finds .htmlvalidate.mjs at the copy's root, above dist/.
        const report = await validator.validateString(readFileSync(file, 'utf8'), file);
        for (const r of report.results) for (const m of r.messages) problems.push(`${pagePath(path, n)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists the documents that name a State a page at a time, each once, its actions on the first page only', () => {
    const pages = Array.from({ length: pageCount(data.length) }, (_, i) => pagePath(STATE_NAMED_BY_ALL.path, i + 1));
    expect(pages).toEqual([STATE_NAMED_BY_ALL.path, `${STATE_NAMED_BY_ALL.path}page/2/`, `${STATE_NAMED_BY_ALL.path}page/3/`]);
    const mentioned = pages.map((path) => {
      const page = built(path);
      const lists = findAll(page, (e) => e.tagName === 'ul' && hasClass(e, 'mentions'));
      expect(lists).toHaveLength(1);
      // Each item links to the document, then to the places in it that name the State.
      return findAll(lists[0]!, (e) => e.tagName === 'li').map((li) => attribute(findAll(li, (e) => e.tagName === 'a')[0]!, 'href')!);
    });
    expect(mentioned.map((list) => list.length)).toEqual([PAGE_SIZE, PAGE_SIZE, data.length - 2 * PAGE_SIZE]);
    expect(new Set(mentioned.flat()).size).toBe(data.length);
    expect(mentioned.flat().sort()).toEqual(data.map((doc) => documentPath(doc)).sort());
    expect(text(findAll(built(pages[1]!), (e) => e.tagName === 'h1')[0]!)).toBe(`${STATE_NAMED_BY_ALL.name}, page 2 of 3`);
    // The ISO code and the treaty actions are said once, on the State's own page.
    expect(pages.map((path) => readFileSync(join(dist, path, 'index.html'), 'utf8').includes('ISO 3166-1 alpha-3 code'))).toEqual([true, false, false]);
  });

  it('keeps the home page to the 10 latest documents and the ways in, under 50 KB gzip', () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const home = parse(html);
    expect(findAll(documentList(home), (e) => e.tagName === 'li')).toHaveLength(10);
    // Its other lists name bodies and kinds of document, a fixed number whatever the corpus.
    const groups = findAll(home, (e) => e.tagName === 'ul' && hasClass(e, 'group-list')).map((ul) => findAll(ul, (e) => e.tagName === 'li').length);
    expect(groups.every((count) => count <= Math.max(BODIES.length, DOCUMENT_TYPES.length))).toBe(true);
    // What a browser fetches for it: the page and the site's own style sheets and scripts.
    const assets = [...html.matchAll(/<(?:link[^>]+href|script[^>]+src)="(\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]!);
    const weight = [html, ...assets.map((asset) => readFileSync(join(dist, asset), 'utf8'))].reduce((sum, t) => sum + gzipSync(t).length, 0);
    expect(weight).toBeLessThan(50 * 1024);
  });
});

describe('the pages of a long listing, in Chromium', () => {
  const BODY = browsePaths.body('general-assembly');
  const PAGES = [BODY, pagePath(BODY, 2), pagePath(BODY, 3), '/A/RES/50/', pagePath('/A/RES/50/', 2)];
  let site: SiteServer;
  let browser: Browser;

  beforeAll(async () => {
    site = await serveFolder(dist);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /** Where the browser is: its path, the heading, and where the page link marked current leads. */
  async function where(page: Page): Promise<{ path: string; heading: string; current: string | null }> {
    return {
      path: new URL(page.url()).pathname,
      heading: await page.locator('h1').innerText(),
      current: await page.getByRole('navigation', { name: 'Pages' }).locator('[aria-current="page"]').getAttribute('href'),
    };
  }

  it('lead from one to the next and back, and to any page, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}${BODY}`);
    const pages = page.getByRole('navigation', { name: 'Pages' });
    expect(await where(page)).toEqual({ path: BODY, heading: 'General Assembly, page 1 of 3', current: BODY });

    await pages.getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL(`${site.origin}${pagePath(BODY, 2)}`);
    expect(await where(page)).toEqual({ path: pagePath(BODY, 2), heading: 'General Assembly, page 2 of 3', current: pagePath(BODY, 2) });

    await pages.getByRole('link', { name: 'Page 3', exact: true }).click();
    await page.waitForURL(`${site.origin}${pagePath(BODY, 3)}`);
    expect(await where(page)).toEqual({ path: pagePath(BODY, 3), heading: 'General Assembly, page 3 of 3', current: pagePath(BODY, 3) });
    expect(await pages.getByRole('link', { name: 'Next page' }).count()).toBe(0);

    await pages.getByRole('link', { name: 'Previous page' }).click();
    await page.waitForURL(`${site.origin}${pagePath(BODY, 2)}`);
    await context.close();
  });

  describe.each(['light', 'dark'] as const)('in the %s colour scheme', (colorScheme) => {
    it('has no accessibility violation on any page, the pager’s targets included', async () => {
      const context = await browser.newContext({ colorScheme });
      const problems: string[] = [];
      for (const path of PAGES) {
        const page = await context.newPage();
        await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
        for (const violation of await axeViolations(page)) problems.push(`${path} ${violation}`);
        await page.close();
      }
      await context.close();
      expect(problems).toEqual([]);
    });
  });
});
