/**
 * What a page may load and a document body may link to. The Content-Security-Policy of every
 * page: everything from the site itself, no inline script or style, no plugin, no framing. Given
 * twice, as a <meta> tag (honoured wherever the site is served) and in the `_headers` file (for
 * hosts that honour it, and for what a <meta> policy cannot say, such as frame-ancestors). The
 * links and images of a body: the site's own pages, the United Nations' sites, and the addresses
 * the text prints.
 */

/** The directives that a <meta> policy may carry. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // pagefind compiles its WebAssembly search engine in the page.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The `_headers` file: the same policy plus the directives and headers only a server can send. */
export function headersFile(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}

/**
 * The hosts a document body may link to besides the site itself: the United Nations' own sites
 * (each with its subdomains: documents.un.org, digitallibrary.un.org, treaties.un.org...). One
 * list, read by the body check (src/remark/safe-links.ts).
 */
export const UN_HOSTS = [
  'un.org',
  'undocs.org',
  'ohchr.org',
  'unhcr.org',
  'unicef.org',
  'undp.org',
  'unwomen.org',
  'unesco.org',
  'unodc.org',
  'unep.org',
  'ilo.org',
  'who.int',
  'icj-cij.org',
] as const;

/** Whether a host is one of UN_HOSTS or a subdomain of one. */
export function isUnHost(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return UN_HOSTS.some((allowed) => name === allowed || name.endsWith(`.${allowed}`));
}

/** A URL scheme, lower case ("https", "javascript"), or undefined for a path on the site. */
function schemeOf(url: string): string | undefined {
  // Browsers ignore tabs and newlines inside a scheme and leading spaces or controls before it.
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** What a link or image in a body is: an image, a link with its own text, or a printed address (its text is its URL). */
export type BodyLinkKind = 'image' | 'link' | 'printed-address';

/**
 * What makes a link or an image unfit for a body ("a javascript: URL"), or undefined when it is
 * fit. A body may link to a page of the site and to the UN's own sites. An address the text
 * prints (a link whose text is the URL, as the importer writes a source's `<http://...>` and GFM
 * makes of a bare URL or e-mail address) may lead to any web site or mailbox, since the reader
 * sees where it leads. An image may only be a file of the site: the Content-Security-Policy would
 * block any other.
 */
export function bodyLinkProblem(url: string, kind: BodyLinkKind): string | undefined {
  const scheme = schemeOf(url);
  if (scheme === undefined) return url.startsWith('//') ? 'an address on another site' : undefined;
  if (kind === 'image') return scheme === 'http' || scheme === 'https' ? 'an image on another site' : `a ${scheme}: URL`;
  if (kind === 'printed-address' && ['http', 'https', 'mailto'].includes(scheme)) return undefined;
  if (scheme !== 'http' && scheme !== 'https') return `a ${scheme}: URL`;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return 'not a valid URL';
  }
  return isUnHost(host) ? undefined : `a page of ${host}, which is not one of the United Nations' sites`;
}
