/**
 * The real-browser tests' setup: the built dist/ served on 127.0.0.1 at a free port, and Debian's
 * Chromium driven by playwright-core (no browser is downloaded).
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import sirv from 'sirv';
import { DIST, requireDist } from '../site/dist.ts';

/** The Chromium the tests drive: Debian's package (.ci/run installs it when missing). */
export const CHROMIUM = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** A static server of dist/ as a host would serve it: directories answer with their index.html. */
export interface SiteServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves dist/ on 127.0.0.1, on a port the system chooses.
 * @throws {Error} when dist/ does not exist.
 */
export function serveDist(): Promise<SiteServer> {
  requireDist();
  return serveFolder(DIST);
}

/** Serves a built site's folder on 127.0.0.1, on a port the system chooses. */
export async function serveFolder(folder: string): Promise<SiteServer> {
  // Not dev mode: files are read once, as a host would serve them.
  const handler = sirv(folder, { etag: true, single: false });
  const server: Server = createServer((request, response) =>
    handler(request, response, () => {
      response.statusCode = 404;
      response.end('not found');
    }),
  );
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((closed, failed) => server.close((error) => (error ? failed(error) : closed()))),
  };
}

/**
 * Starts Chromium.
 * @throws {Error} saying how to install it when it is missing.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} does not exist: install Debian's Chromium (apt-get install chromium) to run the browser tests`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** The errors a page throws, collected so that a test can assert there were none. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`a ${dialog.type()} dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return errors;
}
