import { describe, expect, it } from 'vitest';
import type { BodyName } from '../../src/lib/document/bodies.ts';
import { decisionSymbol, findReferences, resolutionSymbol, romanValue } from '../../src/lib/citation/references.ts';

describe('resolutionSymbol', () => {
  it.each([
    ['53/137', 'General Assembly', 'A/RES/53/137'],
    ['53/137', undefined, 'A/RES/53/137'],
    ['1999/45', 'Commission on Human Rights', 'E/CN.4/RES/1999/45'],
    ['2001/53', 'Economic and Social Council', 'E/RES/2001/53'],
    ['1999/45', undefined, undefined],
    ['1999/45', 'General Assembly', undefined],
    ['53/137', 'Commission on Human Rights', undefined],
    ['1775', 'General Assembly', undefined],
    ['5/1', 'Human Rights Council', 'A/HRC/RES/5/1'],
    ['217 A (III)', 'General Assembly', 'A/RES/217(III)'],
    ['1514 (XV)', undefined, 'A/RES/1514(XV)'],
    ['1503 (XLVIII)', 'Economic and Social Council', 'E/RES/1503(XLVIII)'],
    ['1503 (XLVIII)', 'Commission on Human Rights', undefined],
    ['12 (IIII)', 'General Assembly', undefined],
    ['2334 (2016)', 'Security Council', 'S/RES/2334 (2016)'],
    ['2334(2016)', 'Security Council', 'S/RES/2334 (2016)'],
    ['2334 (2016)', undefined, undefined],
    ['2334 (2016)', 'General Assembly', undefined],
    ['377 A (V)', undefined, 'A/RES/377(V)'],
    ['377 A (V)', 'Human Rights Council', undefined],
    ['54/237 C', undefined, 'A/RES/54/237'],
    ['ES-11/10', undefined, 'A/RES/ES-11/10'],
    ['ES-11/10', 'Human Rights Council', undefined],
    ['S-27/2', 'General Assembly', 'A/RES/S-27/2'],
    ['S-1/1', 'Human Rights Council', 'A/HRC/RES/S-1/1'],
    ['16/21', 'Human Rights Council', 'A/HRC/RES/16/21'],
  ] as const)('%s of %s → %s', (number, body, symbol) => {
    expect(resolutionSymbol(number, body)).toBe(symbol);
  });
});

describe('decisionSymbol', () => {
  it.each([
    ['17/119', 'Human Rights Council', 'A/HRC/DEC/17/119'],
    ['55/488', undefined, 'A/DEC/55/488'],
    ['2001/285', 'Economic and Social Council', 'E/DEC/2001/285'],
    ['2001/101', 'Commission on Human Rights', 'E/CN.4/DEC/2001/101'],
    ['2001/101', undefined, undefined],
    ['217 A (III)', 'General Assembly', undefined],
    ['1325 (2000)', 'Security Council', undefined],
  ] as const)('%s of %s → %s', (number, body, symbol) => {
    expect(decisionSymbol(number, body)).toBe(symbol);
  });
});

describe('romanValue', () => {
  it.each([
    ['III', 3],
    ['XXI', 21],
    ['XLVIII', 48],
    ['IX', 9],
    ['IIII', undefined],
    ['VX', undefined],
    ['IC', undefined],
  ])('%s → %s', (numeral, value) => {
    expect(romanValue(numeral)).toBe(value);
  });
});

const GA: { body: BodyName } = { body: 'General Assembly' };
const CHR: { body: BodyName } = { body: 'Commission on Human Rights' };
const HRC: { body: BodyName } = { body: 'Human Rights Council' };
const SC: { body: BodyName } = { body: 'Security Council' };
const CEDAW: { body: BodyName } = { body: 'Committee on the Elimination of Discrimination against Women' };
const CAT: { body: BodyName } = { body: 'Committee against Torture' };
/** A UPR report filed under the General Assembly: its symbol says it is the Human Rights Council's. */
const UPR = { body: 'General Assembly', symbol: 'A/HRC/WG.6/29/BRB/1' } as const;
const cited = (text: string, context = GA) => findReferences(text, context).map(({ text: t, symbol, paragraph }) => (paragraph ? [t, symbol, paragraph] : [t, symbol]));

