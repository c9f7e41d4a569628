/**
 * The incremental build whatever the last build left (a cache file cut short, a failed build, a
 * second build started beside the first): it builds the same site as a clean build of the same
 * tree, or keeps the last good one. A file of its own beside the change kinds of
 * tests/site/incremental.test.ts, so that the two run at once. `npm run test:incremental` runs both.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/lib/project-copy.ts';
import { buildBoth, buildIncremental, copies, edit, expectSameAsClean, makeCopies, removeCopies, STEP_TIMEOUT } from './incremental-copies.ts';
import { withProgress } from './progress.ts';

beforeAll(async () => {
  makeCopies();
  await buildBoth('first builds');
}, STEP_TIMEOUT);

afterAll(removeCopies);

describe('the build, whatever the last one left', () => {
  it('reads a cache file cut short as a cache miss, with a note, and builds the same site', async () => {
    const caches = join(copies.incremental, 'node_modules/.astro');
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
    writeFileSync(join(copies.incremental, 'published-urls.txt'), `${readFileSync(join(copies.incremental, 'published-urls.txt'), 'utf8')}/never/served/\n`);
    const failed = await buildIncremental('a build that fails');
    expect(failed.exitCode).not.toBe(0);
    expect(failed.output).toContain('/never/served/');
    expect(failed.output).toContain('holds the last good site again');
    expectSameAsClean();
  }, STEP_TIMEOUT);

  it('refuses a second build in the same tree while one runs, saying why', async () => {
    writeFileSync(join(copies.incremental, 'published-urls.txt'), readFileSync(join(copies.clean, 'published-urls.txt'), 'utf8'));
    const builds = await withProgress(
      'incremental test: two builds at once',
      Promise.all([build(copies.incremental), new Promise((wait) => setTimeout(wait, 3000)).then(() => build(copies.incremental))]),
    );
    const [done, refused] = builds[0].exitCode === 0 ? builds : [builds[1], builds[0]];
    expect(done.exitCode, done.output).toBe(0);
    expect(refused.exitCode).not.toBe(0);
    expect(refused.output).toMatch(/another build of this project is running \(process \d+, which holds .*build\.lock\)/);
    await buildBoth('after two builds at once');
    expectSameAsClean();
  }, STEP_TIMEOUT);
});
