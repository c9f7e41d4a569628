import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The files that take longest, slowest first. Vitest starts a run's files in the order its
 * sequencer gives; without the durations of an earlier run (a clean clone) it starts the largest
 * files first, which left the differential test of the build (a chain of builds, the longest file
 * by far) to start third and end minutes after the others.
 */
const SLOWEST_FIRST = [
  'tests/site/incremental.test.ts',
  'tests/e2e/search.test.ts',
  'tests/site/pagination.test.ts',
  'tests/e2e/accessibility.test.ts',
];

class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = SLOWEST_FIRST.indexOf(relative(file.project.config.root, file.moduleId).split('\\').join('/'));
      return index === -1 ? SLOWEST_FIRST.length : index;
    };
    // Array.prototype.sort is stable: the other files keep the order Vitest gave them.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

/**
 * Three projects: `unit` needs nothing but the sources and runs in seconds; `site` reads the built
 * dist/ (run it after `astro build`) and builds small copies of the project to check how a build
 * fails; `e2e` serves dist/ on 127.0.0.1 and drives Debian's Chromium through it, each file with
 * its own server and browser.
 *
 * Vitest gives a 2-core machine one worker; `npm run test:built` (the site and browser files in
 * one run, so that neither waits for the other's last file), `test:site` and `test:e2e` ask for
 * two (--maxWorkers=2: Vitest reads the number of workers from the command line or the root of
 * this file, not from a project), since their files spend much of their time waiting (on the build
 * of a copy, in a child process, or on a page in Chromium) and share nothing: every copy is built
 * in its own folder with its own caches, every server listens on a port of its own.
 */
export default defineConfig({
  test: {
    sequence: { sequencer: SlowestFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // A few unit tests start worker threads or render whole documents: a second alone, more
          // than Vitest's default 5 s on a busy machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          // An Astro build of a small copy takes a few seconds alone and longer on a busy machine.
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // Starting Chromium on a busy machine takes seconds.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
