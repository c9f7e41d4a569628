/**
 * Records the text of every anchored place of a body (paragraphs, headings, table rows) in the
 * frontmatter the renderer returns, read from the tree before any plugin adds links or marks, so
 * that the treaty verifier and the State pages read what each anchor holds without parsing any
 * body a second time.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { ANCHORED_TEXT_KEY, anchoredTextsOfTree } from '../lib/document/anchored-text.ts';

/** remark plugin: `frontmatter.anchoredText` = the body's anchored places. */
export default function remarkRecordAnchoredText() {
  return (tree: Root, file: VFile) => {
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    (astro.frontmatter ??= {})[ANCHORED_TEXT_KEY] = anchoredTextsOfTree(tree, String(file.value));
  };
}
