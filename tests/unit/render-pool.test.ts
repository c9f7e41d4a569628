/**
 * Rendering many bodies on worker threads: every rendering reaches the body cache, and a body
 * that cannot be rendered fails the whole, naming its file and line.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyCache, bodyCacheDir } from '../../src/build/cache/body-cache.ts';
import { renderAll, WORKER_THRESHOLD } from '../../src/build/loaders/render-pool.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** Enough jobs for two workers, each body numbered so that its rendering can be told apart. */
function jobs(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    body: `1. Paragraph of body ${index}, citing A/RES/53/137.\n`,
    path: `content/documents/A/${index}.mdx`,
    frontmatter: { type: 'report' },
    digest: `digest-${index}`,
  }));
}

describe('renderAll', () => {
  it('writes the rendering of every body to the cache, on worker threads when there are many', { timeout: 60_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'un-docs-pool-'));
    roots.push(root);
    const count = 2 * WORKER_THRESHOLD + 1;
    const renderings = await renderAll(jobs(count), { documentIds: new Set(['A/RES/53/137']), base: '/', root });
    const cache = bodyCache(root);
    expect(renderings).toHaveLength(count);
    for (let index = 0; index < count; index++) {
      const [htmlFile, recordsFile] = ['html', 'json'].map((extension) => readFileSync(join(bodyCacheDir(root), `digest-${index}.${extension}`)));
      expect(renderings[index]).toBe(createHash('sha1').update(htmlFile!).update('\0').update(recordsFile!).digest('hex').slice(0, 16));
      const { html, collectionAnswers } = cache.read(`digest-${index}`);
      expect(html).toContain(`Paragraph of body ${index}, citing <a href="/A/RES/53/137/" class="xref">A/RES/53/137</a>`);
      expect(collectionAnswers).toEqual({ 'A/RES/53/137': true });
    }
  });

  it('fails with the file and line of a body that cannot be rendered', { timeout: 60_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'un-docs-pool-'));
    roots.push(root);
    const all = jobs(2 * WORKER_THRESHOLD + 1);
    all[400] = { ...all[400]!, body: '1. Text\n\n<script>alert(1)</script>\n' };
    await expect(renderAll(all, { documentIds: new Set(), base: '/', root })).rejects.toThrow(
      'content/documents/A/400.mdx:3:1: the element <script> is not allowed in a document body',
    );
  });
});
