import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveFolder, type SiteServer } from '../../scripts/lib/browser.ts';
import { DIST } from '../site/dist.ts';

const REPORT_1999 = '/unnumbered/general-assembly-1999-09-13-report/';

let browser: Browser;
let site: SiteServer;

beforeAll(async () => {
  site = await serveFolder(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A page of the site in a browser with JavaScript off: reading and following links need none. */
async function open(path: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.origin}${path}`);
  return page;
}

/** The path and fragment the browser is at. */
const at = (page: Page) => {
  const url = new URL(page.url());
  return `${url.pathname}${url.hash}`;
};

describe('a reader follows a citation and comes back, one click each way', () => {
  it('goes from the 1999 report’s paragraph 2 to resolution 53/137 and back to that paragraph', async () => {
    const page = await open(REPORT_1999);
    await page.locator('#p2').getByRole('link', { name: '53/137', exact: true }).click();
    await page.waitForURL(`${site.origin}/A/RES/53/137/`);
    expect(await page.locator('h1').innerText()).toContain('International Convention on the Protection of the Rights');

    await page.locator('#cited-by').getByRole('link', { name: 'para. 2' }).click();
    await page.waitForURL(`${site.origin}${REPORT_1999}#p2`);
    expect(at(page)).toBe(`${REPORT_1999}#p2`);
    // The paragraph the reader came back to is on screen.
    await expect.poll(() => page.locator('#p2').evaluate((p) => p.matches(':target'))).toBe(true);
    expect(await page.locator('#p2').isVisible()).toBe(true);
    await page.context().close();
  });

  it('goes from the report to the paragraph that requested it, and from there to the report', async () => {
    const page = await open(REPORT_1999);
    await page.getByRole('navigation', { name: 'Citations' }).getByRole('link', { name: 'A/RES/53/137, para. 6' }).click();
    await page.waitForURL(`${site.origin}/A/RES/53/137/#p6`);
    expect(await page.locator('#p6').innerText()).toContain('requests him to submit an updated report');

    await page.getByRole('navigation', { name: 'Citations' }).getByRole('link', { name: 'Report of 13 September 1999' }).click();
    await page.waitForURL(`${site.origin}${REPORT_1999}`);
    await page.context().close();
  });

  it('reaches the page of a cited document the collection lacks, which links its official copy', async () => {
    const page = await open('/A/RES/53/137/');
    await page.locator('#references').getByRole('link', { name: 'A/RES/45/158', exact: true }).click();
    await page.waitForURL(`${site.origin}/A/RES/45/158/`);
    const official = page.getByRole('link', { name: 'https://undocs.org/A/RES/45/158' });
    expect(await official.getAttribute('rel')).toBe('external');
    await page.context().close();
  });
});

describe('a link that leaves the site', () => {
  it('shows its arrow and says where it leads, without putting the arrow in the text', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/A/RES/53/137/`);
    const link = page.getByRole('link', { name: '45/158, official copy at undocs.org' });
    expect(await link.count()).toBe(1);
    expect(await link.innerText()).toBe('45/158');
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toMatch(/↗/);
    await page.close();
  });
});
