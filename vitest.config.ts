import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` needs nothing but the sources and runs in seconds; `site` reads the built
 * dist/ (run it after `astro build`) and builds small copies of the project to check how a build
 * fails; `e2e` serves dist/ on 127.0.0.1 and drives Debian's Chromium through it, each file with
 * its own server and browser.
 *
 * Vitest gives a 2-core machine one worker; `npm run test:site` and `npm run test:e2e` ask for two
 * (--maxWorkers=2: Vitest reads the number of workers from the command line or the root of this
 * file, not from a project), since their files spend most of their time waiting (on the build of
 * a copy, in a child process, or on a page in Chromium) and share nothing: every copy is built in
 * its own folder with its own caches, every server listens on a port of its own.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
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
