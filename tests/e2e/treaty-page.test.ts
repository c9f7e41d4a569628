/**
 * A treaty's page in Chromium, on a 390-pixel phone and a 1280-pixel screen: nothing wider than
 * the screen, the chart within it with no label over another, tooltips that name a State once,
 * and a table of actions a reader filters by action and years without a reload.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireDist } from '../site/dist.ts';
import { launchChromium, pageErrors, serveFolder, type SiteServer } from '../../scripts/lib/browser.ts';

requireDist();

const TREATY_PAGE = '/treaties/migrant-workers-convention/';
const WIDTHS = [390, 1280];

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

/** The treaty page at a viewport width, with the errors it throws. */
async function open(width: number, javaScriptEnabled = true): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled });
  const page = await context.newPage();
  const errors = pageErrors(page);
  await page.goto(`${server.origin}${TREATY_PAGE}`);
  return { page, errors, close: () => context.close() };
}

/** The chart the stylesheet shows at this width: its box, and the box and text of each of its labels. */
function visibleChart(page: Page) {
  return page.$$eval('.timeline-chart svg', (svgs) => {
    const svg = svgs.find((s) => s.checkVisibility())!;
    const rect = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
    return {
      id: svg.id,
      box: rect(svg.getBoundingClientRect()),
      labels: [...svg.querySelectorAll('text')].map((text) => ({ text: text.textContent ?? '', ...rect(text.getBoundingClientRect()) })),
    };
  });
}

describe.each(WIDTHS)('the treaty page at %i pixels', (width) => {
  it('is no wider than the screen, and its chart fits within it', async () => {
    const { page, errors, close } = await open(width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const chart = await visibleChart(page);
    expect(chart.id).toBe(width < 600 ? 'chart-narrow' : 'chart-wide');
    expect(chart.box.left).toBeGreaterThanOrEqual(0);
    expect(chart.box.right).toBeLessThanOrEqual(width);
    // The chart spans its whole time axis: the first and the last year are both on the screen.
    const years = chart.labels.filter((l) => /^\d{4}$/.test(l.text));
    expect(years[0]!.text).toBe('1990');
    expect(Number(years.at(-1)!.text)).toBeGreaterThanOrEqual(2004);
    expect(years.every((y) => y.left >= 0 && y.right <= width)).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('draws no label of the chart over another', async () => {
    const { page, close } = await open(width);
    const { labels } = await visibleChart(page);
    expect(labels.length).toBeGreaterThan(10);
    const meet = (a: (typeof labels)[number], b: (typeof labels)[number]) =>
      a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const overlapping = labels.flatMap((a, i) => labels.slice(i + 1).filter((b) => meet(a, b)).map((b) => `${a.text} / ${b.text}`));
    expect(overlapping).toEqual([]);
    await close();
  });

  it('shows the whole table of actions within its box, which does not widen the page', async () => {
    const { page, close } = await open(width);
    const fit = await page.$eval('table.actions-table', (table) => ({ table: table.scrollWidth, box: table.parentElement!.clientWidth }));
    expect(fit.table).toBeLessThanOrEqual(fit.box);
    await close();
  });
});

describe('the chart’s tooltips', () => {
  it('name a State once', async () => {
    const { page, close } = await open(390);
    const titles = await page.$$eval('#chart-narrow a > title', (elements) => elements.map((title) => title.textContent ?? ''));
    expect(titles.find((title) => title.startsWith('Uruguay'))).toMatch(/^Uruguay: ratification or accession, between 31 August 1999 and 6 December 2001 \(source: /);
    expect(titles.filter((title) => /^([^:]+): \1:/.test(title))).toEqual([]);
    await close();
  });
});

describe('filtering the table of actions', () => {
  /** The kind, years and State of each row shown. */
  const shownRows = (page: Page) =>
    page.$$eval('table.actions-table tbody tr', (rows) =>
      (rows as HTMLTableRowElement[]).filter((row) => row.checkVisibility()).map((row) => `${row.dataset.kind} ${row.dataset.first}-${row.dataset.last} ${row.cells[0]!.textContent!.trim()}`),
    );

  it('answers “Which States ratified before 2000?” without a reload', async () => {
    const { page, errors, close } = await open(390);
    expect(await shownRows(page)).toHaveLength(43);
    await page.getByLabel('Action', { exact: true }).selectOption('ratification');
    await page.getByLabel('To', { exact: true }).selectOption('1999');
    expect(await shownRows(page)).toEqual(['ratification 1993-1993 Morocco', 'ratification 1995-1995 Philippines', 'ratification 1999-1999 Mexico']);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Showing 3 of 43 actions.');
    // Every ratification or accession before 2000, then those of one State.
    await page.getByLabel('Action', { exact: true }).selectOption('party');
    expect((await shownRows(page)).map((row) => row.split(' ').at(-1))).toContain('Egypt');
    expect(await shownRows(page)).toHaveLength(13);
    await page.getByLabel('State', { exact: true }).fill('cabo');
    expect(await shownRows(page)).toEqual(['accession 1997-1997 Cape Verde (now Cabo Verde)']);
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => shownRows(page).then((rows) => rows.length)).toBe(43);
    expect(page.url()).toBe(`${server.origin}${TREATY_PAGE}`);
    expect(errors).toEqual([]);
    await close();
  });

  it('is not offered without JavaScript, when the whole table shows', async () => {
    const { page, close } = await open(390, false);
    expect(await page.locator('form.action-filters').isVisible()).toBe(false);
    expect(await shownRows(page)).toHaveLength(43);
    await close();
  });
});
