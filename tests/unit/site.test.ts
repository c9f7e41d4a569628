import { describe, expect, it } from 'vitest';
import { absoluteUrl, withBase } from '../../src/lib/site/site.ts';
import { thrown } from './helpers.ts';

describe('withBase', () => {
  it.each([
    ['/A/RES/53/137/', '/', '/A/RES/53/137/'],
    ['/A/RES/53/137/', '/un-docs/', '/un-docs/A/RES/53/137/'],
    ['/A/RES/53/137/', '/un-docs', '/un-docs/A/RES/53/137/'],
    ['/', '/un-docs/', '/un-docs/'],
  ])('%s under %s is %s', (path, base, href) => {
    expect(withBase(path, base)).toBe(href);
  });

  it('refuses a path that is not a site path', () => {
    expect(thrown(() => withBase('A/RES/', '/')).message).toBe('expected a site path starting with "/", found "A/RES/"');
  });
});

describe('absoluteUrl', () => {
  it.each([
    ['/A/RES/53/137/#p4', 'https://un-docs.example.org', '/', 'https://un-docs.example.org/A/RES/53/137/#p4'],
    ['/A/RES/53/137/', 'https://example.org', '/un-docs/', 'https://example.org/un-docs/A/RES/53/137/'],
  ])('%s at %s under %s is %s', (path, site, base, url) => {
    expect(absoluteUrl(path, site, base)).toBe(url);
  });

  it('needs a configured site', () => {
    expect(thrown(() => absoluteUrl('/A/', undefined, '/')).message).toBe(
      'astro.config.mjs: field "site": found nothing, expected the origin the site is published at',
    );
  });
});
