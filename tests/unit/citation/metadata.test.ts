import { describe, expect, it } from 'vitest';
import { highwireTags, jsonLd, openGraphTags, scriptJson } from '../../../src/lib/citation/metadata.ts';
import { downloadName, citePagePath, documentFilePath } from '../../../src/lib/citation/paths.ts';
import { BRB_1, CAT_GC_4, kind, SC_1 } from '../kinds.ts';
import { listed } from '../listed.ts';

const resolution = listed({
  symbol: 'S/RES/1325',
  type: 'resolution',
  body: 'Security Council',
  title: 'Women and peace & security',
  date: '2000-10-31',
  resolution: { adopted: '2000-10-31', meeting: 4213 },
}).data;
const unnumbered = listed({ unnumberedId: 'ga-report', subtitle: 'Report of the Secretary-General' }).data;

describe('highwireTags', () => {
  it('gives no report number to a document whose symbol is not stated', () => {
    expect(highwireTags(unnumbered, 'https://x.org/unnumbered/ga-report/').map((tag) => ('name' in tag ? tag.name : ''))).toEqual([
      'citation_title',
      'citation_author',
      'citation_publication_date',
      'citation_date',
      'citation_technical_report_institution',
      'citation_publisher',
      'citation_language',
      'citation_public_url',
      'citation_fulltext_html_url',
      'DC.type',
    ]);
  });
});

describe('jsonLd', () => {
  it.each<[string, ReturnType<typeof listed>['data'], Record<string, unknown>]>([
    [
      'a resolution is Legislation passed by its body',
      resolution,
      { '@type': 'Legislation', legislationIdentifier: 'S/RES/1325', legislationDate: '2000-10-31', legislationPassedBy: expect.objectContaining({ name: 'United Nations Security Council' }) },
    ],
    ['a report without a symbol is a Report without a number', unnumbered, { '@type': 'Report', alternativeHeadline: 'Report of the Secretary-General' }],
  ])('%s', (_, doc, fields) => {
    const ld = jsonLd(doc, 'https://x.org/d/');
    expect(ld).toMatchObject(fields);
    expect(ld).toMatchObject({ '@context': 'https://schema.org', url: 'https://x.org/d/' });
    if (!doc.symbol) expect(ld).not.toHaveProperty('reportNumber');
  });

  it('is written so that no text can close its script element', () => {
    const doc = listed({ symbol: 'A/55/1', title: '</script><script>alert(1)</script>' }).data;
    const json = scriptJson(jsonLd(doc, 'https://x.org/A/55/1/'));
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json).name).toBe('</script><script>alert(1)</script>');
  });
});

describe('openGraphTags', () => {
  it('names the page by symbol and title', () => {
    expect(openGraphTags(resolution, 'https://x.org/S/RES/1325/', 'D')).toContainEqual({ property: 'og:title', content: 'S/RES/1325: Women and peace & security' });
  });
});

describe('the files beside a document page', () => {
  it.each([
    ['bibtex', '/S/RES/1325/citation.bib', 'S-RES-1325.bib'],
    ['ris', '/S/RES/1325/citation.ris', 'S-RES-1325.ris'],
    ['csl', '/S/RES/1325/citation.csl.json', 'S-RES-1325.csl.json'],
    ['json', '/S/RES/1325/index.json', 'S-RES-1325.json'],
  ] as const)('%s at %s, saved as %s', (file, path, name) => {
    expect(documentFilePath(resolution, file)).toBe(path);
    expect(downloadName('S-RES-1325', file)).toBe(name);
  });

  it('has its cite page under its path', () => {
    expect(citePagePath(unnumbered)).toBe('/unnumbered/ga-report/cite/');
  });
});

describe('the kinds of the real collections', () => {
  it('dates a resolution that prints no issue date by its adoption, everywhere', () => {
    const doc = kind(SC_1).data;
    const url = 'https://un-docs.example.org/S/RES/1(1946)/';
    expect(jsonLd(doc, url)).toMatchObject({ datePublished: '1946-01-25', legislationDate: '1946-01-25', '@type': 'Legislation' });
    expect(openGraphTags(doc, url, '')).toContainEqual({ property: 'article:published_time', content: '1946-01-25' });
    expect(highwireTags(doc, url)).toContainEqual({ name: 'citation_publication_date', content: '1946/01/25' });
  });

  it('names the State as the author of its national report, and the committee of a general comment', () => {
    expect(highwireTags(kind(BRB_1).data, 'https://un-docs.example.org/x/')).toContainEqual({ name: 'citation_author', content: 'Barbados,' });
    expect(highwireTags(kind(CAT_GC_4).data, 'https://un-docs.example.org/x/')).toContainEqual({ name: 'citation_author', content: 'United Nations Committee against Torture,' });
  });
});
