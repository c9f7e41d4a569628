/** Listing the files of a folder: a built site's, a content folder's documents. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder, by its "/"-separated path there ("A/RES/53/137/index.html"). */
export function listFiles(root: string, folder = ''): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
    return entry.isDirectory() ? listFiles(root, path) : [path];
  });
}

/** Every name under a folder, as sorted "/"-separated paths relative to it; none if it does not exist. */
function folderNames(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split('\\').join('/'))
    .sort();
}

/** Every .mdx file under a folder, as sorted "/"-separated paths relative to it; none if it does not exist. */
export function documentFiles(folder: string): string[] {
  return folderNames(folder).filter((name) => name.endsWith('.mdx'));
}

/** Markdown files where documents are expected: Markdown cannot be a document (it is never loaded). */
const MISNAMED = /\.(md|markdown)$/i;

/**
 * What a documents folder holds that looks like a document but would be ignored: each file
 * named, with the fix.
 */
export function misnamedDocumentFiles(folder: string, shownAs: (name: string) => string): string[] {
  return folderNames(folder)
    .filter((name) => MISNAMED.test(name))
    .map((name) => `${shownAs(name)}: found a Markdown file where documents are MDX files, expected ${shownAs(name.replace(MISNAMED, '.mdx'))}: rename it to .mdx`);
}
