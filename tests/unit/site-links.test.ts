import { describe, expect, it } from 'vitest';
import {
  candidateFiles,
  checkLinks,
  formatProblem,
  linkProblem,
  pageUrl,
  readSite,
  scanHtml,
  srcsetUrls,
  type Site,
} from '../../scripts/lib/site-links.ts';

const ORIGIN = 'https://un-docs.example.org';

/** A site held in memory: its HTML pages by path, and its other files. */
function site(pages: Record<string, string>, otherFiles: string[] = []): Site {
  return {
    files: new Set([...Object.keys(pages), ...otherFiles]),
    pages: new Map(Object.entries(pages).map(([file, html]) => [file, scanHtml(html)])),
  };
}

describe('scanHtml', () => {
  it('collects every href, src and srcset URL, and every id and <a name>', () => {
    const scan = scanHtml(`<!doctype html><html><head>
      <link rel="stylesheet" href="/style.css"><script src=" /app.js "></script></head>
      <body><h2 id="status">Status</h2><a name="annex">Annex</a><span name="not-a-target"></span>
      <a href="#status">status</a><img src="/a.png" srcset="/a-1x.png 1x, /a-2x.png 2x">
      <svg><use href="#icon"/></svg><template><a id="in-template" href="/t/">t</a></template></body></html>`);
    expect(scan.links).toEqual([
      { attribute: 'href', url: '/style.css' },
      { attribute: 'src', url: '/app.js' },
      { attribute: 'href', url: '#status' },
      { attribute: 'src', url: '/a.png' },
      { attribute: 'srcset', url: '/a-1x.png' },
      { attribute: 'srcset', url: '/a-2x.png' },
      { attribute: 'href', url: '#icon' },
      { attribute: 'href', url: '/t/' },
    ]);
    expect([...scan.ids]).toEqual(['status', 'annex', 'in-template']);
  });

  it.each([
    ['/a.png', ['/a.png']],
    ['/a.png 1x,/b.png 2x', ['/a.png', '/b.png']],
    [' /a.png 480w , /b.png 800w ', ['/a.png', '/b.png']],
    ['', []],
  ])('reads the srcset %j as %j', (srcset, urls) => {
    expect(srcsetUrls(srcset)).toEqual(urls);
  });
});

describe('pageUrl and candidateFiles', () => {
  it.each([
    ['index.html', `${ORIGIN}/`],
    ['A/RES/53/137/index.html', `${ORIGIN}/A/RES/53/137/`],
    ['A/CONF.157/24(PartI)/index.html', `${ORIGIN}/A/CONF.157/24(PartI)/`],
    ['404.html', `${ORIGIN}/404.html`],
  ])('serves %s at %s', (file, url) => {
    expect(pageUrl(file, ORIGIN).href).toBe(url);
  });

  it.each([
    ['/', ['index.html']],
    ['/A/RES/53/137/', ['A/RES/53/137/index.html']],
    ['/style.css', ['style.css', 'style.css/index.html']],
    ['/A/RES/53/137', ['A/RES/53/137', 'A/RES/53/137/index.html']],
  ])('looks for %s in %j', (path, files) => {
    expect(candidateFiles(path)).toEqual(files);
  });
});

describe('linkProblem', () => {
  const pages = site(
    {
      'index.html': '<main id="main"></main>',
      'A/RES/53/137/index.html': '<p id="para-1">1.</p><p id="été">accented</p>',
      'A/CONF.157/24(PartI)/index.html': '<h1 id="chap-III">III</h1>',
    },
    ['style.css', 'annex.pdf'],
  );
  const base = pageUrl('A/RES/53/137/index.html', ORIGIN);

  it.each([
    ['/A/RES/53/137/', undefined],
    ['./', undefined],
    ['../../../../', undefined],
    ['/A/RES/53/137', undefined], // a folder answers with its index.html
    ['/A/RES/53/137/?q=1#para-1', undefined],
    ['#para-1', undefined],
    ['#%C3%A9t%C3%A9', undefined],
    ['#', undefined],
    ['#top', undefined],
    ['/A/CONF.157/24(PartI)/#chap-III', undefined],
    ['/A/CONF.157/24(Part%49)/', undefined],
    ['/annex.pdf#page=2', undefined],
    [`${ORIGIN}/style.css`, undefined],
    ['https://undocs.org/A/RES/53/137', undefined],
    ['//undocs.org/A/RES/53/137', undefined],
    ['mailto:info@un.org', undefined],
    ['data:image/png;base64,AAAA', undefined],
    ['/A/RES/54/', 'no file for /A/RES/54/ (looked for A/RES/54/index.html)'],
    ['/styles.css', 'no file for /styles.css (looked for styles.css, styles.css/index.html)'],
    ['../54/', 'no file for /A/RES/53/54/ (looked for A/RES/53/54/index.html)'],
    [`${ORIGIN}/missing/`, 'no file for /missing/ (looked for missing/index.html)'],
    ['#para-9', 'no element with id "para-9" in A/RES/53/137/index.html'],
    ['/#para-1', 'no element with id "para-1" in index.html'],
    ['/A/CONF.157/24(PartI)/#chap-iii', 'no element with id "chap-iii" in A/CONF.157/24(PartI)/index.html'],
    ['/%E0%A4%A/', 'malformed percent-encoding'],
    ['http://[oops/', 'not a valid URL'],
  ])('%s → %s', (url, problem) => {
    expect(linkProblem(pages, url, base)).toBe(problem);
  });
});

describe('checkLinks', () => {
  it('reports every broken link and missing fragment of every page, with the page and the URL', () => {
    const problems = checkLinks(
      site({
        'index.html': '<a href="/a/">a</a><a href="/b/">b</a><a href="/a/#x">x</a><a href="#main">main</a><main id="main"></main>',
        'a/index.html': '<img src="/logo.png"><a href="../#nav">nav</a>',
      }),
      ORIGIN,
    );
    expect(problems.map(formatProblem)).toEqual([
      'index.html: href="/b/": no file for /b/ (looked for b/index.html)',
      'index.html: href="/a/#x": no element with id "x" in a/index.html',
      'a/index.html: src="/logo.png": no file for /logo.png (looked for logo.png, logo.png/index.html)',
      'a/index.html: href="../#nav": no element with id "nav" in index.html',
    ]);
  });
});

describe('readSite', () => {
  const fixture = readSite('tests/fixtures/site-links');

  it('lists every file of the output directory and scans its pages', () => {
    expect([...fixture.files]).toEqual(['A/RES/53/137/index.html', 'index.html', 'style.css']);
    expect([...fixture.pages.keys()]).toEqual(['A/RES/53/137/index.html', 'index.html']);
    expect([...fixture.pages.get('A/RES/53/137/index.html')!.ids]).toEqual(['para-1', 'fn-1']);
  });

  it('finds the broken link, the missing image, the missing fragment and the missing back-reference', () => {
    expect(checkLinks(fixture, ORIGIN).map(formatProblem)).toEqual([
      'A/RES/53/137/index.html: src="/emblem.png": no file for /emblem.png (looked for emblem.png, emblem.png/index.html)',
      'A/RES/53/137/index.html: href="#fnref-1": no element with id "fnref-1" in A/RES/53/137/index.html',
      'index.html: href="/A/RES/53/137/#para-9": no element with id "para-9" in A/RES/53/137/index.html',
      'index.html: href="/A/RES/54/": no file for /A/RES/54/ (looked for A/RES/54/index.html)',
    ]);
  });
});
