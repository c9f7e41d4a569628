import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { documentFiles, splitDocument } from '../../src/lib/document-file.ts';

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
