// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unDocsIntegrations } from './src/build/index.ts';
import { siteUrl } from './src/build/integrations/site-url.ts';

export default defineConfig({
  // Where the site is published: SITE_URL the origin, BASE_PATH a sub-path ("/un-docs/") when it
  // is not served from the root. Every link and citation is built from these; a build without
  // SITE_URL uses a placeholder and ends with a warning (src/build/integrations/site-url.ts).
  site: siteUrl(),
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Style sheets and scripts stay files, never inlined into a page: the pages are served with a
  // Content-Security-Policy that allows no inline code.
  // Pages are rendered a few at a time, so that one page's file is written while the next renders:
  // at 10,000 documents this took page generation from 128 s to 85 s on a 2-core machine.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: { build: { assetsInlineLimit: 0 } },
  // Documents are rendered by their content loader (src/build/loaders/documents.ts) with the plugins of
  // src/remark/index.ts; this setting is for any other Markdown: the characters as written.
  markdown: { smartypants: false },
  // The build machinery's integrations, in the order their hooks must run (src/build/index.ts).
  integrations: [mdx(), ...unDocsIntegrations()],
});
