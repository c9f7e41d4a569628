import { describe, expect, it } from 'vitest';
import remarkSourceFootnotes from '../../src/remark/source-footnotes.ts';
import { renderMarkdown } from './remark-plugins.ts';

const render = (markdown: string) => renderMarkdown(markdown, [remarkSourceFootnotes]);

/** The part of the HTML between two strings, to compare one element at a time. */
function between(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  return from < 0 ? '' : html.slice(from, html.indexOf(end, from) + end.length);
}

// Footnote 2 of A/RES/53/137: its definition survives, its mark in the text was lost.
const RESOLUTION = `Human Rights,[^1] the Covenants, Racial Discrimination,[^3] and again[^1]

6. *Takes note* of the report,[^7] and requests him

[^1]: Resolution 217 A (III).

[^2]: Resolution 2200 A (XXI), annex.

[^3]: Resolution 2106 A (XX), annex.

[^7]: A/53/230.
`;

describe('remarkSourceFootnotes', () => {
  it.each<[string, string]>([
    ['1', '<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" aria-label="Footnote 1">1</a></sup>'],
    ['1 (again)', '<sup class="footnote-ref"><a href="#fn-1" id="fnref-1-2" aria-label="Footnote 1">1</a></sup>'],
    ['3', '<sup class="footnote-ref"><a href="#fn-3" id="fnref-3" aria-label="Footnote 3">3</a></sup>'],
    ['7', '<sup class="footnote-ref"><a href="#fn-7" id="fnref-7" aria-label="Footnote 7">7</a></sup>'],
  ])('prints the reference to footnote %s with its source label', async (_label, reference) => {
    expect(await render(RESOLUTION)).toContain(reference);
  });

  it.each<[string, string]>([
    [
      'fn-1',
      '<li id="fn-1"><span class="footnote-label">1</span><p>Resolution 217 A (III).<span> <a href="#fnref-1" class="footnote-back" aria-label="Back to reference 1 of footnote 1">↩\uFE0E1</a> <a href="#fnref-1-2" class="footnote-back" aria-label="Back to reference 2 of footnote 1">↩\uFE0E2</a></span></p></li>',
    ],
    [
      'fn-2',
      '<li id="fn-2"><span class="footnote-label">2</span><p>Resolution 2200 A (XXI), annex.<span> <span class="footnote-unmarked">(not marked in the text)</span></span></p></li>',
    ],
    [
      'fn-7',
      '<li id="fn-7"><span class="footnote-label">7</span><p>A/53/230.<span> <a href="#fnref-7" class="footnote-back" aria-label="Back to the text of footnote 7">↩\uFE0E</a></span></p></li>',
    ],
  ])('prints the note %s, referenced or not, with its label and back links', async (id, item) => {
    expect(between(await render(RESOLUTION), `<li id="${id}">`, '</li>')).toBe(item);
  });

  it('keeps every note, in the order the source defines them, in one section at the end', async () => {
    const html = await render(RESOLUTION);
    expect([...html.matchAll(/<li id="(fn-[^"]+)">/g)].map((match) => match[1])).toEqual(['fn-1', 'fn-2', 'fn-3', 'fn-7']);
    expect(html.match(/<section/g)).toHaveLength(1);
    expect(html.trimEnd().endsWith('</section>')).toBe(true);
    expect(html).toContain('<section class="footnotes" aria-label="Footnotes"><ol>');
  });

  it('leaves nothing for GFM to render as its own footnotes', async () => {
    const html = await render(RESOLUTION);
    expect(html).not.toContain('data-footnote');
    expect(html).not.toContain('user-content');
    expect(html).not.toContain('[^');
  });

  it.each<[string, string, string[]]>([
    ['a star', 'Item 117 (a) of the provisional agenda[^*]\n\n[^*]: A/54/150.\n', ['href="#fn-star" id="fnref-star"', '<li id="fn-star"><span class="footnote-label">*</span>']],
    ['a letter, in a table cell', '| State | Date |\n| --- | --- |\n| Azerbaijan | 11 January 1999[^a] |\n\n[^a]: Accession.\n', ['<td>11 January 1999<sup class="footnote-ref"><a href="#fn-a" id="fnref-a"', '<li id="fn-a"><span class="footnote-label">a</span>']],
    ['a note written before its reference', '[^5]: Resolution 44/25, annex.\n\nthe Child,[^5]\n', ['<p>the Child,<sup class="footnote-ref"><a href="#fn-5" id="fnref-5"', '<li id="fn-5">']],
  ])('handles %s', async (_name, markdown, fragments) => {
    const html = await render(markdown);
    for (const fragment of fragments) expect(html).toContain(fragment);
  });

  it('renders a body without notes unchanged', async () => {
    expect(await render('1. Decides to remain seized of the matter.\n')).toBe('<ol>\n<li>Decides to remain seized of the matter.</li>\n</ol>');
  });

  it('refuses a note defined twice, naming its mark', async () => {
    await expect(render('Text[^1]\n\n[^1]: First.\n\n[^1]: Second.\n')).rejects.toThrow(
      'footnote "1" is defined twice; expected each footnote mark once, as the source prints it',
    );
  });
});
