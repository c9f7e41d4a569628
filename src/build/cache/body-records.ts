/**
 * What the remark plugins recorded while rendering a body (src/remark/index.ts), read back from
 * its rendering: the pages, the treaty verifier and the build's data files all read it here.
 */
import { ANCHORED_TEXT_KEY, type AnchoredText } from '../../lib/document/anchored-text.ts';
import { CITABLE_PARAGRAPHS_KEY, type CitableParagraph } from '../../lib/document/paragraphs.ts';
import type { BodyRecords } from './body-cache.ts';

/** A value the plugins recorded, which must be a list. */
function recordedList(rendered: BodyRecords, key: string, file: string, what: string): unknown[] {
  const value = rendered.remarkPluginFrontmatter[key];
  if (!Array.isArray(value)) {
    throw new Error(`${file}: found no ${what} in its rendering, expected "${key}" from the plugins of src/remark/index.ts`);
  }
  return value;
}

/** The anchored places of a body with their text: what "#p3" of its page holds. */
export function recordedAnchoredText(rendered: BodyRecords, file: string): AnchoredText[] {
  return recordedList(rendered, ANCHORED_TEXT_KEY, file, 'anchored text') as AnchoredText[];
}

/** The paragraphs of a body a citation can point to. */
export function recordedCitableParagraphs(rendered: BodyRecords, file: string): CitableParagraph[] {
  return recordedList(rendered, CITABLE_PARAGRAPHS_KEY, file, 'citable paragraphs') as CitableParagraph[];
}
