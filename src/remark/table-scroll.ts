/**
 * Remark plugin: puts every table in a box that scrolls sideways, so that a wide table (a list of
 * States with their signature and ratification dates) never makes a phone scroll the whole page.
 * The box is a focusable section (a region landmark) named by the table's number in the page, so that it can be
 * scrolled from the keyboard.
 */
import type { Parent, Root, RootContent } from 'mdast';

/** The class of the scrolling box. */
const TABLE_SCROLL_CLASS = 'table-scroll';

function wrapTables(parent: Parent, count: { tables: number }): void {
  parent.children.forEach((child, index) => {
    if (child.type === 'table') {
      count.tables += 1;
      // A node type that no mdast-util-to-hast handler claims renders as the element its data names.
      parent.children[index] = {
        type: 'tableScroll',
        data: { hName: 'section', hProperties: { className: [TABLE_SCROLL_CLASS], tabIndex: 0, ariaLabel: `Table ${count.tables}` } },
        children: [child],
      } as unknown as RootContent;
    } else if ('children' in child) {
      wrapTables(child, count);
    }
  });
}

/** Wraps each table in a horizontally scrolling region. */
export default function remarkTableScroll() {
  return (tree: Root): void => wrapTables(tree, { tables: 0 });
}
