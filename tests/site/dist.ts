/** The built site the post-build tests read. */
import { existsSync } from 'node:fs';

/** Astro's output folder, relative to the project root. */
export const DIST = 'dist';

/**
 * Stops a site test early, with the reason, when there is no build to read.
 * @throws {Error} when dist/ does not exist.
 */
export function requireDist(): void {
  if (!existsSync(DIST)) {
    throw new Error(`${DIST}/ does not exist: run "astro build" before "npm run test:site"`);
  }
}
