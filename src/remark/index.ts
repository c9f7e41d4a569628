/**
 * The remark plugins every document body goes through, in order. One list, so that the Astro
 * build and any other renderer of the bodies (tests, a content-layer renderer) agree.
 * GFM (tables, footnotes) runs before them: Astro enables it, and they need its nodes.
 */
import remarkCiteLinks from './cite-links.ts';
import remarkParagraphAnchors from './paragraph-anchors.ts';
import remarkSourceFootnotes from './source-footnotes.ts';
import remarkTableScroll from './table-scroll.ts';

export const remarkPlugins = [remarkParagraphAnchors, remarkCiteLinks, remarkSourceFootnotes, remarkTableScroll];
