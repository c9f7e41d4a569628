/**
 * The table of a treaty's actions in a real browser: in date order without JavaScript, and with
 * it, each column header a button that sorts the rows by that column, one way then the other.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireDist } from '../site/dist.ts';
import { launchChromium, serveFolder, type SiteServer } from '../../scripts/lib/browser.ts';

requireDist();

const TREATY_PAGE = '/treaties/migrant-workers-convention/';

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

/** The sort value of each row's cell in a column, in the order the rows are shown. */
function column(page: Page, index: number): Promise<string[]> {
  return page.$$eval('table.actions-table tbody tr', (rows, cell) => rows.map((row) => (row as HTMLTableRowElement).cells[cell]!.dataset.sort ?? ''), index);
}

/** Which way each header says its column is sorted; the sources column, which does not sort, says nothing. */
function sortStates(page: Page): Promise<string[]> {
  return page.$$eval('table.actions-table thead th', (headers) => headers.map((header) => header.getAttribute('aria-sort') ?? ''));
}

const ascending = (values: string[]) => [...values].sort((a, b) => a.localeCompare(b));

describe('the table of actions', () => {
  it('is in date order, without buttons, when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}${TREATY_PAGE}`);
    const dates = await column(page, 2);
    expect(dates.length).toBeGreaterThan(20);
    expect(dates).toEqual(ascending(dates));
    expect(await page.locator('table.actions-table thead button').count()).toBe(0);
    await context.close();
  });

  it('sorts by the column whose header is pressed, one way then the other', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${TREATY_PAGE}`);
    const dates = await column(page, 2);
    const states = await column(page, 0);
    expect(states).not.toEqual(ascending(states));

    await page.getByRole('button', { name: 'State' }).click();
    expect(await column(page, 0)).toEqual(ascending(states));
    expect(await sortStates(page)).toEqual(['ascending', 'none', 'none', '']);

    await page.getByRole('button', { name: 'State' }).click();
    expect(await column(page, 0)).toEqual(ascending(states).reverse());
    expect(await sortStates(page)).toEqual(['descending', 'none', 'none', '']);

    // Sorting by State set "Date" to none: a press sorts it ascending, the order the page came in.
    await page.getByRole('button', { name: 'Date' }).click();
    expect(await column(page, 2)).toEqual(dates);
    expect(await sortStates(page)).toEqual(['none', 'none', 'ascending', '']);
    await page.getByRole('button', { name: 'Date' }).click();
    expect(await column(page, 2)).toEqual(ascending(dates).reverse());
    await page.close();
  });
});
