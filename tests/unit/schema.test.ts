import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FrontmatterError, validateFrontmatter, type DocumentInput } from '../../src/schemas/document.ts';
import { thrown } from './helpers.ts';

const FILE = 'content/documents/A/RES/53/137.mdx';

/** A valid resolution's frontmatter; each case below breaks one thing in a fresh copy. */
function resolution(): DocumentInput {
  return {
    symbol: 'A/RES/53/137',
    title: 'International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families',
    type: 'resolution',
    body: 'General Assembly',
    session: { number: 53, name: 'Fifty-third session' },
    agendaItem: { number: '110 (a)' },
    date: '1999-03-01',
    distribution: 'General',
    resolution: { adopted: '1998-12-09', meeting: 85, committeeReport: { committee: 'Third Committee', symbol: 'A/53/625/Add.1' } },
    source: { file: '003_41bc7f651b9d5936.txt', sha256: 'c845a374a7712a50f4599e26c2b6df5c7ade627c516cf37e2d95d2b170f9f38f' },
  };
}

/** Astro reads frontmatter as YAML 1.1 (js-yaml), where an unquoted date is a timestamp. */
function yaml11(text: string): Record<string, unknown> {
  return parse(text, { version: '1.1' }) as Record<string, unknown>;
}

/** The message validateFrontmatter throws for the frontmatter. */
function problems(data: unknown): string {
  const error = thrown(() => validateFrontmatter(data, FILE));
  expect(error).toBeInstanceOf(FrontmatterError);
  return error.message;
}

