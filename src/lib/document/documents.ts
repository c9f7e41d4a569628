/**
 * Where a document lives: its content file, its URL and the redirects that keep its earlier URLs
 * alive. Every page, script and test goes through these functions.
 */
import { symbolToId, symbolToPath } from '../symbol/symbol.ts';

/** The identity fields of a document's frontmatter. */
export interface DocumentIdentity {
  symbol?: string | undefined;
  unnumberedId?: string | undefined;
}

/** The folder under content/documents/ holding documents whose symbol is not known. */
export const UNNUMBERED_FOLDER = 'unnumbered';

/** A document's id in the collection: its path under content/documents/ without ".mdx". */
export function documentId(doc: DocumentIdentity): string {
  if (doc.symbol) return symbolToId(doc.symbol);
  if (doc.unnumberedId) return `${UNNUMBERED_FOLDER}/${doc.unnumberedId}`;
  throw new Error('a document needs a symbol or an unnumberedId');
}

/** A document's URL path: "/A/RES/53/137/", or "/unnumbered/<id>/" while it has no symbol. */
export function documentPath(doc: DocumentIdentity): string {
  return doc.symbol ? symbolToPath(doc.symbol) : `/${documentId(doc)}/`;
}

/** A document's content file, relative to the project root. */
export function documentFile(doc: DocumentIdentity): string {
  return `content/documents/${documentId(doc)}.mdx`;
}

/**
 * The redirects a document needs: a document first published without a symbol keeps its
 * unnumberedId once the symbol is known, and its old URL then points to the new one.
 */
export function documentRedirects(doc: DocumentIdentity): { from: string; to: string }[] {
  if (doc.symbol && doc.unnumberedId) {
    return [{ from: `/${UNNUMBERED_FOLDER}/${doc.unnumberedId}/`, to: symbolToPath(doc.symbol) }];
  }
  return [];
}

/** A document's label for lists and titles: its symbol, or "Symbol not stated". */
export function documentLabel(doc: DocumentIdentity): string {
  return doc.symbol ?? 'Symbol not stated';
}

/** An entry as the collection gives it: its id, its file and its validated identity. */
export interface CollectionEntry {
  id: string;
  filePath?: string | undefined;
  data: DocumentIdentity;
}

/** The content file of a collection entry, relative to the project root. */
function entryFile(entry: CollectionEntry): string {
  return entry.filePath ?? `content/documents/${entry.id}.mdx`;
}

/**
 * Checks what a schema cannot see on its own: each file sits at the path its symbol gives, and
 * no symbol or unnumberedId is used twice.
 * @throws {Error} naming every misplaced or duplicate file.
 */
export function checkCollection(entries: CollectionEntry[]): void {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  // Of two files with one symbol, the one at the symbol's path is the document and the other the
  // duplicate; past that, file order, so that every machine names the same file whatever order
  // the loader read the folders in.
  // By id, the file's path under the documents folder, wherever the content folder is.
  const misplaced = (entry: CollectionEntry) => entry.id !== documentId(entry.data);
  const ordered = [...entries].sort(
    (a, b) => Number(misplaced(a)) - Number(misplaced(b)) || (entryFile(a) < entryFile(b) ? -1 : 1),
  );
  for (const entry of ordered) {
    const file = entryFile(entry);
    const keys = [
      entry.data.symbol && `symbol "${entry.data.symbol}"`,
      entry.data.unnumberedId && `unnumberedId "${entry.data.unnumberedId}"`,
    ].filter((key): key is string => Boolean(key));
    for (const key of keys) {
      const first = seen.get(key);
      if (first) problems.push(`${file}: field "${key.split(' ')[0]}": found duplicate ${key}, already used by ${first}; expected each document once`);
      else seen.set(key, file);
    }
    if (misplaced(entry)) {
      problems.push(`${file}: field "symbol": found the file at the wrong path for ${keys[0]}, expected it at ${documentFile(entry.data)}`);
    }
  }
  if (problems.length > 0) throw new Error(`Invalid document collection:\n${problems.join('\n')}`);
}
