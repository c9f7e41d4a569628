/**
 * The pages of a long listing in Chromium. The real site has no listing long enough to paginate,
 * so the accessibility crawl of dist/ never sees the pager: this builds a copy of the project with
 * 201 synthetic documents of one session (the General Assembly's listing takes 3 pages, /A/RES/50/
 * 2), walks the pages with JavaScript off, and runs axe on them in light and dark.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../scripts/lib/axe.ts';
import { launchChromium, serveFolder, type SiteServer } from '../../scripts/lib/browser.ts';
import { build, copyProject, removeCopy } from '../../scripts/lib/project-copy.ts';
import { syntheticCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import { browsePaths } from '../../src/lib/browse/browse.ts';
import { pagePath } from '../../src/lib/browse/pagination.ts';
import { withProgress } from '../site/progress.ts';

const root = join(import.meta.dirname, '../..');
const BODY = browsePaths.body('general-assembly');
const PAGES = [BODY, pagePath(BODY, 2), pagePath(BODY, 3), '/A/RES/50/', pagePath('/A/RES/50/', 2)];

let copy: string;
let site: SiteServer;
let browser: Browser;

beforeAll(async () => {
  const documents = Object.fromEntries(syntheticCorpus(201, 1, { sessions: 1 }).map(({ path, text }) => [path.replace('content/documents/', ''), text]));
  copy = copyProject(root, documents);
  const result = await withProgress('e2e pagination: building a copy of 201 documents', build(copy));
  if (result.exitCode !== 0) throw new Error(`the copy's build failed:\n${result.output}`);
  site = await serveFolder(join(copy, 'dist'));
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (copy) removeCopy(copy);
});

/** Where the browser is: its path, the heading, and where the page link marked current leads. */
async function where(page: Page): Promise<{ path: string; heading: string; current: string | null }> {
  return {
    path: new URL(page.url()).pathname,
    heading: await page.locator('h1').innerText(),
    current: await page.getByRole('navigation', { name: 'Pages' }).locator('[aria-current="page"]').getAttribute('href'),
  };
}

describe('the pages of a long listing', () => {
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
    }, 120_000);
  });
});
