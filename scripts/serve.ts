/**
 * npm run serve [-- --port N]
 *
 * Serves the built site in dist/ on http://127.0.0.1:4321/ as a static host serves it: each
 * response with the headers the build's `_headers` gives its path (the Content-Security-Policy,
 * the media types of the citation downloads), a folder's index.html, the site's 404 page for
 * anything missing. `npm start` builds the site, then runs this.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serveFolder } from './lib/browser.ts';
import { headersFor, parseHeadersFile } from './lib/headers-file.ts';

const DIST = 'dist';
const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' } } });
const port = Number(values.port);

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`${DIST}/ holds no built site: run "npm run build" first (or "npm start", which builds and serves)`);
  process.exit(1);
}
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port must be a port number from 1 to 65535, found "${values.port}"`);
  process.exit(2);
}
const headersFile = join(DIST, '_headers');
const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
try {
  const server = await serveFolder(DIST, (path) => headersFor(rules, path), port);
  console.log(`Serving ${DIST}/ at ${server.origin}/ with the headers of ${DIST}/_headers (Ctrl+C to stop)`);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(code === 'EADDRINUSE' ? `port ${port} is in use: stop what serves there, or choose another with npm run serve -- --port N` : String(error));
  process.exit(1);
}
