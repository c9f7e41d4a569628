/**
 * The pages of a built site grouped by kind, so that the browser tests can check one page of each
 * kind rather than every page: a kind is the route that made the page together with the parts the
 * page has (its sections, headings, lists, tables, forms and other landmarks, by tag, class and
 * id), so that two State pages, one with a table of treaty actions and one without, are two kinds,
 * while 36 State pages with the same parts are one. A page's words do not make it another kind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The elements whose presence, class and id tell a page's parts. */
const PARTS =
  /<(section|h1|h2|h3|table|thead|caption|nav|aside|ol|ul|dl|details|summary|form|article|figure|blockquote|math|svg|img|picture|video|audio|iframe|dialog|button|input|select|textarea|label|pre|code|sup|abbr)\b([^>]*)>/g;

/** The route a page comes from: its first path segments for the fixed routes, else the catch-all (a document, a listing, a cited document). */
function route(path: string): string {
  const fixed = /^\/(browse|states|treaties)\/(?:([a-z]+)\/)?/.exec(path);
  if (fixed) return `/${fixed[1]}/${fixed[2] ?? ''}`;
  if (path === '/' || /^\/(search|timeline)\/$/.test(path) || path.endsWith('.html')) return path;
  return path.endsWith('/cite/') ? '[...path]/cite' : '[...path]';
}

/** A page's kind: its route and the set of its parts (numbers and per-item ids left out). */
export function pageKind(dist: string, path: string): string {
  const html = readFileSync(join(dist, path.endsWith('.html') ? path : `${path}index.html`), 'utf8');
  const parts = new Set<string>();
  for (const [, tag, attributes = ''] of html.matchAll(PARTS)) {
    const classes = (/\bclass="([^"]*)"/.exec(attributes)?.[1] ?? '')
      .split(/\s+/)
      .filter((name) => name !== '' && !name.startsWith('astro-'))
      .sort();
    const id = (/\bid="([^"]*)"/.exec(attributes)?.[1] ?? '').replace(/^(treaty|p|pp|fn|fnref|user-content)[-\d].*$/, '$1*').replace(/\d+/g, '#');
    parts.add(`${tag}${classes.map((name) => `.${name}`).join('')}${id ? `#${id}` : ''}`);
  }
  return `${route(path)} ${[...parts].sort().join(' ')}`;
}

/** One page of each kind among `paths` (the first of each, in the order given), and how many pages each stands for. */
export function onePagePerKind(dist: string, paths: string[]): { path: string; standsFor: number }[] {
  const kinds = new Map<string, { path: string; standsFor: number }>();
  for (const path of paths) {
    const kind = pageKind(dist, path);
    const seen = kinds.get(kind);
    if (seen) seen.standsFor += 1;
    else kinds.set(kind, { path, standsFor: 1 });
  }
  return [...kinds.values()];
}

/** Elements that make a browser fetch what they name, with the attribute that names it. */
const FETCHED = /<(script|img|iframe|source|video|audio|embed|object|link|track|input)\b([^>]*)>/gi;

/**
 * The URLs a page's HTML makes a browser fetch from another host (scripts, style sheets, icons,
 * images, frames, media), without a browser: every page is checked this way, while the browser
 * crawl sees the requests of one page of each kind.
 */
export function foreignResources(html: string): string[] {
  const found: string[] = [];
  for (const [, tag, attributes = ''] of html.matchAll(FETCHED)) {
    const name = tag!.toLowerCase();
    if (name === 'link') {
      const rel = /\brel="([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase() ?? '';
      // canonical, alternate and the like name a URL without the browser fetching it.
      if (!/\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon|preconnect|dns-prefetch)\b/.test(rel)) continue;
    }
    for (const [, , value = ''] of attributes.matchAll(/\b(src|href|data|poster|srcset)="([^"]*)"/gi)) {
      for (const url of value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')) {
        if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) && !url.startsWith('data:')) found.push(`<${name}> ${url}`);
      }
    }
  }
  return found;
}
