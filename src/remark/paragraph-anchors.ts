/**
 * Remark plugin: gives the top-level blocks of a document body the anchors that
 * src/lib/document/paragraphs.ts decides, and prints each paragraph number as a link to itself so that a
 * reader can copy the address of "paragraph 6". It records the paragraphs it anchored for the
 * cite page (see CITABLE_PARAGRAPHS_KEY).
 */
import type { Data, Link, List, Root } from 'mdast';
import type { VFile } from 'vfile';
import { blockOf, CITABLE_PARAGRAPHS_KEY, citableParagraphs, paragraphAnchors } from '../lib/document/paragraphs.ts';

/** The class of a numbered-paragraph list, of its number links and of a resolution's opening phrase. */
const NUMBERED_CLASS = 'numbered-paragraphs';
const NUMBER_CLASS = 'paragraph-number';
const OPENING_CLASS = 'opening-phrase';

function setProperties(node: { data?: Data | undefined }, properties: Record<string, string | string[]>): void {
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, ...properties } };
}

/** Adds paragraph ids, heading ids and paragraph-number links to a body. */
export default function remarkParagraphAnchors() {
  return (tree: Root, file: VFile): void => {
    const source = String(file.value);
    const blocks = tree.children.map((node) => blockOf(node, source));
    const anchors = paragraphAnchors(blocks);
    // The renderer returns what a plugin adds to this frontmatter: the cite page reads it.
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, [CITABLE_PARAGRAPHS_KEY]: citableParagraphs(blocks, anchors) };
    tree.children.forEach((node, index) => {
      const anchor = anchors[index]!;
      switch (anchor.kind) {
        case 'opening':
          setProperties(node, { className: [OPENING_CLASS] });
          break;
        case 'paragraph':
        case 'heading':
          setProperties(node, { id: anchor.id });
          break;
        case 'numbered': {
          const list = node as List;
          setProperties(list, { className: [NUMBERED_CLASS] });
          list.children.forEach((item, i) => {
            const { id, number } = anchor.items[i]!;
            // `value` keeps the list's own numbering true where Markdown joined two lists.
            setProperties(item, { id, value: String(number) });
            const link: Link = {
              type: 'link',
              url: `#${id}`,
              children: [{ type: 'text', value: `${number}.` }],
              data: { hProperties: { className: [NUMBER_CLASS], ariaLabel: `Paragraph ${number}` } },
            };
            // Inside the first paragraph, the number stays on the line of the text it numbers
            // whatever the style sheet does with it.
            const first = item.children[0];
            if (first?.type === 'paragraph') first.children.unshift(link);
            else item.children.unshift({ type: 'paragraph', children: [link] });
          });
          break;
        }
        case 'none':
          break;
      }
    });
  };
}
