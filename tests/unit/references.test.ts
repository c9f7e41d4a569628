import { describe, expect, it } from 'vitest';
import { resolutionSymbol } from '../../src/lib/references.ts';

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
