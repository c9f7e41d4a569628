/**
 * Astro integration: fills in the sizes on the data page (/data/) once every file it lists has
 * been written, the sitemap last (src/lib/site/data-files.ts). It runs after stable-urls, which
 * writes the sitemap; a file the page lists that the build did not write fails the build.
 */
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DATA_PAGE, fillFileSizes } from '../../lib/site/data-files.ts';

/** The size in bytes of the file at a site path of the built site, or undefined when it has none. */
function sizeIn(dist: string): (path: string) => number | undefined {
  return (path) => {
    const file = join(dist, path);
    return existsSync(file) && statSync(file).isFile() ? statSync(file).size : undefined;
  };
}

export default function dataPage(): AstroIntegration {
  return {
    name: 'un-docs:data-page',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const file = join(dist, DATA_PAGE, 'index.html');
        // A new file, not the page rewritten in place: the last good output may hold links to the old one.
        writeFileSync(`${file}.tmp`, fillFileSizes(readFileSync(file, 'utf8'), sizeIn(dist)));
        renameSync(`${file}.tmp`, file);
        logger.info(`${DATA_PAGE}: the size of each file filled in`);
      },
    },
  };
}
