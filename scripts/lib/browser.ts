/**
 * A built site in a real browser, for the browser tests and the search measurements: a folder
 * served on 127.0.0.1 at a free port, and Debian's Chromium driven by playwright-core (no browser
 * is downloaded).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type OutgoingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
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

/** The headers a server adds: the same for every response, or by the path asked for. */
export type ExtraHeaders = Record<string, string> | ((path: string) => Record<string, string>);

/**
 * Sends `extra` with a response, over the headers the file server gives (a host's `_headers`
 * rules override the media type it guesses from the extension, as here).
 */
function sendWith(response: ServerResponse, extra: Record<string, string>): void {
  for (const [name, value] of Object.entries(extra)) response.setHeader(name, value);
  const writeHead = response.writeHead.bind(response) as (status: number, headers?: OutgoingHttpHeaders) => ServerResponse;
  response.writeHead = ((status: number, headers?: OutgoingHttpHeaders) => {
    const names = new Set(Object.keys(extra).map((name) => name.toLowerCase()));
    const kept = Object.fromEntries(Object.entries(headers ?? {}).filter(([name]) => !names.has(name.toLowerCase())));
    return writeHead(status, { ...kept, ...extra });
  }) as ServerResponse['writeHead'];
}

/**
 * Serves a built site's folder on 127.0.0.1, on `port` (by default one the system chooses), as
 * static hosts do: a folder's path without its final "/" is redirected to it, anything missing
 * gets the site's 404.html; `headers` are added to every response (a Content-Security-Policy,
 * say), or to each by its path (a `_headers` file's rules).
 */
export async function serveFolder(folder: string, headers: ExtraHeaders = {}, port = 0): Promise<SiteServer> {
  // Not dev mode: files are read once, as a host would serve them.
  const handler = sirv(folder, { etag: true, single: false });
  const notFound = join(folder, '404.html');
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    sendWith(response, typeof headers === 'function' ? headers(path) : headers);
    const local = join(folder, decodeURIComponent(path));
    if (!path.endsWith('/') && local.startsWith(folder) && existsSync(local) && statSync(local).isDirectory()) {
      response.writeHead(301, { location: `${path}/` }).end();
      return;
    }
    handler(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
    });
  });
  await new Promise<void>((listening, failed) => {
    server.once('error', failed);
    server.listen(port, '127.0.0.1', listening);
  });
  const { port: listening } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${listening}`,
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
