/**
 * Rendered document bodies on disk, outside Astro's data store (which Vite bundles whole, so that
 * large values there cost memory and time at every build). Each rendering is two files named by
 * its digest, its HTML and what the plugins recorded, because most readers want one of them: a
 * document page its HTML, the citation graph, the treaty sources, the cite pages and the data
 * files the records (at 10,000 documents, each parsed the other's 6 to 7 KB 20,000 times a build).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentCacheDir } from '../integrations/content-dir.ts';
import { readRecord, writeWhole } from './build-record.ts';
import type { DocumentData } from '../../schemas/document.ts';
import type { RenderedBody } from '../../lib/document/render-body.ts';

/** A document as the loader last loaded it: what finds its rendering in the cache. */
export interface LoadedDocument {
  id: string;
  /** Its content file, relative to the project root (outside it when the content folder is). */
  filePath: string;
  digest: string;
  /**
   * The digest of its cached rendering. A body is rendered again under the same digest when a
   * document it cites enters or leaves the collection; this tells the renderings apart.
   */
  rendering: string;
  data: DocumentData;
}

/** The list of the documents of the last load, beside the renderings (no digest is named so). */
const LOADED_FILE = 'loaded-documents.json';

/** A rendering without its HTML: what the plugins recorded, and the collection answers it was made with. */
export type BodyRecords = Omit<RenderedBody, 'html'>;

/** The cache of one project. */
export interface BodyCache {
  /** Whether a rendering is cached and every collection answer it was made with still holds. */
  isCurrent(digest: string, isInCollection: (symbol: string) => boolean): boolean;
  /** Caches a rendering and returns its own digest (LoadedDocument.rendering). */
  write(digest: string, body: RenderedBody): string;
  read(digest: string): RenderedBody;
  /** A rendering's HTML alone. */
  readHtml(digest: string): string;
  /** What the plugins recorded of a rendering, without its HTML. */
  readRecords(digest: string): BodyRecords;
  /**
   * Records the documents of the last load: the collection every page, integration and build
   * step reads (src/build/collection.ts), and what the next load compares each file with.
   */
  writeLoaded(documents: LoadedDocument[]): void;
  /** The documents of the last load, in the order they were recorded. */
  readLoaded(): LoadedDocument[];
  /**
   * The documents of the last load, none when no load recorded them (a clean checkout) or their
   * record cannot be read: what the next load compares each file with.
   */
  readLastLoad(): LoadedDocument[];
}

/** The folder of the cache of the content folder in use (src/build/integrations/content-dir.ts). */
export function bodyCacheDir(root: string): string {
  return contentCacheDir(root, 'bodies');
}

/** The body cache of the project at `root`. */
export function bodyCache(root: string): BodyCache {
  const dir = bodyCacheDir(root);
  const file = (digest: string) => join(dir, `${digest}.json`);
  const htmlFile = (digest: string) => join(dir, `${digest}.html`);
  const loadedFile = join(dir, LOADED_FILE);
  // A rendering's collection answers are also kept in a file of their own, written last: every
  // load checks them for every document, and reading the records for them took a second at
  // 10,000 documents.
  const answersFile = (digest: string) => join(dir, `${digest}.answers.json`);
  /** Reads a file of a rendering, saying which rendering is missing. */
  const readPart = (digest: string, path: string): string => {
    try {
      // Read at once rather than checked first: every page reads one, 20,000 at 10,000 documents.
      return readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      throw new Error(`the rendered body ${digest} is missing from ${dir}; run the build again (the content loader writes it)`, { cause: error });
    }
  };
  return {
    isCurrent(digest, isInCollection) {
      let answers: RenderedBody['collectionAnswers'];
      try {
        answers = JSON.parse(readFileSync(answersFile(digest), 'utf8')) as RenderedBody['collectionAnswers'];
      } catch {
        return false;
      }
      return existsSync(file(digest)) && existsSync(htmlFile(digest)) && Object.entries(answers).every(([symbol, answer]) => isInCollection(symbol) === answer);
    },
    write(digest, { html, ...records }) {
      const text = JSON.stringify(records);
      // The answers last: a rendering whose answers file is there is whole (isCurrent).
      writeWhole(htmlFile(digest), html);
      writeWhole(file(digest), text);
      writeWhole(answersFile(digest), JSON.stringify(records.collectionAnswers));
      return createHash('sha1').update(html).update('\0').update(text).digest('hex').slice(0, 16);
    },
    read(digest) {
      return { html: this.readHtml(digest), ...this.readRecords(digest) };
    },
    readHtml(digest) {
      return readPart(digest, htmlFile(digest));
    },
    readRecords(digest) {
      return JSON.parse(readPart(digest, file(digest))) as BodyRecords;
    },
    writeLoaded(documents) {
      writeWhole(loadedFile, JSON.stringify(documents));
    },
    readLastLoad() {
      const documents = readRecord<LoadedDocument[]>(loadedFile);
      return Array.isArray(documents) ? documents : [];
    },
    readLoaded() {
      if (!existsSync(loadedFile)) {
        throw new Error(`${loadedFile} is missing: the documents loader writes it when it loads the collection; run the build again`);
      }
      return JSON.parse(readFileSync(loadedFile, 'utf8')) as LoadedDocument[];
    },
  };
}

/** The digest a collection entry's rendering is cached under. */
function renderingDigest(entry: { id: string; digest?: string | number | undefined }): string {
  if (entry.digest === undefined) throw new Error(`the document ${entry.id} has no digest: was it loaded by the documents loader?`);
  return String(entry.digest);
}

/**
 * The rendered HTML of a collection entry's body, read from the cache its loader filled. Pages run
 * in the project root, where the build was started.
 */
export function renderedHtml(entry: { id: string; digest?: string | number | undefined }): string {
  return bodyCache(process.cwd()).readHtml(renderingDigest(entry));
}

/** What the plugins recorded while rendering a collection entry's body. */
export function renderedRecords(entry: { id: string; digest?: string | number | undefined }): BodyRecords {
  return bodyCache(process.cwd()).readRecords(renderingDigest(entry));
}
