/** Documents as the collection gives them, built from the fewest fields a test cares about. */
import type { Listed } from '../../src/lib/browse/browse.ts';
import { documentId } from '../../src/lib/document/documents.ts';
import { validateFrontmatter, type DocumentInput } from '../../src/schemas/document.ts';

/** A validated document: a General Assembly report of 1 March 1999 unless `fields` says otherwise. */
export function listed(fields: Partial<DocumentInput>): Listed {
  const data = validateFrontmatter(
    {
      title: 'A title',
      type: 'report',
      body: 'General Assembly',
      date: '1999-03-01',
      distribution: 'General',
      source: { file: 'source.txt', sha256: '0'.repeat(64) },
      ...fields,
    },
    'test',
  );
  return { id: documentId(data), data };
}

/** The ids of the documents listed, to compare lists briefly. */
export function ids(documents: Listed[]): string[] {
  return documents.map((doc) => doc.id);
}
