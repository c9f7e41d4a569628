import { describe, expect, it } from 'vitest';
import remarkParagraphAnchors from '../../src/remark/paragraph-anchors.ts';
import { renderMarkdown } from './remark-plugins.ts';

const render = (markdown: string) => renderMarkdown(markdown, [remarkParagraphAnchors]);

const number = (n: number, id = `p${n}`) => `<a href="#${id}" class="paragraph-number" aria-label="Paragraph ${n}">${n}.</a>`;

describe('remarkParagraphAnchors', () => {
  it.each<[string, string, string]>([
    ['the opening phrase of a resolution', 'The General Assembly,\n\nReaffirming,\n\n1. Decides;\n', '<p class="opening-phrase">The General Assembly,</p>\n<p id="pp1">Reaffirming,</p>'],
    ['a tight list', '1. Welcomes;\n2. Decides.\n', `<ol class="numbered-paragraphs">\n<li id="p1" value="1">${number(1)}Welcomes;</li>\n<li id="p2" value="2">${number(2)}Decides.</li>\n</ol>`],
    ['a list that starts at 6', 'Text.\n\n6. Takes note;\n', `<ol start="6" class="numbered-paragraphs">\n<li id="p6" value="6">${number(6)}Takes note;</li>\n</ol>`],
    // CommonMark joins "2." and a following "6." into one list numbered 1, 2, 3: the source's number wins.
    ['paragraphs 1, 2 and 6 that Markdown joins into one list', '1. One;\n2. Two;\n\n6. Six;\n', `<li id="p6" value="6">\n<p>${number(6)}Six;</p>\n</li>`],
    ['a heading', '## Annex\n\n(as of 6 December 2001)\n', '<h2 id="annex">Annex</h2>\n<p id="pp1">(as of 6 December 2001)</p>'],
    ['an annex that restarts at 1', '1. Report.\n\n## Annex\n\n1. Annex text.\n', `<li id="annex-p1" value="1">${number(1, 'annex-p1')}Annex text.</li>`],
  ])('anchors %s', async (_name, markdown, html) => {
    expect(await render(markdown)).toContain(html);
  });

  it('numbers nothing inside a numbered paragraph', async () => {
    const html = await render('1. Requests:\n\n   (a) a report;\n\n   More text.\n');
    expect(html.match(/id="/g)).toHaveLength(1);
  });
});
