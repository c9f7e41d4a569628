/**
 * The document collection as every page reads it: loaded and checked once per build, in one
 * order (oldest first).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareByDate } from './browse.ts';
import { checkCollection } from './documents.ts';

/** A document of the collection. */
export type DocumentEntry = CollectionEntry<'documents'>;

let loaded: Promise<DocumentEntry[]> | undefined;

async function load(): Promise<DocumentEntry[]> {
  const entries = await getCollection('documents');
  // The schema sees one file at a time; this sees them all (a symbol used twice, a misplaced
  // file) and fails the build naming the files.
  checkCollection(entries);
  return entries.sort(compareByDate);
}

/**
 * Every document, sorted by date then symbol. A build loads them once for all its pages; the dev
 * server reloads them on each request, so that an edited file shows without a restart.
 */
export function getDocuments(): Promise<DocumentEntry[]> {
  if (import.meta.env.DEV) return load();
  loaded ??= load();
  return loaded;
}
