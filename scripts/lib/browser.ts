/**
 * A built site in a real browser, for the browser tests and the search measurements: a folder
 * served on 127.0.0.1 at a free port, and Debian's Chromium driven by playwright-core (no browser
 * is downloaded).
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import sirv from 'sirv';

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

/** A static server of a built site, as a host serves it: a folder answers with its index.html. */
export interface SiteServer {
  origin: string;
  close(): Promise<void>;
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
