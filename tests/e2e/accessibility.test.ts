/**
 * The pages a reader can land on, in Chromium, light and dark: zero axe-core violations of
 * WCAG 2.2 A and AA (and axe's best practices), and no request to any host but the site's own.
 *
 * axe runs on one page of each kind (page-kinds.ts: the route that made the page and the parts it
 * has; about 26 kinds for the 100 pages of dist/, the 404 page among them) rather than on every
 * page: pages of one kind are made by one template from the same parts, and crawling all of them
 * took 8 minutes of a 20-minute `npm test` on a 2-core machine. Every page is still checked
 * without a browser for resources on another host, and by html-validate in the site tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../scripts/lib/axe.ts';
import { launchChromium, serveFolder, type SiteServer } from '../../scripts/lib/browser.ts';
import { foreignRequests, readablePages } from '../../scripts/lib/site-pages.ts';
import { DIST, requireDist } from '../site/dist.ts';
import { foreignResources, onePagePerKind } from './page-kinds.ts';

/** The page the server answers a missing address with (dist/404.html), which no sitemap lists. */
const NOT_FOUND = '/404.html';
const MISSING_ADDRESS = '/no-such-page/';

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

describe('every page', () => {
  it('names no script, style sheet, image or frame on another host', () => {
    const pages = [...readablePages(DIST), NOT_FOUND];
    const problems = pages.flatMap((path) =>
      foreignResources(readFileSync(join(DIST, path.endsWith('.html') ? path : `${path}index.html`), 'utf8')).map((url) => `${path} ${url}`),
    );
    expect(pages.length).toBeGreaterThan(1);
    expect(problems).toEqual([]);
  });
});

// The two colour schemes at once, each in its own browser context: a page spends most of its time
// waiting for the network to go quiet.
describe.concurrent.each(['light', 'dark'] as const)('one page of each kind in the %s colour scheme', (colorScheme) => {
  it('has no accessibility violation and fetches nothing from another host', async () => {
    const kinds = [...onePagePerKind(DIST, readablePages(DIST)), { path: NOT_FOUND, standsFor: 1 }];
    const context = await browser.newContext({ colorScheme });
    const problems: string[] = [];
    let done = 0;
    for (const { path, standsFor } of kinds) {
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const address = path === NOT_FOUND ? MISSING_ADDRESS : path;
      await page.goto(`${server.origin}${address}`, { waitUntil: 'networkidle' });
      for (const violation of await axeViolations(page)) problems.push(`${address} ${violation}`);
      for (const url of foreignRequests(requests, server.origin)) problems.push(`${address} requested ${url}`);
      await page.close();
      done += 1;
      console.error(`axe (${colorScheme}): ${done}/${kinds.length} kinds of page, ${address} for ${standsFor} page${standsFor === 1 ? '' : 's'}`);
    }
    await context.close();
    expect(kinds.length).toBeGreaterThan(1);
    expect(problems).toEqual([]);
  }, 300_000);
});
