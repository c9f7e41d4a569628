// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
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
  integrations: [mdx()],
});
