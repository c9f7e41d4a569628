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
    expect(problems({ ...resolution(), body: 'General Assemby' })).toMatchInlineSnapshot(`"content/documents/A/RES/53/137.mdx: field "body": found "General Assemby", expected one of the bodies "General Assembly", "Security Council", "Economic and Social Council", "Commission on Human Rights", "Human Rights Council", "Secretariat""`);
  });

  it('says why a symbol is not one', () => {
    expect(problems({ ...resolution(), symbol: 'resolution 53/137' })).toMatchInlineSnapshot(`"content/documents/A/RES/53/137.mdx: field "symbol": found "resolution 53/137", expected a UN document symbol such as "A/RES/53/137" (it must start with an organ code of 1 to 4 letters such as "A", "E" or "S", found "resolution 53")"`);
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
    expect(problems({ ...resolution(), sumbol: 'A/RES/53/137' })).toMatchInlineSnapshot(`"content/documents/A/RES/53/137.mdx: field "(frontmatter)": found the unknown field "sumbol", expected only the fields symbol, unnumberedId, title, subtitle, type, body, session, agendaItem, date, distribution, originalLanguage, jobNumber, resolution, report, source"`);
  });

  it('names an unknown field inside a nested record', () => {
    expect(problems({ ...resolution(), session: { number: 53, nmae: 'Fifty-third session' } })).toMatchInlineSnapshot(`
      "content/documents/A/RES/53/137.mdx: field "session.name": found nothing, expected a session name such as "Fifty-fourth session"
      content/documents/A/RES/53/137.mdx: field "session": found the unknown field "nmae", expected only the fields number, name"
    `);
  });

  it('quotes what it found in a field that must match a pattern', () => {
    expect(problems({ ...resolution(), agendaItem: { number: '110(a)' }, jobNumber: 'n0056467e' })).toMatchInlineSnapshot(`
      "content/documents/A/RES/53/137.mdx: field "agendaItem.number": found "110(a)", expected an agenda item number such as "117" or "117 (a)"
      content/documents/A/RES/53/137.mdx: field "jobNumber": found "n0056467e", expected a job number such as "N0056467E""
    `);
  });

  it('lists every missing field at once', () => {
    expect(problems({})).toMatchInlineSnapshot(`
      "content/documents/A/RES/53/137.mdx: field "title": found nothing, expected the document title
      content/documents/A/RES/53/137.mdx: field "type": found nothing, expected one of resolution, decision, report, note, letter, other
      content/documents/A/RES/53/137.mdx: field "body": found nothing, expected one of the bodies "General Assembly", "Security Council", "Economic and Social Council", "Commission on Human Rights", "Human Rights Council", "Secretariat"
      content/documents/A/RES/53/137.mdx: field "date": found nothing, expected a date in quotes, "YYYY-MM-DD"
      content/documents/A/RES/53/137.mdx: field "distribution": found nothing, expected "General", "Limited" or "Restricted"
      content/documents/A/RES/53/137.mdx: field "source": found nothing, expected the import record { file, sha256, dropped }"
    `);
  });

  it('refuses frontmatter that is not a record', () => {
    expect(problems(null)).toMatchInlineSnapshot(`"content/documents/A/RES/53/137.mdx: field "(frontmatter)": found null, expected frontmatter with at least title, type, body, date, distribution and source"`);
  });
});
