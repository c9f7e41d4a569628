import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, copyProject, removeCopy, type BuildResult } from '../../scripts/lib/project-copy.ts';
import { withProgress } from './progress.ts';

const root = join(import.meta.dirname, '../..');
const fixture = readFileSync(join(root, 'tests/fixtures/redirect/A/54/999.mdx'), 'utf8');

describe('a document whose symbol became known after it was published without one', () => {
  let copy: string;
  let result: BuildResult;
  beforeAll(async () => {
    copy = copyProject(root, { 'A/54/999.mdx': fixture });
    result = await withProgress('redirects: building a copy', build(copy));
  });
  afterAll(() => removeCopy(copy));

  it('is served at its symbol URL', () => {
    expect(result.exitCode, result.output).toBe(0);
    expect(readFileSync(join(copy, 'dist/A/54/999/index.html'), 'utf8')).toContain('Fixture of a report whose symbol became known later');
  });

  it('keeps its first URL alive as a redirect to the new one', () => {
    const html = readFileSync(join(copy, 'dist/unnumbered/fixture-ga-54-report/index.html'), 'utf8');
    expect(html).toMatch(/<meta http-equiv="refresh" content="0; ?url=\/A\/54\/999\/"/);
    expect(html).toContain('<link rel="canonical" href="https://un-docs.example.org/A/54/999/"');
    expect(html).toMatch(/<a href="\/A\/54\/999\/">/);
  });
});
