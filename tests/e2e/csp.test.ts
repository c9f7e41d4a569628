/**
 * The site under a strict Content-Security-Policy: no inline script, style or event handler
 * anywhere, so pages read and search works with only the site's own files. pagefind compiles
 * WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval', which would allow eval()).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveFolder, type SiteServer } from '../../scripts/lib/browser.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/site/security.ts';
import { DIST, requireDist } from '../site/dist.ts';

/** The policy the site sends where hosts read `_headers`: the <meta> policy and frame-ancestors. */
const POLICY = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

let server: SiteServer;
let browser: Browser;

beforeAll(async () => {
  requireDist();
  server = await serveFolder(DIST, { 'Content-Security-Policy': POLICY });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page and collects what the policy blocked, as Chromium reports it in the console. */
async function visit(path: string, act?: (page: import('playwright-core').Page) => Promise<void>): Promise<string[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });
    page.on('pageerror', (error) => blocked.push(error.message));
    await page.goto(`${server.origin}${path}`);
    await act?.(page);
    await page.waitForLoadState('networkidle');
    return blocked;
  } finally {
    await context.close();
  }
}

describe('under the strict policy', () => {
  it.each(['/', '/A/RES/53/137/', '/browse/', '/unnumbered/'])('%s breaks no rule', async (path) => {
    expect(await visit(path)).toEqual([]);
  });

  it('the header box and the search page find HURIST, breaking no rule', async () => {
    const blocked = await visit('/A/RES/53/137/', async (page) => {
      await page.keyboard.press('/');
      await page.keyboard.type('HURIST');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/search/?q=HURIST');
      await page.waitForFunction(() => document.getElementById('search-status')?.textContent === '2 documents found for “HURIST”.');
      expect(await page.$$eval('#search-results mark', (marks) => marks.length)).toBeGreaterThan(0);
    });
    expect(blocked).toEqual([]);
  });
});
