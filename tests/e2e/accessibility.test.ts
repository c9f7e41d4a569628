/**
 * Every page a reader can land on, in Chromium, light and dark: zero axe-core violations of
 * WCAG 2.2 A and AA (and axe's best practices), and no request to any host but the site's own.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../scripts/lib/axe.ts';
import { launchChromium, serveFolder, type SiteServer } from '../../scripts/lib/browser.ts';
import { foreignRequests, readablePages } from '../../scripts/lib/site-pages.ts';
import { DIST, requireDist } from '../site/dist.ts';

let server: SiteServer;
let browser: Browser;

beforeAll(async () => {
  requireDist();
  server = await serveFolder(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(['light', 'dark'] as const)('every page in the %s colour scheme', (colorScheme) => {
  it('has no accessibility violation and fetches nothing from another host', async () => {
    const pages = readablePages(DIST);
    const context = await browser.newContext({ colorScheme });
    const problems: string[] = [];
    for (const path of pages) {
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
      for (const violation of await axeViolations(page)) problems.push(`${path} ${violation}`);
      for (const url of foreignRequests(requests, server.origin)) problems.push(`${path} requested ${url}`);
      await page.close();
    }
    await context.close();
    expect(pages.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  }, 600_000);
});
