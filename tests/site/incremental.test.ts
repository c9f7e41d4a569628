/**
 * The differential test of the incremental build: for each kind of change an author or a
 * developer makes, the site an incremental build leaves equals, file for file, the site a clean
 * build of the same tree writes (src/build/integrations/build-key.ts says why it must). Two copies of
 * the project are changed alike: one is built incrementally after each change, the other cleanly
 * (its output and caches removed first). `npm run test:incremental` runs it alone.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, contentFiles, copyProject, removeCopy } from '../../scripts/lib/project-copy.ts';
import { syntheticCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import { compareSites } from './built-site-diff.ts';

const root = join(import.meta.dirname, '../..');
const RAW = join(root, 'tests/fixtures/raw/000_d3404088f64735c6.txt');
/** Each step builds twice, one build beside the other. */
const STEP_TIMEOUT = 400_000;

const synthetic = Object.fromEntries(syntheticCorpus(3).map((file) => [file.path.replace(/^content\/documents\//, ''), file.text]));
const documents = { ...contentFiles(root, 'documents'), ...synthetic };
const treaties = contentFiles(root, 'treaties');

let incremental = '';
let clean = '';

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

/** Builds one copy incrementally and the other from nothing, and returns how their sites differ. */
async function buildBoth(label: string) {
  const started = Date.now();
  for (const cache of ['dist', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(clean, cache), { recursive: true, force: true });
  const [rebuilt, fresh] = await Promise.all([build(incremental), build(clean)]);
  console.error(`incremental test: ${label}: built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  expect(fresh.exitCode, fresh.output).toBe(0);
  expect(rebuilt.exitCode, rebuilt.output).toBe(0);
  return { difference: compareSites(join(incremental, 'dist'), join(clean, 'dist')), empty: emptyFolders(join(incremental, 'dist')), output: rebuilt.output };
}

/**
 * Expects the incremental copy's site to equal the clean copy's. When it does not, the
 * incremental copy is built again from nothing first, so that the next case starts from equal
 * sites and fails, or passes, on its own.
 */
async function expectSameSites(label: string): Promise<void> {
  const { difference, empty } = await buildBoth(label);
  const same = { onlyIn: { first: [], second: [] }, differing: [] };
  if (JSON.stringify(difference) !== JSON.stringify(same) || empty.length > 0) {
    for (const cache of ['dist', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(incremental, cache), { recursive: true, force: true });
    const again = await build(incremental);
    expect(again.exitCode, again.output).toBe(0);
  }
  expect(difference).toEqual(same);
  expect(empty).toEqual([]);
}

/** Runs the copies' importer on the raw fixture, in both copies. */
async function importRaw(...options: string[]): Promise<void> {
  for (const copy of [incremental, clean]) {
    await promisify(execFile)(join(copy, 'node_modules/.bin/tsx'), ['scripts/import.ts', RAW, ...options], { cwd: copy });
  }
}

beforeAll(async () => {
  incremental = copyProject(root, documents, { treaties });
  clean = copyProject(root, documents, { treaties });
  const first = await build(incremental);
  expect(first.exitCode, first.output).toBe(0);
  console.error('incremental test: first build done');
}, STEP_TIMEOUT);

afterAll(() => {
  removeCopy(incremental);
  removeCopy(clean);
});

describe('an incremental build equals a clean build of the same tree', () => {
  it('after a document body changes', async () => {
    edit('content/documents/E/CN.4/2002/89.mdx', (text) => `${text.trimEnd()}\n\nA sentence added to test the incremental build.\n`);
    await expectSameSites('body');
  }, STEP_TIMEOUT);

  it('after a document frontmatter changes', async () => {
    edit('content/documents/A/RES/53/137.mdx', (text) => text.replace(/^title: (.*)$/m, 'title: $1 (edited)'));
    await expectSameSites('frontmatter');
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

  it('after a document is deleted', async () => {
    const [, removed] = Object.keys(synthetic);
    for (const copy of [incremental, clean]) rmSync(join(copy, 'content/documents', removed!));
    await expectSameSites('deleted document');
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
    for (const copy of [incremental, clean]) {
      await promisify(execFile)(join(copy, 'node_modules/.bin/tsx'), ['scripts/update-published-urls.ts'], { cwd: copy });
    }
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
    const rebuilt = await build(incremental);
    console.error('incremental test: cut-short caches: built');
    expect(rebuilt.exitCode, rebuilt.output).toBe(0);
    expect(rebuilt.output).toMatch(/loaded-documents\.json: a build cache file that does not parse \(.*\), ignored: what it recorded is made again/);
    expectSameAsClean();
  }, STEP_TIMEOUT);

  it('leaves the last good site in place when a build fails after writing pages', async () => {
    edit('content/documents/E/CN.4/2002/89.mdx', (text) => `${text.trimEnd()}\n\nA sentence of a build that fails.\n`);
    writeFileSync(join(incremental, 'published-urls.txt'), `${readFileSync(join(incremental, 'published-urls.txt'), 'utf8')}/never/served/\n`);
    const failed = await build(incremental);
    console.error('incremental test: failed build: built');
    expect(failed.exitCode).not.toBe(0);
    expect(failed.output).toContain('/never/served/');
    expect(failed.output).toContain('holds the last good site again');
    expectSameAsClean();
  }, STEP_TIMEOUT);

  it('refuses a second build in the same tree while one runs, saying why', async () => {
    writeFileSync(join(incremental, 'published-urls.txt'), readFileSync(join(clean, 'published-urls.txt'), 'utf8'));
    const builds = await Promise.all([build(incremental), new Promise((wait) => setTimeout(wait, 3000)).then(() => build(incremental))]);
    console.error('incremental test: two builds at once: built');
    const [done, refused] = builds[0].exitCode === 0 ? builds : [builds[1], builds[0]];
    expect(done.exitCode, done.output).toBe(0);
    expect(refused.exitCode).not.toBe(0);
    expect(refused.output).toMatch(/another build of this project is running \(process \d+, which holds .*build\.lock\)/);
    await buildBoth('after two builds at once');
    expectSameAsClean();
  }, STEP_TIMEOUT);
});
