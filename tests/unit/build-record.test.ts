import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readRecord, writeRecord } from '../../src/build/cache/build-record.ts';

let folder = '';
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'un-docs-record-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('build records', () => {
  it('reads back what was written, making the folder, and leaves no file beside it', () => {
    const file = join(folder, 'cache', 'ledger.json');
    writeRecord(file, { code: 'abc', outputs: { 'page /A/RES/53/137/': { fingerprint: 'f', files: ['A/RES/53/137/index.html'] } } });
    expect(readRecord(file)).toEqual({ code: 'abc', outputs: { 'page /A/RES/53/137/': { fingerprint: 'f', files: ['A/RES/53/137/index.html'] } } });
    expect(readdirSync(join(folder, 'cache'))).toEqual(['ledger.json']);
  });

  it('reads nothing from a file that is absent or cut short, so that the build makes everything', () => {
    expect(readRecord(join(folder, 'none.json'))).toBeUndefined();
    writeFileSync(join(folder, 'cut.json'), '{"code": "ab');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(readRecord(join(folder, 'cut.json'))).toBeUndefined();
    // One line naming the file, for a cut-short file only.
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toMatch(/cut\.json: a build cache file that does not parse .*made again$/);
    warn.mockRestore();
    expect(existsSync(join(folder, 'none.json'))).toBe(false);
  });
});
