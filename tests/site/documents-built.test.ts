import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentPath, documentRedirects } from '../../src/lib/document/documents.ts';
import { readDocuments } from './content.ts';
import { DIST, requireDist } from './dist.ts';

requireDist();
const documents = readDocuments();

describe('every document of content/documents/ is built', () => {
  it('finds the documents to check', () => {
    expect(documents.length).toBeGreaterThan(0);
  });

  it.each(documents.map(({ file, data }) => ({ file, path: documentPath(data) })))('$file at $path', ({ path }) => {
    expect(existsSync(`${DIST}${path}index.html`), `${DIST}${path}index.html`).toBe(true);
  });

  const redirects = documents.flatMap(({ file, data }) => documentRedirects(data).map((redirect) => ({ file, ...redirect })));
  it.runIf(redirects.length > 0).each(redirects)('$file: the earlier URL $from still answers', ({ from }) => {
    expect(existsSync(`${DIST}${from}index.html`), `${DIST}${from}index.html`).toBe(true);
  });
});
