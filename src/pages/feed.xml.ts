/** /feed.xml: an Atom feed of the most recently issued documents. */
import type { APIRoute } from 'astro';
import { authorName } from '../lib/citation/author.ts';
import { unForm } from '../lib/citation/forms.ts';
import { getDocuments } from '../build/pages.ts';
import { documentPath } from '../lib/document/documents.ts';
import { atomFeed } from '../lib/browse/feed.ts';
import { citationDate } from '../lib/document/dates.ts';
import { absoluteUrl } from '../lib/site/site.ts';

export const GET: APIRoute = async () => {
  const documents = await getDocuments();
  const xml = atomFeed({
    title: 'un-docs: United Nations resolutions and reports',
    home: absoluteUrl('/'),
    self: absoluteUrl('/feed.xml'),
    entries: documents.map(({ data }) => {
      const url = absoluteUrl(documentPath(data));
      return {
        url,
        title: data.symbol ? `${data.symbol}: ${data.title}` : data.title,
        date: citationDate(data),
        summary: unForm({ doc: data, url }),
        author: authorName(data),
        category: data.type,
      };
    }),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
