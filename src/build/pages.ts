/**
 * What the routes read of the build, and all they read of it: the document collection and its
 * citation graph (collection.ts), the treaties and States (treaties.ts), each body's rendering,
 * and which of a route's pages this build must render (the incremental build keeps the others).
 */
import { groupByUprState } from '../lib/browse/browse.ts';
import { pageParam, paginate } from '../lib/browse/pagination.ts';
import { routeParam, sitePages } from '../lib/browse/routes.ts';
import { pagesToRender } from './cache/incremental-build.ts';
import { getCitationGraph, getDocuments } from './collection.ts';
import { getTreaties } from './treaties.ts';

export { renderedHtml } from './cache/body-cache.ts';
export { pagesToRender } from './cache/incremental-build.ts';
export { anchoredTextOf, citableParagraphsOf, getCitationGraph, getDocuments, type DocumentEntry } from './collection.ts';
export { getTreaties, type Treaties } from './treaties.ts';

/**
 * The pages of the catch-all route (src/pages/[...path].astro) that this build renders: every
 * symbol-shaped page sitePages() claims except the redirects, which the document-files
 * integration writes.
 */
export async function symbolPaths() {
  const documents = await getDocuments();
  const graph = await getCitationGraph();
  const entries = sitePages(documents, graph.cited)
    .filter((page) => page.kind !== 'redirect' && page.kind !== 'alias')
    .map((page) => ({ params: { path: routeParam(page.path) }, props: { page } }));
  // A document's page also shows its citations, which other documents' edits change; its record
  // names its rendering.
  return pagesToRender(
    entries,
    ({ props }) => props.page.path,
    ({ props }) => ({ page: props.page, citations: props.page.kind === 'document' ? graph.ofDocument(props.page.document) : undefined }),
  );
}

/**
 * The pages of the State route (src/pages/states/[code]/[...page].astro) that this build
 * renders. Each page carries its own page of the mentions and is made from it alone: an edit to a
 * mention makes again the page that lists it, not every page of the State.
 */
export async function statePaths() {
  const { states } = await getTreaties();
  const reviews = new Map(groupByUprState(await getDocuments()).map((group) => [group.state, { path: group.path, count: group.documents.length }]));
  const entries = states.flatMap(({ mentions, ...state }) =>
    paginate(mentions, state.path).map((page) => ({
      params: { code: state.code, page: pageParam(page.number) },
      props: { state, page, review: page.number === 1 ? reviews.get(state.code) : undefined },
    })),
  );
  return pagesToRender(entries, ({ props }) => props.page.path);
}
