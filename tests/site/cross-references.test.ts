import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findReferences } from '../../src/lib/citation/references.ts';
import { documentPath } from '../../src/lib/document/documents.ts';
import { readDocuments } from './content.ts';
import { DIST, requireDist } from './dist.ts';
import { attribute, byId, findAll, hasClass, links, page, text, textWithLinks } from './html.ts';

requireDist();

const REPORT_1999 = '/unnumbered/general-assembly-1999-09-13-report/';
const RESOLUTION = '/A/RES/53/137/';

describe('from the 1999 status report to resolution 53/137 and back', () => {
  it('links "resolution 53/137" in paragraph 2 of the report to the resolution’s page', () => {
    expect(links(byId(page(REPORT_1999), 'p2'))).toContain('53/137 → /A/RES/53/137/');
  });

  it('lists the report under "Cited by" on the resolution’s page, with the citing paragraph and its words', () => {
    const citedBy = byId(page(RESOLUTION), 'cited-by');
    expect(links(citedBy)).toEqual([`Report of 13 September 1999 → ${REPORT_1999}`, `para. 2 → ${REPORT_1999}#p2`]);
    expect(text(citedBy)).toContain('para. 2: In its resolution 53/137 of 9 December 1998, the General Assembly requested the Secretary-General');
  });

  it('shows the reporting chain on both pages: requested in paragraph 6, submitted as the report', () => {
    expect(links(findAll(page(REPORT_1999), (e) => hasClass(e, 'citation-summary'))[0]!)[0]).toBe('A/RES/53/137, para. 6 → /A/RES/53/137/#p6');
    expect(text(byId(page(REPORT_1999), 'reporting-chain'))).toBe('Reporting chain Requested by A/RES/53/137, para. 6 This report');
    expect(links(findAll(page(RESOLUTION), (e) => hasClass(e, 'citation-summary'))[0]!)[0]).toBe(`Report of 13 September 1999 → ${REPORT_1999}`);
    expect(text(byId(page(RESOLUTION), 'reporting-chain'))).toBe(
      'Reporting chain para. 6: “Takes note of the report of the Secretary-General”, A/53/230 This resolution para. 6 requests a report at its fifty-fourth session: submitted as Report of 13 September 1999',
    );
  });

  it('shows the chain of A/RES/55/88, whose requested report the collection lacks', () => {
    expect(text(byId(page('/A/RES/55/88/'), 'reporting-chain'))).toBe(
      'Reporting chain para. 7: “Takes note of the report of the Secretary-General”, A/55/205 This resolution para. 7 requests a report at its fifty-sixth session: that report is not in this collection',
    );
  });
});

const documents = readDocuments().map(({ file, data }) => ({ file, path: documentPath(data), body: data.body, symbol: data.symbol }));

