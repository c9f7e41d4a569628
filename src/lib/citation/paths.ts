/**
 * Where a document's citation material lives, beside its page: the cite page with a block per
 * paragraph, the bibliographic downloads and the document's data as JSON. Relative names, so
 * that a link from the document page works under any base path.
 */
import type { DocumentData } from '../../schemas/document.ts';
import { documentPath } from '../document/documents.ts';

/** The cite page's folder under a document's path: /A/RES/53/137/cite/. */
export const CITE_PAGE = 'cite/';

/**
 * The files published beside each document page, by kind, with their media types: those BibTeX,
 * RIS (the type Zotero and EndNote register) and CSL-JSON are known by, so that a browser hands
 * the file to a reference manager instead of showing it as text.
 */
export const DOCUMENT_FILES = {
  json: { name: 'index.json', type: 'application/json', label: 'JSON' },
  bibtex: { name: 'citation.bib', type: 'application/x-bibtex; charset=utf-8', label: 'BibTeX' },
  ris: { name: 'citation.ris', type: 'application/x-research-info-systems; charset=utf-8', label: 'RIS' },
  csl: { name: 'citation.csl.json', type: 'application/vnd.citationstyles.csl+json', label: 'CSL-JSON' },
} as const;
export type DocumentFile = keyof typeof DOCUMENT_FILES;

/** The path of a document's cite page: "/A/RES/53/137/cite/". */
export function citePagePath(doc: DocumentData): string {
  return `${documentPath(doc)}${CITE_PAGE}`;
}

/** The path of a file beside a document's page: "/A/RES/53/137/citation.bib". */
export function documentFilePath(doc: DocumentData, file: DocumentFile): string {
  return `${documentPath(doc)}${DOCUMENT_FILES[file].name}`;
}

/**
 * The name a download is saved under, from the citation key: "A-RES-53-137.bib". The files all
 * share one name on the site, which would make every saved file "citation.bib".
 */
export function downloadName(key: string, file: DocumentFile): string {
  return `${key}${DOCUMENT_FILES[file].name.slice(DOCUMENT_FILES[file].name.indexOf('.'))}`;
}

/**
 * The `_headers` rules (Netlify and Cloudflare Pages syntax) that serve each file beside a
 * document page with its media type: static hosts type files by extension, and know neither
 * `.bib` nor `.ris`. One splat a path, as Cloudflare allows; it matches under any base path.
 */
export function documentFileHeaders(): string {
  return Object.values(DOCUMENT_FILES)
    .map(({ name, type }) => `/*/${name}\n  Content-Type: ${type}\n`)
    .join('');
}