describe('findReferences: what links', () => {
  it.each([
    ['* A/54/150.', [['A/54/150', 'A/54/150']]],
    ['see A/RES/53/137 and E/CN.4/2002/94/Add.1', [['A/RES/53/137', 'A/RES/53/137'], ['E/CN.4/2002/94/Add.1', 'E/CN.4/2002/94/Add.1']]],
    ['(A/55/602/Add.1)]', [['A/55/602/Add.1', 'A/55/602/Add.1']]],
    ['A/CONF.157/24 (Part I), chap. III.', [['A/CONF.157/24 (Part I)', 'A/CONF.157/24 (Part I)']]],
    ['Millennium Report to the General Assembly (A/54/2000),', [['A/54/2000', 'A/54/2000']]],
    ['In its resolution 53/137 of 9 December 1998,', [['53/137', 'A/RES/53/137']]],
    ['in its resolutions 55/93 and 58/166, the Assembly', [['55/93', 'A/RES/55/93'], ['58/166', 'A/RES/58/166']]],
    ['paragraph 3 of resolution 53/137', [['paragraph 3 of resolution 53/137', 'A/RES/53/137', 3]]],
    ['A similar resolution, resolution 1999/45 of 27 April 1999, was adopted by the Commission on Human Rights.', [['1999/45', 'E/CN.4/RES/1999/45']]],
    ['Resolution 217 A (III).', [['217 A (III)', 'A/RES/217(III)']]],
    ['Resolution 2200 A (XXI), annex.', [['2200 A (XXI)', 'A/RES/2200(XXI)']]],
    ['Resolution 34/180, annex.', [['34/180', 'A/RES/34/180']]],
    ['para. 6 of its resolution 53/137', [['para. 6 of its resolution 53/137', 'A/RES/53/137', 6]]],
    ['resolutions 53/137 of 9 December 1998 and 55/88 of 4 December 2000', [['53/137', 'A/RES/53/137'], ['55/88', 'A/RES/55/88']]],
    ['resolutions 45/158, 53/137, and 55/88', [['45/158', 'A/RES/45/158'], ['53/137', 'A/RES/53/137'], ['55/88', 'A/RES/55/88']]],
    ['its resolution 1514 (XV) of 14 December 1960', [['1514 (XV)', 'A/RES/1514(XV)']]],
    ['Economic and Social Council resolution 1503 (XLVIII)', [['1503 (XLVIII)', 'E/RES/1503(XLVIII)']]],
    ['Commission on Human Rights resolution 2001/53', [['2001/53', 'E/CN.4/RES/2001/53']]],
    ['Human Rights Council resolution 5/1', [['5/1', 'A/HRC/RES/5/1']]],
    // The report of 27 August 2004, paragraph 6: the Commission named in the same sentence, further on.
    [
      'In its resolution 58/166, the General Assembly called upon all Member States; welcomed the work of the Special Rapporteur of the Commission on Human Rights on the human rights of migrants',
      [['58/166', 'A/RES/58/166']],
    ],
    ['encouraging member States of the European Union to ratify it, as General Assembly resolution 58/166 urged', [['58/166', 'A/RES/58/166']]],
    ['see E/CN.4/2002/94/Add.1).', [['E/CN.4/2002/94/Add.1', 'E/CN.4/2002/94/Add.1']]],
    ['1 A/79/302-S/2024/600. 2 Resolution 49/57, annex.', [['A/79/302-S/2024/600', 'A/79/302-S/2024/600'], ['49/57', 'A/RES/49/57']]],
    ['(CEDAW/C/BRB/CO/5-8, para. 12) and CAT/C/AFG/CO/2/Add.1.', [['CEDAW/C/BRB/CO/5-8', 'CEDAW/C/BRB/CO/5-8'], ['CAT/C/AFG/CO/2/Add.1', 'CAT/C/AFG/CO/2/Add.1']]],
    ['adopted as S/RES/1(1946), see A/HRC/WG.6/29/BRB/1', [['S/RES/1(1946)', 'S/RES/1 (1946)'], ['A/HRC/WG.6/29/BRB/1', 'A/HRC/WG.6/29/BRB/1']]],
    ['[without reference to a Main Committee (A/ES-11/L.17)]', [['A/ES-11/L.17', 'A/ES-11/L.17']]],
  ])('%s', (text, expected) => {
    expect(cited(text)).toEqual(expected);
  });

  it.each([
    // E/CN.4/2002/89, paragraph 3: a Commission document citing a resolution of the Assembly.
    ['Further, in its resolution 55/93, the General Assembly decided to proclaim 18 December International Migrants Day', CHR, [['55/93', 'A/RES/55/93']]],
    ['in its resolution 55/93, the Assembly decided', CHR, [['55/93', 'A/RES/55/93']]],
    ['Recalling resolution 55/93,', CHR, [['55/93', 'A/RES/55/93']]],
    ['Recalling its resolution 5/1,', HRC, [['5/1', 'A/HRC/RES/5/1']]],
    ['Recalling General Assembly resolution 60/251,', HRC, [['60/251', 'A/RES/60/251']]],
    // A Human Rights Council text, a UPR report among them, reads "resolution 16/21" as the Council's.
    ['in accordance with resolution 16/21,', HRC, [['16/21', 'A/HRC/RES/16/21']]],
    ['pursuant to Human Rights Council resolutions 5/1 and 16/21, taking into consideration', UPR, [['5/1', 'A/HRC/RES/5/1'], ['16/21', 'A/HRC/RES/16/21']]],
    ['prepared in accordance with resolution 16/21', UPR, [['16/21', 'A/HRC/RES/16/21']]],
    [
      'Human Rights Council Resolution 5/1 (18 June 2007), Resolution 16/21 (25 March 2011) and Decision 17/119 (17 June 2011)',
      UPR,
      [['5/1', 'A/HRC/RES/5/1'], ['16/21', 'A/HRC/RES/16/21'], ['17/119', 'A/HRC/DEC/17/119']],
    ],
    ['in its decision 55/488 of 7 September 2001,', GA, [['55/488', 'A/DEC/55/488']]],
    ['Economic and Social Council decision 2001/285', GA, [['2001/285', 'E/DEC/2001/285']]],
    ['as contained in General Assembly resolution 70/1, adopted', HRC, [['70/1', 'A/RES/70/1']]],
    ['Human Rights Council resolution 16/21', GA, [['16/21', 'A/HRC/RES/16/21']]],
    ['Human Rights Council resolution 16/21', CEDAW, [['16/21', 'A/HRC/RES/16/21']]],
    // "377 A (V)" is the General Assembly's, whatever body cites it, unless ECOSOC is named.
    ['Recalling its resolution 377 A (V) of 3 November 1950, entitled "Uniting for peace",', GA, [['377 A (V)', 'A/RES/377(V)']]],
    ['under resolution 377 A (V)', HRC, [['377 A (V)', 'A/RES/377(V)']]],
    ['under resolution 377 A (V)', CAT, [['377 A (V)', 'A/RES/377(V)']]],
    ['resolution 54/237 C of 23 December 1999', GA, [['54/237 C', 'A/RES/54/237']]],
    ['its resolutions 76/246 A and 77/263 B, and 79/258 A,', GA, [['76/246 A', 'A/RES/76/246'], ['77/263 B', 'A/RES/77/263'], ['79/258 A', 'A/RES/79/258']]],
    ['Recalling its resolution ES-11/4 of 12 October 2022,', GA, [['ES-11/4', 'A/RES/ES-11/4']]],
    // The Security Council's resolutions, by number and year.
    ['Recalling its resolution 2334 (2016),', SC, [['2334 (2016)', 'S/RES/2334 (2016)']]],
    ['[resolution 3 (1946)]', SC, [['3 (1946)', 'S/RES/3 (1946)']]],
    ['Security Council resolution 1325 (2000)', GA, [['1325 (2000)', 'S/RES/1325 (2000)']]],
    [
      'including, in particular, Security Council resolutions 1325 (2000), 1820 (2008) and 1889 (2009).',
      CEDAW,
      [['1325 (2000)', 'S/RES/1325 (2000)'], ['1820 (2008)', 'S/RES/1820 (2008)'], ['1889 (2009)', 'S/RES/1889 (2009)']],
    ],
    ['In its resolution 1325 (2000) and its subsequent resolutions, the Security Council', CEDAW, [['1325 (2000)', 'S/RES/1325 (2000)']]],
    // A committee's text cites the Assembly's resolutions by name.
    ['as contained in General Assembly resolution 70/1,', CEDAW, [['70/1', 'A/RES/70/1']]],
    ['(General Assembly resolution 46/91, annex)', CEDAW, [['46/91', 'A/RES/46/91']]],
    ['in its resolution 2542 (XXIV) of 11 December 1969', CAT, [['2542 (XXIV)', 'A/RES/2542(XXIV)']]],
  ] as const)('%s (in a document of the %o)', (text, context, expected) => {
    expect(cited(text, context)).toEqual(expected);
  });

  it('keeps where the number starts in a paragraph reference, for a link that cannot span the phrase', () => {
    const text = 'under paragraph 3 of resolution 53/137';
    const [ref] = findReferences(text, GA);
    expect([text.slice(ref!.start, ref!.end), text.slice(ref!.numberStart, ref!.end)]).toEqual(['paragraph 3 of resolution 53/137', '53/137']);
  });

  it('reads a year-numbered resolution by the citing body when the sentence names none', () => {
    expect(cited('In its resolution 2001/53, the Commission called upon', CHR)).toEqual([['2001/53', 'E/CN.4/RES/2001/53']]);
  });

  it('gives the exact place of each reference', () => {
    const text = 'In its resolution 53/137 of 9 December 1998';
    const [ref] = findReferences(text, GA);
    expect(text.slice(ref!.start, ref!.end)).toBe('53/137');
  });
});

