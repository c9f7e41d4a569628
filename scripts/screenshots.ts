/**
 * npm run screenshots [-- --out <folder>]
 *
 * Screenshots of the built site's key pages — home, a resolution, a report with its annex table,
 * the timeline and search results — at phone and desktop widths, in light and dark, into
 * screenshots/ (ignored by git), to look at before saying a page is done. Build first.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium, serveFolder } from './lib/browser.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'screenshots' } } });
const DIST = 'dist';

/** The pages to look at, by name; a page the build does not have (yet) is skipped and said. */
const PAGES: Record<string, string> = {
  home: '/',
  resolution: '/A/RES/55/88/',
  'report-annex': '/E/CN.4/2002/89/#annex',
  timeline: '/treaties/migrant-workers-convention/',
  search: '/search/?q=HURIST',
};
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

if (!existsSync(DIST)) {
  console.error(`${DIST}/ does not exist: run "npm run build" first`);
  process.exit(1);
}
mkdirSync(values.out, { recursive: true });
const server = await serveFolder(DIST);
const browser = await launchChromium();
try {
  for (const [name, path] of Object.entries(PAGES)) {
    const file = join(DIST, path.split(/[?#]/)[0]!, 'index.html');
    if (!existsSync(file)) {
      console.log(`skipped ${name}: ${path} is not in this build`);
      continue;
    }
    for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
        const page = await context.newPage();
        await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
        const out = join(values.out, `${name}-${viewportName}-${colorScheme}.png`);
        await page.screenshot({ path: out, fullPage: viewportName === 'phone' ? false : true });
        console.log(out);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
