/**
 * The links and images a document body may hold (src/lib/site/security.ts decides): a link that hides
 * a foreign, `javascript:` or `data:` destination behind its text, or an image from anywhere but
 * the site, is refused with the file and line. It runs before the plugins that add links of their
 * own (to undocs.org), on the links the file holds.
 */
import type { Definition, Image, ImageReference, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { bodyLinkProblem, type BodyLinkKind } from '../lib/site/security.ts';

/** Whether a link's text is its address, as printed ("www.un.org" for "http://www.un.org"). */
function isPrintedAddress(link: Link): boolean {
  let text = '';
  visit(link, 'text', (node) => {
    text += node.value;
  });
  text = text.trim();
  return [text, `http://${text}`, `https://${text}`, `mailto:${text}`].includes(link.url);
}

/** What a body may hold instead of a refused link or image, and the fix. */
function expected(kind: BodyLinkKind): string {
  return kind === 'image'
    ? 'an image file of the site: remove the image'
    : "a link to a page of the site or to a United Nations site (UN_HOSTS in src/lib/site/security.ts): remove the link and keep its text";
}

/** remark plugin: refuses a body's links and images that security.ts does not allow. */
export default function remarkSafeLinks() {
  return (tree: Root, file: VFile) => {
    const definitions = new Map<string, Definition>();
    visit(tree, 'definition', (node) => {
      definitions.set(node.identifier, node);
    });
    const check = (node: Link | Image | Definition | ImageReference, url: string, kind: BodyLinkKind) => {
      const problem = bodyLinkProblem(url, kind);
      if (!problem) return;
      const shown = url.length > 60 ? `${url.slice(0, 57)}...` : url;
      file.fail(`found ${kind === 'image' ? 'an image from' : 'a link to'} "${shown}", ${problem}; expected ${expected(kind)}`, node.position);
    };
    visit(tree, (node) => {
      if (node.type === 'link') check(node, node.url, isPrintedAddress(node) ? 'printed-address' : 'link');
      else if (node.type === 'image') check(node, node.url, 'image');
      else if (node.type === 'definition') check(node, node.url, 'link');
      else if (node.type === 'imageReference') {
        const definition = definitions.get(node.identifier);
        if (definition) check(node, definition.url, 'image');
      }
    });
  };
}