describe('findReferences: what stays plain in a committee’s text', () => {
  it.each([
    // "16/21" may be the Assembly's or the Human Rights Council's: a committee's text names which.
    'in accordance with resolution 16/21,',
    '(resolution 55/2)',
    // Year-numbered, of an unnamed body.
    'resolution 1999/45',
    'resolution 1325 (2000)',
    'decision 17/119',
  ])('%s', (text) => {
    expect(cited(text, CEDAW)).toEqual([]);
  });
});

describe('findReferences: look-alikes that must not link', () => {
  it.each([
    'the General Assembly of the Organization of American States (OAS) in its resolution 1775 of 5 June 2001',
    'the General Assembly of the Organization of American States, at its thirty-fourth session, in its resolution 2027 of 8 June 2004',
    'pursuant to article 87 of the Convention',
    'the Millennium Summit (6-8 September 2000), when 273 treaty actions were undertaken by 84 States',
    'deposited in September/October 2000',
    'a joint report by the ILO/IOM',
    'a year-numbered resolution 1999/45 with no body known',
    'on page 12/13',
    'the OAS, in its resolution 53/137 of that year',
    'the General Assembly of the Organization of American States adopted resolution 1999/45',
    // The Security Council's numbers, where neither the sentence nor the citing document names it.
    'resolution 1325 (2000)',
    'resolutions 1325 (2000) and 1820 (2008)',
    'resolution 12 (IIII)',
    'the 23 list of core treaties, 273 treaty actions by 84 States',
    'from 31 August to 7 September 2001, UNDP-Fiji',
    'at http://untreaty.un.org',
    'decision 1/CP.21 of the Conference of the Parties',
    'its decision 2005/1',
  ])('%s', (text) => {
    expect(cited(text, { body: 'General Assembly' })).toEqual([]);
  });
});
