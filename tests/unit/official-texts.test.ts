import { describe, expect, it } from 'vitest';
import { officialTexts, textLanguage } from '../../src/lib/document/official-texts.ts';

describe('the official texts', () => {
  it('are at undocs.org in the six official languages, the symbol written as undocs.org writes it', () => {
    expect(officialTexts('S/RES/1325 (2000)').map(({ code, href }) => `${code} ${href}`)).toEqual([
      'ar https://undocs.org/ar/S/RES/1325(2000)',
      'zh https://undocs.org/zh/S/RES/1325(2000)',
      'en https://undocs.org/en/S/RES/1325(2000)',
      'fr https://undocs.org/fr/S/RES/1325(2000)',
      'ru https://undocs.org/ru/S/RES/1325(2000)',
      'es https://undocs.org/es/S/RES/1325(2000)',
    ]);
  });

  it.each([
    [undefined, 'This text: English'],
    ['English', 'This text: English, the original language'],
    ['French', 'This text: English; original: French'],
  ])('state this text’s language, given the original %o', (original, text) => {
    expect(textLanguage(original)).toBe(text);
  });
});
