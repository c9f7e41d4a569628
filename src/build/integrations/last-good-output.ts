/**
 * A failed build leaves the last good site in the output folder: the folder is kept aside while
 * the build runs and put back if the build's process ends with an error; after a build that
 * succeeded, it is thrown away. An incremental build writes into the output folder, so what is
 * kept is a copy made of hard links (a link per file, not its bytes): every file the build
 * replaces is removed before it is written again (src/build/cache/incremental-build.ts), which leaves the
 * kept link whole. A build that makes everything moves the old folder aside whole.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Makes `to` hold a link to each of the files of `from` (their paths relative to it); a copy where links cannot be made. */
function linkFiles(from: string, to: string, files: string[]): void {
  const made = new Set<string>();
  for (const file of files) {
    const target = join(to, file);
    const folder = dirname(target);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    try {
      linkSync(join(from, file), target);
    } catch {
      copyFileSync(join(from, file), target);
    }
  }
}

/**
 * Moves a folder into the trash, for the next build to remove; removes it here if it cannot (the
 * trash being removed by a build that failed before it had waited for that).
 */
function discard(folder: string, trash: string, label: string): void {
  try {
    mkdirSync(trash, { recursive: true });
    renameSync(folder, join(trash, `${label}-${Date.now()}`));
  } catch {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Puts back the last good output that a build killed before it ended kept aside (no exit handler
 * runs on a signal), the killed build's output moved into `trash`.
 * @returns whether there was one: then no ledger describes the output folder.
 */
export function recoverKilledBuild(outDir: string, folder: string, trash: string): boolean {
  if (!existsSync(folder)) return false;
  if (existsSync(outDir)) discard(outDir, trash, 'killed');
  renameSync(folder, outDir);
  return true;
}

/**
 * Keeps the output folder's files aside until this process exits: put back in place if it exits
 * with an error, else moved into `trash` (to be removed with it by the next build).
 * @param files the folder's files, relative to it; none when `moved`.
 * @param moved whether the folder is to be moved aside whole (a build that makes everything)
 * rather than linked file by file.
 * @param restored what else to put back on failure (the ledger that describes the kept folder).
 */
export function keepLastGood(outDir: string, folder: string, trash: string, { files, moved, restored }: { files: string[]; moved: boolean; restored?: () => void }): void {
  if (!existsSync(outDir)) return;
  mkdirSync(dirname(folder), { recursive: true });
  if (moved) {
    try {
      renameSync(outDir, folder);
    } catch {
      // On another file system than the cache: removed, as Astro would, and nothing is kept.
      rmSync(outDir, { recursive: true, force: true });
      return;
    }
  } else linkFiles(outDir, folder, files);
  process.once('exit', (code) => {
    if (code === 0) {
      discard(folder, trash, 'kept');
      return;
    }
    if (existsSync(outDir)) discard(outDir, trash, 'failed');
    renameSync(folder, outDir);
    restored?.();
    console.error(`The build failed: ${outDir} holds the last good site again.`);
  });
}
