/** Reading built pages: elements by id or class, their text, the links in them. */
import { readFileSync } from 'node:fs';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { DIST } from './dist.ts';

export type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.Node;

/** The parsed page at a site path ("/A/RES/53/137/"). */
export function page(path: string): DefaultTreeAdapterTypes.Document {
  return parse(readFileSync(`${DIST}${path}index.html`, 'utf8'));
}

export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

export function hasClass(element: Element, name: string): boolean {
  return (attribute(element, 'class') ?? '').split(/\s+/).includes(name);
}

/** Every element under a node, in document order, that matches. */
export function findAll(node: Node, matches: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const visit = (current: Node): void => {
    if ('tagName' in current && matches(current)) found.push(current);
    if ('childNodes' in current) current.childNodes.forEach(visit);
  };
  visit(node);
  return found;
}

/** The one element with an id. @throws {Error} when the page has none. */
export function byId(node: Node, id: string): Element {
  const [element] = findAll(node, (e) => attribute(e, 'id') === id);
  if (!element) throw new Error(`no element with id "${id}"`);
  return element;
}

/** The text of a node as a reader sees it, white space collapsed. */
export function text(node: Node): string {
  const raw = (current: Node): string =>
    current.nodeName === '#text' ? (current as DefaultTreeAdapterTypes.TextNode).value : 'childNodes' in current ? current.childNodes.map(raw).join('') : '';
  return raw(node).replace(/\s+/g, ' ').trim();
}

/** The links under a node as "text → href". */
export function links(node: Node): string[] {
  return findAll(node, (e) => e.tagName === 'a').map((a) => `${text(a)} → ${attribute(a, 'href')}`);
}

/**
 * The text of a node with the ranges its links cover, so that a test can tell whether a phrase
 * found in the text stands inside a link.
 */
export function textWithLinks(node: Node): { text: string; links: { start: number; end: number; element: Element }[] } {
  let value = '';
  const ranges: { start: number; end: number; element: Element }[] = [];
  const visit = (current: Node): void => {
    if (current.nodeName === '#text') value += (current as DefaultTreeAdapterTypes.TextNode).value;
    const start = value.length;
    if ('childNodes' in current) current.childNodes.forEach(visit);
    if ('tagName' in current && current.tagName === 'a') ranges.push({ start, end: value.length, element: current });
  };
  visit(node);
  return { text: value, links: ranges };
}
