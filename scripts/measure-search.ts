/**
 * npm run measure:search -- [--synthetic <count>] [--seed <n>]
 *
 * Measures search as a reader meets it, in Chromium against the site served on 127.0.0.1: the
 * size of the index, and for a few queries the time of the first search in a fresh browser
 * (loading pagefind, its WebAssembly and index chunks), of the same search repeated, and the bytes
 * the first one fetched. Each search loads the data of the first 10 results, as the search page
 * does, with the page's ranking.
 *
 * Without options it measures dist/ (run `astro build` first). With --synthetic it writes that
 * many document pages shaped like the site's (the same pagefind attributes, masthead and numbered
 * paragraphs, words drawn from the corpus) into a temporary folder, indexes them with the site's
 * integration, measures, reports how often a resolution's number and a full symbol find their own
 * document first, and deletes the folder. Figures vary from run to run on a shared machine.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { buildSearchIndex } from '../src/build/integrations/search-indexer.ts';
import { documentPath } from '../src/lib/document/documents.ts';
import { indexAttributes } from '../src/lib/search/search-index.ts';
import { INDEX_FOLDER } from '../src/lib/search/search-parts.ts';
import { RANKING } from '../src/lib/search/search-results.ts';
import { resolutionNumber } from '../src/lib/symbol/symbol.ts';
import { validateFrontmatter, type DocumentData } from '../src/schemas/document.ts';
import { launchChromium, serveFolder } from './lib/browser.ts';
import { random } from './lib/synthetic-corpus.ts';
import { documentsDir } from '../src/build/integrations/content-dir.ts';

const USAGE = 'usage: npm run measure:search -- [--synthetic <count>] [--seed <n>]';

const CORPUS_QUERIES = ['HURIST', 'International Migrants Day', '53/137', 'A/RES/53/137', 'E/CN4/2002/89', 'Convention'];

/** The size of the index folder, and how many fragments and index chunks it holds. */
function indexSize(siteFolder: string): { all: number; fragments: number; chunks: number } {
  const folder = join(siteFolder, INDEX_FOLDER);
  let all = 0;
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const stats = statSync(join(folder, name));
    if (stats.isFile()) all += stats.size;
  }
  const count = (sub: string) => readdirSync(join(folder, sub)).length;
  return { all, fragments: count('fragment'), chunks: count('index') };
}

/** A timed search in the page: pagefind loaded on the first, the first 10 results' data loaded. */
interface Timing {
  query: string;
  firstMs: number;
  repeatedMs: number;
  firstBytes: number;
  results: number;
  top: string[];
}

async function timeQueries(browser: Browser, origin: string, queries: string[]): Promise<Timing[]> {
  const timings: Timing[] = [];
  for (const query of queries) {
    // A fresh context has an empty cache: the first search pays for every download.
    const context = await browser.newContext();
    const page = await context.newPage();
    let bytes = 0;
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith(`/${INDEX_FOLDER}/`)) {
        void response.body().then((body) => (bytes += body.length), () => undefined);
      }
    });
    await page.goto(`${origin}/`);
    // No function is named inside: tsx would wrap it in a helper that does not exist in the page.
    const [first, repeated] = await page.evaluate(
      async ({ query, ranking, bundle }) => {
        let pagefind: { options(o: object): Promise<void>; search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }> } | undefined;
        const rounds = [];
        for (let round = 0; round < 2; round++) {
          const start = performance.now();
          if (!pagefind) {
            pagefind = await import(bundle);
            await pagefind!.options({ ranking });
          }
          const { results } = await pagefind!.search(query);
          const data = await Promise.all(results.slice(0, 10).map((result) => result.data()));
          rounds.push({ ms: performance.now() - start, results: results.length, top: data.slice(0, 3).map((d) => d.url) });
        }
        return rounds;
      },
      { query, ranking: RANKING, bundle: `/${INDEX_FOLDER}/pagefind.js` },
    );
    await page.waitForLoadState('networkidle');
    timings.push({ query, firstMs: first!.ms, repeatedMs: repeated!.ms, firstBytes: bytes, results: first!.results, top: first!.top });
    await context.close();
  }
  return timings;
}

