import { describe, expect, it } from 'vitest';
import { describeSymbol } from '../../src/lib/symbol/symbol-description.ts';
import { SymbolError } from '../../src/lib/symbol/symbol.ts';

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
    ['S/RES/1 (1946)', 'resolution', 'Resolution 1 (1946) of the Security Council, adopted in 1946.'],
    ['A/RES/ES-11/10', 'resolution', 'Resolution ES-11/10 of the General Assembly, adopted at its eleventh emergency special session.'],
    ['A/RES/S-27/2', 'resolution', 'Resolution S-27/2 of the General Assembly, adopted at its twenty-seventh special session.'],
    ['A/ES-11/L.17', 'document', 'A document of the General Assembly, for its eleventh emergency special session.'],
    ['CEDAW/C/GC/38', 'document', 'General recommendation No. 38 of the Committee on the Elimination of Discrimination against Women.'],
    ['CCPR/C/GC/36', 'document', 'General comment No. 36 of the Human Rights Committee.'],
    ['E/C.12/GC/25', 'document', 'General comment No. 25 of the Committee on Economic, Social and Cultural Rights.'],
    ['CAT/C/GC/4/Corr.1', 'document', 'Corrigendum 1 to CAT/C/GC/4, general comment No. 4 of the Committee against Torture.'],
    [
      'CEDAW/C/BRB/CO/5-8',
      'document',
      'Concluding observations on the combined fifth to eighth periodic reports of Barbados of the Committee on the Elimination of Discrimination against Women.',
    ],
    ['CAT/C/AFG/CO/1', 'document', 'Concluding observations on the initial report of Afghanistan of the Committee against Torture.'],
    ['CAT/C/51/D/429/2010', 'document', 'Decision on communication No. 429/2010 of the Committee against Torture, adopted at its fifty-first session.'],
    ['A/79/302-S/2024/600', 'document', 'A document of the General Assembly, for its seventy-ninth session. Also issued as S/2024/600.'],
    [
      'CEDAW/C/GC/31-CRC/C/GC/18',
      'document',
      'General recommendation No. 31 of the Committee on the Elimination of Discrimination against Women. Also issued as CRC/C/GC/18.',
    ],
    ['CRPD/C/1/2', 'document', 'A document of the Committee on the Rights of Persons with Disabilities.'],
    [
      'A/HRC/WG.6/29/BRB/1',
      'document',
      'National report of Barbados for the Universal Periodic Review, a document of the Working Group on the Universal Periodic Review of the Human Rights Council, for its twenty-ninth session.',
    ],
    [
      'A/HRC/WG.6/32/AFG/2',
      'document',
      'Compilation of United Nations information on Afghanistan for the Universal Periodic Review, a document of the Working Group on the Universal Periodic Review of the Human Rights Council, for its thirty-second session.',
    ],
    [
      'A/HRC/WG.6/33/BRN/3',
      'document',
      "Summary of stakeholders' submissions on Brunei Darussalam for the Universal Periodic Review, a document of the Working Group on the Universal Periodic Review of the Human Rights Council, for its thirty-third session.",
    ],
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

  it('gives the year of a Security Council resolution and the State of a UPR document or concluding observations', () => {
    expect(describeSymbol('S/RES/1 (1946)')).toEqual({
      kind: 'resolution',
      body: 'Security Council',
      year: 1946,
      text: 'Resolution 1 (1946) of the Security Council, adopted in 1946.',
    });
    expect(describeSymbol('A/HRC/WG.6/29/BRB/1')).toMatchObject({ body: 'Human Rights Council', state: 'BRB' });
    expect(describeSymbol('CEDAW/C/BRB/CO/5-8')).toMatchObject({ body: 'Committee on the Elimination of Discrimination against Women', state: 'BRB' });
    // An emergency special session is not the eleventh regular session.
    expect(describeSymbol('A/RES/ES-11/10')).not.toHaveProperty('session');
  });

  it('refuses a text that is not a symbol', () => {
    expect(() => describeSymbol('resolution 53/137')).toThrow(SymbolError);
  });
});
