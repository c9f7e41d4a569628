/**
 * Incremental builds, on copies of the project: a build after edits keeps the pages and files
 * those edits do not touch, and writes exactly what a full build of the same content writes.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, copyProject, removeCopy, type BuildResult } from '../../scripts/lib/project-copy.ts';
import { syntheticCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import { listFiles } from '../../src/build/folder-files.ts';

const root = join(import.meta.dirname, '../..');

/** Every file under a content folder of the project, by its path there. */
function contentOf(folder: string): Record<string, string> {
  const base = join(root, 'content', folder);
  return Object.fromEntries(
    readdirSync(base, { recursive: true, encoding: 'utf8' })
      .filter((name) => statSync(join(base, name)).isFile())
      .map((name) => [name.split('\\').join('/'), readFileSync(join(base, name), 'utf8')]),
  );
}

const TITLE = 'International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families';
const NEW_TITLE = 'International Convention on Migrant Workers (title edited for the incremental build test)';
const BODY_SENTENCE = 'A sentence added to test the incremental build.';

const treaties = contentOf('treaties');
const synthetic = Object.fromEntries(syntheticCorpus(2).map((file) => [file.path.replace(/^content\/documents\//, ''), file.text]));
const [kept, removed] = Object.keys(synthetic) as [string, string];
const first = { ...contentOf('documents'), ...synthetic };

/**
 * The same content after three edits: a title other pages show, a body no other page shows, and
 * a document removed.
 */
function edited(documents: Record<string, string>): Record<string, string> {
  const result = { ...documents };
  result['A/RES/53/137.mdx'] = result['A/RES/53/137.mdx']!.replace(`title: ${TITLE}`, `title: ${NEW_TITLE}`);
  result['E/CN.4/2002/89.mdx'] = `${result['E/CN.4/2002/89.mdx']!.trimEnd()}\n\n${BODY_SENTENCE}\n`;
  delete result[removed];
  return result;
}

/** When each file of a built site was last written: a file made again has a later time. */
function writeTimes(dist: string): Map<string, number> {
  return new Map(listFiles(dist).map((file) => [file, statSync(join(dist, file)).mtimeMs]));
}

describe('a build after edits', () => {
  let incremental = '';
  let full = '';
  let before = new Map<string, number>();
  let rebuilt: BuildResult;
  let fullBuild: BuildResult;

  beforeAll(async () => {
    incremental = copyProject(root, first, { treaties });
    const cold = await build(incremental);
    expect(cold.exitCode, cold.output).toBe(0);
    expect(cold.output).toContain('no complete earlier build of this code: everything is made');
    before = writeTimes(join(incremental, 'dist'));

    // Edit the copy's content as an author would.
    const after = edited(first);
    writeFileSync(join(incremental, 'content/documents/A/RES/53/137.mdx'), after['A/RES/53/137.mdx']!);
    writeFileSync(join(incremental, 'content/documents/E/CN.4/2002/89.mdx'), after['E/CN.4/2002/89.mdx']!);
    rmSync(join(incremental, 'content/documents', removed));
    full = copyProject(root, after, { treaties });
    [rebuilt, fullBuild] = await Promise.all([build(incremental), build(full)]);
  }, 600_000);

  afterAll(() => {
    removeCopy(incremental);
    removeCopy(full);
  });

  it('makes again only what the edits touch, and says so', () => {
    expect(rebuilt.exitCode, rebuilt.output).toBe(0);
    expect(fullBuild.exitCode, fullBuild.output).toBe(0);
    const [, made, outputs, unchanged, vanished] = /(\d+) of (\d+) pages and file sets made, (\d+) unchanged, (\d+) removed/.exec(rebuilt.output)!.map(Number);
    expect(made).toBeGreaterThan(0);
    expect(unchanged).toBeGreaterThan(made!);
    expect(made! + unchanged!).toBe(outputs);
    expect(vanished).toBeGreaterThan(0);
  });

  it('keeps the files of what the edits do not touch, and makes again those they do', () => {
    const after = writeTimes(join(incremental, 'dist'));
    // The cite page of a document nothing edited shows only that document.
    expect(after.get('A/RES/55/88/cite/index.html')).toBe(before.get('A/RES/55/88/cite/index.html'));
    expect(after.get('A/RES/55/88/citation.bib')).toBe(before.get('A/RES/55/88/citation.bib'));
    // This report cites A/RES/53/137 by its title, which changed.
    const citing = 'unnumbered/general-assembly-1999-09-13-report/index.html';
    expect(after.get(citing)).not.toBe(before.get(citing));
    expect(readFileSync(join(incremental, 'dist', citing), 'utf8')).toContain(NEW_TITLE);
    // The kept synthetic document cites the removed one: its link is no longer internal.
    const keptPage = `${kept.replace(/\.mdx$/, '')}/index.html`;
    expect(after.get(keptPage)).not.toBe(before.get(keptPage));
    expect(readFileSync(join(incremental, 'dist/E/CN.4/2002/89/index.html'), 'utf8')).toContain(BODY_SENTENCE);
    // The removed document's files are gone (its page is now that of a document cited but absent).
    const removedFile = `${removed.replace(/\.mdx$/, '')}/citation.bib`;
    expect(before.has(removedFile)).toBe(true);
    expect(after.has(removedFile)).toBe(false);
  });

  it('writes exactly what a full build of the same content writes', () => {
    // The search index is rebuilt whole by every build; pagefind names its files differently each time.
    const files = (copy: string) => listFiles(join(copy, 'dist')).filter((file) => !file.startsWith('pagefind/')).sort();
    expect(files(incremental)).toEqual(files(full));
    const differing = files(full).filter((file) => !readFileSync(join(incremental, 'dist', file)).equals(readFileSync(join(full, 'dist', file))));
    expect(differing).toEqual([]);
  });
});
