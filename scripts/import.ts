/**
 * npm run import -- <files or folders…> [--root DIR] [--symbol S] [--unnumbered] [--force] [--verbose]
 *
 * Imports raw text exports into the content folder's documents/: every `.txt` file named or found
 * in a named folder, each with the catalogue record `<name>.json` beside it when there is one.
 * One line per document as it is done, a summary, and the same as JSON in `import-report.json`
 * in the root. A refused document leaves no file behind, a batch never stops at one, and the exit
 * code is 1 when any was refused.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/build/integrations/content-dir.ts';
import { decodeDocument, splitDocument } from '../src/lib/document/document-file.ts';
import { documentFiles } from '../src/build/folder-files.ts';
import { ImportError, importDocument, sourceDigest, type ImportResult } from '../src/lib/import/index.ts';
import { measureOnPage } from '../src/lib/import/page.ts';
import type { Fidelity } from '../src/lib/import/fidelity.ts';

const USAGE =
  'usage: npm run import -- <files or folders…> [--root <project-dir>] [--symbol <symbol>] [--unnumbered] [--force] [--verbose]\n' +
  '  --symbol and --unnumbered apply to a single file; --force replaces a document imported from another source';

/** The least share of a source's words its page must show. */
const MIN_FIDELITY = 0.995;

/** One document's line in the report. */
interface Entry {
  file: string;
  record?: string;
  status: 'imported' | 'unchanged' | 'refused';
  reason?: string;
  output?: string;
  url?: string;
  symbol?: string;
  kind?: string;
  body?: string;
  shape?: string;
  words?: number;
  fidelity?: number;
  /** Runs of source words the page does not show. */
  missing?: string[];
  /** Residue removed, each with its line and why. */
  removed?: string[];
  disagreements?: ImportResult['disagreements'];
  fromRecord?: string[];
  warnings?: string[];
  /** Where the document was before, when this import moved it. */
  movedFrom?: string;
}

/** A document in the content folder: its file, source digest and unnumberedId. */
interface Existing {
  file: string;
  sha256?: string;
  unnumberedId?: string;
}

function existingDocuments(documentsDir: string): Existing[] {
  if (!existsSync(documentsDir)) return [];
  return documentFiles(documentsDir).map((name) => {
    const file = join(documentsDir, name);
    const data = splitDocument(readFileSync(file, 'utf8'), file).frontmatter as { source?: { sha256?: string }; unnumberedId?: string };
    return { file, ...(data.source?.sha256 ? { sha256: data.source.sha256 } : {}), ...(data.unnumberedId ? { unnumberedId: data.unnumberedId } : {}) };
  });
}

/** The source files named: files as they are, folders searched for `.txt` files, in a stable order. */
function sourceFiles(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.txt')) files.push(path);
    }
  };
  for (const path of paths) {
    if (!existsSync(path)) missing.push(path);
    else if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
  return { files, missing };
}

/** The catalogue record beside a source, when there is one. */
function recordOf(file: string): { file: string; text: string } | undefined {
  const path = file.replace(/\.[^./]*$/, '') + '.json';
  return path !== file && existsSync(path) ? { file: basename(path), text: readFileSync(path, 'utf8') } : undefined;
}

function percent(share: number): string {
  return `${(100 * share).toFixed(2)} %`;
}

/** Everything the page does not show, as runs of words. */
function missingRuns(fidelity: Fidelity): string[] {
  return [...fidelity.metadata.missing.map((run) => `masthead: ${run}`), ...fidelity.body.missing.map((run) => `text: ${run}`), ...fidelity.footnotes.missing.map((run) => `footnotes: ${run}`)];
}

