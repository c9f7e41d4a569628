import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { CITABLE_PARAGRAPHS_KEY } from '../../src/lib/document/paragraphs.ts';
import remarkCiteLinks from '../../src/remark/cite-links.ts';
import remarkParagraphAnchors from '../../src/remark/paragraph-anchors.ts';

/** Renders a body as Astro's MDX pipeline hands it over: with its frontmatter in file.data.astro. */
async function render(markdown: string, type: string) {
  const file = new VFile({ value: markdown, data: { astro: { frontmatter: { type } } } });
  const html = String(await unified().use(remarkParse).use(remarkGfm).use([remarkParagraphAnchors, remarkCiteLinks]).use(remarkRehype).use(rehypeStringify).process(file));
  return { html, frontmatter: (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter };
}

const cite = (id: string, label: string) => `<a href="cite/#${id}" class="paragraph-cite" aria-label="Cite ${label}">cite</a>`;

describe('the cite links of a body', () => {
  it('follow every preambular and numbered paragraph of a resolution', async () => {
    const { html } = await render('The General Assembly,\n\nRecalling its resolution,\n\n1. Decides;\n', 'resolution');
    expect(html).toContain('<p class="opening-phrase">The General Assembly,</p>');
    expect(html).toContain(`<p id="pp1">Recalling its resolution, ${cite('pp1', 'preambular paragraph 1')}</p>`);
    expect(html).toContain(`Decides; ${cite('p1', 'paragraph 1')}</li>`);
  });

  it('name an unnumbered paragraph of a report as such', async () => {
    const { html } = await render('1. Text.\n\n## Annex\n\n(as of 6 December 2001)\n', 'report');
    expect(html).toContain(`<p id="pp1">(as of 6 December 2001) ${cite('pp1', 'annex, unnumbered paragraph 1')}</p>`);
  });

  it('come from the paragraphs the anchors recorded in the frontmatter, keeping what was there', async () => {
    const { frontmatter } = await render('Intro.\n\n1. Text.\n', 'report');
    expect(frontmatter.type).toBe('report');
    expect(frontmatter[CITABLE_PARAGRAPHS_KEY]).toEqual([
      { id: 'pp1', unnumbered: 1, beforeNumbered: true, excerpt: 'Intro.' },
      { id: 'p1', number: 1, beforeNumbered: false, excerpt: 'Text.' },
    ]);
  });
});
