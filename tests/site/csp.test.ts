import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../../scripts/lib/site-links.ts';
import { findInlineCode, metaPolicy } from '../../scripts/lib/site-security.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/site/security.ts';
import { DIST, requireDist } from './dist.ts';

describe('the Content-Security-Policy', () => {
  beforeAll(requireDist);

  it("allows no inline script, no 'unsafe-inline' and no 'unsafe-eval'", () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  it('is declared by every page, and no page holds inline code or style it would block', () => {
    const problems = htmlFiles(DIST).flatMap((file) => {
      const html = readFileSync(join(DIST, file), 'utf8');
      const policy = metaPolicy(html);
      return [
        ...(policy === CONTENT_SECURITY_POLICY ? [] : [`${file}: the Content-Security-Policy <meta> is ${policy === undefined ? 'missing' : `"${policy}"`}`]),
        ...findInlineCode(html).map((what) => `${file}: ${what}`),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('is sent by hosts that read _headers, with frame-ancestors', () => {
    const file = join(DIST, '_headers');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });
});
