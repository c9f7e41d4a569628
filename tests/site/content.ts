/**
 * The documents of content/documents/ as the site tests see them: each file's frontmatter read
 * the way Astro reads it and validated by the site's own schema.
 */
import { readFileSync } from 'node:fs';
import { splitDocument } from '../../src/lib/document/document-file.ts';
import { documentFiles } from '../../src/build/folder-files.ts';
import { validateFrontmatter, type DocumentData } from '../../src/schemas/document.ts';

/** The folder of the document collection, relative to the project root. */
export const DOCUMENTS_FOLDER = 'content/documents';

/** A content file and its validated frontmatter. */
export interface ContentDocument {
  file: string;
  data: DocumentData;
}

/** Every document of the collection, validated; paths are relative to the project root. */
export function readDocuments(): ContentDocument[] {
  return documentFiles(DOCUMENTS_FOLDER).map((name) => {
    const file = `${DOCUMENTS_FOLDER}/${name}`;
    return { file, data: validateFrontmatter(splitDocument(readFileSync(file, 'utf8'), file).frontmatter, file) };
  });
}
