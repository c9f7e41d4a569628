/**
 * What the documents loader checks across files, before anything is rendered: a document may not
 * take the URL of a listing page.
 */
import { SUFFIX_KINDS } from '../../lib/symbol/symbol.ts';

/** A document as the loader found it: its id (its symbol's path) and its file, as shown. */
export interface FoundDocument {
  id: string;
  file: string;
}

/** "Add.1", "Corr.2": a component that makes a document's addendum, corrigendum... of the one above it. */
const SUFFIX = new RegExp(`^(${SUFFIX_KINDS.join('|')})\\.\\d+$`);

/**
 * Documents whose path is the listing page of other documents: "A/RES/53" while A/RES/53/137
 * exists (/A/RES/53/ lists the fifty-third session's resolutions). A document may have its
 * addenda, corrigenda and revisions under its path (A/53/625/Add.1): its page lists them.
 * @returns one problem per such document, naming it and one document under it.
 */
export function listingCollisions(documents: FoundDocument[]): string[] {
  // Every listing page's path (without its slashes), with the first document listed there.
  const listings = new Map<string, FoundDocument>();
  for (const document of documents) {
    const components = document.id.split('/');
    for (let n = 1; n < components.length; n++) {
      const prefix = components.slice(0, n).join('/');
      if (!SUFFIX.test(components[n]!) && !listings.has(prefix)) listings.set(prefix, document);
    }
  }
  return documents
    .filter((document) => listings.has(document.id))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((document) => {
      const under = listings.get(document.id)!;
      return (
        `${document.file}: field "symbol": found "${document.id}", a series prefix: /${document.id}/ is the listing page of ${under.id} (${under.file}), ` +
        `expected the document's full symbol (a series or a session is not a document)`
      );
    });
}
