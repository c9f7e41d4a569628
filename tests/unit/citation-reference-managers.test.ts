/**
 * What reference managers make of a document (issue 20): its author whole and the same in every
 * format, a resolution typed as one and a report as a UN document with its number, the Bluebook's
 * titles, a description that is no abstract of symbol and title, OSCOLA's date of access, BibTeX
 * in the fields both BibTeX and biblatex read, and the media types the host sends.
 */
import { describe, expect, it } from 'vitest';
import { authorName, highwireAuthor } from '../../src/lib/citation/author.ts';
import { bibliographicRecord, bibtex, reportType, ris, toCsl } from '../../src/lib/citation/exports.ts';
import { bluebookParts, bluebookTitle, citations, oscolaParts } from '../../src/lib/citation/forms.ts';
import { highwireTags, jsonLd, openGraphTags, pageDescription } from '../../src/lib/citation/metadata.ts';
import { documentFileHeaders } from '../../src/lib/citation/paths.ts';
import type { DocumentData } from '../../src/schemas/document.ts';
import { published } from './citation/documents.ts';
import { BRB_1, CAT_GC_4, kind } from './kinds.ts';

const SITE = 'https://un-docs.example.org';
const RESOLUTION = published('A/RES/53/137');
const REPORT = published('E/CN.4/2002/89');
const UNNUMBERED = published('general-assembly-1999-09-13-report');
const GENERAL_COMMENT = kind(CAT_GC_4).data;
const NATIONAL_REPORT = kind(BRB_1).data;

/** A tag's content by name, or undefined. */
function tag(doc: DocumentData, name: string): string | undefined {
  const found = highwireTags(doc, `${SITE}/x/`).find((t) => 'name' in t && t.name === name);
  return found?.content;
}

/**
 * How Zotero's Embedded Metadata translator reads one `citation_author` (processHighwireCreators
 * with ZU.cleanAuthor, in zotero/translators and zotero/utilities): trailing punctuation goes; a
 * name holding a comma is "Last, First", cut at its first comma; any other is "First Last", cut at
 * its last space. A creator with no first name is saved in one field (fieldMode 1).
 */
function zoteroReads(content: string): { lastName: string; firstName?: string } {
  const name = content.replace(/^[\s.,/[\]:]+|[\s.,/[\]:]+$/g, '');
  if (content.includes(',')) {
    const [lastName, firstName] = name.split(/, ?/);
    return firstName ? { lastName: lastName!, firstName } : { lastName: lastName! };
  }
  const space = name.lastIndexOf(' ');
  return space < 0 ? { lastName: name } : { lastName: name.slice(space + 1), firstName: name.slice(0, space) };
}

describe('the author, one rule for every format', () => {
  it.each<[string, DocumentData, string]>([
    ['a resolution: the body that adopted it', RESOLUTION, 'United Nations General Assembly'],
    ['a report whose subtitle names its author: that office', REPORT, 'United Nations Secretary-General'],
    ['a report without a symbol, by the same rule', UNNUMBERED, 'United Nations Secretary-General'],
    ['a general comment: its committee', GENERAL_COMMENT, 'United Nations Committee against Torture'],
    ['a national report: the State reviewed', NATIONAL_REPORT, 'Barbados'],
  ])('%s', (_, doc, author) => {
    const url = `${SITE}/x/`;
    const record = bibliographicRecord(doc, url);
    expect(authorName(doc)).toBe(author);
    expect(record.author).toBe(author);
    expect(toCsl(record).author).toEqual([{ literal: author }]);
    expect(ris(record)).toContain(`\r\nAU  - ${author}\r\n`);
    expect(bibtex(record)).toContain(`  author = {{${author}}},\n`);
    expect(tag(doc, 'citation_author')).toBe(`${author},`);
    expect(openGraphTags(doc, url, '')).toContainEqual({ property: 'article:author', content: author });
    const ld = jsonLd(doc, url);
    expect(((ld.author ?? ld.legislationPassedBy) as { name: string }).name).toBe(author);
  });

  it('the Bluebook names the same author: the Secretary-General of a report of the Secretary-General', () => {
    expect(bluebookParts({ doc: REPORT, url: `${SITE}/E/CN.4/2002/89/` })[0]).toBe('U.N. Secretary-General, ');
  });

  it.each([RESOLUTION, REPORT, GENERAL_COMMENT, NATIONAL_REPORT])('Zotero keeps the author of %# whole, in one field', (doc) => {
    expect(zoteroReads(highwireAuthor(doc))).toEqual({ lastName: authorName(doc) });
  });

  it('without the trailing comma Zotero would split it: the reason for the comma', () => {
    expect(zoteroReads('United Nations General Assembly')).toEqual({ firstName: 'United Nations General', lastName: 'Assembly' });
    expect(highwireAuthor(RESOLUTION)).toBe('United Nations General Assembly,');
  });
});

