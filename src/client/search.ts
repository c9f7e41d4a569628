/**
 * The search page in the browser: reads the search from the URL and the form, asks pagefind
 * (loaded on the first search, not with the page), and lays out the results. Everything taken
 * from the index is put into the page as text; only pagefind's `<mark>` highlights become
 * elements, through src/lib/search/search-results.ts.
 */
import {
  RANKING,
  excerptParts,
  hasCriteria,
  hitPlace,
  namedDestination,
  namedSymbol,
  pagefindFilters,
  pagefindQuery,
  pagefindSort,
  readSearchState,
  resultDate,
  searchParams,
  SEARCH_FILTERS,
  type Anchor,
  type Destination,
  type SearchState,
} from '../lib/search/search-results.ts';
import { queueInOrder, queueMerged, type ResultQueue } from '../lib/search/result-queue.ts';
import { PART_FILTER, partsWithEveryTerm, queryTerms } from '../lib/search/search-parts.ts';

/** The part of a result's data the page uses (pagefind's JS API). */
interface ResultData {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  excerpt: string;
  anchors: Anchor[];
  weighted_locations: { location: number; balanced_score: number }[];
}

interface SearchResponse {
  results: { id: string; data(): Promise<ResultData> }[];
  /** For each filter value, how many results the query has with that value, whatever filters are chosen. */
  totalFilters?: Record<string, Record<string, number>>;
  /** The same among the results of the chosen filters. */
  filters?: Record<string, Record<string, number>>;
}

interface Pagefind {
  options(options: object): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options: object): Promise<SearchResponse>;
  mergeIndex(bundle: string, options: object): Promise<void>;
}

/** The base the site is deployed under ("/", "/un-docs/"): every result URL is under it. */
const BASE = import.meta.env.BASE_URL;
/** Results whose data is loaded at a time. */
const PAGE_SIZE = 10;
/** How long typing pauses before the search runs, in milliseconds. */
const TYPING_PAUSE = 150;
/** How many of the first results are checked for the document a typed symbol names. */
const OFFER_AMONG = 5;

let pagefind: Promise<Pagefind> | undefined;

/** The filter that tells the parts of the index apart, when there are several. */
function partFilter(bundles: readonly string[], part: number): Record<string, string> {
  return bundles.length > 1 ? { [PART_FILTER]: String(part) } : {};
}

/**
 * Loads pagefind once, with the site's ranking and its filters (so that searches count them): the
 * bundle of the index's first part, into which the other parts are merged, each marked by the
 * part filter so that it can be searched alone.
 * @param bundles the folders of the parts' bundles, as the search page lists them.
 */
function loadPagefind(bundles: readonly string[]): Promise<Pagefind> {
  pagefind ??= (async () => {
    // The URL is a variable so that Vite leaves the import to the browser: the file exists only
    // in the built site, written after the bundle.
    const url = `${bundles[0]}pagefind.js`;
    const loaded = (await import(/* @vite-ignore */ url)) as Pagefind;
    await loaded.options({ ranking: RANKING, baseUrl: BASE, mergeFilter: partFilter(bundles, 0) });
    for (const [part, bundle] of bundles.entries()) {
      if (part > 0) await loaded.mergeIndex(bundle, { ranking: RANKING, baseUrl: BASE, mergeFilter: partFilter(bundles, part) });
    }
    await loaded.filters();
    return loaded;
  })();
  return pagefind;
}

/** Counts of each filter value among a search's results, as pagefind gives them. */
type FilterCounts = SearchResponse['totalFilters'];

/**
 * The results of a search, in the order asked for, and how many of them each filter value has
 * (whatever filters are chosen). With the index in parts, a part that lacks a word of the query is
 * left out (see partsWithEveryTerm); pagefind merges the parts by score, which is the order of
 * relevance; for an order by date, each part is searched alone and their lists merged by date.
 */
