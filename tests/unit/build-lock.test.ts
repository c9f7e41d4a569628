import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuildLockedError, releaseBuildLock, takeBuildLock } from '../../src/build/integrations/build-lock.ts';

let folder = '';
let file = '';
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'un-docs-lock-'));
  file = join(folder, 'build.lock');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** The id of a process that has ended. */
function endedProcess(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

describe('the build lock', () => {
  it('holds the id of the build that took it, until it is released', () => {
    takeBuildLock(file);
    expect(readFileSync(file, 'utf8').trim()).toBe(String(process.pid));
    releaseBuildLock(file);
    expect(existsSync(file)).toBe(false);
  });

  it('refuses a second build while the first runs, naming its process and the file', () => {
    const other = process.ppid;
    writeFileSync(file, `${other}\n`);
    expect(() => takeBuildLock(file)).toThrow(BuildLockedError);
    expect(() => takeBuildLock(file)).toThrow(`another build of this project is running (process ${other}, which holds ${file})`);
    releaseBuildLock(file);
    expect(readFileSync(file, 'utf8').trim()).toBe(String(other));
  });

  it('takes over the lock of a build that was killed', () => {
    writeFileSync(file, `${endedProcess()}\n`);
    takeBuildLock(file);
    expect(readFileSync(file, 'utf8').trim()).toBe(String(process.pid));
    releaseBuildLock(file);
  });
});
