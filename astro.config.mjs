// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import stableUrls from './src/integrations/stable-urls.ts';
import { remarkPlugins } from './src/remark/index.ts';

export default defineConfig({
  // Where the site is published: SITE_URL the origin, BASE_PATH a sub-path ("/un-docs/") when it
  // is not served from the root. Every link and citation is built from these.
  site: process.env.SITE_URL ?? 'https://un-docs.example.org',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    remarkPlugins,
    // The text is shown with the characters the source has: no curly quotes or dashes added.
    smartypants: false,
  },
  // stableUrls last: it reads every page the build wrote.
  integrations: [mdx(), stableUrls()],
  // Every script is a file of its own, never inlined into a page: the pages will be served with a
  // Content-Security-Policy that allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
});
