import { describe, expect, it } from 'vitest';
import { measureFidelity, visibleText, words, wordsInOrder } from '../../../src/lib/import/fidelity.ts';

describe('words', () => {
  it.each([
    ['Rights,¹ the', ['rights', '1', 'the']],
    ['United NationsA/RES/55/88General AssemblyDistr.: General', ['united', 'nations', 'a', 'res', '55', '88', 'general', 'assembly', 'distr', 'general']],
    ['<i>Name</i> <sup>a</sup>', ['name', 'a']],
    ['<script>x</script>', ['script', 'x', 'script']],
    ['José Carrión', ['josé', 'carrión']],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('wordsInOrder', () => {
  it('counts the longest common subsequence', () => {
    expect(wordsInOrder(['a', 'b', 'c', 'd'], ['a', 'c', 'b', 'd'])).toBe(3);
  });
});

describe('visibleText', () => {
  it('shows paragraph numbers, footnote labels and cells, footnotes apart', () => {
    const text = visibleText('6. Takes note,[^7] and\n\n| A | B |\n| - | - |\n| x | <sup>a</sup> |\n\n[^7]: A/53/230.\n');
    expect(words(text.body)).toEqual(['6', 'takes', 'note', '7', 'and', 'a', 'b', 'x', 'a']);
    expect(words(text.footnotes)).toEqual(['7', 'a', '53', '230']);
  });
});

describe('measureFidelity', () => {
  it('finds what is lost, and names each run of lost words', () => {
    const fidelity = measureFidelity({
      metadataLines: ['Distr.: General'],
      footnoteLines: ['1 A note.'],
      bodyLines: ['One two three four.'],
      droppedLines: ['2'],
      unplaced: [],
      mastheadText: 'Distr.: General',
      mdxBody: 'One three four.[^1]\n\n[^1]: A note.\n',
    });
    expect(fidelity).toEqual({
      metadata: { words: 2, found: 2, missing: [] },
      footnotes: { words: 3, found: 3, missing: [] },
      body: { words: 4, found: 3, missing: ['two'] },
      droppedWords: 1,
      share: 8 / 9,
    });
  });
});
