import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, copyProject, removeCopy, type BuildResult } from '../../scripts/lib/project-copy.ts';
import { withProgress } from './progress.ts';

const root = join(import.meta.dirname, '../..');
const TREATY = 'migrant-workers-convention.yaml';

/** Every document of the project, by its path under content/documents/. */
function documents(folder = join(root, 'content/documents')): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
      .map((entry) => {
        const file = join(entry.parentPath, entry.name);
        return [relative(folder, file), readFileSync(file, 'utf8')];
      }),
  );
}

describe('a build whose treaty data contradicts a cited text fails, saying where and why', () => {
  let copy: string;
  let result: BuildResult;
  beforeAll(async () => {
    // Uganda's accession cited to the 2004 report's paragraph 2, which names no State.
    const data = readFileSync(join(root, 'content/treaties', TREATY), 'utf8');
    const uganda = data.indexOf('  - state: Uganda\n    kind: accession');
    const changed = `${data.slice(0, uganda)}${data.slice(uganda).replace('anchor: p5, by: "2004-08-20"', 'anchor: p2, by: "2004-08-20"')}`;
    copy = copyProject(root, documents(), { treaties: { [TREATY]: changed } });
    result = await withProgress('treaty-build-errors: building a copy', build(copy));
  });
  afterAll(() => removeCopy(copy));

  it('stops the build with the file, the action, the source and what the text says', () => {
    expect(result.exitCode, result.output).not.toBe(0);
    const lines = result.output.split('\n');
    expect(lines.some((line) => line.includes('Treaty data contradicts its sources:')), result.output).toBe(true);
    // The data is wrong, not the code: no stack trace, no hint about browser APIs.
    expect(result.output).not.toContain('Stack trace');
    expect(result.output).not.toContain('Browser APIs');
    expect(result.output).toContain(
      `content/treaties/${TREATY}: actions[9] (Uganda, accession), sources[3]: Report of the Secretary-General of 27 August 2004 #p2 (para. 2) does not name Uganda (nor any other name of UGA); expected the cited text to name the State. The text reads: "The Convention entered into force on 1 July 2003 following receipt of the twentieth instrument of ratification of the treaty on 14 March 2003."`,
    );
  });
});
