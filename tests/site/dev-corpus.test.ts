/**
 * The site a maintainer builds from the 62 real documents of the shared dev corpus
 * (../shared/corpus/dev/ beside the project, never copied into it): imported with the real
 * command line into a temporary folder, the project's seeds and treaty data copied beside them,
 * and a copy of the project built from that folder (UN_DOCS_CONTENT). Checked against the table
 * written by reading the texts (tests/fixtures/dev-corpus/expected.json): every document at its
 * symbol's URL stating its symbol, title, body, dates and kind; at least 99.5 % of its source's
 * words on its built page; the Migrant Workers Convention's timeline as the seeds alone make it;
 * cross-references among the 67 documents leading to their local pages; search finding each by
 * its symbol; and html-validate and axe clean on a page of each kind.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { parse, serializeOuter, type DefaultTreeAdapterTypes } from 'parse5';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../scripts/lib/axe.ts';
import { launchChromium, serveFolder, type SiteServer } from '../../scripts/lib/browser.ts';
import { build, contentFiles, copyProject, removeCopy, type BuildResult } from '../../scripts/lib/project-copy.ts';
import { CONTENT_VARIABLE } from '../../src/build/integrations/content-dir.ts';
import { FOOTNOTES_CLASS } from '../../src/lib/document/footnotes.ts';
import { measureFidelity, type VisibleText } from '../../src/lib/import/fidelity.ts';
import { importDocument } from '../../src/lib/import/index.ts';
import { htmlText } from '../../src/lib/import/page.ts';
import { jointSymbols, symbolToPath } from '../../src/lib/symbol/symbol.ts';
import { DEV_CORPUS, expectedTable } from '../fixtures/dev-corpus/expected.ts';
import { attribute, findAll, hasClass, text, type Element } from './html.ts';

const root = join(import.meta.dirname, '../..');
const DEV = DEV_CORPUS;

/** The least share of a source's words its built page must show. */
const MIN_SHARE = 0.995;
/** How many of the first search results must hold the document a symbol names. */
const TOP = 5;
/** The treaty timeline's data, which no unrelated document may change. */
const ACTIONS_JSON = 'treaties/migrant-workers-convention/actions.json';

/** One document's line in import-report.json. */
interface ReportEntry {
  file: string;
  status: 'imported' | 'unchanged' | 'refused';
  reason?: string;
  symbol?: string;
  fidelity?: number;
  missing?: string[];
}

/** import-report.json. */
interface ImportReport {
  summary: { sources: number; imported: number; unchanged: number; refused: number };
  documents: ReportEntry[];
}

