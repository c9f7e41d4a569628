// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkParagraphAnchors from './src/remark/paragraph-anchors.ts';
import remarkSourceFootnotes from './src/remark/source-footnotes.ts';
import remarkTableScroll from './src/remark/table-scroll.ts';

export default defineConfig({
  site: 'https://un-docs.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // GFM (tables, footnotes) is on by default and runs before these plugins, which need its nodes.
    remarkPlugins: [remarkParagraphAnchors, remarkSourceFootnotes, remarkTableScroll],
    // The text is shown with the characters the source has: no curly quotes or dashes added.
    smartypants: false,
  },
  integrations: [mdx()],
});
