import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  currentIncrementalBuild,
  endIncrementalBuild,
  pagesToRender,
  removeEndedOutputs,
  reuseIfUnchanged,
  startIncrementalBuild,
  type Ledger,
  type PreviousBuild,
} from '../../src/build/cache/incremental-build.ts';
import { listFiles } from '../../src/build/folder-files.ts';

const entry = (path: string, title: string) => ({ params: { path }, props: { page: { path, title } } });
const pathOf = ({ props }: ReturnType<typeof entry>) => props.page.path;
const entries = () => [entry('/A/RES/53/137/', 'Resolution'), entry('/A/54/150/', 'Report'), entry('/A/55/1/', 'New')];

/** The ledger a build of `entries()` with the given code writes. */
function ledgerOf(code: string): Ledger {
  startIncrementalBuild(code);
  pagesToRender(entries(), pathOf);
  const { next } = currentIncrementalBuild()!;
  endIncrementalBuild();
  return next;
}

describe('incremental builds', () => {
  let dir = '';
  const write = (file: string) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), 'last build');
  };

  /** The output folder as a build finds it: the ledger, and the files there now. */
  const previousBuild = (ledger: Ledger): PreviousBuild => ({ dir, ledger, files: new Set(listFiles(dir)) });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'un-docs-incremental-'));
  });
  afterEach(() => {
    endIncrementalBuild();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders every page outside a build (the dev server)', () => {
    expect(pagesToRender(entries(), pathOf)).toHaveLength(3);
    expect(reuseIfUnchanged('files /A/54/150/', ['A/54/150/citation.bib'], {})).toBe(false);
  });

  it('records every page with its fingerprint and file, and renders all on a first build', () => {
    startIncrementalBuild('code-1');
    expect(pagesToRender(entries(), pathOf).map(pathOf)).toEqual(['/A/RES/53/137/', '/A/54/150/', '/A/55/1/']);
    const { next, reused } = currentIncrementalBuild()!;
    expect(Object.keys(next)).toEqual(['page /A/RES/53/137/', 'page /A/54/150/', 'page /A/55/1/']);
    expect(next['page /A/54/150/']!.files).toEqual(['A/54/150/index.html']);
    expect([...reused]).toEqual([]);
  });

  it('keeps a page whose inputs and file are unchanged, and removes the file of one to make again', () => {
    const last = ledgerOf('code-1');
    delete last['page /A/55/1/'];
    for (const file of ['A/RES/53/137/index.html', 'A/54/150/index.html']) write(file);
    startIncrementalBuild('code-1', previousBuild(last));
    const changed = [entry('/A/RES/53/137/', 'Resolution'), entry('/A/54/150/', 'Report, edited'), entry('/A/55/1/', 'New')];
    expect(pagesToRender(changed, pathOf).map(pathOf)).toEqual(['/A/54/150/', '/A/55/1/']);
    expect([...currentIncrementalBuild()!.reused]).toEqual(['page /A/RES/53/137/']);
    endIncrementalBuild();
    expect(existsSync(join(dir, 'A/RES/53/137/index.html'))).toBe(true);
    expect(existsSync(join(dir, 'A/54/150/index.html'))).toBe(false);
  });

  it('makes again a page whose file is missing, and every page when the code changed', () => {
    write('A/RES/53/137/index.html');
    startIncrementalBuild('code-1', previousBuild(ledgerOf('code-1')));
    expect(pagesToRender(entries(), pathOf).map(pathOf)).toEqual(['/A/54/150/', '/A/55/1/']);
    startIncrementalBuild('code-2', previousBuild(ledgerOf('code-1')));
    expect(pagesToRender(entries(), pathOf)).toHaveLength(3);
  });

  it('knows a document record by its file, digest and rendering', () => {
    const record = (rendering: string) => ({ id: 'A/RES/53/137', filePath: 'content/documents/A/RES/53/137.mdx', digest: 'd1', rendering, data: { title: 'T' } });
    const page = (document: ReturnType<typeof record>) => [{ params: { path: '/A/RES/53/137/' }, props: { document } }];
    const path = () => '/A/RES/53/137/';
    startIncrementalBuild('code-1');
    pagesToRender(page(record('r1')), path);
    const last = currentIncrementalBuild()!.next;
    write('A/RES/53/137/index.html');
    startIncrementalBuild('code-1', previousBuild(last));
    expect(pagesToRender(page(record('r1')), path)).toHaveLength(0);
    write('A/RES/53/137/index.html');
    startIncrementalBuild('code-1', previousBuild(last));
    // Rendered again (a document it links entered the collection): the page is made again.
    expect(pagesToRender(page(record('r2')), path)).toHaveLength(1);
  });

  it('names the page whose inputs are not plain data, and where in them', () => {
    startIncrementalBuild('code-1');
    const page = [{ params: { path: '/states/MEX/' }, props: { state: { code: 'MEX', mentions: new Map() } } }];
    expect(() => pagesToRender(page, () => '/states/MEX/')).toThrow(
      'page /states/MEX/: its inputs at .state.mentions: found a Map, expected plain data (strings, numbers, dates, arrays, objects)',
    );
  });

  it('refuses two outputs with one key', () => {
    startIncrementalBuild('code-1');
    pagesToRender(entries(), pathOf);
    expect(() => reuseIfUnchanged('page /A/54/150/', ['A/54/150/index.html'], { redirect: '/A/54/150/' })).toThrow(
      'page /A/54/150/: two outputs of the build claim it',
    );
  });

  it('keeps the files an ended output had that another output now claims (a document moved to its symbol)', () => {
    const old = ['unnumbered/x/index.json', 'unnumbered/x/citation.bib'];
    for (const file of old) write(file);
    const ledger: Ledger = { 'files /unnumbered/x/': { fingerprint: 'f', files: old } };
    startIncrementalBuild('code-1', previousBuild(ledger));
    // The moved document's files: beside its new page and at its old address, written anew.
    expect(reuseIfUnchanged('files /A/54/999/', ['A/54/999/index.json', ...old], { symbol: 'A/54/999' })).toBe(false);
    for (const file of old) expect(existsSync(join(dir, file))).toBe(false);
    for (const file of old) write(file);
    expect(removeEndedOutputs(currentIncrementalBuild()!)).toBe(1);
    for (const file of old) expect(existsSync(join(dir, file))).toBe(true);
  });

  it('removes the files of an ended output that no output claims', () => {
    write('A/55/1/index.html');
    startIncrementalBuild('code-1', previousBuild({ 'page /A/55/1/': { fingerprint: 'f', files: ['A/55/1/index.html'] } }));
    expect(removeEndedOutputs(currentIncrementalBuild()!)).toBe(1);
    expect(existsSync(join(dir, 'A/55/1/index.html'))).toBe(false);
    expect(currentIncrementalBuild()!.removed).toEqual(['A/55/1/index.html']);
  });
});
