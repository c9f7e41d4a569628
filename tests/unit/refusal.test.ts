import { describe, expect, it } from 'vitest';
import { ContentRefusal, refusalReport, schemaProblem } from '../../src/build/loaders/refusal.ts';

describe('ContentRefusal', () => {
  it('carries the problems, and nothing Astro would print a stack trace or a browser hint for', () => {
    const refusal = new ContentRefusal(['content/documents/A/1.mdx: found x, expected y', 'content/documents/A/2.mdx: found x, expected y']);
    expect(refusal.problems).toHaveLength(2);
    expect(refusal.stack).toBe('');
    expect(String(refusal)).toBe('ContentRefusal: Build stopped: the content has 2 problems (listed above), and nothing of it was published.');
    expect(String(refusal)).not.toMatch(/document|window/);
  });

  it('is logged one problem a line, under a heading', () => {
    expect(refusalReport(['a.mdx: found x, expected y'])).toBe('The content has one problem that must be fixed before it is published:\na.mdx: found x, expected y');
  });
});

describe('schemaProblem', () => {
  it("says Astro's schema error of the file, one field a line", () => {
    const error = Object.assign(new Error('**documents → A/RES/53/137** data does not match collection schema.\n\n  **date**: found "1999-02-30", expected a date\n  **body**: found "x", expected one of ...\n'), {
      name: 'InvalidContentEntryDataError',
    });
    expect(schemaProblem(error, 'content/documents/A/RES/53/137.mdx')).toBe(
      'content/documents/A/RES/53/137.mdx: found frontmatter that does not match the schema:\n  date: found "1999-02-30", expected a date\n  body: found "x", expected one of ...',
    );
  });

  it('is nothing for any other error', () => {
    expect(schemaProblem(new TypeError('x is undefined'), 'a.mdx')).toBeUndefined();
  });
});
