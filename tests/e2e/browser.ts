/**
 * The built site in a real browser: dist/ served on a free local port, and Debian's Chromium
 * driven by playwright-core (which downloads no browser of its own).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { candidateFiles } from '../../scripts/lib/site-links.ts';
import { DIST, requireDist } from '../site/dist.ts';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** Serves dist/ as a static host does: a folder's index.html, the 404 page for anything else. */
export async function serveDist(): Promise<{ origin: string; close: () => Promise<void> }> {
  requireDist();
  const read = async (file: string) => readFile(join(DIST, file)).catch(() => undefined);
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    for (const file of candidateFiles(path)) {
      const body = await read(file);
      if (body) {
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
        return;
      }
    }
    response.writeHead(404, { 'content-type': TYPES['.html']! }).end((await read('404.html')) ?? 'Not found');
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the test server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}

/** Starts Debian's Chromium, headless. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
