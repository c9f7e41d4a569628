/**
 * Remark plugin, run after the paragraph anchors: puts a small "cite" link in every citable
 * paragraph, leading to that paragraph's block on the document's cite page (cite/#p4), where
 * its citation in every style can be copied. The link is relative, so that it holds under any
 * base path the site is deployed at.
 */
import type { Link, Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import type { DocumentData } from '../schemas/document.ts';
import { paragraphLabel } from '../lib/citation/forms.ts';
import { CITE_PAGE } from '../lib/citation/paths.ts';
import { CITABLE_PARAGRAPHS_KEY, type CitableParagraph } from '../lib/document/paragraphs.ts';

/** The class of the links, for the style sheet. */
const CITE_LINK_CLASS = 'paragraph-cite';

/** The id an mdast node will render with, set by the paragraph anchors. */
function idOf(node: { data?: { hProperties?: Record<string, unknown> } }): unknown {
  return node.data?.hProperties?.id;
}

/** Adds a "cite" link to each paragraph the anchors plugin recorded as citable. */
export default function remarkCiteLinks() {
  return (tree: Root, file: VFile): void => {
    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
    const recorded = (frontmatter[CITABLE_PARAGRAPHS_KEY] ?? []) as CitableParagraph[];
    const citable = new Map(recorded.map((paragraph) => [paragraph.id, paragraph]));
    const type = { type: frontmatter.type as DocumentData['type'] };
    const addLink = (paragraph: Paragraph, id: string): void => {
      const cited = citable.get(id)!;
      const link: Link = {
        type: 'link',
        url: `${CITE_PAGE}#${id}`,
        children: [{ type: 'text', value: 'cite' }],
        data: { hProperties: { className: [CITE_LINK_CLASS], ariaLabel: `Cite ${paragraphLabel(type, cited).toLowerCase()}` } },
      };
      paragraph.children.push({ type: 'text', value: ' ' }, link);
    };
    for (const node of tree.children) {
      const id = idOf(node);
      if (node.type === 'paragraph' && typeof id === 'string' && citable.has(id)) addLink(node, id);
      if (node.type === 'list') {
        for (const item of node.children) {
          const itemId = idOf(item);
          const first = item.children[0];
          if (typeof itemId === 'string' && citable.has(itemId) && first?.type === 'paragraph') addLink(first, itemId);
        }
      }
    }
  };
}
