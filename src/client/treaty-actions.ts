/**
 * The tables of a treaty's actions, once JavaScript runs: each sortable column header becomes a
 * button that sorts the rows by that column, and the filter form above a table (hidden until now,
 * since it does nothing without this script) shows only the rows of a State, a kind of action and
 * a span of years, saying how many it shows. Without this script every row is shown in date order.
 */
import { keepsRow, type ActionFilter, type FilterRow } from '../lib/treaty/filter.ts';
import type { ActionKind } from '../schemas/treaty.ts';

/** Turns a table's sortable headers into buttons that sort its rows by each cell's data-sort value. */
function makeSortable(table: HTMLTableElement): void {
  const body = table.tBodies[0];
  if (!body) return;
  table.querySelectorAll<HTMLTableCellElement>('thead th').forEach((header, column) => {
    if (!header.hasAttribute('aria-sort')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = header.textContent;
    header.replaceChildren(button);
    button.addEventListener('click', () => {
      const direction = header.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      table.querySelectorAll('thead th[aria-sort]').forEach((other) => other.setAttribute('aria-sort', 'none'));
      header.setAttribute('aria-sort', direction);
      const key = (row: HTMLTableRowElement) => row.cells[column]?.dataset.sort ?? '';
      const rows = [...body.rows].sort((a, b) => key(a).localeCompare(key(b)) * (direction === 'ascending' ? 1 : -1));
      body.append(...rows);
    });
  });
}

/** What the filter reads of a row, from its data attributes. */
function rowOf(row: HTMLTableRowElement): FilterRow {
  const { names = '', kind = '', first = '0', last = '0' } = row.dataset;
  return { names, kind: kind as ActionKind, first: Number(first), last: Number(last) };
}

/** The reader's filter, from the form's fields. */
function filterOf(form: HTMLFormElement): ActionFilter {
  const field = (name: string) => String(new FormData(form).get(name) ?? '');
  const year = (name: string) => (field(name) ? Number(field(name)) : undefined);
  return { state: field('state'), kind: field('kind') as ActionFilter['kind'], from: year('from'), to: year('to') };
}

/** Shows the form and applies it to its table at each change, saying in its status how many rows it shows. */
function makeFilterable(form: HTMLFormElement, table: HTMLTableElement): void {
  const status = form.querySelector<HTMLElement>('[role="status"]');
  const rows = [...(table.tBodies[0]?.rows ?? [])].map((row) => ({ row, data: rowOf(row) }));
  const apply = () => {
    const filter = filterOf(form);
    let shown = 0;
    let ranged = 0;
    for (const { row, data } of rows) {
      row.hidden = !keepsRow(data, filter);
      if (row.hidden) continue;
      shown += 1;
      if (data.first !== data.last) ranged += 1;
    }
    if (!status) return;
    const within = ranged ? `; ${ranged} of them known only within a range of years that meets those chosen` : '';
    const all = Object.values(filter).every((value) => value === '' || value === undefined);
    status.textContent = all ? `Showing all ${rows.length} actions.` : `Showing ${shown} of ${rows.length} actions${within}.`;
  };
  form.addEventListener('input', apply);
  // A reset clears the fields after its event: apply the cleared form once it has.
  form.addEventListener('reset', () => setTimeout(apply));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  form.hidden = false;
  apply();
}

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) makeSortable(table);
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-filters]')) {
  const table = document.getElementById(form.dataset.filters ?? '');
  if (table instanceof HTMLTableElement) makeFilterable(form, table);
}
