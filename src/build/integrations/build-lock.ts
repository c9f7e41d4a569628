/**
 * One build at a time in a project: two builds in one tree write the same caches and the same
 * output folder, and one of them fails, or reports success over the other's half-written files.
 * A build takes a lock file holding its process id when it starts and removes it when its process
 * exits, however it ends; a build that finds the lock of a process still running refuses, saying
 * which, and one that finds the lock of a process gone (killed) takes it over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

/** Another build holds the lock. */
export class BuildLockedError extends Error {
  override name = 'BuildLockedError';

  constructor(message: string) {
    super(message);
    // The message says all: where the lock is and whose it is; a stack would only hide it.
    this.stack = '';
  }
}

/** Whether a process of this id is running (one of another user counts as running). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Creates the lock file with this process's id, or returns false when it exists. */
function create(file: string): boolean {
  let descriptor: number;
  try {
    descriptor = openSync(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  writeSync(descriptor, `${process.pid}\n`);
  closeSync(descriptor);
  return true;
}

/**
 * Takes the build lock of a project, to be released when this process exits.
 * @param file the lock file, in a folder that exists.
 * @throws {BuildLockedError} naming the process and the file, when a running process holds it.
 */
export function takeBuildLock(file: string): void {
  if (!create(file)) {
    const holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
    if (holder !== process.pid && Number.isInteger(holder) && isRunning(holder)) {
      throw new BuildLockedError(
        `another build of this project is running (process ${holder}, which holds ${file}): wait for it to finish, or stop it; remove the file only if that process is not a build`,
      );
    }
    // The lock of a build that was killed: taken over.
    rmSync(file, { force: true });
    if (!create(file)) throw new BuildLockedError(`another build of this project took ${file} just now: wait for it to finish`);
  }
  process.once('exit', () => releaseBuildLock(file));
}

/** Removes the lock file, if this process holds it. */
export function releaseBuildLock(file: string): void {
  try {
    if (Number.parseInt(readFileSync(file, 'utf8'), 10) === process.pid) rmSync(file, { force: true });
  } catch {
    // Already gone.
  }
}
