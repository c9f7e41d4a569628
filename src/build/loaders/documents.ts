/**
 * The content loader of the documents. Astro's MDX integration compiles every file as a Vite
 * module, which at thousands of documents costs minutes and gigabytes; the bodies here hold only
 * text, footnotes, tables and `<sup>`, so this loader renders them itself with the site's remark
 * plugins and writes each body's HTML to a cache file named by the digest of the file and of the
 * build key (src/build/integrations/build-key.ts). A rebuild renders only the documents whose digest
 * changed: those edited, or all of them when any code changed.
 *
 * The validated frontmatter is recorded beside the renderings (the body cache's list of loaded
 * documents), which src/build/collection.ts reads. Astro's data store gets one entry, whose digest
 * is that of the list: what tells the dev server that a document changed, and the next load
 * that Astro kept its store. Astro bundles its data store into the build's server code: at
 * 10,000 documents the frontmatter made it 5.9 MB of code, which held 480 MB in the bundler, and
 * an entry per document (id, file, digest) still 1.3 MB for the bundler to parse at every build.
 *
 * What must not be published is refused before anything is rendered, every problem at once, each
 * naming its file, its field and the fix (src/build/loaders/refusal.ts): a file that is not UTF-8, a
 * Markdown file among the documents, frontmatter the schema refuses, a document at another's
 * path or at a listing page's; then, as the bodies render, what a body may not hold.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { bodyCache, type BodyCache, type LoadedDocument } from '../cache/body-cache.ts';
import type { DocumentData } from '../../schemas/document.ts';
import { decodeDocument, DocumentFileError, splitDocument } from '../../lib/document/document-file.ts';
import { documentFiles, misnamedDocumentFiles } from '../folder-files.ts';
import { checkCollection } from '../../lib/document/documents.ts';
import { renderBody } from '../../lib/document/render-body.ts';
import { buildKey } from '../integrations/build-key.ts';
import { checkContentDir, documentsDir } from '../integrations/content-dir.ts';
import { listingCollisions } from './collection-checks.ts';
import { ContentRefusal, refusalReport, schemaProblem } from './refusal.ts';
import { BodyRefused, inCollection, renderAll } from './render-pool.ts';

/** The id of the one entry this loader keeps in Astro's data store. */
export const COLLECTION_ENTRY = 'collection';

/** The problem a file's refusal states, or undefined for an error that is the code's. */
function problemOf(error: unknown, file: string): string | undefined {
  return error instanceof DocumentFileError ? error.message : schemaProblem(error, file);
}

/**
 * Reads every file, collecting the refusals rather than stopping at the first.
 * @returns what was read, in the order of `names`, and the problems of the files refused.
 * @throws the first error that is not a refusal (a fault of the code).
 */
async function readEvery<T>(names: string[], read: (name: string) => Promise<T>, shown: (name: string) => string): Promise<{ read: T[]; problems: string[] }> {
  const settled = await Promise.allSettled(names.map(read));
  const problems: string[] = [];
  const values: T[] = [];
  settled.forEach((result, index) => {
    if (result.status === 'fulfilled') {
      values.push(result.value);
      return;
    }
    const problem = problemOf(result.reason, shown(names[index]!));
    if (problem === undefined) throw result.reason;
    problems.push(problem);
  });
  return { read: values, problems };
}

/** The problems checkCollection finds (a symbol twice, a file at the wrong path), one per line. */
function collectionProblems(documents: LoadedDocument[]): string[] {
  try {
    checkCollection(documents);
    return [];
  } catch (error) {
    return (error as Error).message.split('\n').slice(1);
  }
}

/**
 * The documents collection: one MDX file per document, its id the path without ".mdx" (the
 * symbol's path), under `base` (relative to the project root), or the content folder's documents/
 * (src/build/integrations/content-dir.ts).
 * @throws {ContentRefusal} when any file may not be published, each problem logged.
 */
