import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` needs nothing but the sources and runs in seconds; `site` reads the built
 * dist/ (run it after `astro build`) and builds small copies of the project to check how a build
 * fails; `e2e` serves dist/ on 127.0.0.1 and drives Debian's Chromium through it (`npm run
 * test:e2e` runs its files one after another, as each starts a browser).
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
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
