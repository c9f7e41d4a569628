/**
 * Astro integration: ends `astro build` with the index step (buildSearchIndex), once every page
 * of the site is written. The step checks every part of the search index
 * (src/lib/search/search-parts.ts) against its pages and indexes those that are not current, so
 * that an edit indexes again only the part that holds it. Run in Astro's process rather than in
 * one of its own, it saves that process's start (docs/performance.md).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex, partsRecordFile } from './search-indexer.ts';
import { bodyCache } from '../cache/body-cache.ts';
import { buildKey } from './build-key.ts';
import { documentPath } from '../../lib/document/documents.ts';
import { documentsPerPart } from '../../lib/search/search-parts.ts';

export default function searchIndex(): AstroIntegration {
  let root = '';
  let outDir = '';
  return {
    name: 'un-docs:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': async ({ logger }) => {
        const pages = bodyCache(root).readLoaded().map((document) => documentPath(document.data));
        await buildSearchIndex(outDir, pages, {
          perPart: documentsPerPart(process.env),
          recordFile: partsRecordFile(root),
          code: buildKey(root),
          log: (line) => logger.info(line),
        });
      },
    },
  };
}
