/**
 * The pages of a built site that a reader can land on: every URL of its sitemap when it has one,
 * else every HTML page; redirect pages (a meta refresh) excluded, since a browser leaves them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from './site-links.ts';

/** The paths ("/A/RES/53/137/") listed by the sitemap files of a build, if it has a sitemap. */
export function sitemapPaths(dist: string): string[] | undefined {
  const index = ['sitemap-index.xml', 'sitemap.xml'].map((name) => join(dist, name)).find((file) => existsSync(file));
  if (!index) return undefined;
  const locations = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!));
  return locations(readFileSync(index, 'utf8')).flatMap((url) =>
    // A sitemap index lists sitemaps; a sitemap lists pages.
    url.pathname.endsWith('.xml') ? locations(readFileSync(join(dist, url.pathname), 'utf8')).map((page) => page.pathname) : [url.pathname],
  );
}

/** Every page of a built site that is not a redirect, by its path ("/A/RES/53/137/"). */
export function readablePages(dist: string): string[] {
  const fromSitemap = sitemapPaths(dist);
  if (fromSitemap) return fromSitemap;
  return htmlFiles(dist)
    .filter((file) => !/<meta http-equiv="refresh"/i.test(readFileSync(join(dist, file), 'utf8')))
    .map((file) => `/${file.replace(/index\.html$/, '')}`);
}

/** The requests that left the site's origin: anything but the origin itself and data: URLs. */
export function foreignRequests(urls: string[], origin: string): string[] {
  return urls.filter((url) => !url.startsWith(`${origin}/`) && url !== origin && !url.startsWith('data:'));
}
