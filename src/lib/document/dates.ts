/** Dates as the documents print them ("13 September 1999") and as the site stores them (ISO). */

/** The English month names, January first. */
export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when the text is an ISO date (YYYY-MM-DD) that exists in the calendar. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The dates formatted so far: each cite page formats its document's date for every paragraph. */
const formatted = new Map<string, string>();

/** A date as UN documents print it: "1999-09-13" → "13 September 1999". */
export function formatDate(iso: string): string {
  let text = formatted.get(iso);
  if (text === undefined) {
    const match = ISO_DATE.exec(iso);
    if (!match || !isIsoDate(iso)) throw new RangeError(`"${iso}" is not an ISO date (YYYY-MM-DD)`);
    text = `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
    formatted.set(iso, text);
  }
  return text;
}

/** A printed date pattern: day, month name, four-digit year. */
export const PRINTED_DATE = new RegExp(`\\b(\\d{1,2})\\s+(${MONTHS.join('|')})\\s+(\\d{4})\\b`, 'i');

/**
 * The ISO form of a printed date: "13 September 1999" → "1999-09-13", or undefined when the
 * text holds no valid date of that shape.
 */
export function parsePrintedDate(text: string): string | undefined {
  const match = PRINTED_DATE.exec(text);
  if (!match) return undefined;
  const month = MONTHS.findIndex((name) => name.toLowerCase() === match[2]!.toLowerCase()) + 1;
  const iso = `${match[3]}-${String(month).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** The year of an ISO date. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** The dates of a document: its issue date, when printed, and a resolution's adoption. */
export interface DatedDocument {
  date?: string | undefined;
  resolution?: { adopted: string } | undefined;
}

/**
 * The date a document is known and cited by: a resolution's adoption, any other document's issue
 * date. A resolution is issued weeks after it is adopted, and its text may state only the
 * adoption. Every sort, listing, feed, index and citation dates a document by this.
 */
export function citationDate(doc: DatedDocument): string {
  const date = doc.resolution?.adopted ?? doc.date;
  // The schema requires one of the two.
  if (date === undefined) throw new Error('a document needs an issue date or an adoption date');
  return date;
}

/**
 * The day a document was published: its issue date, or, for a resolution whose text prints none,
 * its adoption. What "published" means to schema.org and OpenGraph; citations use {@link citationDate}.
 */
export function publicationDate(doc: DatedDocument): string {
  return doc.date ?? citationDate(doc);
}

/**
 * The issue date when it is not the citation date: a resolution's, shown second after its
 * adoption; undefined for any other document, or for a resolution whose text prints none.
 */
export function secondDate(doc: DatedDocument): string | undefined {
  return doc.resolution && doc.date !== doc.resolution.adopted ? doc.date : undefined;
}

/** A date a listing shows, with the word that says what it is ("adopted") when it needs one. */
export interface ShownDate {
  label?: 'adopted' | 'issued';
  iso: string;
}

/**
 * The dates a listing or a search result shows of a document: a resolution's adoption, then its
 * issue date when it has one; any other document's issue date alone, as it needs no word.
 */
export function shownDates(doc: DatedDocument): ShownDate[] {
  if (!doc.resolution) return [{ iso: citationDate(doc) }];
  const issued = secondDate(doc);
  return [{ label: 'adopted', iso: doc.resolution.adopted }, ...(issued ? [{ label: 'issued' as const, iso: issued }] : [])];
}

/** The dates of {@link shownDates} as one text: "adopted 9 December 1998, issued 1 March 1999". */
export function shownDatesText(doc: DatedDocument): string {
  return shownDates(doc)
    .map(({ label, iso }) => (label ? `${label} ${formatDate(iso)}` : formatDate(iso)))
    .join(', ');
}
