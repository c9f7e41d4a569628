/**
 * A document as data: its frontmatter with its addresses, as /documents.json lists every
 * document and as each document's index.json gives it with its citations and paragraphs.
 */
import type { DocumentData } from '../../schemas/document.ts';
import { documentLabel, documentPath } from '../document/documents.ts';
import type { CitableParagraph } from '../document/paragraphs.ts';
import { officialUrl } from '../symbol/symbol.ts';
import { bibliographicRecord, bibtex, cslJson, ris } from './exports.ts';
import { citations, paragraphLabel } from './forms.ts';
import { citePagePath, documentFilePath, type DocumentFile } from './paths.ts';

/** Turns a site path into an absolute URL (the site's origin and base). */
export type UrlOf = (path: string) => string;

/** A document's entry in /documents.json: its addresses, then its frontmatter as validated. */
export function documentEntry(doc: DocumentData, urlOf: UrlOf) {
  return {
    url: urlOf(documentPath(doc)),
    data: urlOf(documentFilePath(doc, 'json')),
    label: documentLabel(doc),
    ...(doc.symbol ? { officialUrl: officialUrl(doc.symbol) } : {}),
    frontmatter: doc,
  };
}

/**
 * A document's own JSON (index.json beside its page): its entry, its citations in every style,
 * its downloads and its citable paragraphs with their addresses and citations.
 */
export function documentRecord(doc: DocumentData, paragraphs: CitableParagraph[], urlOf: UrlOf) {
  const url = urlOf(documentPath(doc));
  const styles = (paragraph?: CitableParagraph) =>
    Object.fromEntries(citations({ doc, url, paragraph }).map(({ style, text }) => [style, text]));
  const files: DocumentFile[] = ['bibtex', 'ris', 'csl'];
  return {
    ...documentEntry(doc, urlOf),
    citePage: urlOf(citePagePath(doc)),
    citations: styles(),
    downloads: Object.fromEntries(files.map((file) => [file, urlOf(documentFilePath(doc, file))])),
    paragraphs: paragraphs.map((paragraph) => ({
      id: paragraph.id,
      label: paragraphLabel(doc, paragraph),
      url: `${url}#${paragraph.id}`,
      excerpt: paragraph.excerpt,
      citations: styles(paragraph),
    })),
  };
}

/**
 * The text of each file beside a document's page: its index.json and its citation in BibTeX, RIS
 * and CSL-JSON.
 */
export function documentFileTexts(doc: DocumentData, paragraphs: CitableParagraph[], urlOf: UrlOf): Record<DocumentFile, string> {
  const record = bibliographicRecord(doc, urlOf(documentPath(doc)));
  return {
    json: `${JSON.stringify(documentRecord(doc, paragraphs, urlOf), null, 2)}\n`,
    bibtex: bibtex(record),
    ris: ris(record),
    csl: cslJson(record),
  };
}
