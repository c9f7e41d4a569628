/**
 * The stable-URL contract: every URL the site has published is listed in a committed manifest,
 * and a build that no longer serves one of them, by a page, a file or a redirect, fails naming it.
 * Also what the build derives from its own pages: the `_redirects` file for hosts that read it
 * (Netlify, Cloudflare Pages) and the sitemap. Pure functions; src/build/integrations/stable-urls.ts
 * runs them on the built site.
 */
import { xmlText } from '../browse/feed.ts';

/** The manifest of published URLs, at the project root: one site path a line, sorted. */
export const MANIFEST = 'published-urls.txt';

/** The sitemap's file name in the built site. */
export const SITEMAP = 'sitemap.xml';

/** The redirect rules' file name in the built site (Netlify and Cloudflare Pages syntax). */
export const REDIRECTS = '_redirects';

/**
 * Folders of the built site whose file names change with every build (hashed scripts and styles,
 * the search index): they are no address anyone cites.
 */
export const ASSET_FOLDERS = ['_astro/', 'pagefind/'];

/** The languages undocs.org puts before a symbol ("/en/A/RES/53/137"): the six of the UN. */
export const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

/**
 * The site path a file of the built site is published at, or undefined for a file that is no
 * citable address (assets, `_redirects`): "A/RES/53/137/index.html" → "/A/RES/53/137/",
 * "documents.json" → "/documents.json".
 */
export function publishedPath(file: string): string | undefined {
  if (file === REDIRECTS || ASSET_FOLDERS.some((folder) => file.startsWith(folder))) return undefined;
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/**
 * The file of the built site that serves a page's path, the inverse of publishedPath for pages:
 * "/A/RES/53/137/" → "A/RES/53/137/index.html", "/" → "index.html".
 * @throws {RangeError} when the path does not start and end with "/".
 */
export function pageFile(path: string): string {
  if (!path.startsWith('/') || !path.endsWith('/')) throw new RangeError(`found the page path "${path}", expected a path that starts and ends with "/"`);
  return `${path.slice(1)}index.html`;
}

/** The header of the manifest: what it is and how it changes. */
const MANIFEST_HEADER = `# Every URL path this site has published. The build fails when one of them is no longer served
# (by a page, a file or a redirect page). New URLs are added by \`npm run urls:update\`; remove a
# line only to withdraw an address deliberately.`;

/**
 * The paths of a manifest's text: one a line, "#" lines and blank lines ignored.
 * @throws {Error} naming the file and line of a line that is not a site path.
 */
export function parseManifest(text: string, file: string = MANIFEST): string[] {
  const paths: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (!line.startsWith('/') || /\s/.test(line)) {
      throw new Error(`${file}:${index + 1}: found "${line}", expected a URL path starting with "/" and holding no spaces`);
    }
    paths.push(line);
  });
  return paths;
}

/** Sorts paths by code point, the same order on every machine and locale. */
function sorted(paths: Iterable<string>): string[] {
  return [...new Set(paths)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The manifest's text for a set of paths: its header, then the paths sorted, one a line. */
export function formatManifest(paths: Iterable<string>): string {
  return `${MANIFEST_HEADER}\n${sorted(paths).join('\n')}\n`;
}

/** The paths of the manifest the site no longer serves, in manifest order. */
export function vanishedPaths(manifest: string[], served: Set<string>): string[] {
  return manifest.filter((path) => !served.has(path));
}

/** The paths the site serves that the manifest does not list yet, sorted. */
export function newPaths(manifest: string[], served: Iterable<string>): string[] {
  const listed = new Set(manifest);
  return sorted([...served].filter((path) => !listed.has(path)));
}

/**
 * The error of a build that dropped published URLs: each one, and what keeps an address alive.
 */
export function vanishedMessage(vanished: string[], file: string = MANIFEST): string {
  return [
    `${file}: ${vanished.length} published URL${vanished.length === 1 ? ' is' : 's are'} no longer served, expected every published URL to lead somewhere:`,
    ...vanished.map((path) => `  ${path}`),
    'Keep each one: publish its page again, or, when a text without a symbol gains one, keep its',
    'unnumberedId in the frontmatter so that its first address redirects. To withdraw an address on',
    `purpose, delete its line from ${file}.`,
  ].join('\n');
}

/** The site path strip of a base: "/un-docs/A/" → "/A/" under base "/un-docs/". */
export function stripBase(path: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  return prefix && path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
}

/**
 * The target of a redirect page, as its meta refresh gives it, or undefined for any other page:
 * `<meta http-equiv="refresh" content="0; url=/A/54/999/">` → "/A/54/999/".
 */
export function refreshTarget(html: string): string | undefined {
  const meta = /<meta\s[^>]*http-equiv="refresh"[^>]*>/i.exec(html)?.[0];
  return meta ? /content="\d+;\s*url=([^"]+)"/i.exec(meta)?.[1] : undefined;
}

/** Whether a page asks search engines not to index it (redirect pages do). */
export function isNoindex(html: string): boolean {
  return /<meta\s[^>]*name="robots"[^>]*content="[^"]*noindex/i.test(html);
}

/** One redirect of the site, both ends site paths without the base. */
export interface Redirect {
  from: string;
  to: string;
}

/**
 * Redirects whose target is itself a redirect or no page at all, one line each. A chain means a
 * page was overwritten by a redirect, as a file system that ignores case does with /a/res/53/137/
 * and /A/RES/53/137/.
 */
export function brokenRedirects(redirects: Redirect[], served: Set<string>): string[] {
  const sources = new Set(redirects.map(({ from }) => from));
  return redirects.flatMap(({ from, to }) => {
    if (sources.has(to)) return [`${from} redirects to ${to}, which is itself a redirect (a file system that ignores case overwrites pages this way)`];
    if (!served.has(to)) return [`${from} redirects to ${to}, which is not served`];
    return [];
  });
}

/**
 * The `_redirects` file: a permanent redirect (301) for every redirect page, and the undocs.org
 * forms with a language before the symbol ("/en/A/RES/53/137" → "/A/RES/53/137"). Paths carry the
 * base. A path without its final slash is left to the host, which adds it to a folder's path; a
 * rule for it would loop on hosts that ignore the final slash when matching.
 */
export function redirectsFile(redirects: Redirect[], base: string): string {
  const prefix = base.replace(/\/+$/, '');
  const rules = [
    ...[...redirects].sort((a, b) => (a.from < b.from ? -1 : 1)).map(({ from, to }) => `${prefix}${from} ${prefix}${to} 301`),
    ...UN_LANGUAGES.map((language) => `${prefix}/${language}/* ${prefix}/:splat 301`),
  ];
  return `${rules.join('\n')}\n`;
}

/** The sitemap of absolute page URLs, sorted (sitemaps.org protocol 0.9). */
export function sitemapXml(urls: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sorted(urls).map((url) => `  <url><loc>${xmlText(url)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}
