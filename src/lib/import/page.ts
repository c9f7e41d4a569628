/**
 * Fidelity measured on the page a reader gets: the body rendered by the site's own pipeline
 * (its remark plugins included) and the masthead the page prints from the frontmatter. A word
 * the MDX holds but the page does not show (an escape that failed, a plugin that ate text) counts
 * as lost here.
 */
import { masthead, mastheadLines } from '../document/masthead.ts';
import { renderBody } from '../document/render-body.ts';
import { FOOTNOTES_CLASS } from '../document/footnotes.ts';
import { measureFidelity, type Fidelity, type VisibleText } from './fidelity.ts';
import type { ImportResult } from './index.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text of an HTML fragment as a reader sees it: tags removed, character references decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<(?:p|li|h\d|tr|td|th|section|div|br)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (whole, dec: string, hex: string, name: string) =>
      dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (ENTITIES[name] ?? whole),
    );
}

/** A rendered body's text and its footnotes section's, apart. */
export function pageParts(html: string): VisibleText {
  const start = html.search(new RegExp(`<section[^>]*class="[^"]*\\b${FOOTNOTES_CLASS}\\b`));
  return start < 0 ? { body: htmlText(html), footnotes: '' } : { body: htmlText(html.slice(0, start)), footnotes: htmlText(html.slice(start)) };
}

/** The MDX body of an imported document: what follows its frontmatter. */
function mdxBody(mdx: string): string {
  return mdx.slice(mdx.indexOf('\n---\n', 4) + 5);
}

/** Measures an import on its rendered page. */
export async function measureOnPage(result: ImportResult): Promise<Fidelity> {
  const rendered = await renderBody(mdxBody(result.mdx), {
    path: result.file,
    frontmatter: result.data as unknown as Record<string, unknown>,
    isInCollection: () => false,
    base: '/',
  });
  return measureFidelity({ ...result.measured, mastheadText: mastheadLines(masthead(result.data)).join('\n'), page: pageParts(rendered.html) });
}
