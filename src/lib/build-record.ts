/**
 * The JSON files a build keeps for the next one (its ledger, the search index's parts, the State
 * mentions, the pages' heads): read as nothing when absent or unreadable, so that the build then
 * makes everything, and written whole or not at all, so that a build stopped while writing one
 * leaves none rather than half.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The value a record file holds, or undefined when there is none or it cannot be read. */
export function readRecord<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Writes a record file: into a file beside it, then renamed over it, its folder made if needed. */
export function writeRecord(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(value));
  renameSync(`${file}.tmp`, file);
}