describe('what kind of document Zotero and CSL are told it is', () => {
  it.each<[string, DocumentData, string, string | undefined]>([
    ['a resolution is a resolution', RESOLUTION, 'Resolution', 'A/RES/53/137'],
    ['a report is a UN Doc with its symbol as number', REPORT, 'UN Doc', 'E/CN.4/2002/89'],
    ['a general comment is a general comment, not a plain report', GENERAL_COMMENT, 'General comment No. 4 (2017)', 'CAT/C/GC/4'],
    ['a national report is a national report', NATIONAL_REPORT, 'National report', 'A/HRC/WG.6/29/BRB/1'],
    ['a report without a symbol is what its subtitle says', UNNUMBERED, 'Report of the Secretary-General', undefined],
  ])('%s', (_, doc, type, number) => {
    const record = bibliographicRecord(doc, `${SITE}/x/`);
    expect(reportType(doc)).toBe(type);
    expect(tag(doc, 'DC.type')).toBe(type);
    expect(tag(doc, 'citation_technical_report_number')).toBe(number);
    expect(toCsl(record)).toMatchObject({ type: 'report', genre: type });
    expect(ris(record)).toContain(`\r\nM3  - ${type}\r\n`);
    expect(bibtex(record)).toContain(`  type = {${type}},\n`);
    if (!doc.resolution) expect(jsonLd(doc, `${SITE}/x/`)).toMatchObject({ '@type': 'Report', genre: type });
  });
});

describe('the Bluebook', () => {
  it('sets the title of a report in italics, capitalised as rule 8 asks', () => {
    expect(bluebookParts({ doc: REPORT, url: `${SITE}/E/CN.4/2002/89/` })).toEqual([
      'U.N. Secretary-General, ',
      {
        italic:
          'Status of the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families and Efforts Made by the Secretariat to Promote the Convention',
      },
      ', U.N. Doc. E/CN.4/2002/89 (Dec. 20, 2001)',
    ]);
  });

  it.each([
    ['report of the special rapporteur on the right to food', 'Report of the Special Rapporteur on the Right to Food'],
    ['follow-up to the world summit: a review of UNDP and the programme', 'Follow-up to the World Summit: A Review of UNDP and the Programme'],
    ['measures against torture within the system', 'Measures Against Torture Within the System'],
  ])('capitalises "%s" as "%s"', (text, title) => {
    expect(bluebookTitle(text)).toBe(title);
  });
});

describe('the description Zotero saves as abstract', () => {
  it.each<[DocumentData, string]>([
    [RESOLUTION, 'Resolution adopted by the General Assembly on 9 December 1998, at its fifty-third session, under agenda item 110 (a).'],
    [
      REPORT,
      'Report of the Secretary-General, a document of the Commission on Human Rights issued on 20 December 2001, for its fifty-eighth session, under agenda item 14 (a).',
    ],
  ])('says what the document is, not its symbol and title: %#', (doc, description) => {
    expect(pageDescription(doc)).toBe(description);
    expect(pageDescription(doc)).not.toContain(doc.title);
  });
});

describe('OSCOLA for a document without a symbol', () => {
  it('gives its address and the date the reader accessed it, as OSCOLA cites a source read online', () => {
    const url = `${SITE}/unnumbered/general-assembly-1999-09-13-report/`;
    expect(oscolaParts({ doc: UNNUMBERED, url })).toEqual([
      `UNGA ‘Status of the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families: Report of the Secretary-General’ (13 September 1999) <${url}> accessed `,
      { accessed: true },
    ]);
    expect(citations({ doc: UNNUMBERED, url })[1]!.text).toMatch(/> accessed \[date of access\]$/);
  });
});

describe('BibTeX', () => {
  it('writes only fields classic BibTeX and biblatex both read', () => {
    const names = [...bibtex(bibliographicRecord(REPORT, `${SITE}/E/CN.4/2002/89/`)).matchAll(/^ {2}(\w+) = /gm)].map((m) => m[1]);
    expect(names).toEqual(['author', 'title', 'type', 'number', 'institution', 'year', 'month', 'url', 'note']);
  });
});

describe('the media types of the downloads', () => {
  it('are in _headers for every file beside a document page', () => {
    expect(documentFileHeaders().split('\n')).toEqual([
      '/*/index.json',
      '  Content-Type: application/json',
      '/*/citation.bib',
      '  Content-Type: application/x-bibtex; charset=utf-8',
      '/*/citation.ris',
      '  Content-Type: application/x-research-info-systems; charset=utf-8',
      '/*/citation.csl.json',
      '  Content-Type: application/vnd.citationstyles.csl+json',
      '',
    ]);
  });
});
