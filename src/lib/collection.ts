/**
 * The document collection as every page reads it: loaded and checked once per build, in one
 * order (oldest first), with its citation graph.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { AnchoredText } from './anchored-text.ts';
import { renderedBody } from './body-cache.ts';
import { recordedAnchoredText, recordedCitableParagraphs } from './body-records.ts';
import { compareByDate } from './browse.ts';
import { citationGraph, renderedCitations, type CitationGraph } from './citations.ts';
import { checkCollection, documentFile } from './documents.ts';
import type { CitableParagraph } from './paragraphs.ts';

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

let graph: Promise<CitationGraph<DocumentEntry>> | undefined;

async function loadGraph(): Promise<CitationGraph<DocumentEntry>> {
  const documents = await getDocuments();
  // Each body was rendered once, by the content loader; its rendering carries what it cites, so
  // the graph needs no second parse of any body.
  const inputs = documents.map((document) => ({
    document,
    body: renderedCitations(renderedBody(document).remarkPluginFrontmatter, document.filePath ?? documentFile(document.data)),
  }));
  return citationGraph(inputs);
}

/** The citation graph of the collection: built once per build, like the collection itself. */
export function getCitationGraph(): Promise<CitationGraph<DocumentEntry>> {
  if (import.meta.env.DEV) return loadGraph();
  graph ??= loadGraph();
  return graph;
}

/**
 * The anchored places of a document's body with their text, as its rendering recorded them
 * (src/remark/record-anchored-text.ts): what "#p3" of its page holds.
 */
export function anchoredTextOf(document: DocumentEntry): AnchoredText[] {
  return recordedAnchoredText(renderedBody(document), document.filePath ?? document.id);
}

/** The paragraphs of a document a citation can point to, as its rendering recorded them. */
export function citableParagraphsOf(document: DocumentEntry): CitableParagraph[] {
  return recordedCitableParagraphs(renderedBody(document), document.filePath ?? document.id);
}
