/**
 * `npm run urls:update`: adds every URL the last build serves to published-urls.txt, keeping the
 * ones already there. Run it after `astro build` when documents or pages were added; it never
 * removes a line, since withdrawing an address is a decision, not a side effect.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readBuiltSite } from '../src/build/integrations/stable-urls.ts';
import { formatManifest, MANIFEST, newPaths, parseManifest, SITEMAP } from '../src/lib/site/stable-urls.ts';

const DIST = 'dist';

if (!existsSync(DIST)) {
  console.error(`${DIST}/ does not exist: run "astro build" first`);
  process.exit(1);
}
const manifest = existsSync(MANIFEST) ? parseManifest(readFileSync(MANIFEST, 'utf8')) : [];
// Paths are site paths, the same under any base; the base only matters for redirect targets.
const { served } = readBuiltSite(DIST, '/');
served.add(`/${SITEMAP}`);
const added = newPaths(manifest, served);
writeFileSync(MANIFEST, formatManifest([...manifest, ...added]));
console.log(`${MANIFEST}: ${added.length} URL${added.length === 1 ? '' : 's'} added, ${manifest.length + added.length} in all`);
for (const path of added) console.log(`  + ${path}`);
