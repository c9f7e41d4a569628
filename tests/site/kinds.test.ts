/**
 * The kinds of document real collections bring, built: a copy of the project with the
 * hand-written documents of tests/fixtures/kinds/ (a Security Council resolution, general
 * comments, a Universal Periodic Review, an emergency special session's resolution, a resolution on
 * a Main Committee's report), built once for the file. Each page prints every line of its masthead,
 * each is listed where a reader looks for it (by year of adoption, by committee and number, by
 * State reviewed, by session), its citations are the kind's, and every page is valid and its links
 * lead somewhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { build, copyProject, removeCopy, type BuildResult } from '../../scripts/lib/project-copy.ts';
import { checkLinks, formatProblem, readSite } from '../../scripts/lib/site-links.ts';
import { splitDocument } from '../../src/lib/document/document-file.ts';
import { documentPath } from '../../src/lib/document/documents.ts';
import { masthead, mastheadLines } from '../../src/lib/document/masthead.ts';
import { validateFrontmatter } from '../../src/schemas/document.ts';
import { attribute, findAll, hasClass, text } from './html.ts';
import { withProgress } from './progress.ts';

const root = join(import.meta.dirname, '../..');
const FIXTURES = join(root, 'tests/fixtures/kinds');

/** The hand-written documents, by their path under content/documents/. */
const FILES = [
  'S/RES/1(1946).mdx',
  'CAT/C/GC/2.mdx',
  'CAT/C/GC/4.mdx',
  'CEDAW/C/GC/27.mdx',
  'A/HRC/WG.6/29/BRB/1.mdx',
  'A/HRC/WG.6/29/BRB/2.mdx',
  'A/HRC/WG.6/29/BRB/3.mdx',
  'A/RES/ES-11/10.mdx',
  'A/RES/79/250.mdx',
];
const documents = Object.fromEntries(FILES.map((file) => [file, readFileSync(join(FIXTURES, file), 'utf8')]));

let copy: string;
let result: BuildResult;

beforeAll(async () => {
  copy = copyProject(root, documents);
  result = await withProgress('kinds: building a copy with a document of each kind', build(copy));
});
afterAll(() => removeCopy(copy));

/** The built page at a site path, parsed. */
function built(path: string) {
  return parse(readFileSync(join(copy, 'dist', path, 'index.html'), 'utf8'));
}

/** The text of an element, its white space as a reader sees it. */
const seen = (node: Parameters<typeof text>[0]) => text(node).replace(/\s+/g, ' ').trim();

/** The paths a listing page's list of documents links to, in order. */
function listed(path: string): string[] {
  const [list] = findAll(built(path), (e) => e.tagName === 'ul' && hasClass(e, 'document-list'));
  return findAll(list!, (e) => e.tagName === 'a').map((a) => attribute(a, 'href')!);
}

/** A document's own JSON, beside its page. */
function record(path: string): { citations: Record<string, string> } {
  return JSON.parse(readFileSync(join(copy, 'dist', path, 'index.json'), 'utf8'));
}

