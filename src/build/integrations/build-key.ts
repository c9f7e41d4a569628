/**
 * The build key: one digest of everything a build is made with besides the content — every file
 * under src/, the Astro configuration, the lockfile (the dependencies' versions), the TypeScript
 * configuration, and the environment variables the build reads. Every cache of the build (the
 * rendered bodies and loaded documents, the ledger of outputs, the search index's parts, the State
 * mentions, the pages' heads, the treaty entries) is keyed by it together with its own inputs, so
 * that a change to any code makes everything again and only a change to the content is
 * incremental. A list of the files each cache depends on would have to be kept by hand, and goes
 * stale as imports change: a schema that no list named left documents validated by the old one.
 *
 * It is computed once per build process, and kept on globalThis: the integrations, the content
 * loaders and the pages (in the build's server bundle) each have their own copy of this module.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PART_SIZE_VARIABLE } from '../../lib/search/search-parts.ts';
import { CONTENT_VARIABLE, contentDir, type ContentEnvironment } from './content-dir.ts';

/** The code and configuration of the build, relative to the project root: folders whole. */
const BUILD_SOURCES = ['src', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

/** The environment variables the build reads (astro.config.mjs, content-dir.ts, search-parts.ts). */
export const BUILD_VARIABLES = ['SITE_URL', 'BASE_PATH', CONTENT_VARIABLE, PART_SIZE_VARIABLE] as const;

const KEYS = Symbol.for('un-docs.build-key');
type WithKeys = typeof globalThis & { [KEYS]?: Map<string, string> };

/** Every file under a source (a file or a folder) of the project, relative to the root, in a stable order. */
function sourceFiles(root: string, source: string): string[] {
  let stats;
  try {
    stats = statSync(join(root, source));
  } catch {
    return [];
  }
  if (!stats.isDirectory()) return [source];
  return readdirSync(join(root, source), { recursive: true, encoding: 'utf8' })
    .map((name) => join(source, name).split('\\').join('/'))
    .sort()
    .filter((file) => statSync(join(root, file)).isFile());
}

/** What the build reads of its environment, the content folder resolved (the same folder named two ways is one). */
function environmentOf(root: string, env: ContentEnvironment): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of BUILD_VARIABLES) values[name] = env[name] ?? '';
  values[CONTENT_VARIABLE] = contentDir(root, env);
  return values;
}

/** Computes the build key: every source file's path and bytes, then the environment. */
function computeBuildKey(root: string, environment: Record<string, string>): string {
  const hash = createHash('sha256');
  for (const file of BUILD_SOURCES.flatMap((source) => sourceFiles(root, source))) {
    hash.update(`\0${file}\0`).update(readFileSync(join(root, file)));
  }
  hash.update(`\0${JSON.stringify(environment)}`);
  return hash.digest('base64url').slice(0, 22);
}

/**
 * The build key of the project at `root` in this environment, computed on the first call of this
 * process and remembered for the others.
 */
export function buildKey(root: string, env: ContentEnvironment = process.env): string {
  const project = resolve(root);
  const environment = environmentOf(project, env);
  const id = `${project}\0${JSON.stringify(environment)}`;
  const keys = ((globalThis as WithKeys)[KEYS] ??= new Map());
  let key = keys.get(id);
  if (key === undefined) keys.set(id, (key = computeBuildKey(project, environment)));
  return key;
}

/**
 * Computes the build key again, for a process that outlives one build (the dev server restarted
 * by a change to its configuration): called when the configuration is read.
 */
export function refreshBuildKey(root: string, env: ContentEnvironment = process.env): string {
  (globalThis as WithKeys)[KEYS]?.clear();
  return buildKey(root, env);
}
