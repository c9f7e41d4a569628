/**
 * The documents loader against a fake of Astro's loader context, on a few synthetic documents in
 * a temporary project: what it renders, what it records and what it keeps out of Astro's store.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import { bodyCache, bodyCacheDir } from '../../src/lib/body-cache.ts';
import { COLLECTION_ENTRY, documentsLoader } from '../../src/loaders/documents.ts';
import { validateFrontmatter } from '../../src/schemas/document.ts';

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  digest?: string;
  filePath?: string;
}

let root = '';
const files = syntheticCorpus(3);
/** Astro's data store, which outlives a load as data-store.json does. */
let stored: Map<string, StoredEntry>;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'un-docs-loader-'));
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
  }
  stored = new Map();
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Runs one load, as a build does, and returns what it logged. */
async function load(): Promise<string[]> {
  const logged: string[] = [];
  const context = {
    store: {
      get: (id: string) => stored.get(id),
      set: (entry: StoredEntry) => Boolean(stored.set(entry.id, entry)),
      keys: () => [...stored.keys()],
      delete: (id: string) => stored.delete(id),
    },
    parseData: async ({ data, filePath }: { data: unknown; filePath: string }) => validateFrontmatter(data, filePath),
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16),
    config: { root: pathToFileURL(`${root}/`), base: '/' },
    logger: { info: (line: string) => logged.push(line), error: (line: string) => logged.push(`error: ${line}`) },
  };
  await documentsLoader({ base: './content/documents' }).load(context as unknown as LoaderContext);
  return logged;
}

const recorded = () => bodyCache(root).readLoaded();
const ids = files.map((file) => file.path.replace(/^content\/documents\//, '').replace(/\.mdx$/, '')).sort();

describe('documentsLoader', () => {
  it('records every document with its validated frontmatter, and gives Astro one entry, the digest of that record', async () => {
    const logged = await load();
    expect(logged[0]).toBe('3 documents, 3 to render');
    expect(recorded().map((document) => document.id).sort()).toEqual(ids);
    for (const document of recorded()) {
      const file = files.find((candidate) => candidate.path === document.filePath)!;
      expect(document.data.symbol).toBe(/^symbol: (.+)$/m.exec(file.text)![1]);
      expect(bodyCache(root).read(document.digest).html.length).toBeGreaterThan(100);
    }
    expect([...stored.keys()]).toEqual([COLLECTION_ENTRY]);
    expect(stored.get(COLLECTION_ENTRY)).toEqual({ id: COLLECTION_ENTRY, data: {}, digest: expect.stringMatching(/^[0-9a-f]{16}$/) });
  });

  it("changes the store's entry when a document changes, and removes an earlier build's entries per document", async () => {
    stored.set('A/RES/53/137', { id: 'A/RES/53/137', data: {}, digest: 'old', filePath: 'content/documents/A/RES/53/137.mdx' });
    await load();
    expect([...stored.keys()]).toEqual([COLLECTION_ENTRY]);
    const before = stored.get(COLLECTION_ENTRY)!.digest;
    await load();
    expect(stored.get(COLLECTION_ENTRY)!.digest).toBe(before);
    const edited = files[2]!;
    writeFileSync(join(root, edited.path), readFileSync(join(root, edited.path), 'utf8').replace('1. ', '1. Edited: '));
    await load();
    expect(stored.get(COLLECTION_ENTRY)!.digest).not.toBe(before);
  });

  it('renders again only the document whose file changed, and keeps the others as they were recorded', async () => {
    await load();
    const before = recorded();
    expect((await load())[0]).toBe('3 documents, 0 to render');
    expect(recorded()).toEqual(before);

    const edited = files[1]!;
    writeFileSync(join(root, edited.path), readFileSync(join(root, edited.path), 'utf8').replace('1. ', '1. Edited: '));
    expect((await load())[0]).toBe('3 documents, 1 to render');
    const after = recorded();
    const changed = after.find((document) => document.filePath === edited.path)!;
    expect(bodyCache(root).read(changed.digest).html).toContain('Edited: ');
    // Its rendering is named anew, so that the pages made from it are made again.
    const cached = (document: { digest: string }, extension: string) => readFileSync(join(bodyCacheDir(root), `${document.digest}.${extension}`));
    const renderingOf = (document: { digest: string }) =>
      createHash('sha1').update(cached(document, 'html')).update('\0').update(cached(document, 'json')).digest('hex').slice(0, 16);
    for (const document of after) expect(document.rendering).toBe(renderingOf(document));
    expect(changed.rendering).not.toBe(before.find((document) => document.filePath === edited.path)!.rendering);
    expect(after.filter((document) => document !== changed)).toEqual(before.filter((document) => document.filePath !== edited.path));
  });

  it('forgets a document whose file was removed', async () => {
    await load();
    const before = stored.get(COLLECTION_ENTRY)!.digest;
    unlinkSync(join(root, files[0]!.path));
    await load();
    const removed = files[0]!.path.replace(/^content\/documents\//, '').replace(/\.mdx$/, '');
    expect(recorded().map((document) => document.id)).not.toContain(removed);
    expect(recorded()).toHaveLength(2);
    expect(stored.get(COLLECTION_ENTRY)!.digest).not.toBe(before);
  });

  it('validates every file again when Astro has emptied its store (the schema or the config changed)', async () => {
    await load();
    stored.clear();
    expect((await load())[0]).toBe('3 documents, 3 to render');
    expect(recorded()).toHaveLength(3);
  });
});