describe('every reference on every document page is a link', () => {
  it.each(documents)('$file', ({ path, body, symbol }) => {
    const html = page(path);
    const article = findAll(html, (e) => e.tagName === 'article')[0]!;
    const blocks = findAll(article, (e) => ['p', 'td', 'th', 'h1', 'h2', 'h3', 'h4'].includes(e.tagName));
    const unlinked = blocks.flatMap((block) => {
      const { text: value, links: ranges } = textWithLinks(block);
      // The document's own symbol, printed at the top, cites nothing.
      return findReferences(value, { body })
        .filter((ref) => ref.symbol !== symbol)
        .filter((ref) => !ranges.some((r) => r.start <= ref.numberStart && ref.end <= r.end && hasClass(r.element, 'xref')))
        .map((ref) => ref.text);
    });
    expect(unlinked).toEqual([]);
  });

  it.each([
    ['/A/RES/53/137/', ['A/53/625/Add.1 → https://undocs.org/A/53/625/Add.1']],
    ['/A/RES/55/88/', ['A/55/602/Add.1 → https://undocs.org/A/55/602/Add.1']],
    ['/E/CN.4/2002/89/', []],
    [REPORT_1999, ['A/54/150 → https://undocs.org/A/54/150']],
    ['/unnumbered/general-assembly-2004-08-27-report/', ['A/59/150 → https://undocs.org/A/59/150']],
  ])('%s: the masthead’s symbols too', (path, expected) => {
    const masthead = findAll(page(path), (e) => hasClass(e, 'masthead'))[0]!;
    expect(findAll(masthead, (e) => e.tagName === 'a' && hasClass(e, 'xref')).map((a) => `${text(a)} → ${attribute(a, 'href')}`)).toEqual(expected);
  });

  it('marks every link to an official copy as leaving the site, with a name that says so', () => {
    for (const { path } of documents) {
      for (const a of findAll(page(path), (e) => e.tagName === 'a' && hasClass(e, 'xref-external'))) {
        expect(attribute(a, 'href'), path).toMatch(/^https:\/\/undocs\.org\//);
        expect(attribute(a, 'rel'), path).toBe('external');
        expect(attribute(a, 'aria-label') ?? text(a), path).toMatch(/undocs\.org/);
      }
    }
  });
});

describe('the citation graph on every document page', () => {
  it.each(documents)('$file has its summary, "Cited by" and "References"', ({ path }) => {
    const html = page(path);
    expect(findAll(html, (e) => hasClass(e, 'citation-summary'))).toHaveLength(1);
    expect(text(byId(html, 'cited-by-heading'))).toBe('Cited by');
    expect(text(byId(html, 'references-heading'))).toBe('References');
  });

  it('lists what A/RES/53/137 cites, the masthead’s committee report first', () => {
    const references = findAll(byId(page(RESOLUTION), 'references'), (e) => hasClass(e, 'reference-symbol')).map(text);
    expect(references).toEqual([
      'A/53/625/Add.1',
      'A/RES/45/158',
      'A/RES/52/115',
      'A/RES/217(III)',
      'A/RES/2200(XXI)',
      'A/RES/2106(XX)',
      'A/RES/34/180',
      'A/RES/44/25',
      'A/CONF.157/24 (Part I)',
      'A/53/230',
    ]);
  });
});

describe('a page for every cited document the collection lacks', () => {
  const CITED = [
    'A/53/230', 'A/53/625/Add.1', 'A/54/150', 'A/54/2000', 'A/55/205', 'A/55/602/Add.1', 'A/59/150',
    'A/CONF.157/24(PartI)', 'A/RES/2106(XX)', 'A/RES/217(III)', 'A/RES/2200(XXI)', 'A/RES/34/180', 'A/RES/44/25',
    'A/RES/45/158', 'A/RES/52/115', 'A/RES/55/93', 'A/RES/58/166', 'A/RES/58/190', 'E/CN.4/2002/94/Add.1',
    'E/CN.4/RES/1999/45', 'E/CN.4/RES/2001/53',
  ];

  it.each(CITED)('/%s/ answers', (path) => {
    expect(existsSync(`${DIST}/${path}/index.html`)).toBe(true);
  });

  it('says what A/RES/45/158 is, who cites it, and where the official copy is', () => {
    const html = page('/A/RES/45/158/');
    expect(text(findAll(html, (e) => e.tagName === 'h1')[0]!)).toBe('A/RES/45/158');
    expect(text(findAll(html, (e) => hasClass(e, 'lead'))[0]!)).toBe('Resolution 45/158 of the General Assembly, adopted at its forty-fifth session.');
    const official = findAll(html, (e) => e.tagName === 'a' && attribute(e, 'href') === 'https://undocs.org/A/RES/45/158');
    expect(official.map((a) => attribute(a, 'rel'))).toEqual(['external']);
    expect(findAll(byId(html, 'cited-by'), (e) => hasClass(e, 'citing-document')).map((e) => text(e).split(' ')[0])).toEqual([
      'A/RES/53/137',
      'Report',
      'A/RES/55/88',
      'E/CN.4/2002/89',
      'Report',
    ]);
  });

  it('says what a masthead tells of A/54/150 and what the texts call A/RES/217(III)', () => {
    expect(text(page('/A/54/150/').childNodes[1]!)).toContain('It is the provisional agenda of the fifty-fourth session, as the masthead of Report of 13 September 1999 shows.');
    expect(text(page('/A/RES/217(III)/').childNodes[1]!)).toContain(
      '“Universal Declaration of Human Rights” (A/RES/53/137, preambular para. 1, footnote 1; A/RES/55/88, preambular para. 1, footnote 1)',
    );
  });

  it('tells on the page of A/RES/58/166 which report answered it', () => {
    expect(text(byId(page('/A/RES/58/166/'), 'reporting-chain'))).toBe(
      'Reporting chain Requested a report at its fifty-ninth session, as Report of 27 August 2004, para. 6 states A/RES/58/166 Report submitted in answer: Report of 27 August 2004',
    );
  });
});
