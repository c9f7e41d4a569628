/**
 * The plain text of every anchored place of a document body (numbered and unnumbered paragraphs,
 * headings, table rows), by anchor, read from the MDX source with the very functions the remark
 * plugins use to give those anchors. What a page links to as "#p3" is what is read here as "p3".
 */
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { tableRowAnchors } from './table-rows.ts';
import { bodyAnchors, textOf } from './paragraphs.ts';
import { bodyRows, firstCell } from '../../remark/table-row-anchors.ts';

/** One anchored place of a body. */
export interface AnchoredText {
  /** The id the page gives it: "p3", "pp1", "annex", "row-azerbaijan". */
  id: string;
  kind: 'numbered' | 'unnumbered' | 'heading' | 'row';
  /** Its text as a reader sees it, white space collapsed; a row's cells are separated by " | ". */
  text: string;
  /** The printed number of a numbered paragraph, or the count of an unnumbered one. */
  number?: number;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text of a table row, cell by cell. */
function rowText(row: Nodes): string {
  return 'children' in row ? row.children.map((cell) => clean(textOf(cell as Nodes))).join(' | ') : '';
}

/** The key under which the renderer records a body's anchored places in its plugins' frontmatter. */
export const ANCHORED_TEXT_KEY = 'anchoredText';

/** Every anchored place of an MDX body, in document order (see {@link anchoredTextsOfTree}). */
export function anchoredTexts(body: string): AnchoredText[] {
  return anchoredTextsOfTree(parser.parse(body) as Root, body);
}

/**
 * Every anchored place of a parsed body, `source` being the text it was parsed from, in document
 * order. Rows come after the paragraph their table follows, so that the order is the reading order.
 */
export function anchoredTextsOfTree(tree: Root, source: string): AnchoredText[] {
  const body = source;
  const anchors = bodyAnchors(tree.children, body);
  const rows = bodyRows(tree);
  const ids = tableRowAnchors(rows.map(firstCell));
  const rowIds = new Map(rows.map((row, index) => [row, ids[index]!]));
  const places: AnchoredText[] = [];
  tree.children.forEach((node, index) => {
    const anchor = anchors[index]!;
    if (anchor.kind === 'paragraph') {
      places.push({ id: anchor.id, kind: 'unnumbered', text: clean(textOf(node)), number: Number(anchor.id.replace(/\D/g, '')) });
    } else if (anchor.kind === 'heading') {
      places.push({ id: anchor.id, kind: 'heading', text: clean(textOf(node)) });
    } else if (anchor.kind === 'numbered' && node.type === 'list') {
      anchor.items.forEach(({ id, number }, i) => {
        places.push({ id, kind: 'numbered', text: clean(textOf(node.children[i]!)), number });
      });
    }
    for (const row of bodyRows(node)) places.push({ id: rowIds.get(row)!, kind: 'row', text: rowText(row) });
  });
  return places;
}
