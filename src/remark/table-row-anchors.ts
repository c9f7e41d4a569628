/**
 * Remark plugin: gives every body row of a document's tables the anchor src/lib/document/table-rows.ts
 * decides, so that a row of a status annex can be cited and linked to (`#row-azerbaijan`).
 */
import type { Nodes, Root, TableRow } from 'mdast';
import { tableRowAnchors } from '../lib/document/table-rows.ts';
import { textOf } from '../lib/document/paragraphs.ts';

/** Every body row of every table in a tree, in document order (a table's first row is its header). */
export function bodyRows(tree: Nodes): TableRow[] {
  if (tree.type === 'table') return tree.children.slice(1);
  if ('children' in tree) return tree.children.flatMap((child) => bodyRows(child as Nodes));
  return [];
}

/** The first cell of a row as plain text. */
export function firstCell(row: TableRow): string {
  const cell = row.children[0];
  return cell ? textOf(cell) : '';
}

/** Adds an id to each table body row. */
export default function remarkTableRowAnchors() {
  return (tree: Root): void => {
    const rows = bodyRows(tree);
    tableRowAnchors(rows.map(firstCell)).forEach((id, index) => {
      const row = rows[index]!;
      row.data = { ...row.data, hProperties: { ...row.data?.hProperties, id } };
    });
  };
}
