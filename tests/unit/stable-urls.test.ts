import { describe, expect, it } from 'vitest';
import {
  brokenRedirects,
  formatManifest,
  isNoindex,
  newPaths,
  pageFile,
  parseManifest,
  publishedPath,
  redirectsFile,
  refreshTarget,
  sitemapXml,
  stripBase,
  vanishedMessage,
  vanishedPaths,
} from '../../src/lib/site/stable-urls.ts';
import { thrown } from './helpers.ts';

describe('publishedPath', () => {
  it.each<[string, string | undefined]>([
    ['index.html', '/'],
    ['A/RES/53/137/index.html', '/A/RES/53/137/'],
    ['A/RES/53/137/cite/index.html', '/A/RES/53/137/cite/'],
    ['A/RES/53/137/citation.bib', '/A/RES/53/137/citation.bib'],
    ['documents.json', '/documents.json'],
    ['404.html', '/404.html'],
    ['_astro/Citations.CduHeNIZ.js', undefined],
    ['pagefind/fragment/en_1a2b.pf_fragment', undefined],
    ['_redirects', undefined],
  ])('%s → %s', (file, path) => {
    expect(publishedPath(file)).toBe(path);
  });
});

describe('pageFile', () => {
  it.each([
    ['/', 'index.html'],
    ['/A/RES/53/137/', 'A/RES/53/137/index.html'],
    ['/A/RES/53/page/2/', 'A/RES/53/page/2/index.html'],
  ])('%s → %s, which publishedPath reads back', (path, file) => {
    expect(pageFile(path)).toBe(file);
    expect(publishedPath(file)).toBe(path);
  });

  it.each(['A/RES/53/137/', '/A/RES/53/137', '/feed.xml'])('refuses %s, which no page is served at', (path) => {
    expect(() => pageFile(path)).toThrow(`found the page path "${path}", expected a path that starts and ends with "/"`);
  });
});

describe('the manifest', () => {
  it('reads one path a line, skipping comments and blank lines', () => {
    expect(parseManifest('# header\n\n/A/\r\n/A/RES/53/137/\n  /feed.xml  \n')).toEqual(['/A/', '/A/RES/53/137/', '/feed.xml']);
  });

  it.each([
    ['A/RES/53/137/', 'published-urls.txt:2: found "A/RES/53/137/", expected a URL path starting with "/" and holding no spaces'],
    ['/A/RES/53/137/ /A/', 'published-urls.txt:2: found "/A/RES/53/137/ /A/", expected a URL path starting with "/" and holding no spaces'],
  ])('refuses %j, naming the line', (line, message) => {
    expect(thrown(() => parseManifest(`/A/\n${line}\n`)).message).toBe(message);
  });

  it('is written with its header, sorted by code point, each path once', () => {
    const text = formatManifest(['/a/res/53/137/', '/A/RES/53/137/', '/A/', '/A/']);
    expect(text.split('\n').filter((line) => !line.startsWith('#'))).toEqual(['/A/', '/A/RES/53/137/', '/a/res/53/137/', '']);
    expect(parseManifest(text)).toEqual(['/A/', '/A/RES/53/137/', '/a/res/53/137/']);
  });

  it('tells vanished and new paths apart', () => {
    const served = new Set(['/A/', '/A/RES/55/88/', '/feed.xml']);
    expect(vanishedPaths(['/A/', '/A/RES/53/137/'], served)).toEqual(['/A/RES/53/137/']);
    expect(newPaths(['/A/', '/A/RES/53/137/'], served)).toEqual(['/A/RES/55/88/', '/feed.xml']);
  });

  it('names every vanished path in its error', () => {
    expect(vanishedMessage(['/A/RES/55/88/']).split('\n').slice(0, 2)).toEqual([
      'published-urls.txt: 1 published URL is no longer served, expected every published URL to lead somewhere:',
      '  /A/RES/55/88/',
    ]);
  });
});

describe('reading built pages', () => {
  it.each<[string, string | undefined]>([
    ['<meta http-equiv="refresh" content="0; url=/A/54/999/">', '/A/54/999/'],
    ['<meta http-equiv="refresh" content="0;url=/un-docs/A/54/999/">', '/un-docs/A/54/999/'],
    ['<meta name="description" content="0; url=/x/">', undefined],
  ])('the refresh target of %s is %s', (html, target) => {
    expect(refreshTarget(html)).toBe(target);
  });

  it.each<[string, boolean]>([
    ['<meta name="robots" content="noindex">', true],
    ['<meta name="robots" content="noindex, follow">', true],
    ['<meta name="description" content="noindex">', false],
  ])('%s says noindex: %s', (html, noindex) => {
    expect(isNoindex(html)).toBe(noindex);
  });

  it.each([
    ['/un-docs/A/54/999/', '/un-docs/', '/A/54/999/'],
    ['/A/54/999/', '/', '/A/54/999/'],
    ['/un-docs-old/A/', '/un-docs/', '/un-docs-old/A/'],
  ])('%s without the base %s is %s', (path, base, site) => {
    expect(stripBase(path, base)).toBe(site);
  });
});

describe('redirects', () => {
  it('finds chains and dead ends', () => {
    const served = new Set(['/A/RES/53/137/', '/a/res/53/137/']);
    expect(
      brokenRedirects(
        [
          { from: '/a/res/53/137/', to: '/A/RES/53/137/' },
          { from: '/unnumbered/x/', to: '/a/res/53/137/' },
          { from: '/unnumbered/y/', to: '/A/54/999/' },
        ],
        served,
      ),
    ).toEqual([
      '/unnumbered/x/ redirects to /a/res/53/137/, which is itself a redirect (a file system that ignores case overwrites pages this way)',
      '/unnumbered/y/ redirects to /A/54/999/, which is not served',
    ]);
  });

  it('writes _redirects with the base, sorted, and the undocs.org language forms', () => {
    const redirects = [
      { from: '/unnumbered/x/', to: '/A/54/999/' },
      { from: '/a/54/999/', to: '/A/54/999/' },
    ];
    expect(redirectsFile(redirects, '/un-docs/').split('\n')).toEqual([
      '/un-docs/a/54/999/ /un-docs/A/54/999/ 301',
      '/un-docs/unnumbered/x/ /un-docs/A/54/999/ 301',
      '/un-docs/ar/* /un-docs/:splat 301',
      '/un-docs/zh/* /un-docs/:splat 301',
      '/un-docs/en/* /un-docs/:splat 301',
      '/un-docs/fr/* /un-docs/:splat 301',
      '/un-docs/ru/* /un-docs/:splat 301',
      '/un-docs/es/* /un-docs/:splat 301',
      '',
    ]);
    expect(redirectsFile([], '/').split('\n')[0]).toBe('/ar/* /:splat 301');
  });
});

describe('sitemapXml', () => {
  it('lists the URLs sorted, escaped', () => {
    expect(sitemapXml(['https://x.org/b/', 'https://x.org/a/?q=1&r=2'])).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '  <url><loc>https://x.org/a/?q=1&amp;r=2</loc></url>',
        '  <url><loc>https://x.org/b/</loc></url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });
});
