/**
 * The link check of a built site: every internal `href`, `src` and `srcset` URL of every page
 * leads to a file of dist/, and every `#fragment` to an element of the page it names. Links off
 * the site (other hosts, mailto:) are not fetched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

/** A URL written in a page, with the attribute that holds it. */
export interface Link {
  attribute: string;
  url: string;
}

/** What the check needs from a page: the URLs it links to and the ids it offers as fragments. */
export interface PageScan {
  links: Link[];
  ids: Set<string>;
}

/**
 * A built site: every file under dist/ by its path there ("A/RES/53/137/index.html"), and the
 * scan of each HTML page by the same path.
 */
export interface Site {
  files: Set<string>;
  pages: Map<string, PageScan>;
}

/** A link that leads nowhere, in the page that holds it. */
export interface LinkProblem {
  file: string;
  link: Link;
  reason: string;
}

/** The URLs of a srcset: "a.png 1x, b.png 2x" → ["a.png", "b.png"]. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

/** The links and ids of an HTML page. */
export function scanHtml(html: string): PageScan {
  const scan: PageScan = { links: [], ids: new Set() };
  const visit = (node: DefaultTreeAdapterTypes.Node): void => {
    if ('attrs' in node) {
      for (const { name, value } of node.attrs) {
        // <a name> is a fragment target too, as browsers scroll to it.
        if (name === 'id' || (name === 'name' && node.tagName === 'a')) scan.ids.add(value);
        // Browsers strip the spaces around a URL attribute before they resolve it.
        else if (name === 'href' || name === 'src') scan.links.push({ attribute: name, url: value.trim() });
        else if (name === 'srcset') for (const url of srcsetUrls(value)) scan.links.push({ attribute: name, url });
      }
    }
    if ('content' in node) visit(node.content);
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parse(html));
  return scan;
}

/** The URL a page of dist/ is served at: "A/RES/53/137/index.html" → "<origin>/A/RES/53/137/". */
export function pageUrl(file: string, origin: string): URL {
  const path = file === 'index.html' || file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return new URL(`/${path.split('/').map(encodeURIComponent).join('/')}`, origin);
}

/**
 * The files that may answer a decoded URL path, in the order a static server tries them:
 * "/A/" → ["A/index.html"]; "/style.css" → ["style.css", "style.css/index.html"].
 */
export function candidateFiles(path: string): string[] {
  const file = path.replace(/^\/+/, '');
  return path.endsWith('/') ? [`${file}index.html`] : [file, `${file}/index.html`];
}

/** What is wrong with one URL of the page at `base`, or undefined when it leads somewhere. */
export function linkProblem(site: Site, url: string, base: URL): string | undefined {
  let target: URL;
  try {
    target = new URL(url, base);
  } catch {
    return 'not a valid URL';
  }
  if (target.origin !== base.origin) return undefined;
  let path: string;
  let fragment: string;
  try {
    path = decodeURIComponent(target.pathname);
    fragment = decodeURIComponent(target.hash.slice(1));
  } catch {
    return 'malformed percent-encoding';
  }
  const candidates = candidateFiles(path);
  const file = candidates.find((candidate) => site.files.has(candidate));
  if (file === undefined) return `no file for ${path} (looked for ${candidates.join(', ')})`;
  // An empty fragment and "#top" scroll to the top of any page (HTML standard).
  if (fragment === '' || fragment.toLowerCase() === 'top') return undefined;
  const page = site.pages.get(file);
  // A fragment of another kind of file (a PDF's "#page=2") is not an element id.
  if (page === undefined || page.ids.has(fragment)) return undefined;
  return `no element with id "${fragment}" in ${file}`;
}

/** Every link of every page that leads nowhere, in page order. */
export function checkLinks(site: Site, origin: string): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const [file, { links }] of site.pages) {
    const base = pageUrl(file, origin);
    for (const link of links) {
      const reason = linkProblem(site, link.url, base);
      if (reason !== undefined) problems.push({ file, link, reason });
    }
  }
  return problems;
}

/** A problem as one line: `A/index.html: href="/B/": no file for /B/ (looked for B/index.html)`. */
export function formatProblem({ file, link, reason }: LinkProblem): string {
  return `${file}: ${link.attribute}="${link.url}": ${reason}`;
}

/** Every file under a directory, by its "/"-separated path there, in directory order. */
function listFiles(root: string, folder = ''): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
    return entry.isDirectory() ? listFiles(root, path) : [path];
  });
}

/** Every HTML page of a built site, by its "/"-separated path in the output directory, sorted. */
export function htmlFiles(dist: string): string[] {
  return listFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/** Reads a built site from its output directory, scanning each HTML page once. */
export function readSite(dist: string): Site {
  const files = listFiles(dist).sort();
  const pages = new Map<string, PageScan>();
  for (const file of files) {
    if (file.endsWith('.html')) pages.set(file, scanHtml(readFileSync(join(dist, file), 'utf8')));
  }
  return { files: new Set(files), pages };
}
