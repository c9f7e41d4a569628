/**
 * The search index in parts, on a copy of the project built with SEARCH_PART_SIZE=1: the build's
 * index step makes every part, `npm run index` then finds them all current, and without the
 * record of what they were made from makes each part again with the same pages, text and filters;
 * after an edit, the build makes again the one part that holds the edited document.
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partsRecordFile } from '../../src/build/integrations/search-indexer.ts';
import { build, contentFiles, copyProject, removeCopy, type BuildResult } from '../../scripts/lib/project-copy.ts';
import { listFiles } from '../../src/build/folder-files.ts';
import { PART_SIZE_VARIABLE, partCount, partOf } from '../../src/lib/search/search-parts.ts';
import { withProgress } from './progress.ts';

const root = join(import.meta.dirname, '../..');

/**
 * What each part of the built index holds: by the part's folder, each page pagefind stored (its
 * fragment: address, text, filters, metadata), in address order. pagefind names its files
 * differently at each run, so the files themselves are not compared.
 */
function indexedContent(copy: string): Record<string, unknown[]> {
  const folder = join(copy, 'dist', 'pagefind');
  const parts: Record<string, { url: string }[]> = {};
  for (const file of listFiles(folder).filter((name) => name.endsWith('.pf_fragment'))) {
    const part = file.slice(0, file.indexOf('fragment/'));
    const fragment = JSON.parse(gunzipSync(readFileSync(join(folder, file))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string };
    (parts[part] ??= []).push(fragment);
  }
  for (const pages of Object.values(parts)) pages.sort((a, b) => a.url.localeCompare(b.url));
  return parts;
}

/** When each part's entry file was written, by the part's folder ("part-3/"). */
function entriesWritten(copy: string, parts: string[]): Record<string, number> {
  return Object.fromEntries(parts.map((part) => [part, statSync(join(copy, 'dist', 'pagefind', part, 'pagefind-entry.json')).mtimeMs]));
}

/** Runs the index step on its own (`npm run index`) in the copy; returns what it printed. */
async function indexStep(copy: string): Promise<string> {
  const step = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/build-search-index.ts'], {
    cwd: copy,
    env: { ...process.env, [PART_SIZE_VARIABLE]: '1' },
  });
  return step.stdout;
}

describe('the search index in parts', () => {
  let copy = '';
  let built: BuildResult;
  let inBuild: Record<string, unknown[]> = {};
  let currentStep = '';
  let recordlessStep = '';

  beforeAll(async () => {
    copy = copyProject(root, contentFiles(root, 'documents'), { treaties: contentFiles(root, 'treaties') });
    built = await withProgress('search-index-parts: building a copy with its index in parts', build(copy, { [PART_SIZE_VARIABLE]: '1' }));
    inBuild = indexedContent(copy);
    currentStep = await indexStep(copy);
    // Without the record of what the build indexed, the step indexes every part again.
    rmSync(partsRecordFile(copy));
    recordlessStep = await indexStep(copy);
  }, 240_000);

  afterAll(() => removeCopy(copy));

  it('makes every part in the build, each page in one part', () => {
    expect(built.exitCode, built.output).toBe(0);
    const [, parts, toIndex] = built.output.match(/\[un-docs:search-index\] indexing 5 pages of dist\/: (\d+) parts, (\d+) to index/) ?? [];
    expect(Number(parts)).toBeGreaterThan(1);
    expect(toIndex).toBe(parts);
    expect(Object.keys(inBuild)).toHaveLength(Number(parts));
    expect(Object.values(inBuild).flat()).toHaveLength(5);
  });

  it('finds every part current when nothing changed', () => {
    expect(currentStep).toMatch(/indexing 5 pages of dist\/: \d+ parts, 0 to index/);
  });

  it('puts in each part the same pages, text and filters when it makes the part again', () => {
    expect(recordlessStep).toMatch(/indexing 5 pages of dist\/: (\d+) parts, \1 to index/);
    expect(indexedContent(copy)).toEqual(inBuild);
  });

  it('after an edit, makes again only the part of the edited document', async () => {
    const parts = Object.keys(inBuild);
    const before = entriesWritten(copy, parts);
    const file = join(copy, 'content/documents/A/RES/55/88.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nA sentence added to test the search index of a rebuild.\n`);
    const rebuilt = await withProgress('search-index-parts: building the copy again after an edit', build(copy, { [PART_SIZE_VARIABLE]: '1' }));
    expect(rebuilt.exitCode, rebuilt.output).toBe(0);
    expect(rebuilt.output).toContain(`[un-docs:search-index] indexing 5 pages of dist/: ${parts.length} parts, 1 to index`);
    const edited = `part-${partOf('/A/RES/55/88/', partCount(5, 1))}/`;
    const after = entriesWritten(copy, parts);
    expect(parts.filter((part) => after[part] !== before[part])).toEqual([edited]);
    const pages = indexedContent(copy)[edited] as { url: string; content: string }[];
    expect(pages.find((page) => page.url === '/A/RES/55/88/')?.content).toContain('A sentence added to test the search index of a rebuild.');
  }, 240_000);
});
