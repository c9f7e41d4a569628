/**
 * Writes the `_headers` file (Netlify and Cloudflare Pages syntax) into the build output, from
 * the one policy module, so that the header and the <meta> tag never disagree.
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../../lib/site/security.ts';

export default function headers(): AstroIntegration {
  return {
    name: 'un-docs-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(new URL('_headers', dir), headersFile());
        logger.info('_headers written');
      },
    },
  };
}
