/**
 * Incremental builds. Each page and file of a build is made from inputs (a page's props, a
 * document's record); a build records the fingerprint of each output's inputs, with the site's
 * code, in a ledger. The next build keeps an output whose fingerprint is unchanged where the last
 * build wrote it instead of making it again, so that editing one document re-renders its pages
 * and the pages that show it, not the 20,000 others of a large collection. A change to the code or
 * the configuration changes every fingerprint, so everything is made again.
 *
 * The pages' getStaticPaths run in the build's server bundle and the integrations outside it,
 * each with its own copy of this module: the build in progress is kept on globalThis, where both
 * find it. Outside `astro build` (the dev server) there is none, and every page is rendered.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedDocument } from './body-cache.ts';
import { FingerprintError, fingerprinter } from './fingerprint.ts';
import { pageFile } from '../../lib/site/stable-urls.ts';

/** One output of a build: the fingerprint of its inputs and the files it is, in the built site. */
export interface LedgerEntry {
  fingerprint: string;
  files: string[];
}

/** Every output of a build, by a key naming it ("page /A/RES/53/137/"). */
export type Ledger = Record<string, LedgerEntry>;

/** The output folder of the last build, as a build finds it. */
export interface PreviousBuild {
  dir: string;
  /** What the last build wrote there. */
  ledger: Ledger;
  /**
   * The files the folder holds, listed when the build started: what tells that a kept output is
   * still whole (a stat of each of 85,000 files took half a second of every build).
   */
  files: ReadonlySet<string>;
}

/** A build in progress. */
export interface IncrementalBuild {
  /** A digest of the site's code and configuration, part of every fingerprint. */
  code: string;
  /** The last build's output; none on a first build. */
  previous?: PreviousBuild;
  /** Every output of this build, as the pages and the build steps declare them. */
  next: Ledger;
  /** The keys of the outputs kept as the last build left them. */
  reused: Set<string>;
  /**
   * Every file an output of this build has declared: a file another output had in the last build
   * (a document's old address, now its redirect) is this build's, and never removed as the other's.
   */
  claimed: Set<string>;
  /** The files of the last build removed so far, whose folders may be left empty. */
  removed: string[];
  fingerprint: (value: unknown) => string;
}

/**
 * A document's record (src/build/cache/body-cache.ts) is named by its file, the digest of its text and
 * that of its rendering: its frontmatter is parsed from that text by code every fingerprint
 * covers. Reading the frontmatter of 10,000 documents instead took seconds at every build.
 */
function documentName(value: object): string | undefined {
  const { id, filePath, digest, rendering } = value as Partial<LoadedDocument>;
  return typeof id === 'string' && typeof filePath === 'string' && typeof digest === 'string' && typeof rendering === 'string' && 'data' in value
    ? `document ${id} ${filePath} ${digest} ${rendering}`
    : undefined;
}

const BUILD = Symbol.for('un-docs.incremental-build');
type WithBuild = typeof globalThis & { [BUILD]?: IncrementalBuild };

/**
 * Starts a build: from now on, getStaticPaths and the build steps reuse what is unchanged.
 * @param previous the folder of the build, holding the last build's outputs, their ledger and the files it holds.
 */
export function startIncrementalBuild(code: string, previous?: PreviousBuild): IncrementalBuild {
  const build: IncrementalBuild = { code, previous, next: {}, reused: new Set(), claimed: new Set(), removed: [], fingerprint: fingerprinter(documentName) };
  (globalThis as WithBuild)[BUILD] = build;
  return build;
}

/** The build in progress, if any. */
export function currentIncrementalBuild(): IncrementalBuild | undefined {
  return (globalThis as WithBuild)[BUILD];
}

/** Ends the build in progress: the dev server, or a later build, starts without it. */
export function endIncrementalBuild(): void {
  delete (globalThis as WithBuild)[BUILD];
}

/**
 * Declares an output of the build in progress and says whether the last build's copy of it can
 * be kept: the same fingerprint, the same files, all of them still there. An output that cannot be
 * kept has its old files removed, to be made again, but for those another output of this build
 * has claimed. Outside a build, nothing is reused.
 * @param key names the output, unique within the build.
 * @param files the output's files, relative to the built site.
 * @param inputs everything the output is made from, as plain data.
 * @throws {Error} when another output of the build has the same key: two owners of one page.
 * @throws {FingerprintError} naming the output, when its inputs are not plain data.
 */
export function reuseIfUnchanged(key: string, files: string[], inputs: unknown): boolean {
  const build = currentIncrementalBuild();
  if (!build) return false;
  if (build.next[key]) throw new Error(`${key}: two outputs of the build claim it`);
  let fingerprint: string;
  try {
    fingerprint = build.fingerprint([build.code, inputs]);
  } catch (error) {
    if (!(error instanceof FingerprintError)) throw error;
    // "at [1].page.states": the inputs are the second item of what is fingerprinted.
    throw new FingerprintError(`${key}: its inputs ${error.message.replace(/^at \[1\]/, 'at ')}`, { cause: error });
  }
  build.next[key] = { fingerprint, files };
  for (const file of files) build.claimed.add(file);
  if (!build.previous) return false;
  const { dir, ledger, files: present } = build.previous;
  const last = ledger[key];
  if (last === undefined) {
    removePresent(build, dir, files);
    return false;
  }
  const reusable =
    last.fingerprint === fingerprint &&
    last.files.length === files.length &&
    last.files.every((file, index) => file === files[index]) &&
    files.every((file) => present.has(file));
  if (reusable) build.reused.add(key);
  else {
    removeUnclaimed(build, dir, last.files);
    removePresent(build, dir, files);
  }
  return reusable;
}

/**
 * Removes the files an output is about to write that the last build left: a file is written anew,
 * never over the old one, whose link the last good output keeps (src/build/integrations/last-good-output.ts).
 */
function removePresent(build: IncrementalBuild, dir: string, files: string[]): void {
  for (const file of files) if (build.previous?.files.has(file)) rmSync(join(dir, file), { force: true });
}

/** Removes the files of the last build that no output of this build has claimed so far. */
function removeUnclaimed(build: IncrementalBuild, dir: string, files: string[]): void {
  for (const file of files) {
    if (build.claimed.has(file)) continue;
    rmSync(join(dir, file), { force: true });
    build.removed.push(file);
  }
}

/**
 * Ends the outputs of the last build that this one does not have, once every output has been
 * declared: removes each of their files that no output of this build claims.
 * @returns how many outputs ended.
 */
export function removeEndedOutputs(build: IncrementalBuild): number {
  if (!build.previous) return 0;
  let ended = 0;
  for (const [key, entry] of Object.entries(build.previous.ledger)) {
    if (build.next[key]) continue;
    removeUnclaimed(build, build.previous.dir, entry.files);
    ended += 1;
  }
  return ended;
}

/**
 * The entries of a getStaticPaths to render: all but the pages the last build made from the same
 * inputs. Call it on every entry of the route, so that the ledger knows every page.
 * @param pathOf the page's site path ("/A/RES/53/137/").
 * @param inputsOf everything the page is made from: its props, and whatever else the page reads
 * as it renders.
 */
export function pagesToRender<T extends { props: unknown }>(
  entries: T[],
  pathOf: (entry: T) => string,
  inputsOf: (entry: T) => unknown = (entry) => entry.props,
): T[] {
  return entries.filter((entry) => {
    const path = pathOf(entry);
    return !reuseIfUnchanged(pageKey(path), [pageFile(path)], inputsOf(entry));
  });
}

/** The key of a page's output in the ledger. */
function pageKey(path: string): string {
  return `page ${path}`;
}
