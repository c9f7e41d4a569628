/**
 * Rendered document bodies on disk, one file per digest, outside Astro's data store (which Vite
 * bundles whole, so that large values there cost memory and time at every build).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentData } from '../schemas/document.ts';
import type { RenderedBody } from './render-body.ts';

/** A document as the loader last loaded it: what finds its rendering in the cache. */
export interface LoadedDocument {
  id: string;
  /** Its content file, relative to the project root. */
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

/** The cache of one project. */
export interface BodyCache {
  /** Whether a rendering is cached and every collection answer it was made with still holds. */
  isCurrent(digest: string, isInCollection: (symbol: string) => boolean): boolean;
  /** Caches a rendering and returns its own digest (LoadedDocument.rendering). */
  write(digest: string, body: RenderedBody): string;
  read(digest: string): RenderedBody;
  /**
   * Records the documents of the last load: the collection every page, integration and build
   * step reads (src/lib/collection.ts), and what the next load compares each file with.
   */
  writeLoaded(documents: LoadedDocument[]): void;
  /** The documents of the last load, in the order they were recorded. */
  readLoaded(): LoadedDocument[];
  /** Whether a load has recorded its documents (not on a clean checkout). */
  hasLoaded(): boolean;
}

/** The folder of the cache: beside Astro's own caches, which a clean checkout does not have. */
export function bodyCacheDir(root: string): string {
  return join(root, 'node_modules', '.astro', 'un-docs-bodies');
}

/** The body cache of the project at `root`. */
export function bodyCache(root: string): BodyCache {
  const dir = bodyCacheDir(root);
  const file = (digest: string) => join(dir, `${digest}.json`);
  const loadedFile = join(dir, LOADED_FILE);
  // A rendering's collection answers are also kept in a file of their own, written after the
  // rendering: every load checks them for every document, and reading each whole rendering for
  // them took a second at 10,000 documents.
  const answersFile = (digest: string) => join(dir, `${digest}.answers.json`);
  return {
    isCurrent(digest, isInCollection) {
      let answers: RenderedBody['collectionAnswers'];
      try {
        answers = JSON.parse(readFileSync(answersFile(digest), 'utf8')) as RenderedBody['collectionAnswers'];
      } catch {
        return false;
      }
      return existsSync(file(digest)) && Object.entries(answers).every(([symbol, answer]) => isInCollection(symbol) === answer);
    },
    write(digest, body) {
      mkdirSync(dir, { recursive: true });
      const text = JSON.stringify(body);
      writeFileSync(file(digest), text);
      writeFileSync(answersFile(digest), JSON.stringify(body.collectionAnswers));
      return createHash('sha1').update(text).digest('hex').slice(0, 16);
    },
    read(digest) {
      let text: string;
      try {
        // Read at once rather than checked first: every page reads one, 20,000 at 10,000 documents.
        text = readFileSync(file(digest), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        throw new Error(`the rendered body ${digest} is missing from ${dir}; run the build again (the content loader writes it)`, { cause: error });
      }
      return JSON.parse(text) as RenderedBody;
    },
    writeLoaded(documents) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(loadedFile, JSON.stringify(documents));
    },
    hasLoaded() {
      return existsSync(loadedFile);
    },
    readLoaded() {
      if (!existsSync(loadedFile)) {
        throw new Error(`${loadedFile} is missing: the documents loader writes it when it loads the collection; run the build again`);
      }
      return JSON.parse(readFileSync(loadedFile, 'utf8')) as LoadedDocument[];
    },
  };
}

/**
 * The rendered body of a collection entry, read from the cache its loader filled. Pages run in
 * the project root, where the build was started.
 */
export function renderedBody(entry: { id: string; digest?: string | number | undefined }): RenderedBody {
  if (entry.digest === undefined) throw new Error(`the document ${entry.id} has no digest: was it loaded by the documents loader?`);
  return bodyCache(process.cwd()).read(String(entry.digest));
}
