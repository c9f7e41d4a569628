/**
 * The page at an address that only leads to another: a document's earlier address, or the
 * lower-case spelling of its address. Static hosts cannot answer with a 301 for a generated
 * page, so the page sends browsers on at once (meta refresh), tells search engines the real
 * address (canonical) and shows the link for anyone whose browser does not follow. Hosts that
 * read `_redirects` answer with a 301 instead. It is a small standalone page, written by the
 * build for every document rather than rendered with the site's layout: nobody reads it.
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { CONTENT_SECURITY_POLICY } from './security.ts';
import { absoluteUrl, withBase } from './site.ts';

/** What a redirect page says. */
export interface Redirect {
  /** The site path it leads to. */
  to: string;
  /** How the page it leads to is named: the symbol, or "Cite A/RES/53/137". */
  label: string;
  /** The document's title. */
  title: string;
  /** Why this address leads elsewhere: the document moved, or the address is spelled otherwise. */
  reason: 'moved' | 'spelling';
}

/** Where the site is published: its origin and the base path it is served under. */
export interface SiteAddress {
  site: string;
  base: string;
}

/** The HTML of a redirect page. */
export function redirectPage({ to, label, title, reason }: Redirect, { site, base }: SiteAddress): string {
  const href = withBase(to, base);
  const text =
    reason === 'moved'
      ? [h('h1', 'This document has moved'), h('p', [h('cite', title), ' was published here before its symbol was known. It is now at ', h('a', { href }, label), '.'])]
      : [h('h1', label), h('p', ['Addresses on this site are written as the symbol is: ', h('cite', title), ' is at ', h('a', { href }, href), '.'])];
  const page = h(null, [
    { type: 'doctype' },
    h('html', { lang: 'en' }, [
      h('head', [
        h('meta', { charset: 'utf-8' }),
        h('meta', { httpEquiv: 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('meta', { name: 'color-scheme', content: 'light dark' }),
        h('title', `${reason === 'moved' ? `Moved to ${label}` : label} · un-docs`),
        h('meta', { name: 'robots', content: 'noindex' }),
        h('link', { rel: 'canonical', href: absoluteUrl(to, site, base) }),
        h('meta', { httpEquiv: 'refresh', content: `0; url=${href}` }),
      ]),
      h('body', [h('main', text)]),
    ]),
  ]);
  return `${toHtml(page, { upperDoctype: true })}\n`;
}
