/**
 * The importer's fidelity measure: the share of the source's words that a reader finds, in the
 * same order, on the page. Words are compared after Unicode compatibility folding (so "¹" is
 * "1"), case folding, and splitting where an export glued words together ("NationsA/RES").
 */
import { diffArrays } from 'diff';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Formatting tags whose names are markup, not words of the text. */
const FORMATTING_TAG = /<\/?(?:i|b|em|strong|sup|sub|u|br)\s*\/?>/gi;

/** The words of a text, folded for comparison. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .replace(FORMATTING_TAG, ' ')
      // Exports glue fields together: "NationsA", "88General", "2001Fifty".
      .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
      .replace(/(\p{L})(\p{N})|(\p{N})(\p{L})/gu, (_m, l1, n1, n2, l2) => (l1 ? `${l1} ${n1}` : `${n2} ${l2}`))
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** How many words of `source` appear, in order, in `output` (their longest common subsequence). */
export function wordsInOrder(source: string[], output: string[]): number {
  return compareWords(source, output).found;
}

/** The words of `source` found in order in `output`, and the runs of those that are not. */
function compareWords(source: string[], output: string[]): { found: number; missing: string[] } {
  let found = 0;
  const missing: string[] = [];
  for (const change of diffArrays(source, output)) {
    if (change.added) continue;
    if (change.removed) missing.push(change.value.join(' '));
    else found += change.count ?? change.value.length;
  }
  return { found, missing };
}

interface MdastNode {
  type: string;
  value?: string;
  label?: string | null;
  ordered?: boolean | null;
  start?: number | null;
  children?: MdastNode[];
}

/** What a reader sees of an MDX body: the running text, and the footnotes apart. */
export interface VisibleText {
  body: string;
  footnotes: string;
}

/**
 * The text a reader sees of an MDX body, in reading order: paragraph numbers, text, footnote
 * marks with their source labels, table cells, the text inside kept elements; footnote texts apart, as the page
 * shows them apart. Code and expressions are not text: a source word missing here may mean an
 * escape failed.
 */
export function visibleText(mdx: string): VisibleText {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(mdx) as MdastNode;
  const body: string[] = [];
  const footnotes: string[] = [];
  const visit = (node: MdastNode, out: string[]): void => {
    if (node.type === 'text' || node.type === 'inlineCode') out.push(node.value ?? '');
    if (node.type === 'footnoteReference') out.push(` ${node.label ?? ''} `);
    if (node.type === 'footnoteDefinition') {
      footnotes.push(`\n${node.label ?? ''} `);
      node.children?.forEach((child) => visit(child, footnotes));
      return;
    }
    node.children?.forEach((child, index) => {
      if (node.type === 'list' && node.ordered) out.push(`${(node.start ?? 1) + index}. `);
      visit(child, out);
    });
    if (node.type === 'paragraph' || node.type === 'tableCell' || node.type === 'heading') out.push('\n');
  };
  visit(tree, body);
  return { body: body.join(''), footnotes: footnotes.join('') };
}

/** One part of the fidelity report. */
export interface FidelityPart {
  /** Words of the source in this part (residue excluded). */
  words: number;
  /** Of those, how many the output shows in order. */
  found: number;
  /** The runs of source words the output does not show, folded as compared. */
  missing: string[];
}

/** The fidelity report of one import. */
export interface Fidelity {
  /** Source lines the page renders from the frontmatter (masthead, adoption), matched line by line. */
  metadata: FidelityPart;
  /** Footnote lines, wherever the source put them, matched in order in the footnotes section. */
  footnotes: FidelityPart;
  /** The running text, matched as one sequence. */
  body: FidelityPart;
  /** Words of the dropped residue, listed apart and not counted. */
  droppedWords: number;
  /** found / words over the three parts, from 0 to 1. */
  share: number;
}

function matchLines(lines: string[], target: string[]): FidelityPart {
  return lines.reduce<FidelityPart>(
    (part, line) => {
      const lineWords = words(line);
      const { found, missing } = compareWords(lineWords, target);
      return { words: part.words + lineWords.length, found: part.found + found, missing: [...part.missing, ...missing] };
    },
    { words: 0, found: 0, missing: [] },
  );
}

/** The source's words, sorted by where the page shows them. */
export interface FidelityInput {
  /** Source lines the page renders from the frontmatter (masthead, adoption). */
  metadataLines: string[];
  /** Footnote lines. */
  footnoteLines: string[];
  /** The running text's lines. */
  bodyLines: string[];
  /** Masthead text no field explains, which the page shows at the top of the text. */
  unplaced: string[];
  /** The residue dropped, listed apart. */
  droppedLines: string[];
}

/** The words of a part of the source, and which of them the output shows in order. */
function matchSequence(lines: string[], target: string): FidelityPart {
  const source = words(lines.join('\n'));
  return { words: source.length, ...compareWords(source, words(target)) };
}

/**
 * Measures an import. Masthead lines are matched line by line in the masthead the page prints
 * (its fields in the page's own order); the footnotes, in order, in the footnotes section; the
 * running text, in order, in the text. The output is an MDX body, or a rendered page's text.
 */
export function measureFidelity(input: FidelityInput & { mastheadText: string } & ({ mdxBody: string } | { page: VisibleText })): Fidelity {
  const visible = 'page' in input ? input.page : visibleText(input.mdxBody);
  // A masthead line's footnote mark is shown as its note's label.
  const metadata = matchLines(input.metadataLines, words(`${input.mastheadText}\n${input.unplaced.join('\n')}\n${visible.footnotes}`));
  const footnotes = matchSequence(input.footnoteLines, visible.footnotes);
  const body = matchSequence([...input.unplaced, ...input.bodyLines], visible.body);
  const total = metadata.words + footnotes.words + body.words;
  return {
    metadata,
    footnotes,
    body,
    droppedWords: words(input.droppedLines.join('\n')).length,
    share: total === 0 ? 1 : (metadata.found + footnotes.found + body.found) / total,
  };
}
