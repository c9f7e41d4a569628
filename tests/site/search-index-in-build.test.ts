/**
 * The search index made while Astro renders, on a copy of the project built with its index in
 * parts (SEARCH_PART_SIZE=1): every part is made as its pages are rendered, the index step at the
 * build's end finds them all current, and each part holds what the index step puts in it on its
 * own (`npm run index`); after an edit, the build makes again the one part that holds the edited
 * document.
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
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

describe('the search index made as the pages are rendered', () => {
  let copy = '';
  let built: BuildResult;
  let inBuild: Record<string, unknown[]> = {};
  let stepOutput = '';

  beforeAll(async () => {
    copy = copyProject(root, contentFiles(root, 'documents'), { treaties: contentFiles(root, 'treaties') });
    built = await withProgress('search-index-in-build: building a copy with its index in parts', build(copy, { [PART_SIZE_VARIABLE]: '1' }));
    inBuild = indexedContent(copy);
    // The index step on its own, without the record of what the build indexed: it indexes every part.
    rmSync(partsRecordFile(copy));
    const step = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/build-search-index.ts'], {
      cwd: copy,
      env: { ...process.env, [PART_SIZE_VARIABLE]: '1' },
    });
    stepOutput = step.stdout;
  }, 240_000);

  afterAll(() => removeCopy(copy));

  it('makes every part as its pages are rendered, and the index step at the end of the build makes none', () => {
    expect(built.exitCode, built.output).toBe(0);
    const parts = [...built.output.matchAll(/\[un-docs:search-index\] (\/pagefind\/part-\d+\/): (\d+) pages indexed as they were rendered/g)];
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.reduce((sum, [, , pages]) => sum + Number(pages), 0)).toBe(5);
    expect(built.output).toContain(`[un-docs:search-index] ${parts.length} parts of the search index made as the pages were rendered, 0 unchanged though their pages were rendered again`);
    expect(built.output).toContain(`[un-docs:search-index] indexing 5 pages of dist/: ${parts.length} parts, 0 to index`);
  });

  it('puts in each part the pages, text and filters that the index step puts in it on its own', () => {
    expect(stepOutput).toMatch(/indexing 5 pages of dist\/: (\d+) parts, \1 to index/);
    expect(Object.values(inBuild).flat()).toHaveLength(5);
    expect(indexedContent(copy)).toEqual(inBuild);
  });

  it('after an edit, makes again only the part of the edited document, which the index step then finds current', async () => {
    const file = join(copy, 'content/documents/A/RES/55/88.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nA sentence added to test the search index of a rebuild.\n`);
    const rebuilt = await withProgress('search-index-in-build: building the copy again after an edit', build(copy, { [PART_SIZE_VARIABLE]: '1' }));
    expect(rebuilt.exitCode, rebuilt.output).toBe(0);
    const part = `/pagefind/part-${partOf('/A/RES/55/88/', partCount(5, 1))}/`;
    const remade = [...rebuilt.output.matchAll(/\[un-docs:search-index\] (\/pagefind\/part-\d+\/): \d+ pages indexed as they were rendered/g)].map(([, folder]) => folder);
    expect(remade).toEqual([part]);
    expect(rebuilt.output).toMatch(/\[un-docs:search-index\] indexing 5 pages of dist\/: \d+ parts, 0 to index/);
    const edited = indexedContent(copy)[`${part.slice('/pagefind/'.length)}`] as { url: string; content: string }[];
    expect(edited.find((page) => page.url === '/A/RES/55/88/')?.content).toContain('A sentence added to test the search index of a rebuild.');
  }, 240_000);
});
