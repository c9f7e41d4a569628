import { describe, expect, it } from 'vitest';
import { escapeLineStart, sourceTextToMdx } from '../../../src/lib/import/escape.ts';
import { visibleText } from '../../../src/lib/import/fidelity.ts';
import { importDocument } from '../../../src/lib/import/index.ts';

/** What a reader sees of one source line once it is MDX. */
const shown = (line: string) => visibleText(escapeLineStart(sourceTextToMdx(line))).body.trim();

describe('source text that MDX would execute or misparse comes out as the same visible text', () => {
  it.each([
    '<script>alert("x")</script>',
    '<img src=x onerror=alert(1)>',
    '{process.exit(1)} and {/* comment */}',
    'import fs from "node:fs"',
    'export const leaked = 1',
    '1999. A year that is not paragraph 1999',
    '# not a heading',
    '> not a quote',
    '- not a list',
    '--- not a rule',
    'AT&T, &amp; and &#60;',
    '[not a link](javascript:alert(1))',
    '~~not struck~~',
    'a | pipe and a \\ backslash',
    'Text with <Component prop={1} /> inside',
  ])('%s', (line) => {
    expect(shown(line)).toBe(line);
  });
});

describe('formatting fragments of the sources', () => {
  it.each([
    ['<i>Name of member</i>', '*Name of member*'],
    ['<b>bold</b>', '**bold**'],
    ['11 January 1999 <sup>a</sup>', '11 January 1999 <sup>a</sup>'],
    ['see <http://untreaty.un.org>.', 'see [http://untreaty.un.org](http://untreaty.un.org).'],
    ['<sup onclick="x">a</sup>', '\\<sup onclick="x"\\>a\\</sup\\>'],
  ])('%s → %s', (source, mdx) => {
    expect(sourceTextToMdx(source)).toBe(mdx);
  });
});

describe('a hostile raw file', () => {
  const hostile = [
    'General Assembly',
    'Distr.: General',
    '1 January 2020',
    'A/75/999',
    'Original: English',
    'Seventy-fifth session',
    'Item 1 of the provisional agenda',
    'A title with <b onmouseover="x">markup</b>',
    'Report of the Secretary-General',
    '1. The text holds <script>alert(1)</script> and {globalThis.x = 1}.',
    'import evil from "evil"',
    '2. Second paragraph.',
  ].join('\n\n');

  it('imports as visible text, never as markup or code', () => {
    const result = importDocument(hostile, { fileName: 'hostile.txt' });
    expect(result.fidelity.share).toBe(1);
    expect(result.mdx).toContain('1. The text holds \\<script\\>alert(1)\\</script\\> and \\{globalThis.x = 1\\}.');
    expect(result.mdx).toContain('&#105;mport evil from "evil"');
    expect(result.mdx).not.toMatch(/(?<!\\)<script/);
  });
});
