/** /documents.json: every document's frontmatter and addresses, oldest first. */
import type { APIRoute } from 'astro';
import { documentEntry } from '../lib/citation/record.ts';
import { getDocuments } from '../build/pages.ts';
import { absoluteUrl } from '../lib/site/site.ts';

export const GET: APIRoute = async () => {
  const documents = await getDocuments();
  const entries = documents.map(({ data }) => documentEntry(data, (path) => absoluteUrl(path)));
  return new Response(`${JSON.stringify({ count: entries.length, documents: entries }, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
