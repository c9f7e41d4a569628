/**
 * Every page a reader can land on, in Chromium, light and dark: zero axe-core violations of
 * WCAG 2.2 A and AA (and axe's best practices), and no request to any host but the site's own.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveFolder, type SiteServer } from '../../scripts/lib/browser.ts';
import { foreignRequests, readablePages } from '../../scripts/lib/site-pages.ts';
import { DIST, requireDist } from '../site/dist.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 A and AA, and axe's best practices. No rule is disabled. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface Violation {
  id: string;
  help: string;
  targets: string[];
}

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
    // axe is injected through the DevTools protocol, which the page's CSP does not govern.
    const context = await browser.newContext({ colorScheme });
    const problems: string[] = [];
    for (const path of pages) {
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async (tags) => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
        return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((node) => node.target.join(' ')) }));
      }, AXE_TAGS);
      for (const violation of violations as Violation[]) problems.push(`${path} ${violation.id}: ${violation.help} (${violation.targets.slice(0, 3).join(', ')})`);
      for (const url of foreignRequests(requests, server.origin)) problems.push(`${path} requested ${url}`);
      await page.close();
    }
    await context.close();
    expect(pages.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  }, 600_000);
});
