/**
 * Rendering a document's MDX body to HTML outside Vite: the site's remark plugins on one unified
 * pipeline, so that thousands of bodies compile without a module each.
 */
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { remarkPlugins } from '../../remark/index.ts';
import remarkMdxElements from '../../remark/mdx-elements.ts';

/** A body rendered. */
export interface RenderedBody {
  html: string;
  /** The frontmatter as the plugins left it, with what they recorded (as Astro's render() names it). */
  remarkPluginFrontmatter: Record<string, unknown>;
  /**
   * Each symbol the plugins asked about and whether it was in the collection then: the HTML links
   * it accordingly, so the rendering is stale once an answer changes.
   */
  collectionAnswers: Record<string, boolean>;
}

/**
 * Renders one body. The plugins get the frontmatter as Astro gives it
 * (`file.data.astro.frontmatter`), a copy that they may extend.
 * @throws {Error} naming the file and line of anything the body may not contain.
 */
export async function renderBody(
  body: string,
  options: { path: string; frontmatter: Record<string, unknown>; isInCollection: (symbol: string) => boolean; base: string },
): Promise<RenderedBody> {
  const collectionAnswers: Record<string, boolean> = {};
  const isInCollection = (symbol: string) => (collectionAnswers[symbol] ??= options.isInCollection(symbol));
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkMdxElements)
    .use(remarkPlugins({ isInCollection, base: options.base }))
    .use(remarkRehype)
    .use(rehypeStringify);
  const frontmatter = structuredClone(options.frontmatter);
  const file = new VFile({ value: body, path: options.path, data: { astro: { frontmatter } } });
  try {
    const result = await processor.process(file);
    const astro = result.data.astro as { frontmatter: Record<string, unknown> };
    return { html: String(result.value), remarkPluginFrontmatter: astro.frontmatter, collectionAnswers };
  } catch (error) {
    // The parser and the plugins report a place in the body; say which file and line it is.
    if (error instanceof VFileMessage) {
      throw new Error(`${options.path}:${error.line ?? 0}:${error.column ?? 0}: ${error.reason}`, { cause: error });
    }
    throw error;
  }
}
