/**
 * The build machinery's entry point for Astro's two configuration files: the content loaders
 * (src/content.config.ts) and the integrations (astro.config.mjs). Routes read what the build
 * made through src/build/pages.ts.
 */
import type { AstroIntegration } from 'astro';
import dataPage from './integrations/data-page.ts';
import documentFiles from './integrations/document-files.ts';
import headers from './integrations/headers.ts';
import incrementalBuild from './integrations/incremental-build.ts';
import searchIndex from './integrations/search-index.ts';
import siteUrlWarning from './integrations/site-url.ts';
import stableUrls from './integrations/stable-urls.ts';

export { documentsLoader } from './loaders/documents.ts';
export { treatiesLoader } from './loaders/treaties.ts';

/**
 * The site's integrations, in the order their build hooks must run: documentFiles writes each
 * document's data files and redirect pages; incrementalBuild then removes what the site no longer
 * has and records what this build holds; stableUrls reads every page of the complete site and
 * writes the sitemap; dataPage then states the size of every data file, the sitemap's too.
 * searchIndex then ends the build with the index step, which checks every part of the search
 * index against the written pages and indexes any that is not current. siteUrlWarning ends the
 * build's output with a warning when SITE_URL is not set.
 */
export function unDocsIntegrations(): AstroIntegration[] {
  return [headers(), documentFiles(), incrementalBuild(), stableUrls(), dataPage(), searchIndex(), siteUrlWarning()];
}
