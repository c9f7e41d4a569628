import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { checkLinks, formatProblem, readSite } from '../../scripts/lib/site-links.ts';
import { DIST, requireDist } from './dist.ts';

requireDist();

describe('the links of the built site', () => {
  const site = readSite(DIST);

  it('has pages to check', () => {
    expect(site.pages.size).toBeGreaterThan(0);
  });

  it('leads every internal href and src to a file, and every #fragment to an id', () => {
    // Links to the configured site (canonical URLs) are internal: they must exist in dist/ too.
    expect(config.site, 'astro.config.mjs sets `site`').toBeTypeOf('string');
    // All problems at once, one line each (page, attribute and URL, what is missing), as plain
    // text so that the failure shows the lines unescaped.
    expect(checkLinks(site, config.site!).map(formatProblem).join('\n')).toBe('');
  });
});
