import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/lib/document/render-body.ts';

const render = (body: string) => renderBody(body, { path: 'content/documents/A/1.mdx', frontmatter: {}, isInCollection: () => false, base: '/' });

describe('renderBody', () => {
  it('renders a body as the site shows it: anchored paragraphs, source footnotes, tables, <sup>', async () => {
    const { html } = await render('The General Assembly,\n\nRecalling,[^1]\n\n6. *Takes note*;\n\n| A | B |\n| - | - |\n| x | 1 <sup>a</sup> |\n\n[^1]: A/53/230.\n');
    expect(html).toContain('<p class="opening-phrase">The General Assembly,</p>');
    expect(html).toContain('<p id="pp1">Recalling,<sup class="footnote-ref"><a href="#fn-1" id="fnref-1"');
    expect(html).toContain('<li id="p6" value="6">');
    expect(html).toContain('<td>1 <sup>a</sup></td>');
    expect(html).toContain('id="fn-1"');
  });

  it('links a document of the collection under the base, and records which answers it used', async () => {
    const rendered = await renderBody('1. See A/RES/53/137 and A/54/150.\n', {
      path: 'content/documents/A/1.mdx',
      frontmatter: { body: 'General Assembly', type: 'report' },
      isInCollection: (symbol) => symbol === 'A/RES/53/137',
      base: '/un-docs/',
    });
    expect(rendered.html).toContain('<a href="/un-docs/A/RES/53/137/" class="xref">A/RES/53/137</a>');
    expect(rendered.html).toContain('<a href="https://undocs.org/A/54/150"');
    expect(rendered.collectionAnswers).toEqual({ 'A/RES/53/137': true, 'A/54/150': false });
  });

  it.each([
    ['<script>alert(1)</script>', 'content/documents/A/1.mdx:3:1: the element <script> is not allowed in a document body'],
    ['<sup class="x">a</sup>', 'content/documents/A/1.mdx:3:1: the element <sup> with attributes is not allowed in a document body'],
    ['{process.exit(1)}', 'content/documents/A/1.mdx:3:1: an expression in braces is not allowed in a document body'],
    ['import x from "y"', 'content/documents/A/1.mdx:3:1: an import or export is not allowed in a document body'],
  ])('refuses %s, naming the file and line', async (mdx, message) => {
    await expect(render(`\n\n${mdx}\n`)).rejects.toThrowError(message);
  });
});
