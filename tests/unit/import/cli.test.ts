import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const scratch: string[] = [];
/** A scratch folder, removed after the tests. */
function scratchFolder(): string {
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

/** A small report in the shape of a PDF extraction, whose masthead states `symbol`. */
function report(symbol: string, title: string): string {
  return [
    'United Nations ' + symbol,
    'General Assembly',
    'Distr.: General',
    '3 March 2025',
    'Original: English',
    'Eightieth session',
    title,
    'Report of the Secretary-General',
    '1. The Secretary-General has the honour to transmit the present report, which',
    'continues on a second printed line.',
    '2. It ends here.',
  ].join('\n');
}

describe('npm run import', () => {
  it('imports a file, says what it did, and gives the same file again when nothing changed', async () => {
    const root = scratchFolder();
    const first = await importer(root, fixture('003_41bc7f651b9d5936.txt'));
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      '003_41bc7f651b9d5936.txt → content/documents/A/RES/53/137.mdx (A/RES/53/137, resolution, General Assembly, 749 words, fidelity 100.00 %) ok',
    );
    expect(first.stdout).toContain('1 source(s): 1 imported, 0 unchanged, 0 refused');
    const file = join(root, 'content/documents/A/RES/53/137.mdx');
    const mdx = readFileSync(file, 'utf8');

    const again = await importer(root, fixture('003_41bc7f651b9d5936.txt'));
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('ok, unchanged');
    expect(readFileSync(file, 'utf8')).toBe(mdx);
    const saved = JSON.parse(readFileSync(join(root, 'import-report.json'), 'utf8'));
    expect(saved.summary).toEqual({ sources: 1, imported: 0, unchanged: 1, refused: 0 });
    expect(saved.documents[0]).toMatchObject({ status: 'unchanged', symbol: 'A/RES/53/137', kind: 'resolution', fidelity: 100, missing: [] });
  }, 60_000);

  it('imports a folder, never stops at a bad document, and leaves no file for a refused one', async () => {
    const root = scratchFolder();
    const batch = join(scratchFolder(), 'batch');
    mkdirSync(join(batch, 'more'), { recursive: true });
    writeFileSync(join(batch, 'good.txt'), report('A/80/101', 'A report on a question'));
    writeFileSync(join(batch, 'more', 'twin.txt'), report('A/80/101', 'Another text that says it is the same document'));
    writeFileSync(join(batch, 'latin1.txt'), Buffer.from('General Assembly\nDistr.: General\nA/80/102\nR\xe9sum\xe9\n1. Text.\n', 'latin1'));
    writeFileSync(join(batch, 'word.txt'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0x41, 0x42]));
    writeFileSync(join(batch, 'bad-symbol.txt'), report('A/RES/../../x', 'A title'));
    writeFileSync(join(batch, 'notes.json'), '{}');
    const result = await importer(root, batch);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(result.stdout).toMatch(/\[1\/5\] .*bad-symbol\.txt → refused: bad-symbol\.txt: the masthead prints "A\/RES\/\.\.\/\.\.\/x", which is not a UN document symbol/);
    expect(result.stdout).toMatch(/\[2\/5\] .*good\.txt → content\/documents\/A\/80\/101\.mdx \(A\/80\/101, report, General Assembly, \d+ words, fidelity 100\.00 %\) ok/);
    expect(result.stdout).toMatch(/latin1\.txt → refused: latin1\.txt: found text that is not UTF-8: it looks like Latin-1 \/ Windows-1252: byte 0xE9/);
    expect(result.stdout).toMatch(/twin\.txt → refused: .*good\.txt in this batch has the same symbol and goes to content\/documents\/A\/80\/101\.mdx; import one of them/);
    expect(result.stdout).toMatch(/word\.txt → refused: word\.txt: this is a binary file/);
    expect(lines.at(-1)).toContain('5 source(s): 1 imported, 0 unchanged, 4 refused');
    expect(existsSync(join(root, 'content/documents/A/80/102.mdx'))).toBe(false);
    expect(existsSync(join(root, 'content/documents/A/RES.mdx'))).toBe(false);
    expect(readFileSync(join(root, 'content/documents/A/80/101.mdx'), 'utf8')).toContain('title: A report on a question');
    const saved = JSON.parse(readFileSync(join(root, 'import-report.json'), 'utf8'));
    expect(saved.documents.map((entry: { status: string }) => entry.status)).toEqual(['refused', 'imported', 'refused', 'refused', 'refused']);
  }, 60_000);

  it('takes from the catalogue record what the text does not state, and reports where they disagree', async () => {
    const root = scratchFolder();
    const batch = scratchFolder();
    const text = report('A/80/103', 'A title').replace('United Nations A/80/103\n', '');
    writeFileSync(join(batch, 'silent.txt'), text);
    writeFileSync(
      join(batch, 'silent.json'),
      JSON.stringify({ symbol: 'A/80/103', title: 'A catalogue title', date: '2025-03-04', url: 'https://undocs.org/A/80/103', body: 'General Assembly' }),
    );
    const result = await importer(root, batch, '--verbose');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('from the record: symbol, source.url');
    expect(result.stdout).toContain('title: the text says "A title", the record "A catalogue title" (the text\'s is kept)');
    expect(result.stdout).toContain('date: the text says "2025-03-03", the record "2025-03-04" (the text\'s is kept)');
    const mdx = readFileSync(join(root, 'content/documents/A/80/103.mdx'), 'utf8');
    expect(mdx).toContain('title: A title\n');
    expect(mdx).toContain('url: https://undocs.org/A/80/103\n');
    expect(mdx).toContain('fromRecord:\n    - symbol\n    - source.url\n');
  }, 60_000);

  it('publishes a document without symbol only when asked, and moves it once its symbol is given', async () => {
    const root = scratchFolder();
    const refused = await importer(root, fixture('000_d3404088f64735c6.txt'));
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("000_d3404088f64735c6.txt: the text does not state the document's own symbol.");

    const unnumbered = await importer(root, fixture('000_d3404088f64735c6.txt'), '--unnumbered');
    expect(unnumbered.code).toBe(0);
    const old = join(root, 'content/documents/unnumbered/general-assembly-1999-09-13-report.mdx');
    expect(existsSync(old)).toBe(true);

    const moved = await importer(root, fixture('000_d3404088f64735c6.txt'), '--symbol', 'A/54/999', '--force');
    expect(moved.code).toBe(0);
    expect(moved.stdout).toContain('moved from content/documents/unnumbered/general-assembly-1999-09-13-report.mdx, whose URL will redirect');
    expect(existsSync(old)).toBe(false);
    const mdx = readFileSync(join(root, 'content/documents/A/54/999.mdx'), 'utf8');
    expect(mdx).toMatch(/^symbol: A\/54\/999\nunnumberedId: general-assembly-1999-09-13-report\n/m);
  }, 60_000);

  it('says how to call it when a file is missing', async () => {
    const result = await importer(scratchFolder(), 'no-such-file.txt');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no-such-file.txt: no such file or folder');
    // Starting the importer's process alone can take over 5 s on a busy machine.
  }, 60_000);
});
