import { describe, expect, it } from 'vitest';
import { findInlineCode, metaPolicy } from '../../scripts/lib/site-security.ts';

describe('findInlineCode', () => {
  it.each([
    ['<script>alert(1)</script>', ['an inline <script>']],
    ['<script type="module">import "x";</script>', ['an inline <script>']],
    ['<script type="module" src="/_astro/page.js"></script>', []],
    ['<script type="application/ld+json">{"@type":"Report"}</script>', []],
    ['<button onclick="go()">Go</button>', ['an inline event handler onclick="…" on <button>']],
    ['<p style="color:red">x</p>', ['a style="…" attribute on <p>']],
    ['<style>p{}</style>', ['a <style> element']],
    ['<a href="javascript:alert(1)">x</a>', ['a javascript: URL in href on <a>']],
    ['<template><script>x()</script></template>', ['an inline <script>']],
    ['<p>A text about &lt;script&gt; and onclick="x"</p>', []],
  ])('%s', (html, expected) => {
    expect(findInlineCode(html)).toEqual(expected);
  });
});

describe('metaPolicy', () => {
  it('reads the policy of a <meta http-equiv> tag', () => {
    expect(metaPolicy(`<head><meta http-equiv="Content-Security-Policy" content="default-src 'self'"></head>`)).toBe("default-src 'self'");
    expect(metaPolicy('<head></head>')).toBeUndefined();
  });
});
