import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recoverKilledBuild } from '../../src/build/integrations/last-good-output.ts';

let root = '';
const dist = () => join(root, 'dist');
const kept = () => join(root, 'cache', 'last-good');
const trash = () => join(root, 'cache', 'trash');
const write = (file: string, text: string) => {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'un-docs-last-good-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the last good output', () => {
  it('is put back when a build was killed before it ended, its half-written output thrown away', () => {
    write(join(dist(), 'A/RES/1/index.html'), 'half written');
    write(join(kept(), 'A/RES/1/index.html'), 'last good');
    expect(recoverKilledBuild(dist(), kept(), trash())).toBe(true);
    expect(readFileSync(join(dist(), 'A/RES/1/index.html'), 'utf8')).toBe('last good');
    expect(existsSync(kept())).toBe(false);
    expect(statSync(trash()).isDirectory()).toBe(true);
  });

  it('is left alone when the last build ended', () => {
    write(join(dist(), 'index.html'), 'built');
    expect(recoverKilledBuild(dist(), kept(), trash())).toBe(false);
    expect(readFileSync(join(dist(), 'index.html'), 'utf8')).toBe('built');
  });
});
