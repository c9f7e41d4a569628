/**
 * Comma-separated values as RFC 4180 writes them: records ended by CRLF, a field quoted when it
 * holds a comma, a quote, a line break or space at either end, and a quote inside a quoted field
 * doubled. Spreadsheets and CSV readers open such a file as the table it was written from.
 */

/** One field, quoted when it must be. */
function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV text: the header record, then one record per row, each ended by CRLF.
 * @param header the names of the columns.
 * @param rows the records, each with a value per column (null or undefined for an empty field).
 */
export function csvText(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** The media type a CSV file is served with: a header record is present. */
export const CSV_TYPE = 'text/csv; charset=utf-8; header=present';
