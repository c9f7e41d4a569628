import { describe, expect, it } from 'vitest';
import { nameBefore } from '../../src/lib/citation/cited-names.ts';

describe('nameBefore', () => {
  it.each([
    ['in particular the Universal Declaration of Human Rights,', 'Universal Declaration of Human Rights'],
    ['Human Rights, the International Convention on the Elimination of All Forms of Racial Discrimination,', 'International Convention on the Elimination of All Forms of Racial Discrimination'],
    ['the Convention on the Elimination of All Forms of Discrimination against Women', 'Convention on the Elimination of All Forms of Discrimination against Women'],
    ['and the Convention on the Rights of the Child,', 'Convention on the Rights of the Child'],
    ['the International Covenants on Human Rights,', 'International Covenants on Human Rights'],
    ['The Universal Declaration of Human Rights', 'Universal Declaration of Human Rights'],
    ['In his Millennium Report to the General Assembly ', 'Millennium Report to the General Assembly'],
    ['Takes note of the report of the Secretary-General,', 'Report of the Secretary-General'],
    ['Takes note of the updated report of the Secretary-General', 'Updated report of the Secretary-General'],
  ])('%s → %s', (text, name) => {
    expect(nameBefore(text)).toBe(name);
  });

  it.each([
    // A date ends the phrase: the words before it are not a name.
    'the Vienna Declaration and Programme of Action adopted by the World Conference on Human Rights on 25 June 1993,',
    // Who received the document, not the document.
    'the report of the Special Rapporteur to the Commission on Human Rights',
    'to consider the Convention',
    'the human rights of migrants',
    '',
  ])('finds no name in "%s"', (text) => {
    expect(nameBefore(text)).toBeUndefined();
  });
});
