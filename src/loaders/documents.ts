/**
 * The content loader of the documents. Astro's MDX integration compiles every file as a Vite
 * module, which at thousands of documents costs minutes and gigabytes; the bodies here hold only
 * text, footnotes, tables and `<sup>`, so this loader renders them itself with the site's remark
 * plugins, keeps only the frontmatter and a digest in the data store (which Vite bundles), and
 * writes each body's HTML to a cache file named by the digest of the file and of the renderer.
 * A rebuild renders only the documents whose digest changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { bodyCache, type BodyCache } from '../lib/body-cache.ts';
import type { DocumentData } from '../schemas/document.ts';
import { documentFiles, splitDocument } from '../lib/document-file.ts';
import { renderBody } from '../lib/render-body.ts';
import { inCollection, renderAll } from './render-pool.ts';

/** Folders and files whose change must re-render every body: the renderer and its plugins. */
const RENDERER_SOURCES = ['src/remark', 'src/lib', 'src/loaders', 'package-lock.json'];

/** A digest of the renderer's own source, so that a change to a plugin invalidates the cache. */
function rendererDigest(root: string): string {
  const hash = createHash('sha256');
  for (const source of RENDERER_SOURCES) {
    const path = join(root, source);
    if (!existsSync(path)) continue;
    const files = path.endsWith('.json') ? [path] : readdirSync(path, { recursive: true, encoding: 'utf8' }).sort().map((name) => join(path, name));
    for (const file of files) if (/\.(ts|json)$/.test(file)) hash.update(file).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The documents collection: one MDX file per document under `base`, its id the path without
 * ".mdx" (the symbol's path).
 */
export function documentsLoader(options: { base: string }): Loader {
  return {
    name: 'un-docs-documents',
    async load({ store, parseData, generateDigest, config, logger, watcher }) {
      const root = fileURLToPath(config.root);
      const base = resolve(root, options.base);
      const cache: BodyCache = bodyCache(root);
      // The base goes into every internal link a body holds.
      const renderer = `${rendererDigest(root)} ${config.base}`;

      /** Reads and validates one file; undefined when its cached rendering is still current. */
      async function readFile(name: string) {
        const path = join(base, name);
        const file = relative(root, path);
        const id = name.replace(/\.mdx$/, '');
        const text = readFileSync(path, 'utf8');
        const digest = generateDigest(`${renderer}\n${text}`);
        if (store.get(id)?.digest === digest && cache.isCurrent(digest, isInCollection)) return undefined;
        const { frontmatter, body } = splitDocument(text, file);
        const data = await parseData({ id, data: frontmatter, filePath: file });
        return { id, digest, file, data, body };
      }

      const started = Date.now();
      const names = documentFiles(base);
      const documentIds = new Set(names.map((name) => name.replace(/\.mdx$/, '')));
      const isInCollection = inCollection(documentIds);
      const changed = (await Promise.all(names.map(readFile))).filter((doc) => doc !== undefined);
      logger.info(`${names.length} documents, ${changed.length} to render`);
      await renderAll(
        changed.map((doc) => ({ body: doc.body, path: doc.file, frontmatter: doc.data })),
        { documentIds, base: config.base },
        (index, rendered) => {
          const doc = changed[index]!;
          cache.write(doc.digest, rendered);
          store.set({ id: doc.id, data: doc.data, digest: doc.digest, filePath: doc.file });
        },
      );
      for (const id of store.keys()) if (!documentIds.has(id)) store.delete(id);
      cache.writeLoaded(
        store.values().map((entry) => ({ id: entry.id, filePath: entry.filePath!, digest: entry.digest as string, data: entry.data as DocumentData })),
      );
      logger.info(`${changed.length} rendered, ${names.length - changed.length} unchanged, in ${((Date.now() - started) / 1000).toFixed(1)} s`);

      // The dev server re-renders a document when its file changes. (A document added or removed
      // meanwhile changes other documents' links only at the next build or restart.)
      watcher?.add(base);
      watcher?.on('all', (event, path) => {
        const name = relative(base, path).split('\\').join('/');
        if (name.startsWith('..') || !name.endsWith('.mdx')) return;
        if (event === 'unlink') return store.delete(name.replace(/\.mdx$/, ''));
        readFile(name)
          .then(async (doc) => {
            if (!doc) return;
            cache.write(doc.digest, await renderBody(doc.body, { path: doc.file, frontmatter: doc.data, isInCollection, base: config.base }));
            store.set({ id: doc.id, data: doc.data, digest: doc.digest, filePath: doc.file });
          })
          .catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
