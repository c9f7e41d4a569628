/**
 * A document file as written: YAML frontmatter between "---" lines, then the MDX body. Read with
 * the parser Astro uses for frontmatter (js-yaml: YAML 1.1, where an unquoted date becomes a
 * timestamp that the schema then reports), by the content loader, the importer and the tests.
 */
import { existsSync, readdirSync } from 'node:fs';
import { load as parseYaml, YAMLException } from 'js-yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** A document file split into its frontmatter (unvalidated) and its body. */
export interface DocumentFile {
  frontmatter: Record<string, unknown>;
  /** The body, with blank lines in place of the frontmatter so that its line numbers are the file's. */
  body: string;
}

/**
 * Splits a document file.
 * @throws {Error} naming the file (and the line, for invalid YAML) when there is no frontmatter
 *   or it is not a set of fields.
 */
export function splitDocument(text: string, file: string): DocumentFile {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error(`${file}: found no frontmatter, expected the file to start with a "---" block`);
  let frontmatter: unknown;
  try {
    frontmatter = parseYaml(match[1]!);
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    // js-yaml counts lines from 0 within the frontmatter, which starts on the file's line 2.
    const line = error.mark.line + 2;
    throw new Error(`${file}:${line}: found invalid YAML in the frontmatter, expected "field: value" lines (${error.reason})`);
  }
  if (frontmatter === null || typeof frontmatter !== 'object' || Array.isArray(frontmatter)) {
    throw new Error(`${file}: found a frontmatter that is not a set of fields, expected "field: value" lines`);
  }
  const body = '\n'.repeat(match[0].split('\n').length - 1) + text.slice(match[0].length);
  return { frontmatter: frontmatter as Record<string, unknown>, body };
}

/** Every .mdx file under a folder, as sorted "/"-separated paths relative to it; none if it does not exist. */
export function documentFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.split('\\').join('/'))
    .sort();
}
