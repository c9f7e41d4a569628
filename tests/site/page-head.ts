/** Reading what a built page says about itself (its head's meta tags, links and JSON-LD) and the cite blocks in it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { DIST } from './dist.ts';

type Element = DefaultTreeAdapterTypes.Element;

/** Every element of a page, in document order. */
function elements(node: DefaultTreeAdapterTypes.Node): Element[] {
  const own = 'tagName' in node ? [node as Element] : [];
  const children = 'childNodes' in node ? node.childNodes.flatMap(elements) : [];
  const template = 'content' in node ? elements(node.content) : [];
  return [...own, ...children, ...template];
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function text(element: Element): string {
  return element.childNodes.map((child) => ('value' in child ? child.value : 'tagName' in child ? text(child as Element) : '')).join('');
}

/** What the head of a built page declares. */
export interface PageHead {
  /** Each meta tag's content by its name or property, in order; a name given twice keeps both. */
  meta: [string, string][];
  canonical: string | undefined;
  jsonLd: unknown[];
  scripts: { src: string | undefined; type: string | undefined; inline: boolean }[];
}

/** Reads the head of a page of dist/ by its site path: "/A/RES/53/137/". */
export function readHead(path: string, dist: string = DIST): PageHead {
  const all = elements(parse(readFileSync(join(dist, path, 'index.html'), 'utf8')));
  const head: PageHead = { meta: [], canonical: undefined, jsonLd: [], scripts: [] };
  for (const element of all) {
    if (element.tagName === 'meta') {
      const key = attribute(element, 'name') ?? attribute(element, 'property');
      const content = attribute(element, 'content');
      if (key && content !== undefined) head.meta.push([key, content]);
    }
    if (element.tagName === 'link' && attribute(element, 'rel') === 'canonical') head.canonical = attribute(element, 'href');
    if (element.tagName === 'script') {
      const type = attribute(element, 'type');
      if (type === 'application/ld+json') head.jsonLd.push(JSON.parse(text(element)));
      else head.scripts.push({ src: attribute(element, 'src'), type, inline: text(element).trim() !== '' });
    }
  }
  return head;
}

/** The text of every element of a page that has a class, by class: ".citation-text" → texts. */
export function textsOfClass(path: string, className: string, dist: string = DIST): string[] {
  const all = elements(parse(readFileSync(join(dist, path, 'index.html'), 'utf8')));
  return all.filter((element) => (attribute(element, 'class') ?? '').split(/\s+/).includes(className)).map(text);
}

/** The elements of a page with an id, by id, with the text of each. */
export function textById(path: string, dist: string = DIST): Map<string, string> {
  const all = elements(parse(readFileSync(join(dist, path, 'index.html'), 'utf8')));
  return new Map(all.flatMap((element) => {
    const id = attribute(element, 'id');
    return id ? [[id, text(element)] as [string, string]] : [];
  }));
}

/** Every `href` of the links of a page with a class: the "cite" links of a document. */
export function hrefsOfClass(path: string, className: string, dist: string = DIST): string[] {
  const all = elements(parse(readFileSync(join(dist, path, 'index.html'), 'utf8')));
  return all
    .filter((element) => element.tagName === 'a' && (attribute(element, 'class') ?? '').split(/\s+/).includes(className))
    .map((element) => attribute(element, 'href') ?? '');
}
