/**
 * What a strict Content-Security-Policy would block in a built page: inline scripts, inline
 * event handlers, inline styles, javascript: URLs. The site allows none of them.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Script types that are data, not code: a browser never runs them. */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json']);

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function* elements(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
  if (isElement(node) && 'content' in node) yield* elements(node.content as unknown as Node);
}

/** Every piece of inline code or style in a page, described for a failure message. */
export function findInlineCode(html: string): string[] {
  const found: string[] = [];
  for (const element of elements(parse(html) as unknown as Node)) {
    const attributes = new Map(element.attrs.map((attr) => [attr.name, attr.value]));
    if (element.tagName === 'script' && !attributes.has('src') && !DATA_SCRIPT_TYPES.has(attributes.get('type') ?? '')) {
      found.push('an inline <script>');
    }
    if (element.tagName === 'style') found.push('a <style> element');
    for (const [name, value] of attributes) {
      if (name.startsWith('on')) found.push(`an inline event handler ${name}="…" on <${element.tagName}>`);
      if (name === 'style') found.push(`a style="…" attribute on <${element.tagName}>`);
      if ((name === 'href' || name === 'src' || name === 'action') && /^\s*javascript:/i.test(value)) found.push(`a javascript: URL in ${name} on <${element.tagName}>`);
    }
  }
  return found;
}

/** The Content-Security-Policy a page declares in a <meta> tag, or undefined. */
export function metaPolicy(html: string): string | undefined {
  for (const element of elements(parse(html) as unknown as Node)) {
    const attributes = new Map(element.attrs.map((attr) => [attr.name, attr.value]));
    if (element.tagName === 'meta' && attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy') return attributes.get('content');
  }
  return undefined;
}