/** The words of the content folder's document bodies, as a vocabulary for synthetic text. */
function corpusWords(): string[] {
  const folder = documentsDir(process.cwd());
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((name) => readFileSync(join(folder, name), 'utf8').split(/^---$/m).slice(2).join(' ').match(/[A-Za-z][a-z]+/g) ?? []);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A document page shaped like the site's: the pagefind attributes of src/lib/search/search-index.ts. */
function syntheticPage(data: DocumentData, paragraphs: string[]): string {
  const attributes = Object.entries(indexAttributes(data))
    .map(([name, value]) => (value === '' ? name : `${name}="${escapeHtml(value)}"`))
    .join(' ');
  const number = data.symbol ? resolutionNumber(data.symbol) : undefined;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(data.title)}</title></head><body>
<header><a href="/">un-docs</a><form action="/search/"><input name="q"></form></header>
<main><article ${attributes}><header class="masthead"><p>United Nations</p><p class="masthead-symbol">${data.symbol}</p>
<p>${data.body}</p><p>${data.date}</p><h1>${number ? `<span>${number}.</span> ` : ''}<span>${escapeHtml(data.title)}</span></h1></header>
<div class="document-body"><ol>${paragraphs.map((text, i) => `<li id="p${i + 1}"><p><a href="#p${i + 1}">${i + 1}.</a>${escapeHtml(text)}</p></li>`).join('\n')}</ol></div>
</article></main></body></html>`;
}

/**
 * Writes `count` synthetic document pages: a third resolutions (A/RES/session/n), the rest
 * reports of the General Assembly (A/session/n) and the Commission on Human Rights
 * (E/CN.4/year/n); twelve paragraphs of about 70 words each, one paragraph in four citing another
 * document by symbol or, for a resolution, by "resolution 53/137".
 */
function writeSyntheticSite(folder: string, count: number, seed: number): DocumentData[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const words = corpusWords();
  const documents: DocumentData[] = [];
  const used = new Set<string>();
  while (documents.length < count) {
    const kind = next();
    const session = 40 + Math.floor(next() * 30);
    const year = 1946 + session;
    const symbol =
      kind < 1 / 3
        ? `A/RES/${session}/${1 + Math.floor(next() * 300)}`
        : kind < 0.75
          ? `A/${session}/${1 + Math.floor(next() * 900)}`
          : `E/CN.4/${year}/${1 + Math.floor(next() * 150)}`;
    if (used.has(symbol)) continue;
    used.add(symbol);
    const title = Array.from({ length: 8 + Math.floor(next() * 6) }, () => pick(words)).join(' ');
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const data = validateFrontmatter(
      {
        symbol,
        title: title.charAt(0).toUpperCase() + title.slice(1),
        type: symbol.includes('/RES/') ? 'resolution' : 'report',
        body: symbol.startsWith('E/') ? 'Commission on Human Rights' : 'General Assembly',
        date: `${year}-${month}-15`,
        distribution: 'General',
        ...(symbol.includes('/RES/') ? { resolution: { adopted: `${year}-${month}-10`, meeting: 80 } } : {}),
        source: { file: 'synthetic.txt', sha256: '0'.repeat(64) },
      },
      symbol,
    );
    documents.push(data);
  }
  const symbols = documents.map((doc) => doc.symbol!);
  for (const data of documents) {
    const paragraphs = Array.from({ length: 12 }, () => {
      const text = Array.from({ length: 60 + Math.floor(next() * 20) }, () => pick(words)).join(' ');
      if (next() >= 0.25) return `${text}.`;
      const cited = pick(symbols);
      const number = resolutionNumber(cited);
      return `${text}, recalling ${number && next() < 0.5 ? `resolution ${number}` : cited}.`;
    });
    const file = join(folder, documentPath(data), 'index.html');
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, syntheticPage(data, paragraphs));
  }
  writeFileSync(join(folder, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title></head><body></body></html>');
  return documents;
}

/** For sampled documents, whether each typed form of their symbol ranks them first. */
async function symbolAccuracy(browser: Browser, origin: string, documents: DocumentData[], seed: number) {
  const next = random(seed + 1);
  const resolutions = documents.filter((doc) => doc.type === 'resolution');
  const sample = Array.from({ length: 40 }, () => resolutions[Math.floor(next() * resolutions.length)]!);
  const reports = documents.filter((doc) => doc.symbol!.startsWith('E/CN.4/'));
  const reportSample = Array.from({ length: 40 }, () => reports[Math.floor(next() * reports.length)]!);
  const cases = [
    ...sample.map((doc) => ({ query: resolutionNumber(doc.symbol!)!, form: 'resolution number ("53/137")', path: documentPath(doc) })),
    ...sample.map((doc) => ({ query: doc.symbol!.toLowerCase(), form: 'resolution symbol in lower case', path: documentPath(doc) })),
    ...reportSample.map((doc) => ({ query: doc.symbol!, form: 'E/CN.4 symbol', path: documentPath(doc) })),
    ...reportSample.map((doc) => ({ query: doc.symbol!.replace('CN.4', 'CN4'), form: 'E/CN.4 symbol typed without its dot', path: documentPath(doc) })),
  ];
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  const firsts = await page.evaluate(
    async ({ queries, ranking, bundle }) => {
      const pagefind = await import(bundle);
      await pagefind.options({ ranking });
      const found: string[] = [];
      for (const query of queries) {
        const { results } = await pagefind.search(query);
        found.push(results[0] ? (await results[0].data()).url : '');
      }
      return found;
    },
    { queries: cases.map((c) => c.query), ranking: RANKING, bundle: `/${INDEX_FOLDER}/pagefind.js` },
  );
  await context.close();
  const byForm = new Map<string, { first: number; of: number }>();
  cases.forEach((c, i) => {
    const tally = byForm.get(c.form) ?? { first: 0, of: 0 };
    tally.of += 1;
    if (firsts[i] === c.path) tally.first += 1;
    byForm.set(c.form, tally);
  });
  return byForm;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { synthetic: { type: 'string' }, seed: { type: 'string', default: '1' } } });
  const count = values.synthetic === undefined ? undefined : Number(values.synthetic);
  const seed = Number(values.seed);
  if ((count !== undefined && !(Number.isInteger(count) && count > 0)) || !Number.isInteger(seed)) {
    throw new Error(`${USAGE}\n--synthetic takes a whole number of documents above 0, --seed a whole number`);
  }
  let folder = 'dist';
  let documents: DocumentData[] = [];
  let queries = CORPUS_QUERIES;
  if (count !== undefined) {
    folder = mkdtempSync(join(tmpdir(), 'un-docs-search-'));
    const started = performance.now();
    documents = writeSyntheticSite(folder, count, seed);
    console.log(`wrote ${count} synthetic pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // One index, whatever the count: the queries are timed against one bundle, /pagefind/.
    const indexed = await buildSearchIndex(folder, documents.map((doc) => documentPath(doc)), { perPart: count });
    console.log(`indexed ${indexed.pages} pages in ${indexed.seconds.toFixed(1)} s`);
    const resolution = documents.find((doc) => doc.type === 'resolution')!.symbol!;
    const report = documents.find((doc) => doc.symbol!.startsWith('E/CN.4/'))!.symbol!;
    queries = ['migrant workers', 'ratification', 'International Convention', resolutionNumber(resolution)!, resolution, report.replace('CN.4', 'CN4')];
  }
  const browser = await launchChromium();
  const server = await serveFolder(folder);
  try {
    const size = indexSize(folder);
    console.log(
      `index: ${kib(size.all)} in ${folder === 'dist' ? 'dist/' : 'the synthetic site\'s '}${INDEX_FOLDER}/; ${size.chunks} index chunks, ${size.fragments} fragments`,
    );
    console.log('query | results | first search (fresh browser) | repeated | fetched by the first | top result');
    for (const t of await timeQueries(browser, server.origin, queries)) {
      console.log(`${t.query} | ${t.results} | ${t.firstMs.toFixed(0)} ms | ${t.repeatedMs.toFixed(1)} ms | ${kib(t.firstBytes)} | ${t.top[0] ?? '—'}`);
    }
    if (count !== undefined) {
      for (const [form, { first, of }] of await symbolAccuracy(browser, server.origin, documents, seed)) {
        console.log(`${form}: its document first in ${first} of ${of}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
    if (count !== undefined) rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
