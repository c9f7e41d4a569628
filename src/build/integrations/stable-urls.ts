/**
 * Astro integration: after the build has written every page, derive the sitemap and the
 * `_redirects` file from the built pages, then hold the build to the stable-URL contract: every
 * path of published-urls.txt must still be served, every redirect must lead to a page. A
 * broken promise fails the build, naming each URL; new URLs are only counted, for
 * `npm run urls:update` to record.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readRecord, writeRecord } from '../cache/build-record.ts';
import { listFiles } from '../folder-files.ts';
import {
  brokenRedirects,
  isNoindex,
  MANIFEST,
  newPaths,
  parseManifest,
  publishedPath,
  redirectsFile,
  refreshTarget,
  REDIRECTS,
  sitemapXml,
  SITEMAP,
  stripBase,
  vanishedMessage,
  vanishedPaths,
  type Redirect,
} from '../../lib/site/stable-urls.ts';
import { buildKey } from './build-key.ts';
import { buildCacheDir } from './content-dir.ts';

/** How much of a page is read to find its head: the head of the largest page is under 8 KB. */
const HEAD_BYTES = 16 * 1024;

/**
 * One buffer for the start of every page, read one after the other: a buffer and a string of
 * 16 KB for each of 34,000 pages were 0.7 GB for the garbage collector at 10,000 documents.
 */
const headBuffer = Buffer.allocUnsafe(HEAD_BYTES);

/**
 * A page's head, up to its closing tag: all that tells a redirect or a noindex page, without
 * reading the whole of every page of a large site.
 */
function readPageHead(file: string): string {
  const descriptor = openSync(file, 'r');
  try {
    const read = readSync(descriptor, headBuffer, 0, HEAD_BYTES, 0);
    const end = headBuffer.subarray(0, read).indexOf('</head>');
    return end >= 0 ? headBuffer.toString('utf8', 0, end) : readFileSync(file, 'utf8');
  } finally {
    closeSync(descriptor);
  }
}

/** What the head of a page says: where it redirects to, whether search engines may index it. */
interface PageHead {
  target?: string;
  noindex: boolean;
}

/** Reads what a page's head says. */
function readHead(file: string): PageHead {
  const html = readPageHead(file);
  return { target: refreshTarget(html), noindex: isNoindex(html) };
}

/**
 * The heads of the pages of the last build, by file with its size and the time it was written:
 * an incremental build leaves most pages as they were, and reading the head of 34,000 pages at
 * 10,000 documents took 1.5 s of every build.
 */
function pageHeadCache(cacheFile: string, code: string): { headOf: (file: string, path: string) => PageHead; save: () => void } {
  type Entry = PageHead & { stamp: string };
  // Without a cache of the same build key, every head is read.
  const record = readRecord<{ code: string; heads: Record<string, Entry> }>(cacheFile);
  const known = record?.code === code ? record.heads : {};
  const used: Record<string, Entry> = {};
  return {
    headOf(file, path) {
      const { size, mtimeMs } = statSync(file);
      const stamp = `${size} ${mtimeMs}`;
      const entry = known[path]?.stamp === stamp ? known[path] : { ...readHead(file), stamp };
      used[path] = entry;
      return entry;
    },
    save() {
      writeRecord(cacheFile, { code, heads: used });
    },
  };
}

/** What a built site serves: its published paths, its redirects and its indexable pages. */
export interface BuiltSite {
  served: Set<string>;
  redirects: Redirect[];
  indexable: string[];
}

/**
 * Reads a built site: each page once, to tell redirect pages and indexable pages apart.
 * @param headOf what a page's head says, given its file and its path in the site.
 */
export function readBuiltSite(dist: string, base: string, headOf: (file: string, path: string) => PageHead = readHead): BuiltSite {
  const served = new Set<string>();
  const redirects: Redirect[] = [];
  const indexable: string[] = [];
  for (const file of listFiles(dist)) {
    const path = publishedPath(file);
    if (path === undefined) continue;
    served.add(path);
    if (!file.endsWith('.html') || file === '404.html') continue;
    const head = headOf(join(dist, file), file);
    if (head.target !== undefined) redirects.push({ from: path, to: stripBase(head.target, base) });
    else if (!head.noindex) indexable.push(path);
  }
  return { served, redirects, indexable };
}

export default function stableUrls(): AstroIntegration {
  let root = '';
  let base = '/';
  let site = '';
  return {
    name: 'un-docs:stable-urls',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
        site = config.site ?? '';
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const heads = pageHeadCache(join(buildCacheDir(root, 'build'), 'page-heads.json'), buildKey(root));
        const built = readBuiltSite(dist, base, heads.headOf);
        heads.save();
        const absolute = (path: string) => new URL(`${base.replace(/\/+$/, '')}${path}`, site).href;
        writeFileSync(join(dist, SITEMAP), sitemapXml(built.indexable.map(absolute)));
        writeFileSync(join(dist, REDIRECTS), redirectsFile(built.redirects, base));
        built.served.add(`/${SITEMAP}`);
        logger.info(`${SITEMAP}: ${built.indexable.length} pages; ${REDIRECTS}: ${built.redirects.length} redirects`);

        const broken = brokenRedirects(built.redirects, built.served);
        if (broken.length > 0) throw new Error(`Broken redirects:\n${broken.join('\n')}`);

        const manifestFile = join(root, MANIFEST);
        if (!existsSync(manifestFile)) {
          throw new Error(`${MANIFEST}: not found, expected the list of published URLs at the project root (create it with \`npm run urls:update\`)`);
        }
        const manifest = parseManifest(readFileSync(manifestFile, 'utf8'));
        const vanished = vanishedPaths(manifest, built.served);
        if (vanished.length > 0) throw new Error(vanishedMessage(vanished));
        const added = newPaths(manifest, built.served);
        logger.info(
          added.length === 0
            ? `${MANIFEST}: all ${manifest.length} published URLs served`
            : `${MANIFEST}: all ${manifest.length} published URLs served; ${added.length} new URLs not listed yet (run \`npm run urls:update\`)`,
        );
      },
    },
  };
}
