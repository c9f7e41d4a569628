/**
 * npm run import -- <raw-file> [--symbol S] [--unnumbered] [--force] [--root DIR]
 *
 * Imports one raw text export into content/documents/, printing what it dropped, what it could
 * not place and its fidelity (the share of the source's words the page shows, in order).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { documentFiles, splitDocument } from '../src/lib/document-file.ts';
import { ImportError, importDocument, sourceDigest } from '../src/lib/import/index.ts';

const USAGE = 'usage: npm run import -- <raw-file> [--symbol <symbol>] [--unnumbered] [--force] [--root <project-dir>]';

/** The documents already in the collection: file, frontmatter source hash and unnumberedId. */
function existingDocuments(contentDir: string): { file: string; sha256?: string; unnumberedId?: string }[] {
  return documentFiles(contentDir).map((name) => {
    const file = join(contentDir, name);
    const data = splitDocument(readFileSync(file, 'utf8'), file).frontmatter as { source?: { sha256?: string }; unnumberedId?: string };
    return { file, ...(data.source?.sha256 ? { sha256: data.source.sha256 } : {}), ...(data.unnumberedId ? { unnumberedId: data.unnumberedId } : {}) };
  });
}

function percent(part: { words: number; found: number }): string {
  return part.words === 0 ? '—' : `${((100 * part.found) / part.words).toFixed(2)} % (${part.found}/${part.words})`;
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      symbol: { type: 'string' },
      unnumbered: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      root: { type: 'string', default: join(dirname(new URL(import.meta.url).pathname), '..') },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const path = positionals[0]!;
  if (!existsSync(path)) {
    console.error(`${path}: no such file\n${USAGE}`);
    return 2;
  }
  const raw = readFileSync(path, 'utf8');
  // A document imported before from the same source keeps its unnumberedId, so that its first URL redirects.
  const root = values.root;
  const previous = existingDocuments(join(root, 'content', 'documents'));
  let result;
  try {
    const digest = sourceDigest(raw);
    const earlier = previous.find((doc) => doc.sha256 === digest);
    result = importDocument(raw, {
      fileName: basename(path),
      symbol: values.symbol,
      unnumbered: values.unnumbered,
      unnumberedId: earlier?.unnumberedId,
    });
    const target = join(root, result.file);
    const moving = earlier && relative(root, earlier.file) !== result.file ? earlier : undefined;
    if (existsSync(target) && !values.force) {
      console.error(`${result.file} exists already; run again with --force to replace it`);
      return 1;
    }
    if (moving && !values.force) {
      console.error(`${relative(root, moving.file)} was imported from the same source; run again with --force to move it to ${result.file}`);
      return 1;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, result.mdx);
    if (moving) {
      rmSync(moving.file);
      console.log(`moved ${relative(root, moving.file)} → ${result.file}; its old URL /unnumbered/${moving.unnumberedId}/ will redirect`);
    }
  } catch (error) {
    if (error instanceof ImportError || (error instanceof Error && error.name === 'FrontmatterError')) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const { fidelity } = result;
  console.log(`${basename(path)} → ${result.file} (${result.url})`);
  console.log(`  ${result.data.type}, ${result.data.body}, ${result.data.date}${result.data.symbol ? '' : ', symbol not stated'}`);
  console.log(`  fidelity ${(100 * fidelity.share).toFixed(2)} %: masthead ${percent(fidelity.metadata)}, text ${percent(fidelity.body)}, footnotes ${percent(fidelity.footnotes)}`);
  console.log(`  dropped ${result.dropped.length} piece(s) of residue, ${fidelity.droppedWords} word(s) of ${result.sourceWords}:`);
  for (const d of result.dropped) console.log(`    line ${d.line}: ${JSON.stringify(d.text)} (${d.reason})`);
  for (const warning of result.warnings) console.log(`  warning: ${warning}`);
  return fidelity.share < 0.995 ? 1 : 0;
}

process.exitCode = main();
