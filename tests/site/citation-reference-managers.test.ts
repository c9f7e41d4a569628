/**
 * What a reference manager reads from the built site (issue 20, and the table of the README's
 * citation section): the exact head tags of a resolution and of a report, the Bluebook's italic
 * titles and OSCOLA's date of access in the pages, and the media types `_headers` gives the
 * downloads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, requireDist } from './dist.ts';
import { readHead } from './page-head.ts';

requireDist();

/** The tags Zotero's Embedded Metadata translator reads, in the page's order. */
function zoteroTags(path: string): [string, string][] {
  return readHead(path).meta.filter(([name]) => name.startsWith('citation_') || name === 'DC.type' || name === 'description');
}

const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

describe('the head of a resolution, /A/RES/53/137/', () => {
  it('gives the author whole (trailing comma), the resolution as report type, the symbol as number, no "symbol. title" abstract', () => {
    expect(zoteroTags('/A/RES/53/137/')).toEqual([
      ['description', 'Resolution adopted by the General Assembly on 9 December 1998, at its fifty-third session, under agenda item 110 (a).'],
      ['citation_title', 'International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families'],
      ['citation_author', 'United Nations General Assembly,'],
      ['citation_publication_date', '1998/12/09'],
      ['citation_date', '1998/12/09'],
      ['citation_technical_report_number', 'A/RES/53/137'],
      ['citation_technical_report_institution', 'United Nations'],
      ['citation_publisher', 'United Nations'],
      ['citation_language', 'en'],
      ['citation_public_url', 'https://un-docs.example.org/A/RES/53/137/'],
      ['citation_fulltext_html_url', 'https://un-docs.example.org/A/RES/53/137/'],
      ['DC.type', 'Resolution'],
    ]);
  });
});

describe('the head of a report, /E/CN.4/2002/89/', () => {
  it('gives the author its subtitle names, whole; a UN Doc with its symbol; the title with its subtitle', () => {
    expect(zoteroTags('/E/CN.4/2002/89/')).toEqual([
      [
        'description',
        'Report of the Secretary-General, a document of the Commission on Human Rights issued on 20 December 2001, for its fifty-eighth session, under agenda item 14 (a).',
      ],
      [
        'citation_title',
        'Status of the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families and efforts made by the Secretariat to promote the Convention: Report of the Secretary-General',
      ],
      ['citation_author', 'United Nations Secretary-General,'],
      ['citation_publication_date', '2001/12/20'],
      ['citation_date', '2001/12/20'],
      ['citation_technical_report_number', 'E/CN.4/2002/89'],
      ['citation_technical_report_institution', 'United Nations'],
      ['citation_publisher', 'United Nations'],
      ['citation_language', 'en'],
      ['citation_public_url', 'https://un-docs.example.org/E/CN.4/2002/89/'],
      ['citation_fulltext_html_url', 'https://un-docs.example.org/E/CN.4/2002/89/'],
      ['DC.type', 'UN Doc'],
    ]);
  });
});

describe('the citations in the pages', () => {
  it('set the Bluebook title of a report in italics, title-cased, after the author every format names', () => {
    expect(html('E/CN.4/2002/89')).toContain(
      '>U.N. Secretary-General, <cite>Status of the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families and Efforts Made by the Secretariat to Promote the Convention</cite>, U.N. Doc. E/CN.4/2002/89 (Dec. 20, 2001)</p>',
    );
  });

  it('end the OSCOLA citation of a document without a symbol with its URL and a date of access the reader’s browser writes', () => {
    expect(html('unnumbered/general-assembly-1999-09-13-report')).toContain(
      '(13 September 1999) &lt;https://un-docs.example.org/unnumbered/general-assembly-1999-09-13-report/&gt; accessed <span data-accessed>[date of access]</span></p>',
    );
  });
});

describe('_headers', () => {
  it('serves the downloads with their media types, so that a browser hands them to a reference manager', () => {
    const rules = readFileSync(join(DIST, '_headers'), 'utf8');
    expect(rules).toContain('/*/citation.bib\n  Content-Type: application/x-bibtex; charset=utf-8\n');
    expect(rules).toContain('/*/citation.ris\n  Content-Type: application/x-research-info-systems; charset=utf-8\n');
    expect(rules).toContain('/*/citation.csl.json\n  Content-Type: application/vnd.citationstyles.csl+json\n');
    expect(rules).toContain('/*/index.json\n  Content-Type: application/json\n');
  });
});
