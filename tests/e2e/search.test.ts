/**
 * Search on the built site, in Chromium: words, symbols typed the ways readers type them,
 * filters, the URL as the search's state, hostile queries, and the search box without JavaScript.
 * Every search runs twice: on dist/, whose five documents make one index, and on a copy of the
 * project built with its index in parts (SEARCH_PART_SIZE=1), which the search page merges.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { launchChromium, pageErrors, serveFolder, type SiteServer } from '../../scripts/lib/browser.ts';
import { build, contentFiles, copyProject, removeCopy } from '../../scripts/lib/project-copy.ts';
import { PART_SIZE_VARIABLE } from '../../src/lib/search/search-parts.ts';
import { DIST, requireDist } from '../site/dist.ts';
import { withProgress } from '../site/progress.ts';

const root = join(import.meta.dirname, '../..');
const RES_53_137 = '/A/RES/53/137/';
const RES_55_88 = '/A/RES/55/88/';
const CHR_REPORT = '/E/CN.4/2002/89/';
const REPORT_1999 = '/unnumbered/general-assembly-1999-09-13-report/';
const REPORT_2004 = '/unnumbered/general-assembly-2004-08-27-report/';

let server: SiteServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
let copy: string | undefined;

/** The sites searched, and how to get each one's folder. */
const SITES: { name: string; folder: () => Promise<string> }[] = [
  {
    name: 'one index',
    folder: async () => {
      requireDist();
      return DIST;
    },
  },
  {
    name: 'an index in parts',
    folder: async () => {
      copy = copyProject(root, contentFiles(root, 'documents'), { treaties: contentFiles(root, 'treaties') });
      const result = await withProgress('search: building a copy with its index in parts', build(copy, { [PART_SIZE_VARIABLE]: '1' }));
      if (result.exitCode !== 0) throw new Error(`the copy's build failed:\n${result.output}`);
      return join(copy, 'dist');
    },
  },
];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (copy) removeCopy(copy);
});

beforeEach(async () => {
  context = await browser.newContext();
  page = await context.newPage();
  errors = pageErrors(page);
});

afterEach(async () => {
  await context.close();
});

/** A result as the reader sees it. */
interface Shown {
  href: string;
  symbol: string;
  title: string;
  meta: string;
  excerpt: string | undefined;
  marked: string[];
  place: string | undefined;
}

/** Waits until the search has answered: a final status, and the result list no longer busy. */
async function settled(): Promise<void> {
  await page.waitForFunction(() => {
    const status = document.getElementById('search-status')?.textContent ?? '';
    const list = document.getElementById('search-results');
    return status !== '' && status !== 'Searching…' && list !== null && !list.hasAttribute('aria-busy');
  });
}

/** Opens the search page at a query string ("q=HURIST&type=report") and waits for its answer. */
async function open(query: string): Promise<void> {
  await page.goto(`${server.origin}/search/?${query}`);
  await settled();
}

/** Opens the search page for the words or symbol, as the header form would send them. */
async function searchFor(words: string): Promise<void> {
  await open(new URLSearchParams({ q: words }).toString());
}

async function results(): Promise<Shown[]> {
  return page.$$eval('#search-results > li', (items) =>
    items.map((item) => ({
      href: item.querySelector('.result-link')!.getAttribute('href')!,
      symbol: item.querySelector('.document-symbol')!.textContent!,
      title: item.querySelector('.document-title')!.textContent!,
      meta: item.querySelector('.document-meta')!.textContent!,
      excerpt: item.querySelector('.result-excerpt')?.textContent ?? undefined,
      marked: [...item.querySelectorAll('.result-excerpt mark')].map((mark) => mark.textContent!),
      place: item.querySelector('.result-place')?.getAttribute('href') ?? undefined,
    })),
  );
}

const status = () => page.textContent('#search-status');
const hrefs = async () => (await results()).map((result) => result.href);

