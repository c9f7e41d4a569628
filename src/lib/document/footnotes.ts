/**
 * Footnotes as the source prints them. A footnote is cited by the mark the document prints
 * ("footnote 3", "footnote *"), so the site keeps that mark as its label and builds its ids from
 * it, never from the order in which the notes happen to be referenced.
 * The remark plugin src/remark/source-footnotes.ts renders what this module names.
 */

/** The class of the section that holds a body's footnotes, the one place its markup is named. */
export const FOOTNOTES_CLASS = 'footnotes';

/** Names for the marks UN documents use besides letters and digits, so ids stay readable. */
const MARK_NAMES: Record<string, string> = {
  '*': 'star',
  '†': 'dagger',
  '‡': 'double-dagger',
  '§': 'section',
  '¶': 'pilcrow',
  '#': 'hash',
};

/**
 * The id-safe form of a footnote label: letters and digits as they are (lower case), other marks
 * by name, joined by "-": "1" → "1", "a" → "a", "*" → "star", "**" → "star-star".
 */
export function footnoteSlug(label: string): string {
  const parts = label
    .trim()
    .toLowerCase()
    .match(/[a-z0-9]+|[^a-z0-9\s]/gu);
  if (!parts) throw new Error(`a footnote label needs a visible mark, found "${label}"`);
  return parts
    .map((part) => (/^[a-z0-9]/.test(part) ? part : (MARK_NAMES[part] ?? `u${part.codePointAt(0)!.toString(16)}`)))
    .join('-');
}

/** The id of a footnote's text: "fn-1", "fn-star". */
export function footnoteId(label: string): string {
  return `fn-${footnoteSlug(label)}`;
}

/**
 * The id of the n-th reference (from 1) to a footnote in the text: "fnref-1", then "fnref-1-2"
 * for the second reference to the same note.
 */
export function footnoteReferenceId(label: string, occurrence: number): string {
  const id = `fnref-${footnoteSlug(label)}`;
  return occurrence === 1 ? id : `${id}-${occurrence}`;
}

/**
 * Splits a rendered body at its footnotes section, so that the page can print what belongs to
 * the end of the text (a resolution's adoption line) before the notes, as the UN does.
 * Returns the whole body as `text` when it has no footnotes.
 */
export function splitAtFootnotes(html: string): { text: string; footnotes: string } {
  const start = html.indexOf(`<section class="${FOOTNOTES_CLASS}"`);
  if (start < 0) return { text: html, footnotes: '' };
  return { text: html.slice(0, start), footnotes: html.slice(start) };
}
