/**
 * `npm start` serves dist/ with the headers the build's `_headers` gives each path, as the hosts
 * that read it do: the downloads with their media types (a browser then hands a .bib or .ris file
 * to the reference manager), every page with the Content-Security-Policy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type SiteServer } from '../../scripts/lib/browser.ts';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers-file.ts';
import { DOCUMENT_FILES } from '../../src/lib/citation/paths.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/site/security.ts';
import { DIST, requireDist } from './dist.ts';

let server: SiteServer;

beforeAll(async () => {
  requireDist();
  const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
  server = await serveFolder(DIST, (path) => headersFor(rules, path));
});
afterAll(() => server?.close());

describe('the local server of npm start', () => {
  it.each(Object.values(DOCUMENT_FILES))('serves $name with $type', async ({ name, type }) => {
    const response = await fetch(`${server.origin}/A/RES/53/137/${name}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('serves a page with the Content-Security-Policy of _headers', async () => {
    const response = await fetch(`${server.origin}/A/RES/53/137/`);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });
});