describe('validateFrontmatter', () => {
  it('accepts a valid resolution, storing the symbols in normal form and filling the defaults', () => {
    const data = validateFrontmatter({ ...resolution(), symbol: 'a/res/53/137' }, FILE);
    expect(data.symbol).toBe('A/RES/53/137');
    expect(data.agendaItem).toEqual({ number: '110 (a)', provisional: false });
    expect(data.source.dropped).toEqual([]);
  });

  it('names the date that does not exist', () => {
    expect(problems({ ...resolution(), date: '1999-02-30' })).toMatchInlineSnapshot(`"content/documents/A/RES/53/137.mdx: field "date": found "1999-02-30", expected a real calendar date written as "YYYY-MM-DD""`);
  });

  it('refuses an unquoted date, which YAML turned into a timestamp', () => {
    expect(problems({ ...resolution(), ...yaml11('date: 1999-03-01') })).toMatchInlineSnapshot(`"content/documents/A/RES/53/137.mdx: field "date": found an unquoted date, which YAML reads as 1999-03-01, expected a date in quotes, "YYYY-MM-DD""`);
  });

  it('shows where YAML moved an unquoted impossible date', () => {
    expect(problems({ ...resolution(), ...yaml11('date: 1999-02-30') })).toMatchInlineSnapshot(`"content/documents/A/RES/53/137.mdx: field "date": found an unquoted date, which YAML reads as 1999-03-02, expected a date in quotes, "YYYY-MM-DD""`);
  });

  it('lists the bodies when the body is misspelt', () => {
    expect(problems({ ...resolution(), body: 'General Assemby' })).toMatchInlineSnapshot(`"content/documents/A/RES/53/137.mdx: field "body": found "General Assemby", expected one of the bodies "General Assembly", "Security Council", "Economic and Social Council", "Commission on Human Rights", "Human Rights Council", "Secretariat", "Human Rights Committee", "Committee on Economic, Social and Cultural Rights", "Committee on the Elimination of Racial Discrimination", "Committee on the Elimination of Discrimination against Women", "Committee against Torture", "Committee on the Rights of the Child", "Committee on Migrant Workers", "Committee on the Rights of Persons with Disabilities", "Committee on Enforced Disappearances""`);
  });

  it('says why a symbol is not one', () => {
    expect(problems({ ...resolution(), symbol: 'resolution 53/137' })).toMatchInlineSnapshot(`"content/documents/A/RES/53/137.mdx: field "symbol": found "resolution 53/137", expected a UN document symbol such as "A/RES/53/137" (it must start with a series code of 1 to 8 letters such as "A", "S" or "CEDAW", found "resolution 53")"`);
  });

  it('says which session name the number calls for', () => {
    expect(problems({ ...resolution(), session: { number: 53, name: 'Fifty-fourth session' } })).toMatchInlineSnapshot(`"content/documents/A/RES/53/137.mdx: field "session.name": found "Fifty-fourth session", expected "Fifty-third session" to match session number 53"`);
  });

  it.each([0, 200])('refuses session number %i, which has no name', (number) => {
    expect(problems({ ...resolution(), session: { number, name: 'Fifty-third session' } })).toBe(
      `${FILE}: field "session.number": found ${number}, expected a session number from 1 to 199`,
    );
  });

  it('asks a resolution for its adoption record', () => {
    const data = resolution();
    delete data.resolution;
    expect(problems(data)).toMatchInlineSnapshot(`"content/documents/A/RES/53/137.mdx: field "resolution": found nothing, expected the adoption record { adopted: "YYYY-MM-DD", meeting: 85 } that every resolution needs"`);
  });

  it('asks for a symbol or an unnumberedId', () => {
    const data = resolution();
    delete data.symbol;
    expect(problems(data)).toMatchInlineSnapshot(`"content/documents/A/RES/53/137.mdx: field "symbol": found neither symbol nor unnumberedId, expected the symbol the document states or, when it states none, an unnumberedId"`);
  });

  it('names an unknown field and the fields it knows', () => {
    expect(problems({ ...resolution(), sumbol: 'A/RES/53/137' })).toMatchInlineSnapshot(`"content/documents/A/RES/53/137.mdx: field "(frontmatter)": found the unknown field "sumbol", expected only the fields symbol, unnumberedId, title, subtitle, type, treaty, body, session, agendaItem, date, distribution, originalLanguage, jobNumber, resolution, report, generalComment, upr, source"`);
  });

  it('names an unknown field inside a nested record', () => {
    expect(problems({ ...resolution(), session: { number: 53, nmae: 'Fifty-third session' } })).toMatchInlineSnapshot(`
      "content/documents/A/RES/53/137.mdx: field "session.name": found nothing, expected a session name such as "Fifty-fourth session"
      content/documents/A/RES/53/137.mdx: field "session": found the unknown field "nmae", expected only the fields number, name, emergencySpecial, dates"
    `);
  });

  it('quotes what it found in a field that must match a pattern', () => {
    expect(problems({ ...resolution(), agendaItem: { number: '110(a)' }, jobNumber: 'n0056467e' })).toMatchInlineSnapshot(`
      "content/documents/A/RES/53/137.mdx: field "agendaItem.number": found "110(a)", expected an agenda item number such as "117", "117 (a)" or, for several, "134 and 145"
      content/documents/A/RES/53/137.mdx: field "jobNumber": found "n0056467e", expected a job number such as "N0056467E", "GE.19-03474(E)" or "24-18683 (E)""
    `);
  });

  it('lists every missing field at once', () => {
    expect(problems({})).toMatchInlineSnapshot(`
      "content/documents/A/RES/53/137.mdx: field "title": found nothing, expected the document title
      content/documents/A/RES/53/137.mdx: field "type": found nothing, expected one of resolution, decision, report, general-comment, note, letter, other
      content/documents/A/RES/53/137.mdx: field "body": found nothing, expected one of the bodies "General Assembly", "Security Council", "Economic and Social Council", "Commission on Human Rights", "Human Rights Council", "Secretariat", "Human Rights Committee", "Committee on Economic, Social and Cultural Rights", "Committee on the Elimination of Racial Discrimination", "Committee on the Elimination of Discrimination against Women", "Committee against Torture", "Committee on the Rights of the Child", "Committee on Migrant Workers", "Committee on the Rights of Persons with Disabilities", "Committee on Enforced Disappearances"
      content/documents/A/RES/53/137.mdx: field "source": found nothing, expected the import record { file, sha256, dropped }"
    `);
  });

  it('refuses frontmatter that is not a record', () => {
    expect(problems(null)).toMatchInlineSnapshot(`"content/documents/A/RES/53/137.mdx: field "(frontmatter)": found null, expected frontmatter with at least title, type, body, date (or a resolution's adoption) and source"`);
  });

  it('lets a resolution that prints only its adoption go without an issue date, and asks any other document for one', () => {
    const { date: _date, distribution: _distribution, ...undated } = resolution();
    expect(validateFrontmatter(undated, FILE).date).toBeUndefined();
    const { resolution: _adoption, ...report } = { ...undated, type: 'report' as const };
    expect(problems(report)).toBe(
      `${FILE}: field "date": found no date, expected the issue date "YYYY-MM-DD" the masthead prints (a resolution may instead have only its adoption date)`,
    );
  });

  it('asks a general comment for its number and form, and no other kind', () => {
    const comment = { ...resolution(), symbol: 'CAT/C/GC/4', type: 'general-comment' as const, body: 'Committee against Torture' as const };
    const { resolution: _adoption, session: _session, agendaItem: _agenda, ...bare } = comment;
    expect(problems(bare)).toBe(
      `${FILE}: field "generalComment": found nothing, expected { number: 38, form: "general recommendation" } that every general comment needs`,
    );
    expect(validateFrontmatter({ ...bare, generalComment: { number: 4, form: 'general comment', year: 2017 } }, FILE).generalComment).toEqual({
      number: 4,
      form: 'general comment',
      year: 2017,
    });
    expect(problems({ ...resolution(), generalComment: { number: 4, form: 'general comment' } })).toBe(
      `${FILE}: field "generalComment": found a generalComment block on a document of type "resolution", expected it only on type "general-comment"`,
    );
  });

  it('knows the State a review is of by its ISO code', () => {
    const review = { ...resolution(), symbol: 'A/HRC/WG.6/29/BRB/1', type: 'report' as const, body: 'Human Rights Council' as const, session: undefined };
    const { resolution: _adoption, ...report } = review;
    expect(validateFrontmatter({ ...report, upr: { state: 'BRB', stateName: 'Barbados', cycle: 3, document: 'national-report' } }, FILE).upr).toEqual({
      state: 'BRB',
      stateName: 'Barbados',
      cycle: 3,
      document: 'national-report',
    });
    expect(problems({ ...report, upr: { state: 'Barbados', document: 'national report' } })).toBe(
      [
        `${FILE}: field "upr.state": found "Barbados", expected an ISO 3166-1 alpha-3 code such as "BRB"`,
        `${FILE}: field "upr.document": found "national report", expected one of national-report, compilation, stakeholder-summary`,
      ].join('\n'),
    );
  });

  it('names an emergency special session as the Assembly prints it', () => {
    const session = { number: 11, name: 'Eleventh emergency special session', emergencySpecial: true };
    expect(validateFrontmatter({ ...resolution(), symbol: 'A/RES/ES-11/10', session }, FILE).session).toEqual(session);
    expect(problems({ ...resolution(), session: { ...session, name: 'Eleventh session' } })).toBe(
      `${FILE}: field "session.name": found "Eleventh session", expected "Eleventh emergency special session" to match session number 11`,
    );
  });
});
