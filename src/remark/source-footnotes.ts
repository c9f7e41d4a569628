/**
 * Remark plugin, run after remark-gfm: renders footnotes with the marks the source prints.
 *
 * GFM's own rendering (mdast-util-to-hast) renumbers notes 1, 2, 3 in the order they are first
 * referenced and drops a note that nothing references. A legal citation names "footnote 3" as the
 * document prints it, and a note whose mark the source lost is still part of the text. So this
 * plugin turns every reference and definition into plain elements before GFM's renderer sees
 * them, which also leaves that renderer nothing to emit a second footnotes section from.
 */
import type { ElementContent } from 'hast';
import type { FootnoteDefinition, FootnoteReference, Nodes, Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { footnoteId, footnoteReferenceId, FOOTNOTES_CLASS } from '../lib/document/footnotes.ts';

/**
 * An mdast node that mdast-util-to-hast renders as the element its data names (hName,
 * hProperties, hChildren); its type is one no handler claims, so only that data decides.
 */
function element(
  tagName: string,
  properties: Record<string, string | string[]>,
  content: { hChildren: ElementContent[] } | { children: Nodes[] },
): RootContent {
  const hast = 'hChildren' in content ? { hChildren: content.hChildren } : {};
  const children = 'children' in content ? content.children : [];
  return { type: 'sourceFootnoteElement', data: { hName: tagName, hProperties: properties, ...hast }, children } as unknown as RootContent;
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

/** Calls `visit` on every node below `parent`, with its parent and index, each before its children. */
function walk(parent: Parent, visit: (node: Nodes, parent: Parent, index: number) => void): void {
  parent.children.forEach((child, index) => {
    visit(child as Nodes, parent, index);
    if ('children' in child) walk(child, visit);
  });
}

/** Renders source-labelled footnotes: references as `<sup><a>`, every definition in one section. */
export default function remarkSourceFootnotes() {
  return (tree: Root, file: VFile): void => {
    const definitions = new Map<string, FootnoteDefinition>();
    const references: { node: FootnoteReference; parent: Parent; index: number }[] = [];
    const placed: { parent: Parent; index: number }[] = [];
    walk(tree, (node, parent, index) => {
      if (node.type === 'footnoteReference') references.push({ node, parent, index });
      if (node.type === 'footnoteDefinition') {
        if (definitions.has(node.identifier)) {
          const label = node.label ?? node.identifier;
          file.fail(`footnote "${label}" is defined twice; expected each footnote mark once, as the source prints it`, node);
        }
        definitions.set(node.identifier, node);
        placed.push({ parent, index });
      }
    });
    if (definitions.size === 0) return;

    const labelOf = (identifier: string): string => {
      const definition = definitions.get(identifier)!;
      return definition.label ?? definition.identifier;
    };

    // Replace each reference in place; the ids count the references to each note.
    const counts = new Map<string, number>();
    for (const { node, parent, index } of references) {
      const label = labelOf(node.identifier);
      const occurrence = (counts.get(node.identifier) ?? 0) + 1;
      counts.set(node.identifier, occurrence);
      const link: ElementContent = {
        type: 'element',
        tagName: 'a',
        properties: { href: `#${footnoteId(label)}`, id: footnoteReferenceId(label, occurrence), ariaLabel: `Footnote ${label}` },
        children: [text(label)],
      };
      parent.children[index] = element('sup', { className: ['footnote-ref'] }, { hChildren: [link] }) as PhrasingContent;
    }

    // Remove the definitions from where they were written, last first so indexes stay valid.
    for (const { parent, index } of placed.reverse()) parent.children.splice(index, 1);

    // One section at the end, every note in the order the source defines them.
    const items = [...definitions.values()].map((definition) => {
      const label = labelOf(definition.identifier);
      const count = counts.get(definition.identifier) ?? 0;
      const backLinks: ElementContent[] =
        count === 0
          ? [text(' '), { type: 'element', tagName: 'span', properties: { className: ['footnote-unmarked'] }, children: [text('(not marked in the text)')] }]
          : Array.from({ length: count }, (_, i): ElementContent[] => [
              text(' '),
              {
                type: 'element',
                tagName: 'a',
                properties: {
                  href: `#${footnoteReferenceId(label, i + 1)}`,
                  className: ['footnote-back'],
                  ariaLabel: count === 1 ? `Back to the text of footnote ${label}` : `Back to reference ${i + 1} of footnote ${label}`,
                },
                children: [text(count === 1 ? '↩\uFE0E' : `↩\uFE0E${i + 1}`)],
              },
            ]).flat();
      const content = [...definition.children] as Nodes[];
      const last = content.at(-1);
      // The back links close the note's last paragraph, as GFM places them.
      if (last?.type === 'paragraph') {
        const closed: Paragraph = { ...last, children: [...last.children, element('span', {}, { hChildren: backLinks }) as PhrasingContent] };
        content[content.length - 1] = closed;
      } else {
        content.push(element('p', {}, { hChildren: backLinks }) as Nodes);
      }
      return element('li', { id: footnoteId(label) }, {
        children: [element('span', { className: ['footnote-label'] }, { hChildren: [text(label)] }) as Nodes, ...content],
      }) as Nodes;
    });
    tree.children.push(
      element('section', { className: [FOOTNOTES_CLASS], ariaLabel: 'Footnotes' }, { children: [element('ol', {}, { children: items }) as Nodes] }),
    );
  };
}
