import { describe, expect, it } from 'vitest';
import type { BodyName } from '../../src/lib/bodies.ts';
import { findReferences, resolutionSymbol } from '../../src/lib/references.ts';

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
  ] as const)('%s of %s → %s', (number, body, symbol) => {
    expect(resolutionSymbol(number, body)).toBe(symbol);
  });
});

const GA: { body: BodyName } = { body: 'General Assembly' };
const CHR: { body: BodyName } = { body: 'Commission on Human Rights' };
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
  ])('%s', (text, expected) => {
    expect(cited(text)).toEqual(expected);
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
  ])('%s', (text) => {
    expect(cited(text, { body: 'General Assembly' })).toEqual([]);
  });
});
