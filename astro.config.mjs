// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import headers from './src/integrations/headers.ts';
import { remarkPlugins } from './src/remark/index.ts';

export default defineConfig({
  site: 'https://un-docs.example.org',
  trailingSlash: 'always',
  // Style sheets and scripts stay files: the Content-Security-Policy allows no inline code.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    remarkPlugins,
    // The text is shown with the characters the source has: no curly quotes or dashes added.
    smartypants: false,
  },
  integrations: [mdx(), headers()],
});
