import { describe, expect, it } from 'vitest';
import { describeSymbol } from '../../src/lib/symbol-description.ts';
import { SymbolError } from '../../src/lib/symbol.ts';

describe('describeSymbol', () => {
  it.each([
    ['A/RES/45/158', 'resolution', 'Resolution 45/158 of the General Assembly, adopted at its forty-fifth session.'],
    ['A/RES/217(III)', 'resolution', 'Resolution 217 (III) of the General Assembly, adopted at its third session.'],
    ['A/RES/53/137/Corr.1', 'resolution', 'Corrigendum 1 to A/RES/53/137, resolution 53/137 of the General Assembly, adopted at its fifty-third session.'],
    ['E/CN.4/RES/1999/45', 'resolution', 'Resolution 1999/45 of the Commission on Human Rights, adopted in 1999.'],
    ['E/RES/2001/53', 'resolution', 'Resolution 2001/53 of the Economic and Social Council, adopted in 2001.'],
    ['A/HRC/RES/5/1', 'resolution', 'Resolution 5/1 of the Human Rights Council, adopted at its fifth session.'],
    ['S/RES/1325', 'resolution', 'Resolution 1325 of the Security Council.'],
    ['A/54/150', 'document', 'A document of the General Assembly, for its fifty-fourth session.'],
    ['A/53/625/Add.1', 'document', 'Addendum 1 to A/53/625, a document of the General Assembly, for its fifty-third session.'],
    ['E/CN.4/2002/94/Add.1', 'document', 'Addendum 1 to E/CN.4/2002/94, a document of the Commission on Human Rights, issued in 2002.'],
    ['A/HRC/5/2/Rev.2', 'document', 'Revision 2 of A/HRC/5/2, a document of the Human Rights Council, for its fifth session.'],
    ['A/CONF.157/24 (Part I)', 'document', 'Part I of A/CONF.157/24, a document of the United Nations conference whose documents are numbered A/CONF.157.'],
    ['S/2001/1', 'document', 'A document of the Security Council, issued in 2001.'],
    ['ST/SGB/2003/13', 'document', 'A document of the Secretariat.'],
    ['XY/12/3', 'document', 'A document of the United Nations organ "XY".'],
  ])('%s', (symbol, kind, text) => {
    expect(describeSymbol(symbol)).toMatchObject({ kind, text });
  });

  it('gives the session or year it read, for the pages that group by them', () => {
    expect(describeSymbol('A/RES/217(III)')).toEqual({
      kind: 'resolution',
      body: 'General Assembly',
      session: 3,
      text: 'Resolution 217 (III) of the General Assembly, adopted at its third session.',
    });
    expect(describeSymbol('E/CN.4/2002/94')).toMatchObject({ body: 'Commission on Human Rights', year: 2002 });
  });

  it('refuses a text that is not a symbol', () => {
    expect(() => describeSymbol('resolution 53/137')).toThrow(SymbolError);
  });
});
