/** Parses a document body the way Astro's MDX integration does: MDX syntax, then GFM. */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export function parseBody(body: string): Root {
  return parser.parse(body);
}
