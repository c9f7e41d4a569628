/**
 * Middleware of `astro build` (added by src/build/integrations/search-index.ts): tells the search
 * capture of the build (src/build/integrations/search-capture.ts) of each document page rendered, and its size.
 * Astro writes the page from the response returned, the same bytes.
 */
import type { MiddlewareHandler } from 'astro';
import { currentSearchCapture } from './search-capture.ts';
import { stripBase } from '../../lib/site/stable-urls.ts';

export const onRequest: MiddlewareHandler = async (context, next) => {
  const capture = currentSearchCapture();
  if (!capture) return next();
  const path = decodeURI(stripBase(context.url.pathname, import.meta.env.BASE_URL));
  if (!capture.wants(path)) return next();
  const response = await next();
  const html = await response.text();
  capture.add({ path, bytes: Buffer.byteLength(html), renderedAt: Date.now() });
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
};
