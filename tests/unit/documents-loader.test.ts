/**
 * The documents loader against a fake of Astro's loader context, on a few synthetic documents in
 * a temporary project: what it renders, what it records and what it keeps out of Astro's store.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { syntheticCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import { bodyCache, bodyCacheDir } from '../../src/build/cache/body-cache.ts';
import { CONTENT_VARIABLE } from '../../src/build/integrations/content-dir.ts';
import { COLLECTION_ENTRY, documentsLoader } from '../../src/build/loaders/documents.ts';
import { ContentRefusal } from '../../src/build/loaders/refusal.ts';
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
async function load(options: { base?: string } = { base: './content/documents' }): Promise<string[]> {
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
  await documentsLoader(options).load(context as unknown as LoaderContext);
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

describe('documentsLoader, by default, reads the content folder', () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is the project's content/ when UN_DOCS_CONTENT is unset", async () => {
    vi.stubEnv(CONTENT_VARIABLE, '');
    expect((await load({}))[0]).toBe('3 documents, 3 to render');
    expect(recorded().map((document) => document.filePath).sort()).toEqual(files.map((file) => file.path).sort());
  });

  it('is the folder UN_DOCS_CONTENT names, outside the project, with a cache of its own', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'un-docs-outside-'));
    try {
      const [moved] = files;
      mkdirSync(dirname(join(outside, moved!.path)), { recursive: true });
      writeFileSync(join(outside, moved!.path), moved!.text);
      vi.stubEnv(CONTENT_VARIABLE, join(outside, 'content'));
      expect((await load({}))[0]).toBe('1 documents, 1 to render');
      expect(recorded().map((document) => document.filePath)).toEqual([relative(root, join(outside, moved!.path))]);
      vi.stubEnv(CONTENT_VARIABLE, '');
      expect((await load({}))[0]).toBe('3 documents, 3 to render');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('refuses a content folder without documents/, naming it', async () => {
    vi.stubEnv(CONTENT_VARIABLE, join(root, 'elsewhere'));
    const error = await load({}).then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentRefusal);
    expect((error as ContentRefusal).problems).toEqual([
      `UN_DOCS_CONTENT=${join(root, 'elsewhere')} names ${join(root, 'elsewhere')}, which is not a folder; expected a folder holding documents/ (and treaties/)`,
    ]);
  });
});

describe('documentsLoader refuses what must not be published', () => {
  /** A valid document of the corpus with its symbol (and path) changed, and its body's first paragraph. */
  const variant = (symbol: string, body = '') => {
    const text = files[0]!.text.replace(/^symbol: .+$/m, `symbol: ${symbol}`);
    return body ? text.replace('1. ', `${body}\n\n1. `) : text;
  };
  const write = (path: string, content: string | Buffer) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  /** The refusal a load ends with, and what it logged. */
  const refusal = async (): Promise<{ problems: readonly string[]; logged: string[] }> => {
    const logged: string[] = [];
    try {
      logged.push(...(await load()));
    } catch (error) {
      expect(error).toBeInstanceOf(ContentRefusal);
      expect((error as Error).stack).toBe('');
      expect((error as Error).message).not.toMatch(/document|window/);
      return { problems: (error as ContentRefusal).problems, logged };
    }
    throw new Error(`expected the load to be refused; it logged ${logged.join('\n')}`);
  };

  it('refuses every file that cannot be read at once: not UTF-8, Markdown among the documents', async () => {
    write('content/documents/A/RES/54/1.mdx', Buffer.from(variant('A/RES/54/1').replace('title: ', 'title: R\u00e9sum\u00e9 '), 'latin1'));
    write('content/documents/A/RES/54/2.md', variant('A/RES/54/2'));
    const { problems } = await refusal();
    expect(problems).toEqual([
      'content/documents/A/RES/54/2.md: found a Markdown file where documents are MDX files, expected content/documents/A/RES/54/2.mdx: rename it to .mdx',
      expect.stringMatching(/^content\/documents\/A\/RES\/54\/1\.mdx: found text that is not UTF-8: it looks like Latin-1 \/ Windows-1252: byte 0xE9 \("é" in Windows-1252\) at line \d+; /),
    ]);
  });

  it('accepts a UTF-8 file with a byte-order mark', async () => {
    write('content/documents/A/RES/54/1.mdx', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(variant('A/RES/54/1'))]));
    expect((await load())[0]).toBe('4 documents, 4 to render');
    expect(recorded().find((document) => document.id === 'A/RES/54/1')?.data.symbol).toBe('A/RES/54/1');
  });

  it('refuses a document at the path of a listing page, naming both files', async () => {
    const under = files.find((file) => file.path.split('/').length > 4)!;
    const prefix = under.path.replace(/^content\/documents\//, '').split('/').slice(0, -1).join('/');
    write(`content/documents/${prefix}.mdx`, variant(prefix));
    const { problems } = await refusal();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^content/documents/${prefix}\\.mdx: field "symbol": found "${prefix}", a series prefix: /${prefix}/ is the listing page of .+ \\(content/documents/${prefix}/.+\\.mdx\\), expected the document's full symbol`));
  });

  it('refuses a symbol used twice and a file at the wrong path', async () => {
    write('content/documents/A/RES/54/1.mdx', variant(/^symbol: (.+)$/m.exec(files[0]!.text)![1]!));
    const { problems } = await refusal();
    expect(problems).toEqual([
      expect.stringMatching(/^content\/documents\/A\/RES\/54\/1\.mdx: field "symbol": found duplicate symbol/),
      expect.stringMatching(/^content\/documents\/A\/RES\/54\/1\.mdx: field "symbol": found the file at the wrong path/),
    ]);
  });

  it('refuses a body that links off the site, naming the file and line', async () => {
    write('content/documents/A/RES/54/1.mdx', variant('A/RES/54/1', 'See [the text](https://example.com/).'));
    const { problems, logged } = await refusal();
    expect(problems).toEqual([
      expect.stringMatching(/^content\/documents\/A\/RES\/54\/1\.mdx:\d+:5: found a link to "https:\/\/example\.com\/", a page of example\.com, which is not one of the United Nations' sites; expected a link to a page of the site or to a United Nations site/),
    ]);
    expect(logged).toEqual([]);
  });
});
