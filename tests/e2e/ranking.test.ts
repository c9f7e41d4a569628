/**
 * A document's own symbol outranks every text that cites it. The five documents of the corpus
 * cite each other once at most, so this builds a copy of the project with one more document, a
 * report that cites A/RES/53/137, resolution 53/137 and E/CN.4/2002/89 six times each, and
 * searches the copy's site in Chromium. Without the weights of src/lib/search/search-results.ts
 * (RANKING), pagefind ranks that report first for "A/RES/53/137" and "E/CN.4/2002/89".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, copyProject, removeCopy } from '../../scripts/lib/project-copy.ts';
import { launchChromium, serveFolder, type SiteServer } from '../../scripts/lib/browser.ts';
import { withProgress } from '../site/progress.ts';

const DOCUMENTS = 'content/documents';

/** The report that cites others heavily: its paragraphs repeat three citations six times. */
const CITING_REPORT = `---
symbol: A/60/100
title: Follow-up to the resolutions on migrant workers
subtitle: Report of the Secretary-General
type: report
body: General Assembly
date: "2005-07-01"
distribution: General
source:
  file: synthetic-citing-report.txt
  sha256: "${'0'.repeat(64)}"
---

${Array.from(
  { length: 6 },
  (_, index) =>
    `${index + 1}. Pursuant to resolution A/RES/53/137, and recalling resolution 53/137 and the report E/CN.4/2002/89, the Secretary-General reports on step ${index + 1}.`,
).join('\n\n')}
`;

/** Every document file under content/documents/, by its path there, with its text. */
function corpus(): Record<string, string> {
  const files = readdirSync(DOCUMENTS, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'));
  return Object.fromEntries(files.map((name) => [name, readFileSync(join(DOCUMENTS, name), 'utf8')]));
}

let copy: string;
let server: SiteServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  copy = copyProject('.', { ...corpus(), 'A/60/100.mdx': CITING_REPORT });
  const { exitCode, output } = await withProgress('ranking: building a copy with a citing report', build(copy));
  if (exitCode !== 0) throw new Error(`the copy in ${copy} did not build:\n${output}`);
  server = await serveFolder(join(copy, 'dist'));
  browser = await launchChromium();
  page = await browser.newPage();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (copy) removeCopy(copy);
});

/** The result paths for a query, best first. */
async function ranked(query: string): Promise<string[]> {
  await page.goto(`${server.origin}/search/?${new URLSearchParams({ q: query })}`);
  await page.waitForFunction(() => {
    const status = document.getElementById('search-status')?.textContent ?? '';
    return status !== '' && status !== 'Searching…' && !document.getElementById('search-results')!.hasAttribute('aria-busy');
  });
  return page.$$eval('#search-results .result-link', (links) => links.map((link) => link.getAttribute('href')!));
}

describe('a document against a text citing it six times', () => {
  it.each([
    ['A/RES/53/137', '/A/RES/53/137/'],
    ['53/137', '/A/RES/53/137/'],
    ['res 53/137', '/A/RES/53/137/'],
    ['E/CN.4/2002/89', '/E/CN.4/2002/89/'],
    ['E/CN4/2002/89', '/E/CN.4/2002/89/'],
  ])('%s: %s first, the citing report after it', async (query, own) => {
    const paths = await ranked(query);
    expect(paths[0]).toBe(own);
    expect(paths).toContain('/A/60/100/');
  });

  it('still finds the citing report first for its own symbol', async () => {
    expect((await ranked('A/60/100'))[0]).toBe('/A/60/100/');
  });
});
