/**
 * Small throwaway copies of the project, each with its own content, built to see how a build
 * fails. Only content/documents/ and content/treaties/ are replaced (a treaty cites documents, so
 * the project's treaties would not hold with other documents); everything else is copied. A copy
 * builds from its own content/ unless told otherwise (UN_DOCS_CONTENT in the build's `env`).
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { CONTENT_VARIABLE, contentDir } from '../../src/build/integrations/content-dir.ts';
import { formatManifest, MANIFEST } from '../../src/lib/site/stable-urls.ts';

/** Top-level entries a build does not read, or that each copy gets fresh. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.astro', '.git', 'tests', '.cache', 'screenshots']);

/**
 * Caches inside node_modules that a build writes: Astro's content store (its `cacheDir`) and
 * Vite's. A copy gets its own, so that parallel builds never write into the project's.
 */
const BUILD_CACHES = new Set(['.astro', '.vite', '.cache']);

/** What a build printed and how it ended. */
export interface BuildResult {
  /** null when the build was killed (by the timeout) rather than exiting. */
  exitCode: number | null;
  /** stdout then stderr, without colour codes. */
  output: string;
}

/** The content folders a copy gets only what the caller gives. */
const REPLACED_CONTENT = ['content/documents', 'content/treaties'];

/** What a copy gets besides its documents. */
export interface CopyContent {
  /** Its only treaties: paths under content/treaties/ → file text (none by default). */
  treaties?: Record<string, string>;
  /** Its manifest of published URLs: a copy has published nothing unless this says so. */
  publishedUrls?: string[];
}

/**
 * Copies the project at `root` into a new temporary folder, with `documents` (paths under
 * content/documents/ → file text, or bytes for a file that is not UTF-8) as its only documents.
 * @returns the copy's folder.
 */
export function copyProject(root: string, documents: Record<string, string | Uint8Array>, { treaties = {}, publishedUrls = [] }: CopyContent = {}): string {
  const copy = mkdtempSync(join(tmpdir(), 'un-docs-build-'));
  for (const name of readdirSync(root)) {
    if (NOT_COPIED.has(name)) continue;
    cpSync(join(root, name), join(copy, name), {
      recursive: true,
      filter: (source) => !REPLACED_CONTENT.some((folder) => resolve(source).startsWith(resolve(root, folder))),
    });
  }
  const files: [string, string | Uint8Array][] = [
    ...Object.entries(documents).map(([path, text]): [string, string | Uint8Array] => [join(copy, 'content/documents', path), text]),
    ...Object.entries(treaties).map(([path, text]): [string, string] => [join(copy, 'content/treaties', path), text]),
  ];
  for (const [file, text] of files) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  writeFileSync(join(copy, MANIFEST), formatManifest(publishedUrls));
  // Each package is a symlink into the project's node_modules; the folder itself is the copy's
  // own, so that the build caches inside it are too.
  mkdirSync(join(copy, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!BUILD_CACHES.has(name)) symlinkSync(resolve(root, 'node_modules', name), join(copy, 'node_modules', name));
  }
  return copy;
}

/**
 * The environment of the test process without what Vitest puts there for its own modules
 * (import.meta.env as BASE_URL, MODE, DEV, PROD, SSR, and NODE_ENV=test): Astro reads such
 * variables back into the build, and BASE_URL=/ would override the site's base. Without
 * UN_DOCS_CONTENT too: a copy is built from the content it was given.
 */
function buildEnvironment(): NodeJS.ProcessEnv {
  const vitest = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', CONTENT_VARIABLE]);
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !vitest.has(name) && !name.startsWith('VITEST')));
}

/**
 * Runs `npm run build` in a folder (the pages and the search index), with `env` added to the
 * environment (BASE_PATH, SITE_URL, UN_DOCS_CONTENT).
 */
export function build(folder: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return new Promise((done) => {
    execFile(
      'npm',
      ['run', '--silent', 'build'],
      {
        cwd: folder,
        env: { ...buildEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
        maxBuffer: 64 * 1024 * 1024,
        timeout: 170_000,
      },
      (error, stdout, stderr) => {
        const exitCode = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        done({ exitCode, output: stripVTControlCharacters(`${stdout}${stderr}`) });
      },
    );
  });
}

/** Every file under one of the project's content folders ("documents", "treaties"): its path there → its text. */
export function contentFiles(root: string, folder: 'documents' | 'treaties'): Record<string, string> {
  const base = join(contentDir(root), folder);
  const files: Record<string, string> = {};
  for (const name of readdirSync(base, { recursive: true, encoding: 'utf8' }).sort()) {
    if (statSync(join(base, name)).isFile()) files[name.split('\\').join('/')] = readFileSync(join(base, name), 'utf8');
  }
  return files;
}

/** Removes a copy. */
export function removeCopy(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
}
