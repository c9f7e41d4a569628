/**
 * A site built from a content folder outside the project (UN_DOCS_CONTENT), as a maintainer keeps
 * a collection beside the engine: the seeds and one more document, written by hand with a
 * byte-order mark and 201 preambular paragraphs. Then the same copy built from its own content/:
 * nothing of the other folder's build is kept.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, contentFiles, copyProject, removeCopy, type BuildResult } from '../../scripts/lib/project-copy.ts';
import { CONTENT_VARIABLE } from '../../src/build/integrations/content-dir.ts';
import { PLACEHOLDER_SITE, PLACEHOLDER_WARNING } from '../../src/build/integrations/site-url.ts';

const root = join(import.meta.dirname, '../..');

/** The hand-written document: a resolution longer than any fixed list of ordinal words. */
const EXTRA_PATH = 'A/RES/60/999.mdx';
const PREAMBULAR = 201;

function extraDocument(): Buffer {
  const frontmatter = `---
symbol: A/RES/60/999
title: A resolution written by hand for the test of an outside content folder
type: resolution
body: General Assembly
session:
  number: 60
  name: Sixtieth session
date: "2006-01-20"
distribution: General
resolution:
  adopted: "2005-12-16"
  meeting: 64
source:
  file: hand-written.txt
  sha256: 9d5ed678fe57bcca610140957afab571d4a0e7e6d8ee0f5d1ec4a7f7e6a8c4d1
  dropped: []
---
`;
  const preamble = Array.from({ length: PREAMBULAR }, (_, i) => `*Recalling* consideration number ${i + 1} of the outside folder,`);
  const body = ['The General Assembly,', ...preamble, '1. *Decides* to remain seized of the matter.'].join('\n\n');
  // Written as an editor on Windows saves it: with a UTF-8 byte-order mark.
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${frontmatter}\n${body}\n`, 'utf8')]);
}

/** Writes files (paths under `folder` → text or bytes). */
function writeAll(folder: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
}

describe('a site built from a content folder outside the project', () => {
  let copy = '';
  let outside = '';
  let fromOutside: BuildResult;
  let distFromOutside: { extra: string; cite: string; seed: boolean };
  let fromOwn: BuildResult;

  beforeAll(async () => {
    const seeds = contentFiles(root, 'documents');
    const treaties = contentFiles(root, 'treaties');
    copy = copyProject(root, seeds, { treaties });
    outside = mkdtempSync(join(tmpdir(), 'un-docs-collection-'));
    // Not named content/: nothing may depend on the folder's name.
    const content = join(outside, 'corpus');
    writeAll(join(content, 'documents'), { ...seeds, [EXTRA_PATH]: extraDocument() });
    writeAll(join(content, 'treaties'), treaties);

    fromOutside = await build(copy, { [CONTENT_VARIABLE]: content });
    const page = (path: string) => (existsSync(join(copy, 'dist', path)) ? readFileSync(join(copy, 'dist', path), 'utf8') : '');
    distFromOutside = {
      extra: page('A/RES/60/999/index.html'),
      cite: page('A/RES/60/999/cite/index.html'),
      seed: existsSync(join(copy, 'dist/A/RES/53/137/index.html')),
    };
    fromOwn = await build(copy);
  }, 360_000);

  afterAll(() => {
    removeCopy(copy);
    rmSync(outside, { recursive: true, force: true });
  });

  it('builds the seeds and the extra document, each at its symbol URL', () => {
    expect(fromOutside.exitCode, fromOutside.output).toBe(0);
    expect(fromOutside.output).toContain(`${Object.keys(contentFiles(root, 'documents')).length + 1} documents`);
    expect(distFromOutside.seed).toBe(true);
    expect(distFromOutside.extra).toContain('A resolution written by hand for the test of an outside content folder');
    expect(distFromOutside.extra).toContain(`id="pp${PREAMBULAR}"`);
  });

  it('names every preambular paragraph, past any fixed list of ordinal words', () => {
    expect(distFromOutside.cite).toContain('two hundred and first preambular paragraph');
  });

  it("builds from the project's own content/ again without keeping the other folder's pages", () => {
    expect(fromOwn.exitCode, fromOwn.output).toBe(0);
    expect(fromOwn.output).toContain('no complete earlier build of this code: everything is made');
    expect(existsSync(join(copy, 'dist/A/RES/60/999'))).toBe(false);
    expect(existsSync(join(copy, 'dist/A/RES/53/137/index.html'))).toBe(true);
  });

  it('ends a build without SITE_URL with one warning naming the placeholder address and how to set it', () => {
    const lines = fromOwn.output.trim().split('\n');
    expect(lines.filter((line) => line.includes(PLACEHOLDER_WARNING))).toHaveLength(1);
    // Astro's own two closing lines ("… page(s) built", "Complete!") follow the integrations'.
    expect(lines.slice(-3).join('\n')).toContain(PLACEHOLDER_WARNING);
    expect(PLACEHOLDER_WARNING).toContain(PLACEHOLDER_SITE);
    expect(PLACEHOLDER_WARNING).toContain('SITE_URL=https://example.org npm run build');
  });
});
