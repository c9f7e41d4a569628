/**
 * What a reader meets in the browser around the documents: search offers to go to a State or a
 * treaty it names, a printed page ends with its citation and permanent URL (hidden on screen),
 * and the 404 page does not claim that a document it cannot find exists.
 */
import type { Browser } from 'playwright-core';
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

describe('search', () => {
  it.each([
    ['Cape Verde', 'Go to Cabo Verde (State)', '/states/CPV/'],
    ['migrant workers convention', 'Go to Migrant Workers Convention (treaty)', '/treaties/migrant-workers-convention/'],
  ])('offers to go where %o names', async (query, label, path) => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
    const offer = page.locator('#search-offer a');
    await expect.poll(() => offer.textContent()).toBe(label);
    await offer.click();
    await page.waitForURL(`${server.origin}${path}`);
    await page.close();
  });
});

describe('a printed document page', () => {
  it('ends with its citation and permanent URL, which the screen does not show', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/A/RES/53/137/`);
    const block = page.locator('.print-citation');
    expect(await block.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await block.isVisible()).toBe(true);
    const [citation, address] = await block.locator('p').allInnerTexts();
    expect(citation).toMatch(/^Cite as: General Assembly resolution 53\/137 of 9 December 1998/);
    expect(address).toBe('Permanent URL: https://un-docs.example.org/A/RES/53/137/');
    await page.close();
  });
});

describe('the 404 page', () => {
  it('says where undocs.org would have a symbol, not that the United Nations issued it', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/A/RES/99/1/`);
    const note = page.locator('#official-copy');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect((await note.innerText()).replace(/\s+/g, ' ')).toBe(
      'This collection has no document with the symbol A/RES/99/1. If the United Nations has issued a document with this symbol, it is at A/RES/99/1 on undocs.org.',
    );
    await page.close();
  });
});