async function searchResults(
  loaded: Pagefind,
  bundles: readonly string[],
  state: SearchState,
): Promise<{ response: SearchResponse; counts: FilterCounts; queue: ResultQueue<ResultData> }> {
  const query = pagefindQuery(state);
  const filters = pagefindFilters(state);
  const sort = pagefindSort(state);
  const parts = bundles.map((_, part) => String(part));
  const terms = query === null || parts.length === 1 ? [] : queryTerms(query);
  const kept =
    terms.length < 2
      ? parts
      : partsWithEveryTerm(parts, await Promise.all(terms.map(async (term) => (await loaded.search(term, {})).totalFilters?.[PART_FILTER] ?? {})));
  if (kept.length === 0) return { response: { results: [] }, counts: {}, queue: queueInOrder([]) };
  const inKept = kept.length < parts.length ? { [PART_FILTER]: { any: kept } } : {};
  const [response, counts] = await Promise.all([
    loaded.search(query, { filters: { ...filters, ...inKept }, ...(sort ? { sort } : {}) }),
    // pagefind's counts ignore the chosen filters, and with them the parts left out: those of a search of the kept parts do not.
    kept.length < parts.length ? loaded.search(query, { filters: inKept }).then((answer) => answer.filters) : undefined,
  ]);
  if (!sort || parts.length === 1) return { response, counts: counts ?? response.totalFilters, queue: queueInOrder(response.results) };
  const lists = await Promise.all(kept.map((part) => loaded.search(query, { filters: { ...filters, [PART_FILTER]: part }, sort })));
  const direction = Object.values(sort)[0]!;
  return {
    response,
    counts: counts ?? response.totalFilters,
    queue: queueMerged(lists.map((list) => list.results), (data) => resultDate(data.meta), direction),
  };
}

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`the search page has no ${type.name} #${id}`);
  return found;
}

/** "1 document", "3 documents". */
function documents(count: number): string {
  return `${count} ${count === 1 ? 'document' : 'documents'}`;
}

/** A new element with a class and text. */
function make<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

