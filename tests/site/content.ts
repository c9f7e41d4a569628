/**
 * The documents of content/documents/ as the site tests see them: each file's frontmatter read
 * the way Astro reads it and validated by the site's own schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { validateFrontmatter, type DocumentData } from '../../src/schemas/document.ts';

/** The folder of the document collection, relative to the project root. */
export const DOCUMENTS_FOLDER = 'content/documents';

/** A content file and its validated frontmatter. */
export interface ContentDocument {
  file: string;
  data: DocumentData;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/**
 * The frontmatter of an MDX file, parsed as YAML 1.1 because Astro reads frontmatter with js-yaml,
 * a YAML 1.1 parser: an unquoted date must reach the schema as the Date Astro would see.
 * @throws {Error} naming the file when it has no frontmatter block.
 */
export function readFrontmatter(text: string, file: string): unknown {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error(`${file}: found no frontmatter, expected the file to start with a "---" block`);
  return parse(match[1]!, { version: '1.1' });
}

/** Every .mdx file under a folder, by its "/"-separated path from the project root, sorted. */
function mdxFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) return mdxFiles(path);
      return entry.name.endsWith('.mdx') ? [path] : [];
    })
    .sort();
}

/** Every document of the collection, validated; paths are relative to the project root. */
export function readDocuments(): ContentDocument[] {
  return mdxFiles(DOCUMENTS_FOLDER).map((file) => ({
    file,
    data: validateFrontmatter(readFrontmatter(readFileSync(file, 'utf8'), file), file),
  }));
}
