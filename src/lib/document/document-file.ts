/**
 * A document file as written: UTF-8 text, YAML frontmatter between "---" lines, then the MDX body.
 * Read with the parser Astro uses for frontmatter (js-yaml: YAML 1.1, where an unquoted date
 * becomes a timestamp that the schema then reports), by the content loader, the importer and the
 * tests. Finding the files in a folder is the build's (src/build/folder-files.ts).
 */
import { load as parseYaml, YAMLException } from 'js-yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** A document file that cannot be published as it is; the message names the file and the fix. */
export class DocumentFileError extends Error {
  override name = 'DocumentFileError';
}

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
  if (!match) throw new DocumentFileError(`${file}: found no frontmatter, expected the file to start with a "---" block`);
  let frontmatter: unknown;
  try {
    frontmatter = parseYaml(match[1]!);
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    // js-yaml counts lines from 0 within the frontmatter, which starts on the file's line 2.
    const line = error.mark.line + 2;
    throw new DocumentFileError(`${file}:${line}: found invalid YAML in the frontmatter, expected "field: value" lines (${error.reason})`);
  }
  if (frontmatter === null || typeof frontmatter !== 'object' || Array.isArray(frontmatter)) {
    throw new DocumentFileError(`${file}: found a frontmatter that is not a set of fields, expected "field: value" lines`);
  }
  const body = '\n'.repeat(match[0].split('\n').length - 1) + text.slice(match[0].length);
  return { frontmatter: frontmatter as Record<string, unknown>, body };
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Windows-1252's characters for the bytes 0x80–0x9F (undefined ones are empty); above, Latin-1's. */
const WINDOWS_1252 = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ';

/** The character a byte of 0x80 or more stands for in Windows-1252, if any. */
function windows1252(byte: number): string | undefined {
  const char = byte < 0xa0 ? WINDOWS_1252[byte - 0x80] : String.fromCharCode(byte);
  return char === '\u0000' ? undefined : char;
}

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    // Once the bytes are well formed, the decoder (which also refuses overlong forms) has the last word.
    i += length;
  }
  return -1;
}

/** What a file that is not UTF-8 looks like, from its bytes. */
function encodingFound(bytes: Uint8Array, at: number): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'looks like UTF-16 (it starts with a UTF-16 byte-order mark)';
  if (bytes.includes(0)) return 'looks like UTF-16 or a binary file (it holds zero bytes)';
  const byte = bytes[at]!;
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  const line = bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1;
  const char = windows1252(byte);
  return char === undefined
    ? `is in an 8-bit encoding other than Windows-1252: byte ${hex} at line ${line}`
    : `looks like Latin-1 / Windows-1252: byte ${hex} ("${char}" in Windows-1252) at line ${line}`;
}

/**
 * A document file's text from its bytes: UTF-8, with or without a byte-order mark (which is
 * dropped).
 * @throws {DocumentFileError} naming the file and the encoding the bytes look like.
 */
export function decodeDocument(bytes: Uint8Array, file: string): string {
  const bom = UTF8_BOM.every((byte, i) => bytes[i] === byte);
  const text = bom ? bytes.subarray(UTF8_BOM.length) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(text);
  } catch {
    const at = Math.max(firstInvalidByte(text), 0);
    throw new DocumentFileError(`${file}: found text that is not UTF-8: it ${encodingFound(text, at)}; expected UTF-8: save the file as UTF-8 (iconv -f WINDOWS-1252 -t UTF-8 converts a Windows-1252 file)`);
  }
}
