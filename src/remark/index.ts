/**
 * The remark plugins every document body goes through, in order. One list, so that the Astro
 * build and any other renderer of the bodies (tests, a content-layer renderer) agree.
 * GFM (tables, footnotes) runs before them: Astro enables it, and they need its nodes.
 */
import { existsSync } from 'node:fs';
import type { AstroUserConfig } from 'astro';
import { documentFile } from '../lib/documents.ts';
import remarkCrossReferences from './cross-references.ts';
import remarkParagraphAnchors from './paragraph-anchors.ts';
import remarkSourceFootnotes from './source-footnotes.ts';
import remarkTableRowAnchors from './table-row-anchors.ts';
import remarkTableScroll from './table-scroll.ts';

/** The project root, from this file's place in it, whatever folder the build runs from. */
const ROOT = new URL('../../', import.meta.url);

/**
 * Whether a symbol's document is in the collection: whether its content file exists. The build
 * fails on a file that is not at its symbol's path (src/lib/documents.ts, checkCollection), so
 * the file is the document. Asked on each reference, it also sees a document added while the dev
 * server runs.
 */
function isInCollection(symbol: string): boolean {
  return existsSync(new URL(documentFile({ symbol }), ROOT));
}

export const remarkPlugins: NonNullable<NonNullable<AstroUserConfig['markdown']>['remarkPlugins']> = [
  [remarkCrossReferences, { isInCollection }],
  remarkParagraphAnchors,
  remarkTableRowAnchors,
  remarkSourceFootnotes,
  remarkTableScroll,
];
