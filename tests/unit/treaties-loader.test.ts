import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { undecodableTreaties } from '../../src/build/loaders/treaties.ts';

describe('undecodableTreaties', () => {
  it('names each treaty file that is not UTF-8, and accepts one with a byte-order mark', () => {
    const folder = mkdtempSync(join(tmpdir(), 'un-docs-treaties-'));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    writeFileSync(join(folder, 'a.yaml'), Buffer.from('name: Convention sur les droits\nadopted: "1990-12-18"\nnote: Sécurité\n', 'latin1'));
    writeFileSync(join(folder, 'b.yaml'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('name: Sécurité\n')]));
    writeFileSync(join(folder, 'notes.txt'), Buffer.from([0xe9]));
    expect(undecodableTreaties(folder, (file) => relative(folder, file))).toEqual([
      'a.yaml: found text that is not UTF-8: it looks like Latin-1 / Windows-1252: byte 0xE9 ("é" in Windows-1252) at line 3; expected UTF-8: save the file as UTF-8 (iconv -f WINDOWS-1252 -t UTF-8 converts a Windows-1252 file)',
    ]);
    expect(undecodableTreaties(join(folder, 'missing'), (file) => file)).toEqual([]);
  });
});