/** Writes a file whole or not at all. */
function writeWhole(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/** What one batch is told. */
interface Options {
  root: string;
  documentsDir: string;
  symbol?: string | undefined;
  unnumbered: boolean;
  force: boolean;
}

/** Imports one source; returns its entry. Writes nothing unless the document is accepted. */
async function importOne(path: string, options: Options, existing: Existing[], taken: Map<string, string>): Promise<Entry> {
  const fileName = basename(path);
  const record = recordOf(path);
  const entry: Entry = { file: path, status: 'refused', ...(record ? { record: record.file } : {}) };
  let raw: string;
  try {
    const bytes = readFileSync(path);
    // A file with NUL bytes is binary, whatever else it holds: the importer says what kind.
    raw = bytes.includes(0) ? new TextDecoder().decode(bytes) : decodeDocument(bytes, fileName);
  } catch (error) {
    return { ...entry, reason: (error as Error).message };
  }
  const digest = sourceDigest(raw);
  const earlier = existing.find((doc) => doc.sha256 === digest);
  let result: ImportResult;
  try {
    result = importDocument(raw, { fileName, symbol: options.symbol, unnumbered: options.unnumbered, unnumberedId: earlier?.unnumberedId, record });
  } catch (error) {
    const known = error instanceof ImportError || ['FrontmatterError', 'RecordError', 'SymbolError'].includes((error as Error).name);
    return { ...entry, reason: known ? (error as Error).message : `the importer failed (please report this): ${(error as Error).message}` };
  }
  let fidelity: Fidelity;
  try {
    fidelity = await measureOnPage(result);
  } catch (error) {
    return { ...entry, output: result.file, reason: `the site cannot render it: ${(error as Error).message}` };
  }
  const missing = missingRuns(fidelity);
  Object.assign(entry, {
    output: result.file,
    url: result.url,
    ...(result.data.symbol ? { symbol: result.data.symbol } : {}),
    kind: result.data.type,
    body: result.data.body,
    shape: result.shape,
    words: result.sourceWords,
    fidelity: Number((100 * fidelity.share).toFixed(2)),
    missing,
    removed: result.dropped.map((d) => `line ${d.line}: ${d.text} (${d.reason})`),
    disagreements: result.disagreements,
    fromRecord: result.fromRecord,
    warnings: result.warnings,
  });
  if (fidelity.share < MIN_FIDELITY || missing.length > 0) {
    return { ...entry, reason: `the page would not show ${missing.length} run(s) of the source's words (fidelity ${percent(fidelity.share)}): ${missing.slice(0, 3).join(' | ')}${missing.length > 3 ? ' | …' : ''}` };
  }
  const target = join(options.documentsDir, relative(join('content', 'documents'), result.file));
  const shown = relative(options.root, target);
  entry.output = shown;
  const other = taken.get(target);
  if (other) return { ...entry, reason: `${other} in this batch has the same symbol and goes to ${shown}; import one of them` };
  const moving = earlier && resolve(earlier.file) !== resolve(target) ? earlier : undefined;
  const occupant = existing.find((doc) => resolve(doc.file) === resolve(target));
  if (occupant && occupant.sha256 !== digest && !options.force) {
    return { ...entry, reason: `${shown} exists already, imported from another source; run again with --force to replace it` };
  }
  if (moving && !options.force) {
    return { ...entry, reason: `${relative(options.root, moving.file)} was imported from the same source; run again with --force to move it to ${shown}` };
  }
  taken.set(target, path);
  if (existsSync(target) && readFileSync(target, 'utf8') === result.mdx) return { ...entry, status: 'unchanged' };
  writeWhole(target, result.mdx);
  if (moving) {
    rmSync(moving.file);
    entry.movedFrom = relative(options.root, moving.file);
  }
  return { ...entry, status: 'imported' };
}

/** One document's line: file → symbol, kind, words, fidelity, ok or refused and why. */
function line(entry: Entry, index: number, total: number): string {
  const head = `[${index}/${total}] ${entry.file}`;
  if (entry.status === 'refused') return `${head} → refused: ${entry.reason?.replace(/\s*\n\s*/g, ' ')}`;
  const what = `${entry.symbol ?? 'symbol not stated'}, ${entry.kind}, ${entry.body}, ${entry.words} words, fidelity ${entry.fidelity?.toFixed(2)} %`;
  const notes = [
    entry.removed?.length ? `${entry.removed.length} residue line(s) removed` : '',
    entry.disagreements?.length ? `${entry.disagreements.length} disagreement(s) with the record` : '',
    entry.fromRecord?.length ? `from the record: ${entry.fromRecord.join(', ')}` : '',
    entry.movedFrom ? `moved from ${entry.movedFrom}, whose URL will redirect` : '',
  ].filter(Boolean);
  return `${head} → ${entry.output} (${what}) ${entry.status === 'unchanged' ? 'ok, unchanged' : 'ok'}${notes.length ? `; ${notes.join('; ')}` : ''}`;
}

function details(entry: Entry): string[] {
  return [
    ...(entry.removed ?? []).map((text) => `    removed ${text}`),
    ...(entry.disagreements ?? []).map((d) => `    ${d.field}: the text says ${JSON.stringify(d.text)}, the record ${JSON.stringify(d.record)} (the text's is kept)`),
    ...(entry.warnings ?? []).map((text) => `    warning: ${text}`),
  ];
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        symbol: { type: 'string' },
        unnumbered: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        root: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const project = join(dirname(new URL(import.meta.url).pathname), '..');
  const root = resolve(values.root ?? project);
  const documentsDir = values.root ? join(root, 'content', 'documents') : join(contentDir(project), 'documents');
  const { files, missing } = sourceFiles(positionals);
  if (missing.length > 0) {
    console.error(`${missing.join(', ')}: no such file or folder\n${USAGE}`);
    return 2;
  }
  if ((values.symbol || values.unnumbered) && files.length !== 1) {
    console.error(`--symbol and --unnumbered apply to one file; ${files.length} were given\n${USAGE}`);
    return 2;
  }
  const options: Options = { root, documentsDir, symbol: values.symbol, unnumbered: values.unnumbered, force: values.force };
  const existing = existingDocuments(documentsDir);
  const taken = new Map<string, string>();
  const entries: Entry[] = [];
  for (const [i, file] of files.entries()) {
    const entry = await importOne(file, options, existing, taken);
    entries.push(entry);
    console.log(line(entry, i + 1, files.length));
    if (values.verbose) for (const text of details(entry)) console.log(text);
  }
  const count = (status: Entry['status']) => entries.filter((entry) => entry.status === status).length;
  const summary = { sources: entries.length, imported: count('imported'), unchanged: count('unchanged'), refused: count('refused') };
  const reportFile = join(root, 'import-report.json');
  writeWhole(reportFile, `${JSON.stringify({ summary, documents: entries }, null, 1)}\n`);
  console.log(
    `${summary.sources} source(s): ${summary.imported} imported, ${summary.unchanged} unchanged, ${summary.refused} refused; ` +
      `every removed line and word lost is listed in ${relative(process.cwd(), reportFile) || reportFile}`,
  );
  return summary.refused > 0 ? 1 : 0;
}

process.exitCode = await main();