describe.each(SITES)('with $name', ({ name, folder }) => {
  beforeAll(async () => {
    server = await serveFolder(await folder());
  }, 180_000);

  afterAll(async () => {
    await server?.close();
  });

  it('has the search page list the bundles of the index: one, or several to merge', async () => {
    await page.goto(`${server.origin}/search/`);
    const bundles = (await page.getAttribute('#search-form', 'data-bundles'))!.split(' ');
    if (name === 'one index') expect(bundles).toEqual(['/pagefind/']);
    else {
      expect(bundles.length).toBeGreaterThanOrEqual(3);
      for (const bundle of bundles) expect(bundle).toMatch(/^\/pagefind\/part-\d+\/$/);
    }
  });

  describe('word queries', () => {
    it('finds both status reports that mention HURIST, the word highlighted and the paragraph linked', async () => {
      await searchFor('HURIST');
      const found = await results();
      expect(found.map((result) => result.href).sort()).toEqual([CHR_REPORT, REPORT_1999].sort());
      expect(await status()).toBe('2 documents found for “HURIST”.');
      expect(await page.title()).toBe('HURIST – Search · un-docs');
      for (const result of found) expect(result.marked.map((text) => text.replace(/\W/g, ''))).toContain('HURIST');
      const byHref = Object.fromEntries(found.map((result) => [result.href, result]));
      // Paragraph 5 of the 1999 report and paragraph 7 of E/CN.4/2002/89 are where HURIST stands.
      expect(byHref[REPORT_1999]!.place).toBe(`${REPORT_1999}#p5`);
      expect(byHref[CHR_REPORT]!.place).toBe(`${CHR_REPORT}#p7`);
      expect(byHref[CHR_REPORT]!.symbol).toBe('E/CN.4/2002/89');
      expect(byHref[REPORT_1999]!.symbol).toBe('Symbol not stated');
      expect(byHref[REPORT_1999]!.meta).toBe('Report, General Assembly, 13 September 1999');
      expect(errors).toEqual([]);
    });

    it('leads from a result to the paragraph, which exists on the document page', async () => {
      await searchFor('HURIST');
      await page.click(`.result-place[href="${REPORT_1999}#p5"]`);
      await page.waitForURL(`**${REPORT_1999}#p5`);
      expect(await page.$eval('#p5', (paragraph) => paragraph.textContent)).toContain('HURIST');
    });

    it('shows the words of the text in excerpts, without paragraph numbers or footnote marks glued to them', async () => {
      await searchFor('53/137');
      const report = (await results()).find((result) => result.href === REPORT_1999)!;
      // The source: "...as a matter of priority." then paragraph "2. In its resolution 53/137 of...".
      expect(report.excerpt).toContain('as a matter of priority. In its resolution 53/137 of 9 December 1998');
      expect(report.place).toBe(`${REPORT_1999}#p2`);
      await searchFor('Universal Declaration');
      const resolution = (await results()).find((result) => result.href === RES_53_137)!;
      // Footnote mark 1 follows "Rights," in the source.
      expect(resolution.excerpt).toContain('Universal Declaration of Human Rights, the International Covenants');
      expect(resolution.place).toBe(`${RES_53_137}#pp1`);
      expect(await page.textContent(`.result-place[href="${RES_53_137}#pp1"]`)).toBe('Preambular paragraph 1');
    });

    it('finds the documents that speak of International Migrants Day', async () => {
      await searchFor('International Migrants Day');
      expect((await hrefs()).sort()).toEqual([CHR_REPORT, REPORT_2004].sort());
      // Every word must be in a document: a part of the index without "Day" answers nothing,
      // not its documents that hold the other two words.
      expect(await status()).toBe('2 documents found for “International Migrants Day”.');
      const count = (filter: string, value: string) => page.textContent(`[data-count-of="${filter}"][data-count-value="${value}"]`);
      expect([await count('type', 'report'), await count('type', 'resolution')]).toEqual(['2', '0']);
    });
  });

  describe('symbol queries', () => {
    it.each([
      ['A/RES/53/137', RES_53_137],
      ['a/res/53/137', RES_53_137],
      ['53/137', RES_53_137],
      ['res 53/137', RES_53_137],
      ['resolution 53/137', RES_53_137],
      ['E/CN.4/2002/89', CHR_REPORT],
      ['E/CN4/2002/89', CHR_REPORT],
      ['e/cn.4/2002/89', CHR_REPORT],
      ['A/55/602/Add.1', RES_55_88],
    ])('%s ranks %s first', async (query, first) => {
      await searchFor(query);
      expect((await hrefs())[0]).toBe(first);
      expect(errors).toEqual([]);
    });

    it.each([
      ['A/RES/53/137', 'A/RES/53/137', RES_53_137],
      ['a/res/53/137', 'A/RES/53/137', RES_53_137],
      ['53/137', 'A/RES/53/137', RES_53_137],
      ['res 53/137', 'A/RES/53/137', RES_53_137],
      ['E/CN4/2002/89', 'E/CN.4/2002/89', CHR_REPORT],
    ])('%s offers to go to %s', async (query, symbol, path) => {
      await searchFor(query);
      const offer = page.locator('#search-offer a');
      expect(await offer.textContent()).toBe(`Go to ${symbol}`);
      expect(await offer.getAttribute('href')).toBe(path);
      expect(await page.isVisible('#search-offer')).toBe(true);
    });

    it('offers no "go to" for a symbol that is only cited, not in the collection', async () => {
      await searchFor('A/55/602/Add.1');
      expect(await page.isHidden('#search-offer')).toBe(true);
    });
  });

  describe('filters, order and the URL', () => {
    it('leaves only resolutions when "Resolutions" is ticked, and puts the filter in the URL', async () => {
      await searchFor('Convention');
      expect((await hrefs()).length).toBe(5);
      await page.check('input[name="type"][value="resolution"]');
      await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length === 2);
      await settled();
      expect((await hrefs()).sort()).toEqual([RES_53_137, RES_55_88].sort());
      for (const result of await results()) expect(result.meta).toMatch(/^Resolution, /);
      expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['resolution']);
      expect(await status()).toBe('2 documents found for “Convention” with the chosen filters.');
    });

    it('restores a shared search from its URL: query, filters and order', async () => {
      await open('q=Convention&type=report&body=general-assembly&sort=oldest');
      expect(await page.inputValue('#search-q')).toBe('Convention');
      expect(await page.isChecked('input[name="type"][value="report"]')).toBe(true);
      expect(await page.isChecked('input[name="type"][value="resolution"]')).toBe(false);
      expect(await page.isChecked('input[name="body"][value="general-assembly"]')).toBe(true);
      expect(await page.inputValue('#search-sort')).toBe('oldest');
      expect(await hrefs()).toEqual([REPORT_1999, REPORT_2004]);
    });

    it('lists the documents of a filter without words, newest first', async () => {
      await open('type=resolution');
      expect(await hrefs()).toEqual([RES_55_88, RES_53_137]);
      await page.selectOption('#search-sort', 'oldest');
      await page.waitForFunction(() => document.querySelector('#search-results > li a')?.getAttribute('href') === '/A/RES/53/137/');
      expect(new URL(page.url()).search).toBe('?type=resolution&sort=oldest');
    });

    it('finds a resolution under the year of its adoption, and shows that date first', async () => {
      await open('year=1998');
      const [found] = await results();
      expect(found).toMatchObject({ href: RES_53_137, meta: 'Resolution, General Assembly, adopted 9 December 1998, issued 1 March 1999' });
      expect(await hrefs()).toEqual([RES_53_137]);
    });

    it('keeps what is typed in the URL, so that the address bar can be shared', async () => {
      await page.goto(`${server.origin}/search/`);
      await page.fill('#search-q', 'HURIST');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'HURIST');
      await settled();
      expect((await hrefs()).length).toBe(2);
    });
  });

  describe('no result and hostile queries', () => {
    it('says so when nothing matches', async () => {
      await searchFor('zzyzx');
      expect(await results()).toEqual([]);
      expect(await status()).toBe('No document found for “zzyzx”.');
    });

    /** The tags the search page's results are made of; anything else came from a query. */
    const RESULT_TAGS = ['LI', 'A', 'SPAN', 'P', 'MARK'];

    it.each([
      ['a double quote', '"'],
      ['a script tag', '<script>'],
      ['markup with a handler', '<img src=x onerror="alert(1)"><b>bold</b>'],
      ['a quote that closes an attribute', '" onmouseover="alert(1)'],
      ['2,000 characters', 'HURIST <script>alert(1)</script> &amp; "'.repeat(50).slice(0, 2000)],
    ])('shows %s as text, without breaking the page or adding markup', async (_name, query) => {
      await searchFor(query);
      const shown = await page.evaluate((tags) => {
        const status = document.getElementById('search-status')!;
        const inside = [...document.querySelectorAll('#search-results *, #search-offer *')].map((node) => node.tagName);
        return {
          statusChildren: status.children.length,
          status: status.textContent,
          foreign: inside.filter((tag) => !tags.includes(tag)),
          inlineScripts: document.querySelectorAll('script:not([src])').length,
          images: document.querySelectorAll('img').length,
          boldInMain: document.querySelectorAll('main b').length,
          input: (document.getElementById('search-q') as HTMLInputElement).value,
        };
      }, RESULT_TAGS);
      expect(shown.statusChildren).toBe(0);
      expect(shown.foreign).toEqual([]);
      expect(shown.inlineScripts).toBe(0);
      expect(shown.images).toBe(0);
      expect(shown.boldInMain).toBe(0);
      expect(shown.input).toBe(query);
      const searched = query.trim().slice(0, 256);
      expect(shown.status).toContain(`for “${searched}`);
      expect(errors).toEqual([]);
    });
  });

  describe('loading and keys', () => {
    it('loads pagefind only when there is something to search', async () => {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(`${server.origin}${RES_53_137}`);
      await page.goto(`${server.origin}/search/`);
      await page.waitForLoadState('networkidle');
      expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
      await page.fill('#search-q', 'HURIST');
      await settled();
      const bundles = (await page.getAttribute('#search-form', 'data-bundles'))!.split(' ');
      expect(requested).toContain(`${bundles[0]}pagefind.js`);
      for (const bundle of bundles) expect(requested.some((path) => path.startsWith(`${bundle}pagefind-entry.json`))).toBe(true);
    });

    it('focuses the header search box on "/", and a search there opens the search page', async () => {
      await page.goto(`${server.origin}${RES_53_137}`);
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
      await page.keyboard.type('HURIST');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/search/?q=HURIST');
      await settled();
      expect((await hrefs()).length).toBe(2);
    });

    it('focuses the search page box on "/"', async () => {
      await page.goto(`${server.origin}/search/`);
      await page.click('h1');
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
      expect(await page.inputValue('#search-q')).toBe('');
    });
  });

  describe('without JavaScript', () => {
    it('sends the header search to the search page, which says search needs JavaScript and offers the browse pages', async () => {
      const noScript = await browser.newContext({ javaScriptEnabled: false });
      try {
        const plain = await noScript.newPage();
        await plain.goto(`${server.origin}${RES_53_137}`);
        await plain.fill('#site-search-q', 'HURIST');
        await plain.press('#site-search-q', 'Enter');
        await plain.waitForURL('**/search/?q=HURIST');
        expect(await plain.isVisible('#search-needs-js')).toBe(true);
        expect(await plain.textContent('#search-needs-js')).toContain('needs JavaScript');
        const links = await plain.$$eval('#search-needs-js a', (anchors) => anchors.map((a) => a.getAttribute('href')));
        expect(links).toEqual(expect.arrayContaining(['/browse/type/resolution/', '/browse/type/report/', '/browse/']));
      } finally {
        await noScript.close();
      }
    });
  });
});
