/**
 * Astro integration: makes `astro build` incremental (src/build/cache/incremental-build.ts). The build
 * writes into the last build's output instead of an emptied folder: the pages and files whose
 * inputs are unchanged stay as they are, the others are made again, and what the build no longer
 * has is removed, so that the folder holds exactly the files a full build would write (faster
 * than moving the output aside and the kept files back: docs/performance.md). The ledger that says
 * what the folder holds is removed when a build starts and written once it has finished. A build
 * that fails puts the last good output and its ledger back (last-good-output.ts); after one that
 * was killed, the next makes everything. When everything is to be made (no ledger, or the build
 * key changed: src/build/integrations/build-key.ts), the old output is moved aside and removed while
 * the next build runs, rather than removed file by file before it starts (docs/performance.md).
 * One build runs at a time in a project (build-lock.ts).
 *
 * It must come after the integrations that write files into the build (document-files) and
 * before those that read them all (stable-urls).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readRecord, writeRecord } from '../cache/build-record.ts';
import { listFiles } from '../folder-files.ts';
import { currentIncrementalBuild, endIncrementalBuild, removeEndedOutputs, startIncrementalBuild, type Ledger, type PreviousBuild } from '../cache/incremental-build.ts';
import { INDEX_FOLDER } from '../../lib/search/search-parts.ts';
import { refreshBuildKey } from './build-key.ts';
import { takeBuildLock } from './build-lock.ts';
import { keepLastGood, recoverKilledBuild } from './last-good-output.ts';
import { partsRecordFile } from './search-indexer.ts';
import { buildCacheDir } from './content-dir.ts';

/** The ledger file: what the output folder holds, and the digest of the code that made it. */
interface LedgerFile {
  code: string;
  outputs: Ledger;
}

/**
 * Removes a folder in a process of its own: in this one, removing 85,000 files held the threads
 * that Vite's file reads wait for, and the bundle took 18 s (6 s with the removal in its own
 * process, 4 s without any).
 */
function removeInOwnProcess(folder: string): Promise<void> {
  if (!existsSync(folder)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', folder], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`removing ${folder} failed (exit code ${code})`))));
  });
}

/**
 * Takes the ledger of the output folder, removing its file until the build has finished, and
 * prepares the folder, its last good state kept aside until the build ends (last-good-output.ts):
 * without a ledger of the same code the folder is moved aside whole, to be made again; with one,
 * every file the ledger does not list (style sheets, the pages made at every build) is removed,
 * to be made again or not at all, but for the search index, which the index step updates at the
 * build's end. The folders of earlier builds (kept, failed) are removed meanwhile.
 * @param partsRecord the search index's record of its parts (search-indexer.ts).
 * @returns the last build's outputs, unless there are none to keep, the removal under way, and
 * the files removed.
 */
function openOutput(outDir: string, cache: string, code: string, partsRecord: string): { previous?: PreviousBuild; removal: Promise<void>; removed: string[] } {
  const file = join(cache, 'ledger.json');
  const trash = join(cache, 'trash');
  const lastGood = join(cache, 'last-good');
  const recovered = recoverKilledBuild(outDir, lastGood, trash);
  const record = recovered ? undefined : readRecord<LedgerFile>(file);
  const ledger = record?.code === code ? record.outputs : undefined;
  rmSync(file, { force: true });
  // Put back with the output it describes; the search index's record goes, as it may describe
  // parts indexed by the build that failed, whose bundles are not the ones put back.
  const restored = () => {
    if (record) writeRecord(file, record);
    rmSync(partsRecord, { force: true });
  };
  if (ledger === undefined || !existsSync(outDir)) {
    keepLastGood(outDir, lastGood, trash, { files: [], moved: true, restored });
    return { removal: removeInOwnProcess(trash), removed: [] };
  }
  const all = listFiles(outDir);
  keepLastGood(outDir, lastGood, trash, { files: all, moved: false, restored });
  const removal = removeInOwnProcess(trash);
  const listed = new Set(Object.values(ledger).flatMap((entry) => entry.files));
  // The search index is the index step's, which keeps the parts whose pages are unchanged.
  const indexed = (path: string) => path.startsWith(`${INDEX_FOLDER}/`);
  const files = new Set<string>();
  const removed: string[] = [];
  for (const path of all) {
    if (listed.has(path) || indexed(path)) files.add(path);
    else {
      rmSync(join(outDir, path));
      removed.push(path);
    }
  }
  return { previous: { dir: outDir, ledger, files }, removal, removed };
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
        const opened = openOutput(outDir, buildCacheDir(root, 'build'), code, partsRecordFile(root));
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
