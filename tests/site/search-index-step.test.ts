/**
 * The index step on its own (`npm run index`), in a copy of the project: without a built site it
 * fails, saying what to run, rather than writing an index of nothing.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, removeCopy } from '../../scripts/lib/project-copy.ts';

const root = join(import.meta.dirname, '../..');

describe('the search index step', () => {
  let copy: string;
  beforeAll(() => {
    copy = copyProject(root, {});
  });
  afterAll(() => removeCopy(copy));

  it('fails, saying to build first, when there is no built site', async () => {
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/build-search-index.ts'], { cwd: copy });
    const failure = await run.then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr.trim()).toBe(
      `[pagefind] the search index was not built: ${join(copy, 'dist')} does not exist: run "npm run build" first`,
    );
    expect(existsSync(join(copy, 'dist'))).toBe(false);
  });
});
