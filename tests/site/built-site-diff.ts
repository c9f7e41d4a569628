/**
 * How two built sites differ, file by file: what the differential test of the incremental build
 * compares. pagefind writes its filter files in an order of its own (a hash map's), which differs
 * between two builds of the same pages; they are compared by what they hold (each filter's values
 * and the pages of each), and the files that name them by their digest (pagefind-entry.json, the
 * .pf_meta file) are left to that comparison. Every other file is compared byte for byte.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { listFiles } from '../../src/build/folder-files.ts';

/** pagefind's files that name the filter files by their digest. */
const NAMES_FILTERS = /(^|\/)pagefind\/(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta)$/;
const FILTER_FILE = /(^|\/)pagefind\/filter\/[^/]+\.pf_filter$/;

/** Decodes the CBOR subset pagefind writes (unsigned and negative integers, text, bytes, arrays, maps). */
function decodeCbor(bytes: Buffer): unknown {
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = 1 << (info - 24);
    let value = 0;
    for (let index = 0; index < size; index++) value = value * 256 + bytes[at++]!;
    return value;
  };
  const item = (): unknown => {
    const head = bytes[at++]!;
    const major = head >> 5;
    const count = length(head & 31);
    switch (major) {
      case 0:
        return count;
      case 1:
        return -1 - count;
      case 2:
      case 3: {
        const text = bytes.toString(major === 3 ? 'utf8' : 'hex', at, at + count);
        at += count;
        return text;
      }
      case 4:
        return Array.from({ length: count }, item);
      case 5:
        return Object.fromEntries(Array.from({ length: count }, () => [item(), item()]));
      default:
        throw new Error(`unexpected CBOR item ${head} in a pagefind file`);
    }
  };
  return item();
}

/** What a filter file holds, in one order: its filter's name, each value and its pages. */
function filterContent(file: string): string {
  const bytes = gunzipSync(readFileSync(file));
  const signature = 'pagefind_dcd';
  const [name, values] = decodeCbor(bytes.subarray(signature.length)) as [string, [string, number[]][]];
  const sorted = values.map(([value, pages]): [string, number[]] => [value, [...pages].sort((a, b) => a - b)]).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([name, sorted]);
}

/** The files of a built site, by path, each as its bytes or (a filter file) its content. */
function siteFiles(dist: string): Map<string, string | Buffer> {
  const files = new Map<string, string | Buffer>();
  for (const path of listFiles(dist)) {
    if (NAMES_FILTERS.test(path)) continue;
    if (FILTER_FILE.test(path)) files.set(`pagefind filter ${filterContent(join(dist, path))}`, '');
    else files.set(path, readFileSync(join(dist, path)));
  }
  return files;
}

/** How two built sites differ: the files only one has, and those both have with other content. */
export interface SiteDifference {
  onlyIn: { first: string[]; second: string[] };
  differing: string[];
}

/** Compares two built sites (their dist/ folders). */
export function compareSites(first: string, second: string): SiteDifference {
  const a = siteFiles(first);
  const b = siteFiles(second);
  const differing = [...a.keys()].filter((path) => b.has(path) && !Buffer.from(a.get(path)!).equals(Buffer.from(b.get(path)!)));
  return {
    onlyIn: { first: [...a.keys()].filter((path) => !b.has(path)).sort(), second: [...b.keys()].filter((path) => !a.has(path)).sort() },
    differing: differing.sort(),
  };
}
