/**
 * npm run bench -- [--docs N] [--no-baseline] [--keep]
 *
 * Builds the whole site (pages, search index, everything) from a synthetic corpus of N documents
 * modelled on the real ones (the mix and body sizes of corpus/dev, scripts/lib/real-shapes.json)
 * in a temporary copy of the project — never the real content/ — then the same corpus with a bare
 * Astro + MDX project, and prints one table: wall time, time per document, peak memory of the
 * build's process tree, search index size, the gzip weight of a document page, a rebuild after
 * editing one document, and the ratios to the baseline. Node runs at its default heap size.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CONTENT_VARIABLE } from '../src/build/integrations/content-dir.ts';
import { documentPath } from '../src/lib/document/documents.ts';
import { measure, type Measured } from './lib/measure.ts';
import { copyProject, removeCopy } from './lib/project-copy.ts';
import { syntheticCorpus, type GeneratedFile } from './lib/synthetic-corpus.ts';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '1000' },
    'no-baseline': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const count = Number(values.docs);
if (!Number.isInteger(count) || count < 1) {
  console.error(`--docs must be a whole number of documents, found "${values.docs}"`);
  process.exit(2);
}

/** The site's build, as package.json defines it. */
const SITE_BUILD = ['npm', 'run', '--silent', 'build'];

/**
 * The environment of a measured build: default heap, no telemetry, no colours, and the copy's own
 * content/ (the synthetic corpus) whatever content folder the caller's environment names.
 */
const buildEnv = { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== CONTENT_VARIABLE)), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', NODE_OPTIONS: '' };

/**
 * Builds a project folder as a maintainer does: `npm run build` for the site (its pages and
 * search index), `astro build` for the baseline. Prints a progress line as the build reports its
 * stages.
 */
function buildIn(folder: string, label: string, command: string[]): Promise<Measured> {
  return measure(command[0]!, command.slice(1), {
    cwd: folder,
    env: buildEnv,
    onLine: (line) => {
      if (!/\[(build|content|un-docs-documents|un-docs:[a-z-]+)\]|generating static routes/.test(line)) return;
      const stage = `  ${label}: ${line.replace(/^\d\d:\d\d:\d\d\s*/, '').trim().slice(0, 140)}`;
      // One progress line on a terminal, a line per stage in a log.
      if (process.stdout.isTTY) process.stdout.write(`\r${stage.padEnd(160)}`);
      else console.log(stage);
    },
  }).then((result) => {
    if (process.stdout.isTTY) process.stdout.write('\n');
    return result;
  });
}

/** The size in bytes of a folder's files, or 0 when it does not exist. */
function folderSize(folder: string): number {
  try {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' }).reduce((sum, name) => {
      const stat = statSync(join(folder, name));
      return stat.isFile() ? sum + stat.size : sum;
    }, 0);
  } catch {
    return 0;
  }
}

