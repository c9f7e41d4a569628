/**
 * The remark plugins every document body goes through, in order: one list, for the content
 * loader's renderer (src/lib/document/render-body.ts) and the tests. GFM (tables, footnotes) runs before
 * them: they need its nodes.
 */
import { existsSync } from 'node:fs';
import type { PluggableList } from 'unified';
import { documentFile } from '../lib/document/documents.ts';
import remarkCrossReferences from './cross-references.ts';
import remarkCiteLinks from './cite-links.ts';
import remarkParagraphAnchors from './paragraph-anchors.ts';
import remarkRecordAnchoredText from './record-anchored-text.ts';
import remarkSafeLinks from './safe-links.ts';
import remarkSourceFootnotes from './source-footnotes.ts';
import remarkTableRowAnchors from './table-row-anchors.ts';
import remarkTableScroll from './table-scroll.ts';

/** The project root, from this file's place in it, whatever folder the build runs from. */
const ROOT = new URL('../../', import.meta.url);

/**
 * Whether a symbol's document is in the collection: whether its content file exists. The build
 * fails on a file that is not at its symbol's path (src/lib/document/documents.ts, checkCollection), so
 * the file is the document.
 */
export function contentFileExists(symbol: string): boolean {
  return existsSync(new URL(documentFile({ symbol }), ROOT));
}

/** What the plugins need to know of the collection. */
export interface PluginOptions {
  /** Whether a symbol's document is in the collection, to link it to its page rather than to undocs.org. */
  isInCollection: (symbol: string) => boolean;
  /** The base the site is deployed under ("/" unless it is served from a sub-path). */
  base?: string;
}

/** The plugins, in order. */
export function remarkPlugins(options: PluginOptions): PluggableList {
  return [
    remarkSafeLinks,
    remarkRecordAnchoredText,
    [remarkCrossReferences, { isInCollection: options.isInCollection, base: options.base ?? '/' }],
    remarkParagraphAnchors,
    remarkCiteLinks,
    remarkTableRowAnchors,
    remarkSourceFootnotes,
    remarkTableScroll,
  ];
}
