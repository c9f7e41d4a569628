/**
 * The files beside each document's page: index.json (the document as data), citation.bib,
 * citation.ris and citation.csl.json (the reference for reference managers). A document's earlier
 * address (before its symbol was known) keeps serving them, with the current URLs inside: a file
 * cannot redirect on a static host.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { bibliographicRecord, bibtex, cslJson, ris } from '../../lib/citation/exports.ts';
import { DOCUMENT_FILES, type DocumentFile } from '../../lib/citation/paths.ts';
import { documentRecord, mediaType } from '../../lib/citation/record.ts';
import { citableParagraphsOf, getDocuments, type DocumentEntry } from '../../lib/collection.ts';
import { documentPath, documentRedirects } from '../../lib/documents.ts';
import { routeParam } from '../../lib/routes.ts';
import { absoluteUrl } from '../../lib/site.ts';

const FILES = Object.keys(DOCUMENT_FILES) as DocumentFile[];

export const getStaticPaths = (async () => {
  const documents = await getDocuments();
  return documents.flatMap((document) => {
    const paths = [documentPath(document.data), ...documentRedirects(document.data).map(({ from }) => from)];
    return paths.flatMap((path) =>
      FILES.map((kind) => ({ params: { path: routeParam(path), file: DOCUMENT_FILES[kind].name }, props: { document, kind } })),
    );
  });
}) satisfies GetStaticPaths;

async function body(document: DocumentEntry, kind: DocumentFile): Promise<string> {
  const { data } = document;
  const record = bibliographicRecord(data, absoluteUrl(documentPath(data)));
  switch (kind) {
    case 'json': {
      const paragraphs = citableParagraphsOf(document);
      return `${JSON.stringify(documentRecord(data, paragraphs, (path) => absoluteUrl(path)), null, 2)}\n`;
    }
    case 'bibtex':
      return bibtex(record);
    case 'ris':
      return ris(record);
    case 'csl':
      return cslJson(record);
  }
}

export const GET: APIRoute<{ document: DocumentEntry; kind: DocumentFile }> = async ({ props }) =>
  new Response(await body(props.document, props.kind), { headers: { 'content-type': mediaType(props.kind) } });
