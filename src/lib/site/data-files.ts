/**
 * The machine-readable files of the site, as the data page (/data/) lists them, and the CSV
 * tables among them. The data page is rendered before some of these files exist (the sitemap is
 * written from the finished site), so it carries a mark where each size goes and the build fills
 * the marks in from the files written (src/build/integrations/data-page.ts): a size the page
 * states is the size of the file served.
 */
import type { DocumentData } from '../../schemas/document.ts';
import { citationDate } from '../document/dates.ts';
import { documentLabel, documentPath } from '../document/documents.ts';
import { documentFilePath } from '../citation/paths.ts';
import { officialUrl } from '../symbol/symbol.ts';
import { csvText } from './csv.ts';

/** The data page's path. */
export const DATA_PAGE = '/data/';

/** One file the data page lists: where it is, its format and what it holds. */
export interface DataFile {
  /** Its site path: "/documents.json". */
  path: string;
  format: 'JSON' | 'CSV' | 'Atom' | 'XML';
  /** What it holds, as a sentence. */
  holds: string;
}

/** A treaty, as far as its files are concerned. */
export interface TreatyFiles {
  /** The treaty's page: "/treaties/migrant-workers-convention/". */
  path: string;
  name: string;
}

/** The files of the whole collection, then each treaty's actions as JSON and as CSV. */
export function dataFiles(treaties: readonly TreatyFiles[]): DataFile[] {
  return [
    { path: '/documents.json', format: 'JSON', holds: 'Every document: its frontmatter (symbol, title, kind, body, session, dates, source), its address, its data file and its official copy.' },
    { path: '/documents.csv', format: 'CSV', holds: 'Every document, one row each: symbol, title, kind, body, the date it is cited by, issue and adoption dates, its address, its data file and its official copy.' },
    ...treaties.flatMap((treaty): DataFile[] => [
      { path: `${treaty.path}actions.json`, format: 'JSON', holds: `The ${treaty.name}: every signature, ratification and accession with its sources, the counts each document states, and every check of one source against another.` },
      { path: `${treaty.path}actions.csv`, format: 'CSV', holds: `The ${treaty.name}: every signature, ratification and accession, one row each, with the day or the interval the sources give and the sources themselves.` },
    ]),
    { path: '/feed.xml', format: 'Atom', holds: 'The latest documents, by the date each is cited by, as an Atom feed.' },
    { path: '/sitemap.xml', format: 'XML', holds: 'Every page of the site, redirects and the page-not-found page aside.' },
  ];
}

/** The attribute of the mark the data page puts where a file's size goes. */
const SIZE_MARK = 'data-size-of';

/** The mark for a file's size, as the data page renders it: filled in by {@link fillFileSizes}. */
export function sizeMark(path: string): { [SIZE_MARK]: string } {
  return { [SIZE_MARK]: path };
}

/** A size in words a reader compares at a glance: "812 bytes", "14.2 kB", "3.1 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/**
 * The data page with every size mark replaced by the file's size: a `<data>` element whose value
 * is the exact number of bytes.
 * @param sizeOf the size in bytes of the file at a site path, or undefined when it does not exist.
 * @throws {Error} naming the files that do not exist: the page would list a file the site lacks.
 */
export function fillFileSizes(html: string, sizeOf: (path: string) => number | undefined): string {
  const missing: string[] = [];
  const filled = html.replace(new RegExp(`<span ${SIZE_MARK}="([^"]+)">[^<]*</span>`, 'g'), (_, path: string) => {
    const bytes = sizeOf(path);
    if (bytes === undefined) {
      missing.push(path);
      return '';
    }
    return `<data class="file-size" value="${bytes}">${formatSize(bytes)}</data>`;
  });
  if (missing.length > 0) throw new Error(`${DATA_PAGE}: lists files the build did not write: ${missing.join(', ')}`);
  return filled;
}

/**
 * /documents.csv: one row per document, in the order given.
 * @param urlOf the absolute URL of a site path.
 */
export function documentsCsv(documents: readonly DocumentData[], urlOf: (path: string) => string): string {
  const header = ['symbol', 'label', 'title', 'subtitle', 'type', 'body', 'date', 'issued', 'adopted', 'url', 'data', 'official_url'];
  const rows = documents.map((doc) => [
    doc.symbol,
    documentLabel(doc),
    doc.title,
    doc.subtitle,
    doc.type,
    doc.body,
    citationDate(doc),
    doc.date,
    doc.resolution?.adopted,
    urlOf(documentPath(doc)),
    urlOf(documentFilePath(doc, 'json')),
    doc.symbol ? officialUrl(doc.symbol) : undefined,
  ]);
  return csvText(header, rows);
}

/** An action of a treaty as its JSON publishes it (src/lib/treaty/model.ts, actionsJson). */
export interface PublishedAction {
  state: string;
  iso3: string;
  currentName: string;
  kind: string;
  date: string | null;
  dateRange: { after: string; by: string } | null;
  note: string | null;
  sources: { citation: string; url: string }[];
}

/**
 * A treaty's actions as CSV, one row per action, from the actions its JSON publishes: the two
 * files hold the same actions. Several sources share a cell, separated by " | ".
 */
export function actionsCsv(actions: readonly PublishedAction[]): string {
  const header = ['state', 'iso3', 'current_name', 'kind', 'date', 'after', 'by', 'note', 'sources', 'source_urls'];
  const rows = actions.map((action) => [
    action.state,
    action.iso3,
    action.currentName,
    action.kind,
    action.date,
    action.dateRange?.after,
    action.dateRange?.by,
    action.note,
    action.sources.map((source) => source.citation).join(' | '),
    action.sources.map((source) => source.url).join(' | '),
  ]);
  return csvText(header, rows);
}
