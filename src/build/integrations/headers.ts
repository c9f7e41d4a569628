/**
 * Writes the `_headers` file (Netlify and Cloudflare Pages syntax) into the build output: the
 * security headers from the one policy module, so that the header and the <meta> tag never
 * disagree, and the media type of each file beside a document page (`.bib`, `.ris`, `.csl.json`,
 * `index.json`), which hosts that type files by extension do not know.
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { documentFileHeaders } from '../../lib/citation/paths.ts';
import { headersFile } from '../../lib/site/security.ts';

export default function headers(): AstroIntegration {
  return {
    name: 'un-docs-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(new URL('_headers', dir), `${headersFile()}\n${documentFileHeaders()}`);
        logger.info('_headers written');
      },
    },
  };
}
