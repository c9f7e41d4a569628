/**
 * What reference managers and search engines read from a built document page: the Highwire
 * tags Zotero saves a record from, schema.org JSON-LD, the canonical URL and OpenGraph; and that
 * the page runs no inline script.
 */
import { describe, expect, it } from 'vitest';
import { requireDist } from './dist.ts';
import { readHead } from './page-head.ts';

requireDist();

const TITLE = 'International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families';
const REPORT_TITLE = `Status of ${TITLE.replace('International', 'the International')} and efforts made by the Secretariat to promote the Convention`;

describe('a resolution, /A/RES/53/137/', () => {
  const head = readHead('/A/RES/53/137/');

  it('has the Highwire tags Zotero reads: title, date of adoption, symbol, issuing body, URL', () => {
    expect(head.meta.filter(([name]) => name.startsWith('citation_'))).toEqual([
      ['citation_title', TITLE],
      ['citation_author', 'United Nations General Assembly,'],
      ['citation_publication_date', '1998/12/09'],
      ['citation_date', '1998/12/09'],
      ['citation_technical_report_number', 'A/RES/53/137'],
      ['citation_technical_report_institution', 'United Nations'],
      ['citation_publisher', 'United Nations'],
      ['citation_language', 'en'],
      ['citation_public_url', 'https://un-docs.example.org/A/RES/53/137/'],
      ['citation_fulltext_html_url', 'https://un-docs.example.org/A/RES/53/137/'],
    ]);
    expect(head.meta).toContainEqual(['DC.type', 'Resolution']);
  });

  it('is described as schema.org Legislation', () => {
    expect(head.jsonLd).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'Legislation',
        '@id': 'https://un-docs.example.org/A/RES/53/137/',
        url: 'https://un-docs.example.org/A/RES/53/137/',
        name: TITLE,
        datePublished: '1999-03-01',
        inLanguage: 'en',
        publisher: { '@type': 'Organization', name: 'United Nations' },
        identifier: 'A/RES/53/137',
        sameAs: 'https://undocs.org/A/RES/53/137',
        legislationType: 'Resolution',
        legislationIdentifier: 'A/RES/53/137',
        legislationDate: '1998-12-09',
        legislationPassedBy: {
          '@type': 'Organization',
          name: 'United Nations General Assembly',
          parentOrganization: { '@type': 'Organization', name: 'United Nations' },
        },
        legislationJurisdiction: 'International',
      },
    ]);
  });

  it('names its canonical URL and its OpenGraph card', () => {
    expect(head.canonical).toBe('https://un-docs.example.org/A/RES/53/137/');
    expect(head.meta.filter(([name]) => name.startsWith('og:') || name.startsWith('article:'))).toEqual([
      ['og:type', 'article'],
      ['og:site_name', 'un-docs'],
      ['og:title', `A/RES/53/137: ${TITLE}`],
      ['og:description', 'Resolution adopted by the General Assembly on 9 December 1998, at its fifty-third session, under agenda item 110 (a).'],
      ['og:url', 'https://un-docs.example.org/A/RES/53/137/'],
      ['article:published_time', '1999-03-01'],
      ['article:author', 'United Nations General Assembly'],
    ]);
  });

  it('loads its copy script as a file, with no inline script', () => {
    expect(head.scripts.length).toBeGreaterThan(0);
    for (const script of head.scripts) {
      expect(script.inline).toBe(false);
      expect(script.src).toMatch(/^\/_astro\/.+\.js$/);
    }
  });
});

describe('a report, /E/CN.4/2002/89/', () => {
  const head = readHead('/E/CN.4/2002/89/');

  it('has the Highwire tags: issue date, symbol as report number, the Secretary-General as author', () => {
    expect(head.meta.filter(([name]) => name.startsWith('citation_'))).toEqual([
      ['citation_title', `${REPORT_TITLE}: Report of the Secretary-General`],
      ['citation_author', 'United Nations Secretary-General,'],
      ['citation_publication_date', '2001/12/20'],
      ['citation_date', '2001/12/20'],
      ['citation_technical_report_number', 'E/CN.4/2002/89'],
      ['citation_technical_report_institution', 'United Nations'],
      ['citation_publisher', 'United Nations'],
      ['citation_language', 'en'],
      ['citation_public_url', 'https://un-docs.example.org/E/CN.4/2002/89/'],
      ['citation_fulltext_html_url', 'https://un-docs.example.org/E/CN.4/2002/89/'],
    ]);
    expect(head.meta).toContainEqual(['DC.type', 'UN Doc']);
  });

  it('is described as a schema.org Report by the Secretary-General, a UN Doc with its symbol as report number', () => {
    expect(head.jsonLd).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'Report',
        '@id': 'https://un-docs.example.org/E/CN.4/2002/89/',
        url: 'https://un-docs.example.org/E/CN.4/2002/89/',
        name: REPORT_TITLE,
        alternativeHeadline: 'Report of the Secretary-General',
        datePublished: '2001-12-20',
        inLanguage: 'en',
        publisher: { '@type': 'Organization', name: 'United Nations' },
        identifier: 'E/CN.4/2002/89',
        sameAs: 'https://undocs.org/E/CN.4/2002/89',
        author: {
          '@type': 'Organization',
          name: 'United Nations Secretary-General',
          parentOrganization: { '@type': 'Organization', name: 'United Nations' },
        },
        genre: 'UN Doc',
        reportNumber: 'E/CN.4/2002/89',
      },
    ]);
    expect(head.canonical).toBe('https://un-docs.example.org/E/CN.4/2002/89/');
  });
});

describe('a report whose symbol is not stated', () => {
  const head = readHead('/unnumbered/general-assembly-1999-09-13-report/');

  it('claims no report number, and still gives date, author and URL', () => {
    const names = head.meta.map(([name]) => name);
    expect(names).not.toContain('citation_technical_report_number');
    expect(head.meta).toContainEqual(['citation_publication_date', '1999/09/13']);
    expect(head.meta).toContainEqual(['citation_public_url', 'https://un-docs.example.org/unnumbered/general-assembly-1999-09-13-report/']);
    expect(head.jsonLd[0]).not.toHaveProperty('reportNumber');
  });
});
