import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { decodeDocument, DocumentFileError, splitDocument } from '../../src/lib/document/document-file.ts';
import { documentFiles, misnamedDocumentFiles } from '../../src/build/folder-files.ts';
import { thrown } from './helpers.ts';

describe('splitDocument', () => {
  it('reads the frontmatter as Astro does and keeps the body on its own line numbers', () => {
    const { frontmatter, body } = splitDocument('---\nsymbol: A/RES/53/137\ndate: 1999-03-01\n---\n\nText\n', 'x.mdx');
    expect(frontmatter).toEqual({ symbol: 'A/RES/53/137', date: new Date('1999-03-01T00:00:00Z') });
    expect(body.split('\n')[5]).toBe('Text');
  });

  it.each([
    ['Text only', 'x.mdx: found no frontmatter, expected the file to start with a "---" block'],
    ['---\n- a list\n---\n', 'x.mdx: found a frontmatter that is not a set of fields, expected "field: value" lines'],
    ['---\ntitle: ok\nbody: a: b\n---\n', /^x\.mdx:3: found invalid YAML in the frontmatter, expected "field: value" lines \(/],
  ])('refuses %j', (text, message) => {
    expect(() => splitDocument(text, 'x.mdx')).toThrowError(message);
  });
});

describe('documentFiles', () => {
  it('lists the .mdx files under a folder, sorted, by "/" paths', () => {
    const folder = mkdtempSync(join(tmpdir(), 'un-docs-files-'));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    mkdirSync(join(folder, 'A/RES/53'), { recursive: true });
    writeFileSync(join(folder, 'A/RES/53/137.mdx'), '');
    writeFileSync(join(folder, 'A/54.mdx'), '');
    writeFileSync(join(folder, 'notes.txt'), '');
    expect(documentFiles(folder)).toEqual(['A/54.mdx', 'A/RES/53/137.mdx']);
    expect(documentFiles(join(folder, 'missing'))).toEqual([]);
  });
});

describe('decodeDocument', () => {
  const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

  it('reads UTF-8, and drops a byte-order mark', () => {
    expect(decodeDocument(bytes('---\ntitle: Résolution\n---\n'), 'x.mdx')).toBe('---\ntitle: Résolution\n---\n');
    const text = decodeDocument(bytes([0xef, 0xbb, 0xbf], '---\ntitle: x\n---\n'), 'x.mdx');
    expect(text).toBe('---\ntitle: x\n---\n');
    expect(splitDocument(text, 'x.mdx').frontmatter).toEqual({ title: 'x' });
  });

  it.each([
    [
      'Latin-1 / Windows-1252',
      bytes('---\ntitle: R', [0xe9], 'solution\n---\n'),
      'x.mdx: found text that is not UTF-8: it looks like Latin-1 / Windows-1252: byte 0xE9 ("é" in Windows-1252) at line 2; expected UTF-8: save the file as UTF-8 (iconv -f WINDOWS-1252 -t UTF-8 converts a Windows-1252 file)',
    ],
    [
      'Windows-1252 quotes',
      bytes('---\n---\n\n', [0x93], 'Welcomes', [0x94]),
      'x.mdx: found text that is not UTF-8: it looks like Latin-1 / Windows-1252: byte 0x93 ("“" in Windows-1252) at line 4; expected UTF-8: save the file as UTF-8 (iconv -f WINDOWS-1252 -t UTF-8 converts a Windows-1252 file)',
    ],
    [
      'another 8-bit encoding',
      bytes('---\n', [0x81], '\n'),
      'x.mdx: found text that is not UTF-8: it is in an 8-bit encoding other than Windows-1252: byte 0x81 at line 2; expected UTF-8: save the file as UTF-8 (iconv -f WINDOWS-1252 -t UTF-8 converts a Windows-1252 file)',
    ],
    [
      'UTF-16',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('---\n', 'utf16le')]),
      'x.mdx: found text that is not UTF-8: it looks like UTF-16 (it starts with a UTF-16 byte-order mark); expected UTF-8: save the file as UTF-8 (iconv -f WINDOWS-1252 -t UTF-8 converts a Windows-1252 file)',
    ],
  ])('refuses %s, naming the encoding found', (_name, input, message) => {
    const error = thrown(() => decodeDocument(input, 'x.mdx'));
    expect(error).toBeInstanceOf(DocumentFileError);
    expect(error.message).toBe(message);
  });
});

describe('misnamedDocumentFiles', () => {
  it('names each Markdown file among the documents, with the fix', () => {
    const folder = mkdtempSync(join(tmpdir(), 'un-docs-files-'));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    mkdirSync(join(folder, 'A/RES/53'), { recursive: true });
    writeFileSync(join(folder, 'A/RES/53/137.md'), '');
    writeFileSync(join(folder, 'A/RES/53/138.mdx'), '');
    writeFileSync(join(folder, 'notes.txt'), '');
    expect(misnamedDocumentFiles(folder, (name) => `content/documents/${name}`)).toEqual([
      'content/documents/A/RES/53/137.md: found a Markdown file where documents are MDX files, expected content/documents/A/RES/53/137.mdx: rename it to .mdx',
    ]);
  });
});
