/**
 * The only MDX a document body may hold: the HTML formatting elements the importer keeps
 * (`<sup>a</sup>` in a status table). They become plain HTML elements; any other component,
 * expression or import is refused with the file and line, since a document's text must never
 * run code.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/** Elements a body may contain, written as MDX tags. */
export const ALLOWED_ELEMENTS = new Set(['sup', 'sub']);

interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: unknown[];
  position?: { start: { line: number } };
  data?: { hName?: string; hProperties?: Record<string, unknown> };
}

const MDX_TYPES = new Set(['mdxJsxTextElement', 'mdxJsxFlowElement', 'mdxTextExpression', 'mdxFlowExpression', 'mdxjsEsm']);

/** remark plugin: MDX formatting elements to HTML elements; everything else MDX is an error. */
export default function remarkMdxElements() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      const mdx = node as MdxNode;
      if (!MDX_TYPES.has(mdx.type)) return;
      const allowed = (mdx.type === 'mdxJsxTextElement' || mdx.type === 'mdxJsxFlowElement') && ALLOWED_ELEMENTS.has(mdx.name ?? '') && mdx.attributes?.length === 0;
      if (!allowed) {
        const what = mdx.name ? `the element <${mdx.name}>${mdx.attributes?.length ? ' with attributes' : ''}` : mdx.type === 'mdxjsEsm' ? 'an import or export' : 'an expression in braces';
        file.fail(
          `${what} is not allowed in a document body; only ${[...ALLOWED_ELEMENTS].map((name) => `<${name}>`).join(' and ')} without attributes are (write "\\<" or "\\{" for the characters themselves)`,
          mdx.position ? { line: mdx.position.start.line, column: 1 } : undefined,
        );
      }
      mdx.data = { ...mdx.data, hName: mdx.name!, hProperties: {} };
    });
  };
}