export function documentsLoader(options: { base?: string } = {}): Loader {
  return {
    name: 'un-docs-documents',
    async load({ store, parseData, generateDigest, config, logger, watcher }) {
      const root = fileURLToPath(config.root);
      /** Stops the build: the problems logged, one per line, and an error without a stack. */
      const refuse = (problems: string[]): never => {
        logger.error(refusalReport(problems));
        throw new ContentRefusal(problems);
      };
      if (options.base === undefined) {
        try {
          checkContentDir(root);
        } catch (error) {
          refuse([(error as Error).message]);
        }
      }
      const base = options.base === undefined ? documentsDir(root) : resolve(root, options.base);
      const cache: BodyCache = bodyCache(root);
      // Every document's digest is of its text and the build key: a change to any code (the
      // schema, the renderer, its plugins) parses and renders every document again.
      const key = buildKey(root);

      // What the last load recorded, so that an unchanged document is neither parsed nor rendered.
      const loaded = new Map(cache.readLastLoad().map((document) => [document.id, document]));
      /** The digest of the list of loaded documents, which the store's entry carries. */
      const listDigest = () => generateDigest([...loaded.values()].map(({ id, filePath, digest, rendering }) => `${id} ${filePath} ${digest} ${rendering}`).join('\n'));
      // Astro empties its store when the content config or the schema changes: then every file
      // is validated again.
      let storeKept = loaded.size > 0 && store.get(COLLECTION_ENTRY)?.digest === listDigest();

      /** Reads one file; its record from the last load when its cached rendering is still current. */
      async function readFile(name: string) {
        const path = join(base, name);
        const file = relative(root, path);
        const id = name.replace(/\.mdx$/, '');
        const text = decodeDocument(readFileSync(path), file);
        const digest = generateDigest(`${key}\n${text}`);
        const last = loaded.get(id);
        const current = storeKept && last?.digest === digest && last.filePath === file;
        if (current && cache.isCurrent(digest, isInCollection)) return { document: last };
        const { frontmatter, body } = splitDocument(text, file);
        const data = (await parseData({ id, data: frontmatter, filePath: file })) as DocumentData;
        // Its rendering is named once it is made.
        return { document: { id, filePath: file, digest, rendering: '', data }, body };
      }

      /**
       * Writes the loader's list where the pages and the build steps read the collection, and its
       * digest into the store's one entry (an earlier build's entries per document are removed).
       */
      function saveLoaded(): void {
        cache.writeLoaded([...loaded.values()]);
        store.set({ id: COLLECTION_ENTRY, data: {}, digest: listDigest() });
        for (const id of store.keys()) if (id !== COLLECTION_ENTRY) store.delete(id);
        storeKept = true;
      }

      const started = Date.now();
      const names = documentFiles(base);
      const documentIds = new Set(names.map((name) => name.replace(/\.mdx$/, '')));
      const isInCollection = inCollection(documentIds);
      const shown = (name: string) => relative(root, join(base, name));
      const { read, problems: unread } = await readEvery(names, readFile, shown);
      const problems = [...misnamedDocumentFiles(base, shown), ...unread];
      if (problems.length > 0) refuse(problems);
      problems.push(...collectionProblems(read.map(({ document }) => document)));
      problems.push(...listingCollisions(read.map(({ document }) => ({ id: document.id, file: document.filePath }))));
      if (problems.length > 0) refuse(problems);
      const changed = read.filter((file) => file.body !== undefined);
      logger.info(`${names.length} documents, ${changed.length} to render`);
      const renderings = await renderAll(
        changed.map(({ document, body }) => ({ body: body!, path: document.filePath, frontmatter: document.data, digest: document.digest })),
        { documentIds, base: config.base, root },
      ).catch((error: unknown) => (error instanceof BodyRefused ? refuse([error.message]) : Promise.reject(error)));
      changed.forEach(({ document }, index) => (document.rendering = renderings[index]!));
      for (const { document } of read) loaded.set(document.id, document);
      for (const id of [...loaded.keys()]) if (!documentIds.has(id)) loaded.delete(id);
      saveLoaded();
      logger.info(`${changed.length} rendered, ${names.length - changed.length} unchanged, in ${((Date.now() - started) / 1000).toFixed(1)} s`);

      // The dev server re-renders a document when its file changes. (A document added or removed
      // meanwhile changes other documents' links only at the next build or restart.)
      watcher?.add(base);
      watcher?.on('all', (event, path) => {
        const name = relative(base, path).split('\\').join('/');
        if (name.startsWith('..') || !name.endsWith('.mdx')) return;
        const id = name.replace(/\.mdx$/, '');
        if (event === 'unlink') {
          loaded.delete(id);
          saveLoaded();
          return;
        }
        readFile(name)
          .then(async ({ document, body }) => {
            if (body === undefined) return;
            const { filePath, data, digest } = document;
            document.rendering = cache.write(digest, await renderBody(body, { path: filePath, frontmatter: data, isInCollection, base: config.base }));
            loaded.set(document.id, document);
            saveLoaded();
          })
          .catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
