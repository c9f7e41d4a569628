/**
 * The differential test of the incremental build: for each kind of change an author or a
 * developer makes, the site an incremental build leaves equals, file for file, the site a clean
 * build of the same tree writes (src/build/integrations/build-key.ts says why it must). Two copies of
 * the project are changed alike: one is built incrementally after each change, the other cleanly
 * (its output and caches removed first). The content edits also check that the incremental build
 * makes again only what they touch. `npm run test:incremental` runs it alone.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, contentFiles, copyProject, removeCopy } from '../../scripts/lib/project-copy.ts';
import { syntheticCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import { listFiles } from '../../src/build/folder-files.ts';
import { compareSites } from './built-site-diff.ts';
import { withProgress } from './progress.ts';

const root = join(import.meta.dirname, '../..');
const RAW = join(root, 'tests/fixtures/raw/000_d3404088f64735c6.txt');
/** Each step builds twice, one build beside the other. */
const STEP_TIMEOUT = 400_000;

const synthetic = Object.fromEntries(syntheticCorpus(3).map((file) => [file.path.replace(/^content\/documents\//, ''), file.text]));
const documents = { ...contentFiles(root, 'documents'), ...synthetic };
const treaties = contentFiles(root, 'treaties');

let incremental = '';
let clean = '';

/** A build of the incremental copy, printing its progress. */
function buildIncremental(label: string) {
  return withProgress(`incremental test: ${label}`, build(incremental));
}

/** Rewrites a file of both copies. */
function edit(path: string, change: (text: string) => string): void {
  for (const copy of [incremental, clean]) {
    const file = join(copy, path);
    const text = readFileSync(file, 'utf8');
    const changed = change(text);
    if (changed === text) throw new Error(`${path}: the edit changed nothing`);
    writeFileSync(file, changed);
  }
}

/** Empty folders under a built site: a build must remove a folder it leaves empty. */
function emptyFolders(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8', withFileTypes: false })
    .filter((name) => {
      try {
        return readdirSync(join(dist, name)).length === 0;
      } catch {
        return false;
      }
    })
    .sort();
}

/** When each file of the incremental copy's site was last written: a file made again has a later time. */
function writeTimes(): Map<string, number> {
  const dist = join(incremental, 'dist');
  return new Map(listFiles(dist).map((file) => [file, statSync(join(dist, file)).mtimeMs]));
}

/** What the incremental build says it did: outputs (pages and file sets) made, of all, unchanged, removed. */
function ledgerCounts(output: string): { made: number; outputs: number; unchanged: number; removed: number } {
  const counts = /(\d+) of (\d+) pages and file sets made, (\d+) unchanged, (\d+) removed/.exec(output);
  expect(counts, output).not.toBeNull();
  const [made, outputs, unchanged, removed] = counts!.slice(1).map(Number) as [number, number, number, number];
  expect(made + unchanged).toBe(outputs);
  return { made, outputs, unchanged, removed };
}

/** Builds one copy incrementally and the other from nothing, and returns how their sites differ. */
async function buildBoth(label: string) {
  for (const cache of ['dist', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(clean, cache), { recursive: true, force: true });
  const [rebuilt, fresh] = await withProgress(`incremental test: ${label}: building both copies`, Promise.all([build(incremental), build(clean)]));
  expect(fresh.exitCode, fresh.output).toBe(0);
  expect(rebuilt.exitCode, rebuilt.output).toBe(0);
  return { difference: compareSites(join(incremental, 'dist'), join(clean, 'dist')), empty: emptyFolders(join(incremental, 'dist')), output: rebuilt.output };
}

/**
 * Expects the incremental copy's site to equal the clean copy's. When it does not, the
 * incremental copy is built again from nothing first, so that the next case starts from equal
 * sites and fails, or passes, on its own.
 * @returns what the incremental build printed.
 */
async function expectSameSites(label: string): Promise<string> {
  const { difference, empty, output } = await buildBoth(label);
  const same = { onlyIn: { first: [], second: [] }, differing: [] };
  if (JSON.stringify(difference) !== JSON.stringify(same) || empty.length > 0) {
    for (const cache of ['dist', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(incremental, cache), { recursive: true, force: true });
    const again = await buildIncremental(`${label}: building again from nothing after a difference`);
    expect(again.exitCode, again.output).toBe(0);
  }
  expect(difference).toEqual(same);
  expect(empty).toEqual([]);
  return output;
}

/** Runs the copies' importer on the raw fixture, in both copies. */
async function importRaw(...options: string[]): Promise<void> {
  await Promise.all([incremental, clean].map((copy) => promisify(execFile)(join(copy, 'node_modules/.bin/tsx'), ['scripts/import.ts', RAW, ...options], { cwd: copy })));
}

beforeAll(async () => {
  incremental = copyProject(root, documents, { treaties });
  clean = copyProject(root, documents, { treaties });
  const first = await buildIncremental('first build');
  expect(first.exitCode, first.output).toBe(0);
  expect(first.output).toContain('no complete earlier build of this code: everything is made');
}, STEP_TIMEOUT);

afterAll(() => {
  removeCopy(incremental);
  removeCopy(clean);
});

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
    expect(readFileSync(join(incremental, 'dist', citing), 'utf8')).toContain(title);
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
    for (const copy of [incremental, clean]) rmSync(join(copy, 'content/documents', removed));
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
    await Promise.all([incremental, clean].map((copy) => promisify(execFile)(join(copy, 'node_modules/.bin/tsx'), ['scripts/update-published-urls.ts'], { cwd: copy })));
    await importRaw('--symbol', 'A/54/999', '--force');
    await expectSameSites('symbol becomes known');
  }, STEP_TIMEOUT);
});

/** The incremental copy's site against the clean copy's, built last from the same tree. */
function expectSameAsClean(): void {
  expect(compareSites(join(incremental, 'dist'), join(clean, 'dist'))).toEqual({ onlyIn: { first: [], second: [] }, differing: [] });
}

describe('the build, whatever the last one left', () => {
  it('reads a cache file cut short as a cache miss, with a note, and builds the same site', async () => {
    const caches = join(incremental, 'node_modules/.astro');
    const cut = readdirSync(caches, { recursive: true, encoding: 'utf8' }).filter((name) => /(loaded-documents|ledger|parts|mentions|page-heads)\.json$/.test(name));
    expect(cut.length).toBeGreaterThanOrEqual(5);
    for (const name of cut) writeFileSync(join(caches, name), readFileSync(join(caches, name), 'utf8').slice(0, 20));
    const rebuilt = await buildIncremental('cut-short caches');
    expect(rebuilt.exitCode, rebuilt.output).toBe(0);
    expect(rebuilt.output).toMatch(/loaded-documents\.json: a build cache file that does not parse \(.*\), ignored: what it recorded is made again/);
    expectSameAsClean();
  }, STEP_TIMEOUT);

  it('leaves the last good site in place when a build fails after writing pages', async () => {
    edit('content/documents/E/CN.4/2002/89.mdx', (text) => `${text.trimEnd()}\n\nA sentence of a build that fails.\n`);
    writeFileSync(join(incremental, 'published-urls.txt'), `${readFileSync(join(incremental, 'published-urls.txt'), 'utf8')}/never/served/\n`);
    const failed = await buildIncremental('a build that fails');
    expect(failed.exitCode).not.toBe(0);
    expect(failed.output).toContain('/never/served/');
    expect(failed.output).toContain('holds the last good site again');
    expectSameAsClean();
  }, STEP_TIMEOUT);

  it('refuses a second build in the same tree while one runs, saying why', async () => {
    writeFileSync(join(incremental, 'published-urls.txt'), readFileSync(join(clean, 'published-urls.txt'), 'utf8'));
    const builds = await withProgress(
      'incremental test: two builds at once',
      Promise.all([build(incremental), new Promise((wait) => setTimeout(wait, 3000)).then(() => build(incremental))]),
    );
    const [done, refused] = builds[0].exitCode === 0 ? builds : [builds[1], builds[0]];
    expect(done.exitCode, done.output).toBe(0);
    expect(refused.exitCode).not.toBe(0);
    expect(refused.output).toMatch(/another build of this project is running \(process \d+, which holds .*build\.lock\)/);
    await buildBoth('after two builds at once');
    expectSameAsClean();
  }, STEP_TIMEOUT);
});
