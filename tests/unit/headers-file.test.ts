import { describe, expect, it } from 'vitest';
import { headersFor, matchesPattern, parseHeadersFile } from '../../scripts/lib/headers-file.ts';

const FILE = `/*
  Content-Security-Policy: default-src 'self'
  X-Content-Type-Options: nosniff

/*/citation.bib
  Content-Type: application/x-bibtex; charset=utf-8
`;

describe('a _headers file, read as Netlify and Cloudflare Pages read it', () => {
  it('gives each path the headers of every rule that matches it', () => {
    const rules = parseHeadersFile(FILE);
    expect(headersFor(rules, '/A/RES/53/137/citation.bib')).toEqual({
      'Content-Security-Policy': "default-src 'self'",
      'X-Content-Type-Options': 'nosniff',
      'Content-Type': 'application/x-bibtex; charset=utf-8',
    });
    expect(headersFor(rules, '/A/RES/53/137/')).not.toHaveProperty('Content-Type');
  });

  it('matches a splat across folders, and nothing else loosely', () => {
    expect(matchesPattern('/*/citation.bib', '/un-docs/S/RES/1(1946)/citation.bib')).toBe(true);
    expect(matchesPattern('/*/citation.bib', '/A/RES/53/137/citation.bibx')).toBe(false);
    expect(matchesPattern('/data/', '/data/')).toBe(true);
    expect(matchesPattern('/data/', '/data/x')).toBe(false);
  });

  it('names the line of a header that belongs to no path', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow('_headers, line 1: found "X-Frame-Options: DENY", expected a path, or an indented "Name: value" under one');
  });
});
