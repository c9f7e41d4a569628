/**
 * Which paragraph of a document body gets which anchor. UN texts are cited by paragraph
 * ("A/RES/53/137, para. 6"), so every numbered paragraph gets a stable id built from its printed
 * number, and every unnumbered one (a resolution's preamble, an introduction) an id counting them.
 * The remark plugin src/remark/paragraph-anchors.ts applies what this module decides.
 */
import GithubSlugger from 'github-slugger';
import type { List, Nodes, RootContent } from 'mdast';

/** A top-level block of a body, reduced to what decides its anchor. */
export type Block =
  | { kind: 'paragraph'; text: string }
  /** A list of numbered paragraphs with the number each one prints. */
  | { kind: 'numbered'; numbers: number[] }
  | { kind: 'heading'; text: string }
  | { kind: 'other' };

/** The anchor of one block, in the order of the blocks given. */
export type BlockAnchor =
  /** The opening phrase of a resolution, "The General Assembly,": no paragraph of its own. */
  | { kind: 'opening' }
  | { kind: 'paragraph'; id: string }
  | { kind: 'numbered'; items: { id: string; number: number }[] }
  | { kind: 'heading'; id: string }
  | { kind: 'none' };

/** The phrase a resolution opens with: "The General Assembly,", "The Commission on Human Rights,". */
const OPENING_PHRASE = /^The [A-Z][A-Za-z ]+,$/;

/**
 * The number a list item prints, read from the source at the item's start: "6. Takes note" → 6.
 * Markdown joins "1." "2." and a later "6." into one list numbered 1, 2, 3; the printed number is
 * the one a citation uses. Undefined when the text there does not start with a number.
 */
export function printedNumber(source: string, offset: number): number | undefined {
  const match = /^\s*(\d+)[.)]/.exec(source.slice(offset, offset + 24));
  return match ? Number(match[1]) : undefined;
}

/**
 * The anchors of a body's top-level blocks:
 * - a numbered paragraph gets `p{n}`, n its printed number. Under a heading whose first number
 *   was printed before (an annex that restarts at 1), every number carries the heading's slug,
 *   `annex-p1`, so that ids stay unique and still say which paragraph 1 is meant;
 * - an unnumbered paragraph gets `pp{k}`, k counting them from 1, except the opening phrase of a
 *   resolution before its first numbered paragraph, which is not a paragraph of the text;
 * - a heading gets its GitHub-style slug.
 */
export function paragraphAnchors(blocks: Block[]): BlockAnchor[] {
  const slugger = new GithubSlugger();
  const used = new Set<string>();
  let unnumbered = 0;
  let seenNumbered = false;
  let section: string | undefined;
  /** Whether the numbering restarted under the current heading; undefined until it numbers one. */
  let restarted: boolean | undefined;

  const unique = (id: string): string => {
    let candidate = id;
    for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
    used.add(candidate);
    return candidate;
  };

  return blocks.map((block): BlockAnchor => {
    switch (block.kind) {
      case 'paragraph':
        if (!seenNumbered && OPENING_PHRASE.test(block.text.trim())) return { kind: 'opening' };
        unnumbered += 1;
        return { kind: 'paragraph', id: unique(`pp${unnumbered}`) };
      case 'numbered':
        seenNumbered = true;
        return {
          kind: 'numbered',
          items: block.numbers.map((number) => {
            // The first numbered paragraph under a heading decides for the whole section.
            restarted ??= section !== undefined && used.has(`p${number}`);
            return { id: unique(restarted ? `${section}-p${number}` : `p${number}`), number };
          }),
        };
      case 'heading':
        section = unique(slugger.slug(block.text));
        restarted = undefined;
        return { kind: 'heading', id: section };
      case 'other':
        return { kind: 'none' };
    }
  });
}

/** The plain text of an mdast node, as a reader sees it. */
export function textOf(node: Nodes): string {
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map((child) => textOf(child as Nodes)).join('');
  return '';
}

/**
 * The numbers a list's items print: read from the source where the parser kept positions,
 * otherwise counted from the list's start as Markdown does.
 */
function numbersOf(list: List, source: string): number[] {
  const start = list.start ?? 1;
  return list.children.map((item, index) => {
    const offset = item.position?.start.offset;
    return (offset === undefined ? undefined : printedNumber(source, offset)) ?? start + index;
  });
}

/** A top-level node of a parsed body as a block, `source` being the text it was parsed from. */
export function blockOf(node: RootContent, source: string): Block {
  if (node.type === 'paragraph') return { kind: 'paragraph', text: textOf(node) };
  if (node.type === 'heading') return { kind: 'heading', text: textOf(node) };
  if (node.type === 'list' && node.ordered) return { kind: 'numbered', numbers: numbersOf(node, source) };
  return { kind: 'other' };
}

/**
 * The anchors of the top-level nodes of a parsed body: the one computation behind both the ids
 * the page gets (src/remark/paragraph-anchors.ts) and the places citations point to.
 */
export function bodyAnchors(nodes: RootContent[], source: string): BlockAnchor[] {
  return paragraphAnchors(nodes.map((node) => blockOf(node, source)));
}
