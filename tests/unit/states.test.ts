import { describe, expect, it } from 'vitest';
import { AMBIGUOUS_NAMES, findStates, foldName, stateCode, stateName, stateNames, statePath } from '../../src/lib/document/states.ts';
import { thrown } from './helpers.ts';

describe('stateCode', () => {
  it.each<[string, string | undefined]>([
    // Historical UN names, as the 1999–2004 documents print them.
    ['Cape Verde', 'CPV'],
    ['Cabo Verde', 'CPV'],
    ['Libyan Arab Jamahiriya', 'LBY'],
    ['Libya', 'LBY'],
    ['Turkey', 'TUR'],
    ['Türkiye', 'TUR'],
    ['Turkiye', 'TUR'],
    ['the Philippines', 'PHL'],
    ['the Comoros', 'COM'],
    ['Sao Tome and Principe', 'STP'],
    ['São Tomé and Príncipe', 'STP'],
    ['Bosnia and Herzegovina', 'BIH'],
    ['Timor-Leste', 'TLS'],
    ['East Timor', 'TLS'],
    ['Bolivia', 'BOL'],
    ['Bolivia (Plurinational State of)', 'BOL'],
    ['Guinea', 'GIN'],
    ['Guinea-Bissau', 'GNB'],
    ["Côte d’Ivoire", 'CIV'],
    // The library gives "Congo" to both Congos; the UN's name settles it.
    ['Congo', 'COG'],
    ['Democratic Republic of the Congo', 'COD'],
    ['  kyrgyzstan ', 'KGZ'],
    ['Atlantis', undefined],
  ])('%s → %s', (name, code) => {
    expect(stateCode(name)).toBe(code);
  });

  it('leaves no library name to two codes unsettled', () => {
    expect(AMBIGUOUS_NAMES).toEqual([]);
  });
});

describe('stateName and stateNames', () => {
  it.each([
    ['CPV', 'Cabo Verde'],
    ['LBY', 'Libya'],
    ['TUR', 'Türkiye'],
    ['URY', 'Uruguay'],
    ['VNM', 'Viet Nam'],
  ])('%s is shown as %s', (code, name) => {
    expect(stateName(code)).toBe(name);
  });

  it('lists the current name first, then the former ones', () => {
    expect(stateNames('CPV').slice(0, 2)).toEqual(['Cabo Verde', 'Cape Verde']);
  });

  it('refuses a code that is not alpha-3', () => {
    const error = thrown(() => stateName('CV'));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe('"CV" is not an ISO 3166-1 alpha-3 code, such as "CPV"');
  });

  it('keys a State page by its upper-case code', () => {
    expect(statePath('CPV')).toBe('/states/CPV/');
  });
});

describe('foldName', () => {
  it.each([
    ['The Gambia', 'gambia'],
    ['São  Tomé', 'sao tome'],
    ['Côte d’Ivoire', "cote d'ivoire"],
  ])('%s → %s', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });
});

describe('findStates', () => {
  const found = (text: string) => findStates(text).map(({ code, name }) => `${code} ${name}`);

  it.each<[string, string, string[]]>([
    ['a status list', 'ratified by Azerbaijan, Cape Verde, the Philippines and Uganda', ['AZE Azerbaijan', 'CPV Cape Verde', 'PHL Philippines', 'UGA Uganda']],
    ['names inside longer names', 'Guinea, Guinea-Bissau, Papua New Guinea and Equatorial Guinea', ['GIN Guinea', 'GNB Guinea-Bissau', 'PNG Papua New Guinea', 'GNQ Equatorial Guinea']],
    ['a name that starts another', 'Niger and Nigeria; Sudan and South Sudan', ['NER Niger', 'NGA Nigeria', 'SDN Sudan', 'SSD South Sudan']],
    ['a name written in small letters, which is a word', 'a turkey, a chad', []],
    ['abbreviations, which are words in capitals', 'US and UK, USA', []],
    ['a name after a hyphen, and not one before it', 'UNDP-Fiji co-organized; Guinea-Conakry', ['FJI Fiji']],
    ['accented names', 'São Tomé and Príncipe and Türkiye', ['STP São Tomé and Príncipe', 'TUR Türkiye']],
    ['the State, not its currency', 'United States dollars, 5 million United States dollars, one United States dollar, US$ 20', []],
    ['other currencies named after a State', 'New Zealand dollars, Singapore dollars, Kenya shillings, Sri Lanka rupees, Swiss francs and euros', []],
    ['the State beside a currency', 'the United States of America paid 5 million United States dollars', ['USA United States of America']],
    ['the United States when no currency follows', 'the United States, the United States dollar rate and the United States Government', ['USA United States', 'USA United States']],
    ['a State whose name ends a clause before a currency word', 'Barbados, dollars aside', ['BRB Barbados']],
  ])('finds %s', (_name, text, states) => {
    expect(found(text)).toEqual(states);
  });

  it('gives positions in the text as written, accents included', () => {
    const text = 'Côte d’Ivoire, then Mali';
    expect(findStates(text).map(({ start, end }) => text.slice(start, end))).toEqual(['Côte d’Ivoire', 'Mali']);
  });
});
