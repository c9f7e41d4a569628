/**
 * Turning source text into MDX that shows exactly that text. MDX executes `{...}` and parses
 * `<...>` as components, and Markdown gives meaning to a few characters at the start of a line;
 * everything the importer writes goes through here so that a source containing `<script>` or
 * `{alert(1)}` comes out as visible text, never as markup.
 */

/** Formatting tags of the sources that carry meaning the importer keeps. */
const KEPT_TAGS = new Set(['sup', 'sub']);
/** Formatting tags the importer rewrites as Markdown emphasis. */
const EMPHASIS_TAGS: Record<string, string> = { i: '*', em: '*', b: '**', strong: '**' };

/**
 * Escapes the characters MDX or Markdown would interpret inside a line of text, keeping the
 * Markdown emphasis (`*`, `**`) the sources use. Line-start markers are handled by
 * {@link escapeLineStart}.
 */
export function escapeInline(text: string): string {
  return text.replace(/[\\{}<>[\]&~|]/g, (char) => `\\${char}`);
}

/**
 * Escapes what would make a paragraph's first characters a list item, heading, quote, rule or
 * JavaScript: "1999. Text" must stay a paragraph, not become item 1999 of a list, and a line
 * starting "import" or "export" must not become an ES module statement (letters have no
 * backslash escape, so the first one is written as a character reference).
 */
export function escapeLineStart(text: string): string {
  return text
    .replace(/^(\s*)(i)(mport\b)|^(\s*)(e)(xport\b)/, (_m, s1, i, rest1, s2, e, rest2) =>
      i ? `${s1}&#${i.charCodeAt(0)};${rest1}` : `${s2}&#${e.charCodeAt(0)};${rest2}`,
    )
    .replace(/^(\s*)(\d+)([.)])(\s|$)/, '$1$2\\$3$4')
    .replace(/^(\s*)([-+])(\s|$)/, '$1\\$2$3')
    .replace(/^(\s*)(#{1,6})(\s|$)/, '$1\\$2$3')
    .replace(/^(\s*)(=+|-{3,}|_{3,})\s*$/, '$1\\$2');
}

/** A `<tag>text</tag>` fragment with plain text inside. */
const SIMPLE_ELEMENT = /<(sup|sub|i|em|b|strong)>([^<>{}]*)<\/\1>/gi;
/** An autolink as the sources write it: `<http://untreaty.un.org>`. */
const ANGLE_URL = /<(https?:\/\/[^\s<>]+)>/g;

/**
 * Converts one line of source text to MDX: the sources' harmless formatting fragments become
 * Markdown or kept elements, angle-bracket URLs become links, and everything else that MDX could
 * execute or misparse is escaped.
 */
export function sourceTextToMdx(text: string): string {
  const pieces: string[] = [];
  let last = 0;
  const pattern = new RegExp(`${SIMPLE_ELEMENT.source}|${ANGLE_URL.source}`, 'gi');
  for (const match of text.matchAll(pattern)) {
    pieces.push(escapeInline(text.slice(last, match.index)));
    const [whole, tag, inner, url] = match;
    if (url) {
      pieces.push(`[${escapeInline(url)}](${url})`);
    } else if (tag && KEPT_TAGS.has(tag.toLowerCase())) {
      pieces.push(`<${tag.toLowerCase()}>${escapeInline(inner ?? '')}</${tag.toLowerCase()}>`);
    } else if (tag) {
      const mark = EMPHASIS_TAGS[tag.toLowerCase()]!;
      pieces.push(`${mark}${escapeInline(inner ?? '')}${mark}`);
    } else {
      pieces.push(escapeInline(whole));
    }
    last = match.index + whole.length;
  }
  pieces.push(escapeInline(text.slice(last)));
  return pieces.join('');
}
