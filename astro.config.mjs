// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';
import { remarkPlugins } from './src/remark/index.ts';

export default defineConfig({
  site: 'https://un-docs.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    remarkPlugins,
    // The text is shown with the characters the source has: no curly quotes or dashes added.
    smartypants: false,
  },
  vite: {
    // Every script and style sheet is a file of its own, never inlined into a page, so that the
    // site can be served with a Content-Security-Policy that forbids inline code.
    build: { assetsInlineLimit: 0 },
  },
  // pagefind indexes the built pages, so it runs last.
  integrations: [mdx(), pagefind()],
});
