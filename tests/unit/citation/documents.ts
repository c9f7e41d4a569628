/** The five documents of content/documents/ by symbol or unnumberedId, validated, for citation tests. */
import type { DocumentData } from '../../../src/schemas/document.ts';
import { readDocuments } from '../../site/content.ts';
import type { CitableParagraph } from '../../../src/lib/document/paragraphs.ts';

const documents = readDocuments();

/** A document of the collection by its symbol or its unnumberedId. */
export function published(key: string): DocumentData {
  const found = documents.find(({ data }) => data.symbol === key || data.unnumberedId === key);
  if (!found) throw new Error(`no document "${key}" in content/documents/`);
  return found.data;
}

/** A paragraph as the remark plugin records it, from the fewest fields a test cares about. */
export function paragraph(fields: Partial<CitableParagraph> & { id: string }): CitableParagraph {
  return { beforeNumbered: false, excerpt: '', ...fields };
}
