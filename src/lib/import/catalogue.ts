/**
 * The catalogue record that may come with a source (`<name>.json` beside `<name>.txt`): what a
 * library or a scraper says of the document. The text is the document, the record only a
 * description of it: a value the text states is kept, and where the record says otherwise the
 * import report shows both; a value only the record states is taken and marked as the record's.
 */

/** The fields of a catalogue record the importer reads; others are ignored. */
export interface CatalogueRecord {
  symbol?: string;
  title?: string;
  date?: string;
  url?: string;
  body?: string;
  doc_type?: string;
  committee?: string;
  country_code?: string;
  cycle?: number;
}

/** A field on which the text and the record disagree. */
export interface Disagreement {
  field: string;
  text: string;
  record: string;
}

/** Error for a record that cannot be read. */
export class RecordError extends Error {
  override name = 'RecordError';
}

const STRING_FIELDS = ['symbol', 'title', 'date', 'url', 'body', 'doc_type', 'committee', 'country_code'] as const;

/**
 * Reads a catalogue record's JSON.
 * @throws {RecordError} naming the file when it is not a JSON object.
 */
export function readRecord(text: string, file: string): CatalogueRecord {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new RecordError(`${file}: the catalogue record is not valid JSON (${(error as Error).message}); fix or remove it`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new RecordError(`${file}: the catalogue record is not a JSON object; fix or remove it`);
  }
  const fields = data as Record<string, unknown>;
  const record: CatalogueRecord = {};
  for (const name of STRING_FIELDS) {
    const value = fields[name];
    if (typeof value === 'string' && value.trim() !== '') record[name] = value.trim();
  }
  if (typeof fields.cycle === 'number' && Number.isInteger(fields.cycle)) record.cycle = fields.cycle;
  return record;
}

/**
 * An address that names one document: an https URL with a path that does not end in an empty
 * record number ("https://digitallibrary.un.org/record/" names none).
 */
export function isDocumentUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && !/\/record\/?$/.test(parsed.pathname) && parsed.pathname.length > 1;
  } catch {
    return false;
  }
}

/**
 * Chooses between what the text states and what the record says of one field: the text when it
 * speaks (and a disagreement when the record says otherwise), else the record (and the field is
 * marked as the record's), else nothing.
 */
export function reconcile<T>(
  field: string,
  fromText: T | undefined,
  fromRecord: T | undefined,
  report: { disagreements: Disagreement[]; fromRecord: string[] },
  same: (a: T, b: T) => boolean = (a, b) => a === b,
): T | undefined {
  if (fromText !== undefined) {
    if (fromRecord !== undefined && !same(fromText, fromRecord)) {
      report.disagreements.push({ field, text: String(fromText), record: String(fromRecord) });
    }
    return fromText;
  }
  if (fromRecord !== undefined) report.fromRecord.push(field);
  return fromRecord;
}
