/**
 * Where the build finds its content and keeps its caches: the one module that knows. The
 * environment variable UN_DOCS_CONTENT names the content folder (relative to the project root, or
 * absolute; `content/` when unset), so that a collection can live beside the engine. The caches
 * stay in the project, beside Astro's own; those made from the content are kept per content
 * folder, so that building from another folder never reads what one folder left.
 */
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The environment variable naming the content folder. */
export const CONTENT_VARIABLE = 'UN_DOCS_CONTENT';

/** The content folder when the variable is unset, relative to the project root. */
export const DEFAULT_CONTENT = 'content';

/** The environment this module reads: only CONTENT_VARIABLE. */
export type ContentEnvironment = Partial<Record<string, string>>;

/**
 * The absolute path of the content folder of the project at `root`: UN_DOCS_CONTENT resolved
 * against the root, or the root's `content/`.
 */
export function contentDir(root: string, env: ContentEnvironment = process.env): string {
  const named = env[CONTENT_VARIABLE]?.trim();
  return resolve(root, named ? named : DEFAULT_CONTENT);
}

/** The folder of the document files: one MDX file per document, at the path of its symbol. */
export function documentsDir(root: string, env: ContentEnvironment = process.env): string {
  return join(contentDir(root, env), 'documents');
}

/** The folder of the treaties' YAML files. */
export function treatiesDir(root: string, env: ContentEnvironment = process.env): string {
  return join(contentDir(root, env), 'treaties');
}

/**
 * Checks that the content folder is there before anything is read from it: an unset or mistyped
 * variable would otherwise build an empty site.
 * @throws {Error} naming the folder, the variable and what it must hold.
 */
export function checkContentDir(root: string, env: ContentEnvironment = process.env): void {
  const folder = contentDir(root, env);
  const named = env[CONTENT_VARIABLE]?.trim() ? `${CONTENT_VARIABLE}=${env[CONTENT_VARIABLE]!.trim()} names` : 'the default content folder is';
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new Error(`${named} ${folder}, which is not a folder; expected a folder holding documents/ (and treaties/)`);
  }
  if (!existsSync(join(folder, 'documents'))) {
    throw new Error(`${named} ${folder}, which has no documents/ folder; expected documents/ (one MDX file per document) and treaties/ in it`);
  }
}

/** A short digest of the content folder's absolute path, naming its caches. */
export function contentKey(root: string, env: ContentEnvironment = process.env): string {
  return createHash('sha256').update(contentDir(root, env)).digest('hex').slice(0, 12);
}

/**
 * The folder of one of the build's caches (`name`: "build", "bodies", "search", "states"), beside
 * Astro's own in node_modules/.astro/, which a clean checkout does not have.
 */
export function buildCacheDir(root: string, name: string): string {
  return join(root, 'node_modules', '.astro', `un-docs-${name}`);
}

/** The folder of a cache made from the content: one per content folder. */
export function contentCacheDir(root: string, name: string, env: ContentEnvironment = process.env): string {
  return join(buildCacheDir(root, name), contentKey(root, env));
}
