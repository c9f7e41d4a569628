import { describe, expect, it } from 'vitest';
import remarkTableScroll from '../../src/remark/table-scroll.ts';
import { renderMarkdown } from './remark-plugins.ts';

const TABLE = '| State | Signature |\n| --- | --- |\n| Chile | 24 September 1993 |\n';

describe('remarkTableScroll', () => {
  it.each<[string, string, string[]]>([
    ['a table', TABLE, ['<section class="table-scroll" tabindex="0" aria-label="Table 1"><table>']],
    ['two tables, numbered', `${TABLE}\nText.\n\n${TABLE}`, ['aria-label="Table 1"><table>', 'aria-label="Table 2"><table>']],
    ['a table inside a numbered paragraph', `3. The results:\n\n   ${TABLE.replaceAll('\n', '\n   ')}`, ['<li>\n<p>The results:</p>\n<section class="table-scroll"']],
  ])('wraps %s in a scrolling region', async (_name, markdown, fragments) => {
    const html = await renderMarkdown(markdown, [remarkTableScroll]);
    for (const fragment of fragments) expect(html).toContain(fragment);
    expect(html).toContain('</table></section>');
  });
});
