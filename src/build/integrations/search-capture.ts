/**
 * Following the document pages of a build as Astro renders them, so that each part of the search
 * index is indexed as soon as the last of its pages is rendered, while Astro renders the rest of
 * the site on its one thread, rather than after it (docs/decisions.md). Astro writes each page
 * right after rendering it: what a page is known by here (its size, when it was rendered) tells
 * the indexer when its file is written.
 *
 * The capture is made by an integration (src/build/integrations/search-index.ts) and fed by a middleware
 * in the build's server bundle, each with its own copy of this module: the capture in progress
 * is kept on globalThis, where both find it. Outside `astro build` there is none.
 */
import type { SearchPart } from '../../lib/search/search-parts.ts';

/** A document page as rendered, before Astro writes it. */
export interface RenderedPage {
  /** Its site path, "/A/RES/53/137/". */
  path: string;
  /** The size of its HTML in bytes, the size its file will have. */
  bytes: number;
  /** When it was rendered (milliseconds since the epoch): its file is written after. */
  renderedAt: number;
}

/** A part of the index all of whose pages have been rendered. */
export interface RenderedPart {
  part: SearchPart;
  /** Its pages, in the order they were rendered. */
  pages: RenderedPage[];
}

/** The document pages of a build being followed. */
export interface SearchCapture {
  /** Whether a page (a site path, "/A/RES/53/137/") is one the index holds. */
  wants(path: string): boolean;
  /**
   * Notes that a page was rendered; the last page of a part hands the part on.
   * @throws {Error} naming the page, when it is not one the index holds.
   */
  add(page: RenderedPage): void;
  /**
   * Waits for what was done with every part handed on.
   * @returns those parts, in the order they were handed on.
   * @throws the first failure of any of them.
   */
  settled(): Promise<SearchPart[]>;
}

/**
 * Follows the pages of the given parts, handing each part to `onRendered` once each of its pages
 * is rendered or kept: a page the build keeps as the last build made it (an incremental build) is
 * not rendered, and its file is already there. A part none of whose pages is rendered is never
 * handed on: it is as the last build left it.
 * @param isKept whether the build keeps a page; asked of a part's pages when its first page is
 * rendered, once the document route has decided which pages it renders.
 */
export function createSearchCapture(
  parts: SearchPart[],
  onRendered: (rendered: RenderedPart) => Promise<void>,
  isKept: (path: string) => boolean = () => false,
): SearchCapture {
  const partOfPage = new Map<string, number>();
  parts.forEach((part, place) => part.pages.forEach((page) => partOfPage.set(page, place)));
  const rendered = parts.map(() => new Map<string, RenderedPage>());
  const toRender: (number | undefined)[] = parts.map(() => undefined);
  const handedOn: SearchPart[] = [];
  // What became of each part, failure included: a failure is thrown by settled(), not left
  // unhandled while the pages still render.
  const outcomes: Promise<{ error: unknown } | undefined>[] = [];
  return {
    wants: (path) => partOfPage.has(path),
    add(page) {
      const place = partOfPage.get(page.path);
      if (place === undefined) throw new Error(`${page.path}: not a page of the search index, expected one of its ${partOfPage.size} document pages`);
      const pages = rendered[place]!;
      const part = parts[place]!;
      if (pages.has(page.path)) return;
      pages.set(page.path, page);
      toRender[place] ??= part.pages.filter((path) => !isKept(path)).length;
      if (pages.size < toRender[place]) return;
      handedOn.push(part);
      outcomes.push(onRendered({ part, pages: [...pages.values()] }).then(() => undefined, (error: unknown) => ({ error })));
    },
    async settled() {
      for (const outcome of await Promise.all(outcomes)) if (outcome) throw outcome.error;
      return [...handedOn];
    },
  };
}

const CAPTURE = Symbol.for('un-docs.search-capture');
type WithCapture = typeof globalThis & { [CAPTURE]?: SearchCapture };

/** Makes a capture the build's: from now on the middleware tells it of the pages it wants. */
export function startSearchCapture(capture: SearchCapture): void {
  (globalThis as WithCapture)[CAPTURE] = capture;
}

/** The capture of the build in progress, if any. */
export function currentSearchCapture(): SearchCapture | undefined {
  return (globalThis as WithCapture)[CAPTURE];
}

/** Ends the capture of the build in progress. */
export function endSearchCapture(): void {
  delete (globalThis as WithCapture)[CAPTURE];
}
