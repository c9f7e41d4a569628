/**
 * Following the document pages of a build as they render, for the search index: which pages it
 * wants, when a part is handed on, and how a failure reaches the build.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createSearchCapture, currentSearchCapture, endSearchCapture, startSearchCapture, type RenderedPart } from '../../src/build/integrations/search-capture.ts';
import type { SearchPart } from '../../src/lib/search/search-parts.ts';
import { thrown } from './helpers.ts';

afterEach(() => endSearchCapture());

const PARTS: SearchPart[] = [
  { folder: '/pagefind/part-0/', pages: ['/A/RES/53/137/', '/A/54/150/'] },
  { folder: '/pagefind/part-1/', pages: ['/E/CN.4/2002/89/'] },
];
const rendered = (path: string, bytes = 100, renderedAt = 1_000) => ({ path, bytes, renderedAt });

describe('createSearchCapture', () => {
  it('wants the pages of the parts only', () => {
    const capture = createSearchCapture(PARTS, async () => undefined);
    expect(capture.wants('/A/RES/53/137/')).toBe(true);
    expect(capture.wants('/E/CN.4/2002/89/')).toBe(true);
    expect(capture.wants('/A/RES/53/137/cite/')).toBe(false);
    expect(capture.wants('/A/')).toBe(false);
  });

  it('hands a part on once its last page is rendered, with every page as it was rendered', async () => {
    const handed: RenderedPart[] = [];
    const capture = createSearchCapture(PARTS, async (part) => {
      handed.push(part);
    });
    capture.add(rendered('/A/RES/53/137/', 4_100, 1_000));
    expect(handed).toEqual([]);
    capture.add(rendered('/E/CN.4/2002/89/', 2_000, 1_001));
    expect(handed).toEqual([{ part: PARTS[1], pages: [rendered('/E/CN.4/2002/89/', 2_000, 1_001)] }]);
    capture.add(rendered('/A/54/150/', 3_900, 1_002));
    expect(handed[1]).toEqual({ part: PARTS[0], pages: [rendered('/A/RES/53/137/', 4_100, 1_000), rendered('/A/54/150/', 3_900, 1_002)] });
    expect((await capture.settled()).map((part) => part.folder)).toEqual(['/pagefind/part-1/', '/pagefind/part-0/']);
  });

  it('never hands on a part some of whose pages were not rendered, however often the others were', async () => {
    const handed: RenderedPart[] = [];
    const capture = createSearchCapture(PARTS, async (part) => {
      handed.push(part);
    });
    capture.add(rendered('/A/RES/53/137/'));
    capture.add(rendered('/A/RES/53/137/'));
    expect(await capture.settled()).toEqual([]);
    expect(handed).toEqual([]);
  });

  it('hands a part on once each of its pages is rendered or kept as the last build made it', async () => {
    const handed: RenderedPart[] = [];
    const capture = createSearchCapture(
      PARTS,
      async (part) => {
        handed.push(part);
      },
      (path) => path === '/A/54/150/',
    );
    capture.add(rendered('/A/RES/53/137/'));
    expect(handed).toEqual([{ part: PARTS[0], pages: [rendered('/A/RES/53/137/')] }]);
    expect((await capture.settled()).map((part) => part.folder)).toEqual(['/pagefind/part-0/']);
  });

  it('fails, naming the page, for a page the index does not hold', () => {
    const capture = createSearchCapture(PARTS, async () => undefined);
    expect(thrown(() => capture.add(rendered('/A/'))).message).toBe('/A/: not a page of the search index, expected one of its 3 document pages');
  });

  it('throws what became of a part from settled(), not while the pages still render', async () => {
    const capture = createSearchCapture(PARTS, async ({ part }) => {
      throw new Error(`pagefind addDirectory failed for ${part.folder}`);
    });
    capture.add(rendered('/E/CN.4/2002/89/'));
    capture.add(rendered('/A/RES/53/137/'));
    await expect(capture.settled()).rejects.toThrow(new Error('pagefind addDirectory failed for /pagefind/part-1/'));
  });
});

describe('the capture of the build in progress', () => {
  it('is found by any copy of the module once started, and gone once ended', () => {
    expect(currentSearchCapture()).toBeUndefined();
    const capture = createSearchCapture(PARTS, async () => undefined);
    startSearchCapture(capture);
    expect(currentSearchCapture()).toBe(capture);
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('un-docs.search-capture')]).toBe(capture);
    endSearchCapture();
    expect(currentSearchCapture()).toBeUndefined();
  });
});
