/**
 * The document collection as the pages read it: loaded once per build (the documents loader
 * has checked it), in one order (oldest first), with its citation graph.
 */
import type { AnchoredText } from '../lib/document/anchored-text.ts';
import { bodyCache, renderedRecords, type LoadedDocument } from './cache/body-cache.ts';
import { recordedAnchoredText, recordedCitableParagraphs } from './cache/body-records.ts';
import { compareByDate } from '../lib/browse/browse.ts';
import { citationGraph, renderedCitations, type CitationGraph } from '../lib/citation/citations.ts';
import type { CitableParagraph } from '../lib/document/paragraphs.ts';

/** A document of the collection: its id, file, digest and validated frontmatter. */
export type DocumentEntry = LoadedDocument;

let loaded: Promise<DocumentEntry[]> | undefined;

async function load(): Promise<DocumentEntry[]> {
  // The documents loader (src/build/loaders/documents.ts) records the collection beside the rendered
  // bodies rather than in Astro's data store; pages run in the project root.
  return bodyCache(process.cwd()).readLoaded().sort(compareByDate);
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

/** What the collection-wide views read of a document's rendering: its citations and its anchored text. */
interface CollectionRecords {
  citations: ReturnType<typeof renderedCitations>;
  anchored: AnchoredText[];
}

const records = new Map<string, CollectionRecords>();

/**
 * A document's citations and anchored text, read from its rendering once per build for both the
 * citation graph and the treaty sources (each reading every rendering took a second at 10,000
 * documents); the dev server reads them again on each request.
 */
function collectionRecordsOf(document: DocumentEntry): CollectionRecords {
  const key = `${document.id} ${document.rendering}`;
  const known = import.meta.env.DEV ? undefined : records.get(key);
  if (known) return known;
  const rendered = renderedRecords(document);
  const read = {
    citations: renderedCitations(rendered.remarkPluginFrontmatter, document.filePath),
    anchored: recordedAnchoredText(rendered, document.filePath),
  };
  if (!import.meta.env.DEV) records.set(key, read);
  return read;
}

let graph: Promise<CitationGraph<DocumentEntry>> | undefined;

async function loadGraph(): Promise<CitationGraph<DocumentEntry>> {
  const documents = await getDocuments();
  // Each body was rendered once, by the content loader; its rendering carries what it cites, so
  // the graph needs no second parse of any body.
  return citationGraph(documents.map((document) => ({ document, body: collectionRecordsOf(document).citations })));
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
  return collectionRecordsOf(document).anchored;
}

/** The paragraphs of a document a citation can point to, as its rendering recorded them. */
export function citableParagraphsOf(document: DocumentEntry): CitableParagraph[] {
  return recordedCitableParagraphs(renderedRecords(document), document.filePath);
}
