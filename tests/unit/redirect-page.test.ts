import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { redirectPage } from '../../src/lib/site/redirect-page.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/site/security.ts';

const ROOT = { site: 'https://un-docs.example.org', base: '/' };

describe('redirectPage', () => {
  it('sends a lower-case spelling on to the document, for browsers, search engines and readers', () => {
    const html = redirectPage({ to: '/A/RES/53/137/', label: 'A/RES/53/137', title: 'International Convention', reason: 'spelling' }, ROOT);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en">/);
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/A/RES/53/137/">');
    expect(html).toContain('<link rel="canonical" href="https://un-docs.example.org/A/RES/53/137/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<title>A/RES/53/137 · un-docs</title>');
    expect(html).toContain('<h1>A/RES/53/137</h1><p>Addresses on this site are written as the symbol is: <cite>International Convention</cite> is at <a href="/A/RES/53/137/">/A/RES/53/137/</a>.</p>');
  });

  it('says that a document moved, with the base path in every address', () => {
    const html = redirectPage(
      { to: '/A/54/150/cite/', label: 'Cite A/54/150', title: 'Report', reason: 'moved' },
      { site: 'https://example.org', base: '/un-docs/' },
    );
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/un-docs/A/54/150/cite/">');
    expect(html).toContain('<link rel="canonical" href="https://example.org/un-docs/A/54/150/cite/">');
    expect(html).toContain('<title>Moved to Cite A/54/150 · un-docs</title>');
    expect(html).toContain('<h1>This document has moved</h1><p><cite>Report</cite> was published here before its symbol was known. It is now at <a href="/un-docs/A/54/150/cite/">Cite A/54/150</a>.</p>');
  });

  it('escapes what the title holds and carries the site\'s Content-Security-Policy', () => {
    const html = redirectPage({ to: '/A/1/', label: 'A/1', title: 'Rights & <duties> "of" States', reason: 'spelling' }, ROOT);
    expect(html).toContain('<cite>Rights &#x26; &#x3C;duties> "of" States</cite>');
    const document = parse(html);
    const htmlElement = document.childNodes.find((node) => node.nodeName === 'html') as DefaultTreeAdapterMap['element'];
    const head = htmlElement.childNodes.find((node) => node.nodeName === 'head') as DefaultTreeAdapterMap['element'];
    const policies = head.childNodes
      .filter((node): node is DefaultTreeAdapterMap['element'] => node.nodeName === 'meta')
      .filter((meta) => meta.attrs.some(({ name, value }) => name === 'http-equiv' && value === 'Content-Security-Policy'))
      .map((meta) => meta.attrs.find(({ name }) => name === 'content')?.value);
    expect(policies).toEqual([CONTENT_SECURITY_POLICY]);
  });
});