/** The gzip weight of a built page with the same-site style sheets and scripts it loads. */
function pageWeight(dist: string, path: string): number {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const assets = [...html.matchAll(/<(?:link[^>]+href|script[^>]+src)="(\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]!);
  return [html, ...assets.map((asset) => readFileSync(join(dist, asset), 'utf8'))].reduce((sum, text) => sum + gzipSync(text).length, 0);
}

/** A bare Astro + MDX project rendering the same files: the baseline every figure is compared with. */
function baselineProject(files: GeneratedFile[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'un-docs-baseline-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  };
  write('package.json', '{ "name": "baseline", "private": true, "type": "module" }\n');
  write('astro.config.mjs', "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n");
  write(
    'src/content.config.ts',
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { documents: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/documents' }) }) };\n",
  );
  write(
    'src/pages/[...id].astro',
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('documents')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{entry.data.title}</title></head><body><Content /></body></html>\n",
  );
  for (const file of files) write(file.path, file.text);
  mkdirSync(join(folder, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!['.astro', '.vite', '.cache'].includes(name)) symlinkSync(join(root, 'node_modules', name), join(folder, 'node_modules', name));
  }
  return folder;
}

/** What the corpus holds: its documents by kind and body, and its size. */
function describeCorpus(files: GeneratedFile[]): string {
  const kinds = new Map<string, number>();
  for (const { text } of files) {
    const kind = `${/^type: (.+)$/m.exec(text)?.[1]} (${/^body: (.+)$/m.exec(text)?.[1]})`;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0);
  return `${[...kinds].map(([kind, n]) => `${n} ${kind}`).join(', ')}; ${(bytes / 2 ** 20).toFixed(1)} MB of MDX`;
}

/**
 * A document's text with a paragraph added at its end: an edit every document can take, as
 * not every one has a numbered paragraph to change.
 */
function editedText(text: string): string {
  return `${text.trimEnd()}\n\nEdited: a paragraph added to time a rebuild.\n`;
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const status = (run: Measured) => (run.exitCode === 0 ? '' : ` (failed, exit ${run.exitCode})`);

async function main(): Promise<void> {
  console.log(`Generating ${count} synthetic documents…`);
  const files = syntheticCorpus(count);
  console.log(`  ${describeCorpus(files)}`);
  const copy = copyProject(root, Object.fromEntries(files.map((file) => [file.path.replace(/^content\/documents\//, ''), file.text])));
  console.log(`Building the site in ${copy}`);
  const cold = await buildIn(copy, 'site, cold', SITE_BUILD);
  if (cold.exitCode !== 0) console.error(`The build failed:\n${cold.tail}`);

  const edited = files[Math.floor(files.length / 2)]!;
  writeFileSync(join(copy, edited.path), editedText(edited.text));
  const rebuild = await buildIn(copy, 'site, one document edited', SITE_BUILD);

  const sample = /^symbol: (.+)$/m.exec(edited.text)![1]!;
  const dist = join(copy, 'dist');
  const weight = cold.exitCode === 0 ? kb(pageWeight(dist, documentPath({ symbol: sample }))) : '—';
  const index = folderSize(join(dist, 'pagefind'));

  let baseline: Measured | undefined;
  if (!values['no-baseline']) {
    const folder = baselineProject(files);
    console.log(`Building the baseline (bare Astro + MDX) in ${folder}`);
    baseline = await buildIn(folder, 'baseline', [process.execPath, 'node_modules/astro/astro.js', 'build']);
    if (!values.keep) removeCopy(folder);
  }
  if (!values.keep) removeCopy(copy);

  const perDoc = (run: Measured) => `${((1000 * run.seconds) / count).toFixed(1)} ms`;
  const rows = [
    ['', 'site', 'baseline (Astro + MDX)', 'site / baseline'],
    ['documents', String(count), String(count), ''],
    ['wall time, cold', `${cold.seconds.toFixed(1)} s${status(cold)}`, baseline ? `${baseline.seconds.toFixed(1)} s${status(baseline)}` : '—', baseline ? (cold.seconds / baseline.seconds).toFixed(2) : '—'],
    ['per document', perDoc(cold), baseline ? perDoc(baseline) : '—', ''],
    ['peak RSS (process tree)', mb(cold.peakRss), baseline ? mb(baseline.peakRss) : '—', baseline ? (cold.peakRss / baseline.peakRss).toFixed(2) : '—'],
    ['peak RSS (largest process)', mb(cold.peakProcessRss), baseline ? mb(baseline.peakProcessRss) : '—', ''],
    ['rebuild, one document edited', `${rebuild.seconds.toFixed(1)} s${status(rebuild)}`, '—', ''],
    ['search index', index ? mb(index) : 'none', '—', ''],
    ['document page, gzip (HTML + CSS + JS)', weight, '—', ''],
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  console.log('');
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  console.log(line(rows[0]!));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows.slice(1)) console.log(line(row));
  if (cold.exitCode !== 0 || rebuild.exitCode !== 0) process.exitCode = 1;
}

await main();
