/**
 * Astro integration: makes `astro build` incremental (src/lib/incremental-build.ts). The build
 * writes into the last build's output instead of an emptied folder: the pages and files whose
 * inputs are unchanged stay as they are, the others are made again, and what the build no longer
 * has is removed, so that the folder holds exactly the files a full build would write (faster
 * than moving the output aside and the kept files back: docs/performance.md). The ledger that says
 * what the folder holds is removed when a build starts and written once it has finished: after a
 * build that failed or was stopped, the next one makes everything. When everything is to be made
 * (no ledger, or the code changed), the old output is moved aside and removed while the build
 * runs, rather than removed file by file before it starts (docs/performance.md).
 *
 * It must come after the integrations that write files into the build (document-files) and
 * before those that read them all (stable-urls).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readRecord, writeRecord } from '../lib/build-record.ts';
import { listFiles } from '../lib/folder-files.ts';
import { currentIncrementalBuild, endIncrementalBuild, removeEndedOutputs, startIncrementalBuild, type Ledger, type PreviousBuild } from '../lib/incremental-build.ts';
import { INDEX_FOLDER } from '../lib/search-parts.ts';
import { refreshBuildKey } from './build-key.ts';
import { takeBuildLock } from './build-lock.ts';
import { buildCacheDir } from './content-dir.ts';

/** The ledger file: what the output folder holds, and the digest of the code that made it. */
interface LedgerFile {
  code: string;
  outputs: Ledger;
}

/** The ledger of the last build, when it was made by the same code, else none. */
function readLedger(file: string, code: string): Ledger | undefined {
  const ledger = readRecord<LedgerFile>(file);
  return ledger?.code === code ? ledger.outputs : undefined;
}

/**
 * Removes a folder in a process of its own: in this one, removing tens of thousands of files
 * holds the threads that Vite's file reads wait for, and slows the bundle (docs/performance.md).
 */
function removeInOwnProcess(folder: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', folder], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`removing ${folder} failed (exit code ${code})`))));
  });
}

/**
 * Moves a folder into the trash folder and starts removing the trash, with the folders of
 * earlier builds that were stopped.
 * @returns the removal, to be awaited before the build ends.
 */
function discard(folder: string, trash: string): Promise<void> {
  if (!existsSync(folder) && !existsSync(trash)) return Promise.resolve();
  mkdirSync(trash, { recursive: true });
  try {
    if (existsSync(folder)) renameSync(folder, join(trash, `${Date.now()}`));
  } catch {
    // On another file system than the trash: removed here and now, as Astro would.
    rmSync(folder, { recursive: true, force: true });
  }
  return removeInOwnProcess(trash);
}

/**
 * Takes the ledger of the output folder, removing its file until the build has finished, and
 * prepares the folder: without a ledger of the same code it is discarded; with one, every file the
 * ledger does not list (style sheets, the pages made at every build) is removed, to be made again
 * or not at all, but for the search index, which the index step updates at the build's end.
 * @returns the last build's outputs, unless there are none to keep, and the removal under way.
 */
function openOutput(outDir: string, cache: string, code: string): { previous?: PreviousBuild; removal: Promise<void>; removed: string[] } {
  const file = join(cache, 'ledger.json');
  const ledger = readLedger(file, code);
  rmSync(file, { force: true });
  if (ledger === undefined || !existsSync(outDir)) return { removal: discard(outDir, join(cache, 'trash')), removed: [] };
  const listed = new Set(Object.values(ledger).flatMap((entry) => entry.files));
  // The search index is the index step's, which keeps the parts whose pages are unchanged.
  const indexed = (path: string) => path.startsWith(`${INDEX_FOLDER}/`);
  const files = new Set<string>();
  const removed: string[] = [];
  for (const path of listFiles(outDir)) {
    if (listed.has(path) || indexed(path)) files.add(path);
    else {
      rmSync(join(outDir, path));
      removed.push(path);
    }
  }
  return { previous: { dir: outDir, ledger, files }, removal: Promise.resolve(), removed };
}

/**
 * Removes the folders that removing files left empty, from the deepest up, so that a deleted
 * document leaves no folder behind, as it would not in a clean build.
 * @param removed the removed files, relative to the output folder.
 */
function removeEmptyFolders(outDir: string, removed: string[]): void {
  const folders = new Set<string>();
  for (const file of removed) {
    for (let folder = dirname(file); folder !== '.' && folder !== '/'; folder = dirname(folder)) folders.add(folder);
  }
  const deepestFirst = [...folders].sort((a, b) => b.split('/').length - a.split('/').length);
  for (const folder of deepestFirst) {
    try {
      rmdirSync(join(outDir, folder));
    } catch {
      // Not empty (or already gone): kept.
    }
  }
}

export default function incrementalBuild(): AstroIntegration {
  let root = '';
  let outDir = '';
  let code = '';
  let removal = Promise.resolve();
  return {
    name: 'un-docs:incremental-build',
    hooks: {
      // This integration empties the output folder, when it has to.
      'astro:config:setup': ({ updateConfig, command, config }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
        // Taken before the content loaders write their caches, which they do before the build starts.
        if (command === 'build') {
          const cache = buildCacheDir(fileURLToPath(config.root), 'build');
          mkdirSync(cache, { recursive: true });
          takeBuildLock(join(cache, 'build.lock'));
        }
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        // The configuration and the content folder are in the key: the ledger describes the one
        // output folder, and a build with other settings or from another folder makes everything.
        code = refreshBuildKey(root);
      },
      'astro:build:start': ({ logger }) => {
        const opened = openOutput(outDir, buildCacheDir(root, 'build'), code);
        const { previous } = opened;
        removal = opened.removal;
        startIncrementalBuild(code, previous).removed.push(...opened.removed);
        logger.info(
          previous
            ? `keeping what is unchanged of the last build's ${Object.keys(previous.ledger).length} pages and file sets`
            : 'no complete earlier build of this code: everything is made',
        );
      },
      'astro:build:done': async ({ logger }) => {
        await removal;
        const build = currentIncrementalBuild();
        if (!build) return;
        const removed = removeEndedOutputs(build);
        removeEmptyFolders(outDir, build.removed);
        const file = join(buildCacheDir(root, 'build'), 'ledger.json');
        writeRecord(file, { code, outputs: build.next } satisfies LedgerFile);
        endIncrementalBuild();
        const outputs = Object.keys(build.next).length;
        logger.info(`${outputs - build.reused.size} of ${outputs} pages and file sets made, ${build.reused.size} unchanged, ${removed} removed`);
      },
    },
  };
}
