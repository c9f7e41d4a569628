import { describe, expect, it } from 'vitest';
import { bodyLinkProblem, isUnHost } from '../../src/lib/site/security.ts';

describe('isUnHost', () => {
  it.each(['un.org', 'documents.un.org', 'digitallibrary.un.org', 'UNDOCS.ORG', 'www.ohchr.org', 'ohchr.org.'])('allows %s', (host) => {
    expect(isUnHost(host)).toBe(true);
  });

  it.each(['example.com', 'notun.org', 'un.org.example.com', 'ilo.ch', 'evil-un.org'])('refuses %s', (host) => {
    expect(isUnHost(host)).toBe(false);
  });
});

describe('bodyLinkProblem', () => {
  it.each([
    ['/A/RES/53/137/', 'link'],
    ['#p3', 'link'],
    ['../54/', 'link'],
    ['https://undocs.org/A/54/150', 'link'],
    ['https://documents.un.org/doc/undoc/gen/n00/564/67/pdf/n0056467.pdf', 'link'],
    ['http://untreaty.un.org', 'printed-address'],
    ['http://www.ilo.ch/public/english', 'printed-address'],
    ['mailto:registry@ohchr.org', 'printed-address'],
    ['/images/seal.png', 'image'],
  ] as const)('allows %s as a %s', (url, kind) => {
    expect(bodyLinkProblem(url, kind)).toBeUndefined();
  });

  it.each([
    ['javascript:alert(1)', 'link', 'a javascript: URL'],
    [' JavaScript:alert(1)', 'link', 'a javascript: URL'],
    ['java\tscript:alert(1)', 'printed-address', 'a javascript: URL'],
    ['data:text/html,<script>alert(1)</script>', 'link', 'a data: URL'],
    ['data:image/png;base64,iVBORw0KGgo=', 'image', 'a data: URL'],
    ['https://example.com/tracker.png', 'image', 'an image on another site'],
    ['https://example.com/', 'link', "a page of example.com, which is not one of the United Nations' sites"],
    ['https://un.org.example.com/', 'link', "a page of un.org.example.com, which is not one of the United Nations' sites"],
    ['//example.com/', 'link', 'an address on another site'],
    ['mailto:someone@example.com', 'link', 'a mailto: URL'],
    ['vbscript:msgbox(1)', 'printed-address', 'a vbscript: URL'],
  ] as const)('refuses %s as a %s: %s', (url, kind, problem) => {
    expect(bodyLinkProblem(url, kind)).toBe(problem);
  });
});
