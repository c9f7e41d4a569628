/**
 * Which row of a document's tables gets which anchor. A status annex is cited by row ("annex,
 * Azerbaijan"), so every body row of every table gets an id made from its first cell, which in
 * the UN's tables names what the row is about: `row-azerbaijan`. The remark plugin
 * src/remark/table-row-anchors.ts applies what this module decides.
 */
import GithubSlugger from 'github-slugger';

/** The prefix of every row anchor; it keeps row ids apart from paragraph and heading ids. */
export const ROW_PREFIX = 'row-';

/**
 * The anchors of a document's table body rows, given each row's first cell, in document order.
 * A first cell met twice gets GitHub's suffix (`row-mexico-1`); a row whose first cell is empty
 * is numbered by its place among all the rows (`row-3`).
 */
export function tableRowAnchors(firstCells: string[]): string[] {
  const slugger = new GithubSlugger();
  return firstCells.map((cell, index) => {
    const slug = slugger.slug(cell.trim());
    return slug === '' ? `${ROW_PREFIX}${index + 1}` : `${ROW_PREFIX}${slug}`;
  });
}
