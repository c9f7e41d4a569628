/**
 * The files a build keeps for the next one (its ledger, the search index's parts, the State
 * mentions, the pages' heads, the rendered bodies and the list of loaded documents): written whole
 * or not at all, so that a build stopped while writing one leaves the last whole file or none,
 * never half of one; and a record that is absent or cannot be parsed is read as nothing, so that
 * the build makes again what it described rather than failing.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

/** Files this thread has written: a part of each temporary file's name. */
let written = 0;

/** The value a record file holds, or undefined when there is none or it cannot be read (with a note saying so). */
export function readRecord<T>(file: string): T | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    console.warn(`${file}: a build cache file that does not parse (${(error as Error).message}), ignored: what it recorded is made again`);
    return undefined;
  }
}

/**
 * Writes a file whole: into a file beside it that only this write uses (the render workers of one
 * process may write the same rendering at once), then renamed over it (a rename within a folder
 * replaces the file at once), its folder made if needed.
 */
export function writeWhole(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  written += 1;
  const temporary = `${file}.${process.pid}-${threadId}-${written}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/** Writes a record file whole (writeWhole). */
export function writeRecord(file: string, value: unknown): void {
  writeWhole(file, JSON.stringify(value));
}
