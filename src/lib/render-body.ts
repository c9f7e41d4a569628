/**
 * Rendering a document's MDX body to HTML outside Vite: the same remark plugins as the Astro
 * config, on one unified pipeline, so that thousands of bodies compile without a module each.
 */
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { remarkPlugins } from '../remark/index.ts';
import remarkMdxElements from '../remark/mdx-elements.ts';

const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkMdxElements)
  .use(remarkPlugins)
  .use(remarkRehype)
  .use(rehypeStringify)
  .freeze();

/** A body rendered: its HTML, and what the plugins recorded about it. */
export interface RenderedBody {
  html: string;
  data: Record<string, unknown>;
}

/**
 * Renders one body. The frontmatter is given to the plugins as Astro gives it
 * (`file.data.astro.frontmatter`), so that they behave the same in both pipelines.
 * @throws {Error} naming the file and line of anything the body may not contain.
 */
export async function renderBody(body: string, options: { path: string; frontmatter: Record<string, unknown> }): Promise<RenderedBody> {
  const file = new VFile({ value: body, path: options.path, data: { astro: { frontmatter: options.frontmatter } } });
  let result: VFile;
  try {
    result = await processor.process(file);
  } catch (error) {
    // The parser and the plugins report a place in the body; say which file and line it is.
    if (error instanceof VFileMessage) {
      throw new Error(`${options.path}:${error.line ?? 0}:${error.column ?? 0}: ${error.reason}`, { cause: error });
    }
    throw error;
  }
  const { astro: _astro, ...data } = result.data as Record<string, unknown>;
  return { html: String(result.value), data };
}
