import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const scratch: string[] = [];
/** A scratch project folder, removed after the tests. */
function scratchProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'un-docs-import-'));
  scratch.push(dir);
  return dir;
}
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const fixture = (name: string) => new URL(`../../fixtures/raw/${name}`, import.meta.url).pathname;

/** Runs the importer against a scratch project; resolves with its exit code and output. */
async function importer(root: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args, '--root', root]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run import', () => {
  it('writes a document, prints its fidelity, and refuses to overwrite it without --force', async () => {
    const root = scratchProject();
    const first = await importer(root, fixture('003_41bc7f651b9d5936.txt'));
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('003_41bc7f651b9d5936.txt → content/documents/A/RES/53/137.mdx (/A/RES/53/137/)');
    expect(first.stdout).toContain('fidelity 100.00 %: masthead 100.00 % (62/62), text 100.00 % (647/647), footnotes 100.00 % (40/40)');
    expect(existsSync(join(root, 'content/documents/A/RES/53/137.mdx'))).toBe(true);

    const again = await importer(root, fixture('003_41bc7f651b9d5936.txt'));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('content/documents/A/RES/53/137.mdx exists already; run again with --force to replace it');

    const forced = await importer(root, fixture('003_41bc7f651b9d5936.txt'), '--force');
    expect(forced.code).toBe(0);
  }, 60_000);

  it('publishes a document without symbol only when asked, and moves it once its symbol is given', async () => {
    const root = scratchProject();
    const refused = await importer(root, fixture('000_d3404088f64735c6.txt'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("000_d3404088f64735c6.txt: the text does not state the document's own symbol.");

    const unnumbered = await importer(root, fixture('000_d3404088f64735c6.txt'), '--unnumbered');
    expect(unnumbered.code).toBe(0);
    const old = join(root, 'content/documents/unnumbered/general-assembly-1999-09-13-report.mdx');
    expect(existsSync(old)).toBe(true);

    const moved = await importer(root, fixture('000_d3404088f64735c6.txt'), '--symbol', 'A/54/999', '--force');
    expect(moved.code).toBe(0);
    expect(moved.stdout).toContain(
      'moved content/documents/unnumbered/general-assembly-1999-09-13-report.mdx → content/documents/A/54/999.mdx; its old URL /unnumbered/general-assembly-1999-09-13-report/ will redirect',
    );
    expect(existsSync(old)).toBe(false);
    const mdx = readFileSync(join(root, 'content/documents/A/54/999.mdx'), 'utf8');
    expect(mdx).toMatch(/^symbol: A\/54\/999\nunnumberedId: general-assembly-1999-09-13-report\n/m);
  }, 60_000);

  it('says how to call it when the file is missing', async () => {
    const result = await importer(scratchProject(), 'no-such-file.txt');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no-such-file.txt: no such file');
    // Like the tests above, it starts tsx in a child process, which takes seconds on a busy machine.
  }, 60_000);
});
