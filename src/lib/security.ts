/**
 * The Content-Security-Policy of every page: everything from the site itself, no inline script
 * or style, no plugin, no framing. Given twice, as a <meta> tag (honoured wherever the site is
 * served) and in the `_headers` file (for hosts that honour it, and for what a <meta> policy
 * cannot say, such as frame-ancestors).
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
