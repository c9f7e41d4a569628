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
  /** A list of numbered paragraphs with the number each one prints and, for citing, their texts. */
  | { kind: 'numbered'; numbers: number[]; texts?: string[] }
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
  if (node.type === 'list' && node.ordered) {
    return { kind: 'numbered', numbers: numbersOf(node, source), texts: node.children.map((item) => textOf(item)) };
  }
  return { kind: 'other' };
}

/**
 * The anchors of the top-level nodes of a parsed body: the one computation behind both the ids
 * the page gets (src/remark/paragraph-anchors.ts) and the places citations point to.
 */
export function bodyAnchors(nodes: RootContent[], source: string): BlockAnchor[] {
  return paragraphAnchors(nodes.map((node) => blockOf(node, source)));
}

/** A paragraph a citation can point to: what the cite page lists and the citation forms name. */
export interface CitableParagraph {
  /** The paragraph's anchor: "p6", "pp2", "annex-p1". */
  id: string;
  /** The number the source prints; absent for an unnumbered paragraph. */
  number?: number;
  /** For an unnumbered paragraph, k of its anchor pp{k}: the count of unnumbered paragraphs so far. */
  unnumbered?: number;
  /** True when no numbered paragraph comes before it: in a resolution, the preamble. */
  beforeNumbered: boolean;
  /** The heading it stands under, as printed, when there is one. */
  heading?: string;
  /** The annex it belongs to, as its heading prints it ("Annex", "Annex II"), when it is in one. */
  annex?: string;
  /** Its first words, so that a reader recognises it in a list. */
  excerpt: string;
}

/**
 * The key under which the remark plugin records a body's citable paragraphs in the frontmatter
 * the renderer hands back (`remarkPluginFrontmatter`), so that the cite page lists the
 * paragraphs the document page anchored, computed once by the same code.
 */
export const CITABLE_PARAGRAPHS_KEY = 'citableParagraphs';

/** A heading that opens an annex: "Annex", "ANNEX II". */
const ANNEX_HEADING = /^annex(?:\s+[IVXLC]+)?$/i;

/** The words an excerpt keeps. */
const EXCERPT_WORDS = 12;

/** The first words of a text, with "…" when it goes on. */
export function excerpt(text: string, words = EXCERPT_WORDS): string {
  const all = text.trim().split(/\s+/).filter(Boolean);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}

/**
 * The citable paragraphs of a body, in order, from its blocks and the anchors
 * {@link paragraphAnchors} gave them: every numbered and unnumbered paragraph with an id.
 */
export function citableParagraphs(blocks: Block[], anchors: BlockAnchor[]): CitableParagraph[] {
  const paragraphs: CitableParagraph[] = [];
  let heading: string | undefined;
  let annex: string | undefined;
  let beforeNumbered = true;
  let unnumbered = 0;
  const place = () => ({ beforeNumbered, ...(heading ? { heading } : {}), ...(annex ? { annex } : {}) });
  blocks.forEach((block, index) => {
    const anchor = anchors[index];
    if (block.kind === 'heading') {
      heading = block.text.trim();
      if (ANNEX_HEADING.test(heading)) annex = heading;
    } else if (block.kind === 'paragraph' && anchor?.kind === 'paragraph') {
      unnumbered += 1;
      paragraphs.push({ id: anchor.id, unnumbered, ...place(), excerpt: excerpt(block.text) });
    } else if (block.kind === 'numbered' && anchor?.kind === 'numbered') {
      beforeNumbered = false;
      anchor.items.forEach(({ id, number }, i) => {
        paragraphs.push({ id, number, ...place(), excerpt: excerpt(block.texts?.[i] ?? '') });
      });
    }
  });
  return paragraphs;
}