/** How a command ended and what it printed. */
interface Run {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

const expected = expectedTable;

/** The page of each kind held to html-validate and axe, by what it stands for. */
const ONE_OF_EACH_KIND: Record<string, string> = {
  'a General Assembly resolution from ODS': 'A/RES/79/2',
  'an emergency special session resolution': 'A/RES/ES-11/10',
  'a Security Council resolution': 'S/RES/1 (1946)',
  'a general comment': 'CAT/C/GC/4',
  'a general recommendation imported from a Word binary': 'CEDAW/C/GC/27',
  'a UPR national report': 'A/HRC/WG.6/29/BRB/1',
};

/** Runs the importer's command line in the project, as a maintainer would (`npm run import`). */
function runImport(args: string[]): Promise<Run> {
  // Without Vitest's variables and without UN_DOCS_CONTENT: --root alone says where the documents go.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== CONTENT_VARIABLE && !name.startsWith('VITEST') && name !== 'NODE_ENV'));
  return new Promise((done) => {
    execFile('node', ['--import', 'tsx', 'scripts/import.ts', ...args], { cwd: root, env, maxBuffer: 64 * 1024 * 1024, timeout: 170_000 }, (error, stdout, stderr) => {
      done({ exitCode: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr });
    });
  });
}

/** Writes files (paths under `folder` → text). */
function writeAll(folder: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
}

/** The text of an element with its white space as a reader sees it. */
const seen = (node: Element) => text(node).replace(/\s+/g, ' ').trim();

/** The `<main>` element's HTML of a page (the whole page when it has none). */
function mainHtml(html: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  return start < 0 || end < 0 ? html : html.slice(start, end + '</main>'.length);
}

/** A parsed page or a part of one. */
type Node = DefaultTreeAdapterTypes.Node;

/** The first element under a node that matches, or undefined. */
function first(node: Node, matches: (element: Element) => boolean): Element | undefined {
  return findAll(node, matches)[0];
}

/** A `<meta name>` tag's content. */
function meta(document: Node, name: string): string | undefined {
  const tag = first(document, (e) => e.tagName === 'meta' && attribute(e, 'name') === name);
  return tag && attribute(tag, 'content');
}

/**
 * What a built page shows of a document, in the parts fidelity is measured on: the lines the layout
 * prints from the frontmatter (the masthead, the closing adoption line, the job number), the
 * footnotes section, and the whole of `<main>` as the running text. The masthead lines are
 * matched one by one against their target, so a small target keeps the measure fast.
 */
function builtParts(html: string): VisibleText & { mastheadText: string } {
  const document = parse(html);
  const textOf = (matches: (element: Element) => boolean) =>
    findAll(document, matches)
      .map((element) => htmlText(serializeOuter(element)))
      .join('\n');
  return {
    mastheadText: textOf((e) => (e.tagName === 'header' && hasClass(e, 'masthead')) || (e.tagName === 'p' && (hasClass(e, 'adoption') || hasClass(e, 'job-number')))),
    footnotes: textOf((e) => e.tagName === 'section' && hasClass(e, FOOTNOTES_CLASS)),
    body: htmlText(mainHtml(html)),
  };
}

/** Every link of a page, percent-decoded (a path holds "(1946)", which may be written "%281946%29"). */
function pageLinks(html: string): string[] {
  return findAll(parse(html), (e) => e.tagName === 'a' && attribute(e, 'href') !== undefined).map((a) => {
    const href = attribute(a, 'href')!;
    try {
      return decodeURI(href);
    } catch {
      return href;
    }
  });
}

/** The site path of a document of the collection, from its file's path under documents/. */
const pathOfFile = (file: string) => `/${file.replace(/\.mdx$/, '/')}`;

/**
 * The site paths a cited symbol stands for: one, or both of a joint symbol's
 * ("A/79/302-S/2024/600" is one document under two symbols).
 */
function citedPaths(symbol: string): string[] {
  return (jointSymbols(symbol) ?? [symbol]).map((one) => symbolToPath(one));
}

/** The page that undocs.org serves for a site path: "https://undocs.org/A/RES/53/137". */
const undocsUrl = (path: string) => `https://undocs.org${path.slice(0, -1)}`;

describe.skipIf(!existsSync(DEV))('a site built from the 62 documents of the dev corpus and the seeds', () => {
  let tmp = '';
  let copy = '';
  let importRun: Run;
  let report: ImportReport | undefined;
  let seedsOnly: BuildResult;
  let seedsActions = '';
  let outside: BuildResult;
  let dist = '';
  /** The seeds' site paths (a seed without a symbol is at /unnumbered/<id>/). */
  let seedPaths: string[] = [];

  /** A built page's HTML, or undefined when the build made none at that path. */
  const builtPage = (path: string): string | undefined => {
    const file = join(dist, decodeURI(path), 'index.html');
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'un-docs-dev-corpus-'));
    console.error(`dev corpus: importing ${DEV} into ${tmp}…`);
    importRun = await runImport([DEV, '--root', tmp]);
    const reportFile = join(tmp, 'import-report.json');
    report = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : undefined;
    console.error(`dev corpus: import exited ${importRun.exitCode}; ${importRun.stdout.trim().split('\n').pop() ?? ''}`);

    const seeds = contentFiles(root, 'documents');
    const treaties = contentFiles(root, 'treaties');
    seedPaths = Object.keys(seeds).filter((file) => file.endsWith('.mdx')).map(pathOfFile);
    writeAll(join(tmp, 'content/documents'), seeds);
    writeAll(join(tmp, 'content/treaties'), treaties);

    copy = copyProject(root, seeds, { treaties });
    console.error('dev corpus: building the seeds alone…');
    seedsOnly = await build(copy);
    const actionsFile = join(copy, 'dist', ACTIONS_JSON);
    seedsActions = existsSync(actionsFile) ? readFileSync(actionsFile, 'utf8') : '';
    console.error(`dev corpus: seeds built (exit ${seedsOnly.exitCode}); building the seeds and the dev corpus from ${tmp}/content…`);
    outside = await build(copy, { [CONTENT_VARIABLE]: join(tmp, 'content') });
    dist = join(copy, 'dist');
    console.error(`dev corpus: built (exit ${outside.exitCode})`);
  }, 420_000);

  afterAll(() => {
    if (copy) removeCopy(copy);
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('has all 62 documents in the expected table', () => {
    expect(expected).toHaveLength(62);
  });

  it('imports all 62 with the command line: exit 0, none refused, each at ≥ 99.5 % with no run of words missing', () => {
    expect(importRun.exitCode, `${importRun.stdout}\n${importRun.stderr}`).toBe(0);
    expect(report, `no import-report.json in the root; stderr:\n${importRun.stderr}`).toBeDefined();
    const { summary, documents } = report!;
    const problems: string[] = [];
    for (const entry of documents) {
      const name = entry.file.replace(DEV, '');
      if (entry.status === 'refused') problems.push(`${name} (${entry.symbol ?? 'no symbol'}): refused: ${entry.reason ?? ''}`);
      if (entry.fidelity === undefined || entry.fidelity < MIN_SHARE * 100) problems.push(`${name} (${entry.symbol ?? 'no symbol'}): fidelity ${entry.fidelity}`);
      if (entry.missing?.length) problems.push(`${name} (${entry.symbol ?? 'no symbol'}): missing ${JSON.stringify(entry.missing)}`);
    }
    expect(problems).toEqual([]);
    expect({ sources: summary.sources, importedOrUnchanged: summary.imported + summary.unchanged, refused: summary.refused }).toEqual({
      sources: 62,
      importedOrUnchanged: 62,
      refused: 0,
    });
  });

  it('builds the seeds alone, then the seeds and the dev corpus from the outside folder', () => {
    expect(seedsOnly.exitCode, seedsOnly.output.slice(-5000)).toBe(0);
    expect(outside.exitCode, outside.output.slice(-5000)).toBe(0);
    expect(outside.output).toContain(`${seedPaths.length + 62} documents`);
  });

  it('puts each of the 62 at its symbol URL, stating its symbol, title, body, dates and kind', () => {
    const problems: string[] = [];
    for (const row of expected) {
      const path = symbolToPath(row.symbol);
      const name = `${row.file} (${row.symbol}, ${path})`;
      const html = builtPage(path);
      if (html === undefined) {
        problems.push(`${name}: no page`);
        continue;
      }
      const document = parse(html);
      const masthead = first(document, (e) => e.tagName === 'header' && hasClass(e, 'masthead'));
      const article = first(document, (e) => e.tagName === 'article' && hasClass(e, 'document'));
      if (!masthead || !article) {
        problems.push(`${name}: no masthead or no article`);
        continue;
      }
      const symbolShown = first(masthead, (e) => hasClass(e, 'masthead-symbol'));
      if (!symbolShown || seen(symbolShown) !== row.symbol) problems.push(`${name}: masthead symbol is "${symbolShown && seen(symbolShown)}"`);
      if (meta(document, 'citation_technical_report_number') !== row.symbol) {
        problems.push(`${name}: citation_technical_report_number is "${meta(document, 'citation_technical_report_number')}"`);
      }
      const heading = first(masthead, (e) => e.tagName === 'h1');
      const headingText = heading ? seen(heading) : '';
      if (row.title !== null) {
        if (!headingText.includes(row.title)) problems.push(`${name}: heading is "${headingText}", not the title "${row.title}"`);
        // A reference manager's title is the document's, followed by its subtitle when it has one.
        const citationTitle = meta(document, 'citation_title') ?? '';
        if (citationTitle !== row.title && !citationTitle.startsWith(`${row.title}: `)) problems.push(`${name}: citation_title is "${citationTitle}", not "${row.title}"`);
      } else if (headingText === '' || !meta(document, 'citation_title')) {
        problems.push(`${name}: no title (heading "${headingText}", citation_title "${meta(document, 'citation_title')}")`);
      }
      if (!seen(masthead).includes(row.body)) problems.push(`${name}: masthead does not name the body "${row.body}": "${seen(masthead)}"`);
      const times = findAll(masthead, (e) => e.tagName === 'time').map((e) => attribute(e, 'datetime'));
      const adoptedBy = first(masthead, (e) => hasClass(e, 'adopted-by'));
      const adoptedTime = adoptedBy && first(adoptedBy, (e) => e.tagName === 'time');
      if (row.adopted !== null && (!adoptedTime || attribute(adoptedTime, 'datetime') !== row.adopted)) {
        problems.push(`${name}: adoption date ${row.adopted} not printed (adopted-by line: "${adoptedBy ? seen(adoptedBy) : 'none'}", datetime ${adoptedTime && attribute(adoptedTime, 'datetime')})`);
      }
      const distribution = first(masthead, (e) => hasClass(e, 'masthead-distribution'));
      const issued = distribution && first(distribution, (e) => e.tagName === 'time');
      if (row.date !== null && (!issued || attribute(issued, 'datetime') !== row.date)) {
        problems.push(`${name}: issue date ${row.date} not printed (masthead times ${JSON.stringify(times)})`);
      }
      if (attribute(article, 'data-search-filter-type') !== row.kind) {
        problems.push(`${name}: kind is "${attribute(article, 'data-search-filter-type')}", not "${row.kind}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows at least 99.5 % of each source’s words on its built page', () => {
    const problems: string[] = [];
    for (const row of expected) {
      const name = `${row.file} (${row.symbol})`;
      const source = join(DEV, row.file);
      const record = source.replace(/\.txt$/, '.json');
      let measured;
      try {
        measured = importDocument(readFileSync(source, 'utf8'), {
          fileName: row.file.split('/').pop()!,
          record: existsSync(record) ? { file: record.split('/').pop()!, text: readFileSync(record, 'utf8') } : undefined,
        }).measured;
      } catch (error) {
        problems.push(`${name}: import failed: ${(error as Error).message}`);
        continue;
      }
      const html = builtPage(symbolToPath(row.symbol));
      if (html === undefined) {
        problems.push(`${name}: no built page at ${symbolToPath(row.symbol)}`);
        continue;
      }
      const { mastheadText, ...page } = builtParts(html);
      const fidelity = measureFidelity({ ...measured, mastheadText, page });
      if (fidelity.share < MIN_SHARE) {
        const missing = [...fidelity.metadata.missing, ...fidelity.body.missing, ...fidelity.footnotes.missing];
        problems.push(`${name}: ${(fidelity.share * 100).toFixed(2)} % on the built page; missing ${JSON.stringify(missing.slice(0, 10))}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps the Migrant Workers Convention’s timeline as the seeds alone make it', () => {
    expect(seedsActions, `the seeds-only build wrote no ${ACTIONS_JSON}`).not.toBe('');
    const file = join(dist, ACTIONS_JSON);
    expect(existsSync(file), `the build from the outside folder wrote no ${ACTIONS_JSON}`).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(seedsActions));
  });

  it('links cross-references among the 67 documents to their local pages, never to undocs.org', () => {
    const corpusPaths = expected.map((row) => symbolToPath(row.symbol));
    const collection = new Set([...seedPaths, ...corpusPaths]);
    const external = new Set([...collection].filter((path) => !path.startsWith('/unnumbered/')).map(undocsUrl));
    const problems: string[] = [];
    for (const path of collection) {
      const html = builtPage(path);
      if (html === undefined) {
        problems.push(`${path}: no page`);
        continue;
      }
      // The page's own "official text" link is undocs.org's copy of itself, not a cross-reference.
      const own = path.startsWith('/unnumbered/') ? '' : undocsUrl(path);
      const wrong = [...new Set(pageLinks(mainHtml(html)).filter((href) => external.has(href.replace(/#.*$/, '')) && href !== own))];
      if (wrong.length > 0) problems.push(`${path} links to undocs.org for documents of the collection: ${wrong.join(', ')}`);
    }
    // The citations the texts write between documents of the collection (S/RES/7 (1946) cites S/RES/4 (1946)).
    const citing = expected.flatMap((row) =>
      row.citesSymbols.flatMap((cited) => citedPaths(cited).filter((target) => collection.has(target)).map((target) => ({ row, cited, target }))),
    );
    expect(citing.length, 'the expected table lists no citation between documents of the collection').toBeGreaterThan(0);
    for (const { row, cited, target } of citing) {
      const html = builtPage(symbolToPath(row.symbol));
      if (html !== undefined && !pageLinks(mainHtml(html)).some((href) => href.replace(/[#?].*$/, '') === target)) {
        problems.push(`${row.symbol} (${row.file}) cites ${cited} but its page does not link to ${target}`);
      }
    }
    expect(problems).toEqual([]);
  });

  describe('in Chromium', () => {
    let server: SiteServer;
    let browser: Browser;

    beforeAll(async () => {
      server = await serveFolder(dist);
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it(`finds each of the 62 by its symbol among the first ${TOP} results of the site's search`, async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/search/`);
      const problems: string[] = [];
      for (const row of expected) {
        // The search page's own form, submitted as a reader would: the query goes through the site's handling of symbols.
        const hrefs = await page.evaluate(
          async ({ symbol, top }) => {
            const input = document.getElementById('search-q') as HTMLInputElement;
            const form = document.getElementById('search-form') as HTMLFormElement;
            const status = document.getElementById('search-status')!;
            const list = document.getElementById('search-results')!;
            input.value = symbol;
            form.requestSubmit();
            const deadline = Date.now() + 20_000;
            while (Date.now() < deadline) {
              const said = status.textContent ?? '';
              if (said !== '' && said !== 'Searching…' && !list.hasAttribute('aria-busy')) break;
              await new Promise((wait) => setTimeout(wait, 20));
            }
            return [...list.querySelectorAll(':scope > li .result-link')].slice(0, top).map((link) => link.getAttribute('href') ?? '');
          },
          { symbol: row.symbol, top: TOP },
        );
        const url = symbolToPath(row.symbol);
        if (!hrefs.some((href) => decodeURI(href) === url)) problems.push(`${row.symbol} (${row.file}): ${url} not among the first ${TOP}: ${JSON.stringify(hrefs)}`);
      }
      await page.close();
      expect(problems).toEqual([]);
    }, 180_000);

    it.each(Object.entries(ONE_OF_EACH_KIND))('has valid HTML and no axe violation on %s (%s)', async (_kind, symbol) => {
      const path = symbolToPath(symbol);
      const html = builtPage(path);
      expect(html, `no page at ${path}`).toBeDefined();
      const file = join(dist, path, 'index.html');
      // The loader finds the copy's .htmlvalidate.mjs above its dist/.
      const validator = new HtmlValidate(new FileSystemConfigLoader());
      const report = await validator.validateString(html!, file);
      const problems = report.results.flatMap((result) => result.messages.map((m) => `${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
      const page = await browser.newPage();
      await page.goto(`${server.origin}${path}`);
      problems.push(...(await axeViolations(page)).map((violation) => `${path} axe ${violation}`));
      await page.close();
      expect(problems).toEqual([]);
    });
  });
});
