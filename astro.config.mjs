// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://un-docs.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Documents are rendered by their content loader (src/loaders/documents.ts) with the plugins of
  // src/remark/index.ts; this setting is for any other Markdown: the characters as written.
  markdown: { smartypants: false },
  integrations: [mdx()],
});
