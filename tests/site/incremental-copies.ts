/**
 * Two copies of the project for the differential tests of the incremental build
 * (tests/site/incremental*.test.ts), changed alike: one is built incrementally after each change,
 * the other cleanly (its output and caches removed first), and their sites are compared file for
 * file (src/build/integrations/build-key.ts says why they must be equal).
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { build, contentFiles, copyProject, removeCopy } from '../../scripts/lib/project-copy.ts';
import { syntheticCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import { listFiles } from '../../src/build/folder-files.ts';
import { compareSites } from './built-site-diff.ts';
import { withProgress } from './progress.ts';

const root = join(import.meta.dirname, '../..');
const RAW = join(root, 'tests/fixtures/raw/000_d3404088f64735c6.txt');
/** Each step builds twice, one build beside the other. */
export const STEP_TIMEOUT = 400_000;

/** Three synthetic documents beside the seeds, one citing another (the deletion case removes it). */
export const synthetic = Object.fromEntries(syntheticCorpus(3).map((file) => [file.path.replace(/^content\/documents\//, ''), file.text]));
const documents = { ...contentFiles(root, 'documents'), ...synthetic };
const treaties = contentFiles(root, 'treaties');

/** The two copies: `incremental` is built after each change, `clean` from nothing. */
export const copies = { incremental: '', clean: '' };

/** Makes the two copies, alike. */
export function makeCopies(): void {
  copies.incremental = copyProject(root, documents, { treaties });
  copies.clean = copyProject(root, documents, { treaties });
}

/** Removes the two copies. */
export function removeCopies(): void {
  if (copies.incremental) removeCopy(copies.incremental);
  if (copies.clean) removeCopy(copies.clean);
}

/** A build of the incremental copy, printing its progress. */
export function buildIncremental(label: string) {
  return withProgress(`incremental test: ${label}`, build(copies.incremental));
}

/** Rewrites a file of both copies. */
export function edit(path: string, change: (text: string) => string): void {
  for (const copy of [copies.incremental, copies.clean]) {
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
export function writeTimes(): Map<string, number> {
  const dist = join(copies.incremental, 'dist');
  return new Map(listFiles(dist).map((file) => [file, statSync(join(dist, file)).mtimeMs]));
}

/** What the incremental build says it did: outputs (pages and file sets) made, of all, unchanged, removed. */
export function ledgerCounts(output: string): { made: number; outputs: number; unchanged: number; removed: number } {
  const counts = /(\d+) of (\d+) pages and file sets made, (\d+) unchanged, (\d+) removed/.exec(output);
  expect(counts, output).not.toBeNull();
  const [made, outputs, unchanged, removed] = counts!.slice(1).map(Number) as [number, number, number, number];
  expect(made + unchanged).toBe(outputs);
  return { made, outputs, unchanged, removed };
}

/** Builds one copy incrementally and the other from nothing, and returns how their sites differ. */
export async function buildBoth(label: string) {
  for (const cache of ['dist', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(copies.clean, cache), { recursive: true, force: true });
  const [rebuilt, fresh] = await withProgress(`incremental test: ${label}: building both copies`, Promise.all([build(copies.incremental), build(copies.clean)]));
  expect(fresh.exitCode, fresh.output).toBe(0);
  expect(rebuilt.exitCode, rebuilt.output).toBe(0);
  return {
    difference: compareSites(join(copies.incremental, 'dist'), join(copies.clean, 'dist')),
    empty: emptyFolders(join(copies.incremental, 'dist')),
    output: rebuilt.output,
  };
}

/**
 * Expects the incremental copy's site to equal the clean copy's. When it does not, the
 * incremental copy is built again from nothing first, so that the next case starts from equal
 * sites and fails, or passes, on its own.
 * @returns what the incremental build printed.
 */
export async function expectSameSites(label: string): Promise<string> {
  const { difference, empty, output } = await buildBoth(label);
  const same = { onlyIn: { first: [], second: [] }, differing: [] };
  if (JSON.stringify(difference) !== JSON.stringify(same) || empty.length > 0) {
    for (const cache of ['dist', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(copies.incremental, cache), { recursive: true, force: true });
    const again = await buildIncremental(`${label}: building again from nothing after a difference`);
    expect(again.exitCode, again.output).toBe(0);
  }
  expect(difference).toEqual(same);
  expect(empty).toEqual([]);
  return output;
}

/** The incremental copy's site against the clean copy's, built last from the same tree. */
export function expectSameAsClean(): void {
  expect(compareSites(join(copies.incremental, 'dist'), join(copies.clean, 'dist'))).toEqual({ onlyIn: { first: [], second: [] }, differing: [] });
}

/** Runs a command line of the project (a tsx script) in both copies at once. */
export async function runInBoth(script: string, ...args: string[]): Promise<void> {
  await Promise.all([copies.incremental, copies.clean].map((copy) => promisify(execFile)(join(copy, 'node_modules/.bin/tsx'), [script, ...args], { cwd: copy })));
}

/** Runs the copies' importer on the raw fixture, in both copies. */
export function importRaw(...options: string[]): Promise<void> {
  return runInBoth('scripts/import.ts', RAW, ...options);
}