export function startSearch(): void {
  const form = element('search-form', HTMLFormElement);
  const input = element('search-q', HTMLInputElement);
  const notice = element('search-needs-js', HTMLElement);
  const status = element('search-status', HTMLElement);
  const offer = element('search-offer', HTMLElement);
  const list = element('search-results', HTMLOListElement);
  const more = element('search-more', HTMLButtonElement);
  const bundles = (form.dataset.bundles ?? '').split(' ').filter(Boolean);
  const destinations = JSON.parse(form.dataset.destinations ?? '[]') as Destination[];

  /** What the page calls one document of a filter value ("Resolution"), from the form's controls. */
  const filterLabel = (name: string, value: string): string | undefined =>
    form.querySelector<HTMLElement>(`[name="${name}"][value="${CSS.escape(value)}"]`)?.dataset.one;

  notice.hidden = true;
  // The page's title names the search, so that history and bookmarks tell searches apart.
  const pageTitle = document.title;

  let current = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let queue: ResultQueue<ResultData> = queueInOrder([]);

  const fillForm = (state: SearchState): void => {
    input.value = state.query;
    for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-filter-control]')) {
      const chosen = state.filters[control.name as (typeof SEARCH_FILTERS)[number]] ?? [];
      if (control instanceof HTMLInputElement) control.checked = chosen.includes(control.value);
      else control.value = chosen.find((value) => [...control.options].some((o) => o.value === value)) ?? '';
    }
    const sort = form.elements.namedItem('sort');
    if (sort instanceof HTMLSelectElement) sort.value = state.sort;
  };

  // The form's own GET serialisation is the URL's: one reading of both.
  const formState = (): SearchState => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
    return readSearchState(params);
  };

  const counts = [...form.querySelectorAll<HTMLElement>('[data-count-of]')];
  // The counts the page was built with: of the whole collection, shown again when the search is cleared.
  const totals = new Map(counts.map((count) => [count, count.textContent]));
  /** Shows how many of the current results each filter value would leave, or the totals. */
  const showCounts = (found: FilterCounts): void => {
    for (const count of counts) {
      const n = found ? (found[count.dataset.countOf!]?.[count.dataset.countValue!] ?? 0) : undefined;
      if (n === undefined) count.textContent = totals.get(count) ?? '';
      else count.textContent = count instanceof HTMLOptionElement ? `${count.dataset.label} (${n})` : String(n);
    }
  };

  const renderResult = (data: ResultData): HTMLLIElement => {
    const item = make('li', 'search-result');
    const link = make('a', 'result-link');
    link.href = data.url;
    const symbol = data.meta.symbol;
    link.append(
      make('span', symbol ? 'document-symbol' : 'document-symbol unstated', symbol ?? 'Symbol not stated'),
      make('span', 'document-title', data.meta.title ?? data.url),
    );
    const described = [
      data.filters.type?.[0] && filterLabel('type', data.filters.type[0]),
      data.filters.body?.[0] && filterLabel('body', data.filters.body[0]),
      data.meta.date,
    ];
    const meta = make('span', 'document-meta', described.filter(Boolean).join(', '));
    item.append(link, meta);
    const parts = excerptParts(data.excerpt);
    if (parts.length > 0) {
      const excerpt = make('p', 'result-excerpt');
      const place = hitPlace(data.anchors, data.weighted_locations, data.filters.type?.[0]);
      if (place) {
        const placeLink = make('a', 'result-place', place.label.charAt(0).toUpperCase() + place.label.slice(1));
        placeLink.href = `${data.url}#${place.id}`;
        excerpt.append(placeLink, ': ');
      }
      for (const part of parts) excerpt.append(part.marked ? make('mark', '', part.text) : part.text);
      item.append(excerpt);
    }
    return item;
  };

  /** Loads and shows the next results of the current search. */
  const showMore = async (search: number): Promise<ResultData[]> => {
    const loaded = await queue.next(PAGE_SIZE);
    if (search !== current) return [];
    list.append(...loaded.map(renderResult));
    more.hidden = queue.remaining === 0;
    return loaded;
  };

  const run = async (state: SearchState, { push }: { push: boolean }): Promise<void> => {
    const search = ++current;
    const params = searchParams(state).toString();
    const typed = state.query.trim();
    document.title = typed ? `${typed.length > 60 ? `${typed.slice(0, 60)}…` : typed} – ${pageTitle}` : pageTitle;
    const url = params ? `${location.pathname}?${params}` : location.pathname;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    if (!hasCriteria(state)) {
      list.replaceChildren();
      offer.hidden = true;
      more.hidden = true;
      status.textContent = '';
      showCounts(undefined);
      list.removeAttribute('aria-busy');
      return;
    }
    status.textContent = 'Searching…';
    list.setAttribute('aria-busy', 'true');
    let response: SearchResponse;
    let ordered: ResultQueue<ResultData>;
    let counts: FilterCounts;
    try {
      ({ response, counts, queue: ordered } = await searchResults(await loadPagefind(bundles), bundles, state));
    } catch (error) {
      if (search !== current) return;
      pagefind = undefined;
      status.textContent = 'The search index could not be loaded. Reload the page to try again, or browse the documents.';
      list.removeAttribute('aria-busy');
      console.error(error);
      return;
    }
    if (search !== current) return;
    queue = ordered;
    list.replaceChildren();
    showCounts(counts);
    const first = await showMore(search);
    if (search !== current) return;
    const symbol = namedSymbol(
      state.query,
      first.slice(0, OFFER_AMONG).flatMap((data) => (data.meta.symbol ? [data.meta.symbol] : [])),
    );
    const target = symbol && first.find((data) => data.meta.symbol === symbol);
    // A State's or a treaty's page is offered whatever the documents found.
    const destination = target ? undefined : namedDestination(state.query, destinations);
    offer.hidden = !target && !destination;
    if (target || destination) {
      const link = make('a', '', target ? `Go to ${symbol}` : `Go to ${destination!.label} (${destination!.kind})`);
      link.href = target ? target.url : `${BASE.replace(/\/+$/, '')}${destination!.path}`;
      offer.replaceChildren(link);
    }
    const query = pagefindQuery(state);
    const cut = query !== null && query.length < state.query.trim().length ? '…' : '';
    const found = response.results.length === 0 ? 'No document found' : `${documents(response.results.length)} found`;
    const filtered = SEARCH_FILTERS.some((name) => state.filters[name].length > 0) ? ' with the chosen filters' : '';
    status.textContent = `${found}${query ? ` for “${query}${cut}”` : ''}${filtered}.`;
    list.removeAttribute('aria-busy');
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(pending);
    void run(formState(), { push: true });
  });
  input.addEventListener('input', () => {
    clearTimeout(pending);
    pending = setTimeout(() => void run(formState(), { push: false }), TYPING_PAUSE);
  });
  // Loading starts when the reader comes to the box, so that the first search waits less.
  input.addEventListener('focus', () => void loadPagefind(bundles).catch(() => undefined), { once: true });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    clearTimeout(pending);
    void run(formState(), { push: false });
  });
  more.addEventListener('click', () => void showMore(current));
  window.addEventListener('popstate', () => {
    const state = readSearchState(new URLSearchParams(location.search));
    fillForm(state);
    void run(state, { push: false });
  });

  const initial = readSearchState(new URLSearchParams(location.search));
  fillForm(initial);
  void run(initial, { push: false });
}
