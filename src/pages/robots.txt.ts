/**
 * /robots.txt: every page may be crawled; the sitemap lists the pages worth indexing. (Redirect
 * pages say "noindex" themselves.) Under a base path, crawlers read only the host's own
 * robots.txt, so this one then serves as the line to copy there.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site/site.ts';
import { SITEMAP } from '../lib/site/stable-urls.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(`/${SITEMAP}`)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