describe('a build with a document of each kind', () => {
  it('succeeds', () => {
    expect(result.exitCode, result.output).toBe(0);
  });

  it.each(FILES)('%s: its page prints every line of its masthead, which the importer measures against', (file) => {
    const data = validateFrontmatter(splitDocument(documents[file]!, file).frontmatter, file);
    const [article] = findAll(built(documentPath(data)), (e) => e.tagName === 'article');
    const page = seen(article!);
    for (const line of mastheadLines(masthead(data))) expect(page).toContain(line);
  });

  it('prints a Security Council resolution’s number, meeting and vote, and no distribution it does not state', () => {
    const [header] = findAll(built('/S/RES/1(1946)/'), (e) => e.tagName === 'header' && hasClass(e, 'masthead'));
    expect(seen(header!)).toBe('United Nations S/RES/1 (1946) Security Council Resolution 1 (1946) of 25 January 1946 Adopted at the 2nd meeting Adopted without vote Military Staff Committee');
  });

  it('lists a Security Council resolution under the year of its adoption', () => {
    expect(listed('/browse/year/1946/')).toEqual(['/S/RES/1(1946)/']);
    expect(listed('/browse/body/security-council/')).toEqual(['/S/RES/1(1946)/']);
  });

  it('lists a committee’s general comments by number', () => {
    expect(listed('/browse/body/committee-against-torture/')).toEqual(['/CAT/C/GC/2/', '/CAT/C/GC/4/']);
    expect(listed('/browse/body/committee-on-the-elimination-of-discrimination-against-women/')).toEqual(['/CEDAW/C/GC/27/']);
    // The kind's listing, across committees, is by date.
    expect(listed('/browse/type/general-comment/')).toEqual(['/CAT/C/GC/2/', '/CEDAW/C/GC/27/', '/CAT/C/GC/4/']);
  });

  it('lists a State’s review documents in the review’s order, and leads there from the State’s page', () => {
    expect(listed('/browse/upr/BRB/')).toEqual(['/A/HRC/WG.6/29/BRB/1/', '/A/HRC/WG.6/29/BRB/2/', '/A/HRC/WG.6/29/BRB/3/']);
    const links = findAll(built('/browse/upr/'), (e) => e.tagName === 'a').map((a) => attribute(a, 'href'));
    expect(links).toContain('/browse/upr/BRB/');
    expect(findAll(built('/states/BRB/'), (e) => e.tagName === 'a').map((a) => attribute(a, 'href'))).toContain('/browse/upr/BRB/');
  });

  it('gives an emergency special session and the Working Group’s sessions their own pages, apart from any regular session', () => {
    expect(listed('/browse/session/general-assembly/ES-11/')).toEqual(['/A/RES/ES-11/10/']);
    expect(listed('/browse/session/human-rights-council/UPR-29/').sort()).toEqual(['/A/HRC/WG.6/29/BRB/1/', '/A/HRC/WG.6/29/BRB/2/', '/A/HRC/WG.6/29/BRB/3/']);
  });

  it('dates a resolution by its adoption first, its issue date second', () => {
    const [list] = findAll(built('/browse/session/general-assembly/79/'), (e) => e.tagName === 'ul' && hasClass(e, 'document-list'));
    expect(seen(findAll(list!, (e) => hasClass(e, 'document-meta'))[0]!)).toBe('General Assembly, adopted 24 December 2024, issued 30 December 2024');
  });

  it.each([
    ['/S/RES/1(1946)/', 'UNSC Res 1 (25 January 1946) UN Doc S/RES/1 (1946)', 'S.C. Res. 1 (Jan. 25, 1946)'],
    [
      '/CEDAW/C/GC/27/',
      'UN Committee on the Elimination of Discrimination against Women, ‘General recommendation No. 27 on older women and protection of their human rights’ (16 December 2010) UN Doc CEDAW/C/GC/27',
      'Comm. on the Elimination of Discrimination Against Women, General Recommendation No. 27, U.N. Doc. CEDAW/C/GC/27 (Dec. 16, 2010)',
    ],
    ['/CAT/C/GC/2/', 'UN Committee against Torture, ‘Implementation of article 2 by States parties’ (24 January 2008) UN Doc CAT/C/GC/2', 'Comm. Against Torture, General Comment No. 2, U.N. Doc. CAT/C/GC/2 (Jan. 24, 2008)'],
    ['/A/HRC/WG.6/29/BRB/2/', 'OHCHR, ‘Compilation on Barbados: Report of the Office of the United Nations High Commissioner for Human Rights’ (2 November 2017) UN Doc A/HRC/WG.6/29/BRB/2', 'Off. of the U.N. High Comm’r for Hum. Rts., Compilation on Barbados, U.N. Doc. A/HRC/WG.6/29/BRB/2 (Nov. 2, 2017)'],
    ['/A/RES/ES-11/10/', 'UNGA Res ES-11/10 (24 February 2026) UN Doc A/RES/ES-11/10', 'G.A. Res. ES-11/10, U.N. Doc. A/RES/ES-11/10 (Feb. 24, 2026)'],
  ])('cites %s in its kind’s forms', (path, oscola, bluebook) => {
    expect(record(path).citations).toMatchObject({ oscola, bluebook });
  });

  it('leads every internal link of every page to a page, and every fragment to an element', () => {
    expect(checkLinks(readSite(join(copy, 'dist')), config.site!).map(formatProblem).join('\n')).toBe('');
  });

  it('builds valid HTML for each kind’s page and its browse pages', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const paths = [
      ...FILES.map((file) => documentPath(validateFrontmatter(splitDocument(documents[file]!, file).frontmatter, file))),
      '/browse/',
      '/browse/upr/',
      '/browse/upr/BRB/',
      '/browse/body/committee-against-torture/',
      '/browse/session/general-assembly/ES-11/',
      '/browse/session/human-rights-council/UPR-29/',
      '/states/BRB/',
    ];
    const problems: string[] = [];
    for (const path of paths) {
      const file = join(copy, 'dist', path, 'index.html');
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const r of report.results) for (const m of r.messages) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });
});
