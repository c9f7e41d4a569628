import { describe, expect, it } from 'vitest';
import { footnoteId, footnoteReferenceId, footnoteSlug, splitAtFootnotes } from '../../src/lib/document/footnotes.ts';
import { thrown } from './helpers.ts';

describe('footnote ids keep the source label', () => {
  it.each<[string, string, string, string]>([
    ['1', 'fn-1', 'fnref-1', 'fnref-1-2'],
    ['12', 'fn-12', 'fnref-12', 'fnref-12-2'],
    ['a', 'fn-a', 'fnref-a', 'fnref-a-2'],
    ['B', 'fn-b', 'fnref-b', 'fnref-b-2'],
    ['*', 'fn-star', 'fnref-star', 'fnref-star-2'],
    ['**', 'fn-star-star', 'fnref-star-star', 'fnref-star-star-2'],
    ['†', 'fn-dagger', 'fnref-dagger', 'fnref-dagger-2'],
    ['‡', 'fn-double-dagger', 'fnref-double-dagger', 'fnref-double-dagger-2'],
    ['1a', 'fn-1a', 'fnref-1a', 'fnref-1a-2'],
    ['¤', 'fn-ua4', 'fnref-ua4', 'fnref-ua4-2'],
  ])('label %j: note %s, first reference %s, second %s', (label, note, first, second) => {
    expect(footnoteId(label)).toBe(note);
    expect(footnoteReferenceId(label, 1)).toBe(first);
    expect(footnoteReferenceId(label, 2)).toBe(second);
  });

  it('names a label with nothing visible', () => {
    expect(thrown(() => footnoteSlug('  ')).message).toBe('a footnote label needs a visible mark, found "  "');
  });
});

describe('splitAtFootnotes', () => {
  it.each<[string, string, { text: string; footnotes: string }]>([
    [
      'a body with notes',
      '<p>Text<sup>1</sup></p><section class="footnotes" aria-label="Footnotes"><ol></ol></section>',
      { text: '<p>Text<sup>1</sup></p>', footnotes: '<section class="footnotes" aria-label="Footnotes"><ol></ol></section>' },
    ],
    ['a body without notes', '<p>Text</p>', { text: '<p>Text</p>', footnotes: '' }],
    [
      'a body that only mentions footnotes',
      '<p>The class "footnotes" is not a section</p>',
      { text: '<p>The class "footnotes" is not a section</p>', footnotes: '' },
    ],
  ])('%s', (_name, html, parts) => {
    expect(splitAtFootnotes(html)).toEqual(parts);
  });
});
