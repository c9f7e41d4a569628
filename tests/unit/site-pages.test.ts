import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { foreignRequests, readablePages, sitemapPaths } from '../../scripts/lib/site-pages.ts';

/** A built site of the given files, removed when the test that made it ends. */
function site(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'un-docs-pages-'));
  onTestFinished(() => rmSync(dist, { recursive: true, force: true }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

describe('readablePages', () => {
  it('reads a sitemap index and its sitemaps', () => {
    const dist = site({
      'sitemap-index.xml': '<sitemapindex><sitemap><loc>https://x.org/sitemap-0.xml</loc></sitemap></sitemapindex>',
      'sitemap-0.xml': '<urlset><url><loc>https://x.org/</loc></url><url><loc>https://x.org/A/RES/53/137/</loc></url></urlset>',
    });
    expect(sitemapPaths(dist)).toEqual(['/', '/A/RES/53/137/']);
    expect(readablePages(dist)).toEqual(['/', '/A/RES/53/137/']);
  });

  it('without a sitemap, takes every HTML page but redirects', () => {
    const dist = site({
      'index.html': '<p>home</p>',
      'A/RES/53/137/index.html': '<p>doc</p>',
      'unnumbered/x/index.html': '<meta http-equiv="refresh" content="0; url=/A/54/1/">',
      '404.html': '<p>not found</p>',
    });
    expect(readablePages(dist)).toEqual(['/404.html', '/A/RES/53/137/', '/']);
  });
});

describe('foreignRequests', () => {
  it('keeps only what left the origin', () => {
    expect(
      foreignRequests(['http://127.0.0.1:4000/', 'http://127.0.0.1:4000/_astro/a.css', 'data:image/png;base64,x', 'https://fonts.example/f.woff2', 'http://127.0.0.1:4001/x'], 'http://127.0.0.1:4000'),
    ).toEqual(['https://fonts.example/f.woff2', 'http://127.0.0.1:4001/x']);
  });
});
