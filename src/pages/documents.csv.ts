/** /documents.csv: every document as a row of a table, oldest first, as /documents.json lists them. */
import type { APIRoute } from 'astro';
import { getDocuments } from '../build/pages.ts';
import { CSV_TYPE } from '../lib/site/csv.ts';
import { documentsCsv } from '../lib/site/data-files.ts';
import { absoluteUrl } from '../lib/site/site.ts';

export const GET: APIRoute = async () => {
  const documents = await getDocuments();
  return new Response(documentsCsv(documents.map(({ data }) => data), (path) => absoluteUrl(path)), { headers: { 'Content-Type': CSV_TYPE } });
};
