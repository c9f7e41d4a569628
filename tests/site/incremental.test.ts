/**
 * The differential test of the incremental build: for each kind of change an author or a
 * developer makes, the site an incremental build leaves equals, file for file, the site a clean
 * build of the same tree writes (src/build/integrations/build-key.ts says why it must). Two copies of
 * the project are changed alike: one is built incrementally after each change, the other cleanly
 * (its output and caches removed first). The content edits also check that the incremental build
 * makes again only what they touch. tests/site/incremental-recovery.test.ts holds the cases of a
 * build after a broken one. `npm run test:incremental` runs both.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildIncremental,
  copies,
  edit,
  expectSameSites,
  importRaw,
  ledgerCounts,
  makeCopies,
  removeCopies,
  runInBoth,
  STEP_TIMEOUT,
  synthetic,
  writeTimes,
} from './incremental-copies.ts';

beforeAll(async () => {
  makeCopies();
  const first = await buildIncremental('first build');
  expect(first.exitCode, first.output).toBe(0);
  expect(first.output).toContain('no complete earlier build of this code: everything is made');
}, STEP_TIMEOUT);

afterAll(removeCopies);

describe('an incremental build equals a clean build of the same tree', () => {
  it('after a document body changes, making again only what shows it', async () => {
    const before = writeTimes();
    edit('content/documents/E/CN.4/2002/89.mdx', (text) => `${text.trimEnd()}\n\nA sentence added to test the incremental build.\n`);
    const { made, unchanged } = ledgerCounts(await expectSameSites('body'));
    expect(made).toBeGreaterThan(0);
    expect(unchanged).toBeGreaterThan(made);
    const after = writeTimes();
    // The files of a document nothing edited show only that document.
    for (const file of ['A/RES/55/88/cite/index.html', 'A/RES/55/88/citation.bib']) expect(after.get(file), file).toBe(before.get(file));
    expect(after.get('E/CN.4/2002/89/index.html')).not.toBe(before.get('E/CN.4/2002/89/index.html'));
  }, STEP_TIMEOUT);

  it('after a document frontmatter changes, making again the pages that show it', async () => {
    const before = writeTimes();
    let title = '';
    edit('content/documents/A/RES/53/137.mdx', (text) => text.replace(/^title: (.*)$/m, (_, old: string) => `title: ${(title = `${old} (edited)`)}`));
    await expectSameSites('frontmatter');
    // This report cites A/RES/53/137 by its title.
    const citing = 'unnumbered/general-assembly-1999-09-13-report/index.html';
    expect(writeTimes().get(citing)).not.toBe(before.get(citing));
    expect(readFileSync(join(copies.incremental, 'dist', citing), 'utf8')).toContain(title);
  }, STEP_TIMEOUT);

  it('after the document schema changes', async () => {
    edit('src/schemas/document.ts', (text) => text.replace("title: text('the document title'),", "title: text('the document title').transform((title) => title.toUpperCase()),"));
    await expectSameSites('document schema');
  }, STEP_TIMEOUT);

  it('after src/lib code every page uses changes', async () => {
    edit('src/lib/site/security.ts', (text) => text.replace(`"form-action 'self'",`, `"form-action 'self'",\n  "manifest-src 'self'",`));
    await expectSameSites('src/lib');
  }, STEP_TIMEOUT);

  it('after a component changes', async () => {
    edit('src/components/Breadcrumbs.astro', (text) => text.replace(/<nav /, '<nav data-edited="yes" '));
    await expectSameSites('component');
  }, STEP_TIMEOUT);

  it('after a document is deleted, removing its files', async () => {
    const [kept, removed] = Object.keys(synthetic) as [string, string];
    const before = writeTimes();
    for (const copy of [copies.incremental, copies.clean]) rmSync(join(copy, 'content/documents', removed));
    expect(ledgerCounts(await expectSameSites('deleted document')).removed).toBeGreaterThan(0);
    const after = writeTimes();
    // The kept synthetic document cites the removed one: its link is no longer internal.
    const keptPage = `${kept.replace(/\.mdx$/, '')}/index.html`;
    expect(after.get(keptPage)).not.toBe(before.get(keptPage));
    // The removed document's files are gone (its page is now that of a document cited but absent).
    const removedFile = `${removed.replace(/\.mdx$/, '')}/citation.bib`;
    expect(before.has(removedFile)).toBe(true);
    expect(after.has(removedFile)).toBe(false);
  }, STEP_TIMEOUT);

  it("after a treaty's data changes", async () => {
    edit('content/treaties/migrant-workers-convention.yaml', (text) => text.replace(/^shortName: (.*)$/m, 'shortName: $1 (edited)'));
    await expectSameSites('treaty data');
  }, STEP_TIMEOUT);

  it('after the treaty schema changes', async () => {
    edit('src/schemas/treaty.ts', (text) => text.replace(/shortName: text\(([^)]*)\),/, 'shortName: text($1).transform((name) => name.toUpperCase()),'));
    await expectSameSites('treaty schema');
  }, STEP_TIMEOUT);

  it('after a document imported without a symbol is given one (it moves, its old URL redirects)', async () => {
    // The seeds hold this report already, without a symbol: importing it so changes nothing.
    await importRaw('--unnumbered');
    // Its URL is published (each copy's last build serves it): the move must keep serving it.
    await runInBoth('scripts/update-published-urls.ts');
    await importRaw('--symbol', 'A/54/999', '--force');
    await expectSameSites('symbol becomes known');
  }, STEP_TIMEOUT);
});
