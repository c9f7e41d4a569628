/**
 * Citing in a real browser: the copy button puts the citation on the clipboard (with the Clipboard
 * API, and by the selection where that API is missing), the page works without JavaScript, a
 * paragraph's "cite" link leads to its citation, and an address typed in lower case without its
 * final slash lands on the document.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireDist } from '../site/dist.ts';
import { launchChromium, serveFolder, type SiteServer } from '../../scripts/lib/browser.ts';

requireDist();

let server: SiteServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveFolder(DIST);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A browser context that may read and write the clipboard of the served origin. */
async function clipboardContext(options: { withoutClipboardApi?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  if (options.withoutClipboardApi) {
    // As in an older browser or an insecure context: no navigator.clipboard at all.
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  }
  return context;
}

const P4_UN = 'Report of the Secretary-General (E/CN.4/2002/89), para. 4. Available from https://un-docs.example.org/E/CN.4/2002/89/#p4.';

describe('the copy button', () => {
  it('copies the citation of a paragraph with the Clipboard API', async () => {
    const context = await clipboardContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/E/CN.4/2002/89/cite/#p4`);
    const button = page.getByRole('button', { name: 'Copy the United Nations citation of paragraph 4' });
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(P4_UN);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Citation copied to the clipboard.');
    await context.close();
  });

  it('copies by the selection where the Clipboard API is missing', async () => {
    const context = await clipboardContext({ withoutClipboardApi: true });
    const page = await context.newPage();
    await page.goto(`${server.origin}/A/RES/55/88/`);
    expect(await page.evaluate(() => navigator.clipboard === undefined)).toBe(true);
    const button = page.getByRole('button', { name: 'Copy the OSCOLA citation of this document' });
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Copied');
    // The clipboard is the browser's: a page that has the API reads what the other copied.
    const reader = await (await clipboardContext()).newPage();
    await reader.goto(`${server.origin}/`);
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe('UNGA Res 55/88 (4 December 2000) UN Doc A/RES/55/88');
    await reader.context().close();
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('shows every citation, selectable, and no button that could not work', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/A/RES/53/137/`);
    expect(await page.locator('.cite-panel .citation-text').allTextContents()).toEqual([
      'General Assembly resolution 53/137 of 9 December 1998. Available from https://un-docs.example.org/A/RES/53/137/.',
      'UNGA Res 53/137 (9 December 1998) UN Doc A/RES/53/137',
      'G.A. Res. 53/137, U.N. Doc. A/RES/53/137 (Dec. 9, 1998)',
    ]);
    // The header's search form works without JavaScript; the cite panel's copy buttons would not.
    expect(await page.locator('.cite-panel button').count()).toBe(0);
    expect(await page.locator('.citation-text').first().evaluate((element) => getComputedStyle(element).userSelect)).toBe('all');
    await context.close();
  });
});

describe('finding a citation', () => {
  it('follows the cite link of paragraph 6 to its citation', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/A/RES/53/137/`);
    await page.getByRole('link', { name: 'Cite paragraph 6' }).click();
    await page.waitForURL(`${server.origin}/A/RES/53/137/cite/#p6`);
    expect(await page.locator('#p6 .citation-text').first().textContent()).toBe(
      'General Assembly resolution 53/137 of 9 December 1998, para. 6. Available from https://un-docs.example.org/A/RES/53/137/#p6.',
    );
    await page.close();
  });

  it('lands /a/res/53/137, typed in lower case without its final slash, on the document', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/a/res/53/137`);
    await page.waitForURL(`${server.origin}/A/RES/53/137/`);
    expect(await page.locator('h1').textContent()).toContain('International Convention on the Protection of the Rights of All Migrant Workers');
    await page.close();
  });
});

describe('an address in another spelling, on any static host', () => {
  it.each([
    ['/A/res/53/137/#p6', '/A/RES/53/137/#p6'],
    ['/en/A/RES/55/88', '/A/RES/55/88/'],
    ['/Home/Mobile?FinalSymbol=E%2FCN.4%2F2002%2F89&Language=E', '/E/CN.4/2002/89/'],
  ])('the 404 page leads %s to %s', async (typed, path) => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${typed}`);
    await page.waitForURL(`${server.origin}${path}`);
    expect(await page.locator('.masthead').count()).toBe(1);
    await page.close();
  });

  it('offers the United Nations copy of a document the site does not have', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/a/res/99/1`);
    const link = page.locator('#official-copy a');
    await expect.poll(() => link.getAttribute('href')).toBe('https://undocs.org/A/RES/99/1');
    expect(await link.textContent()).toBe('A/RES/99/1 on undocs.org');
    await page.close();
  });
});
