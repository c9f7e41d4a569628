/**
 * The Atom feed of the collection (RFC 4287): the most recent documents, newest first by the date
 * each is cited by,
 * each with its symbol and title, its United Nations citation as summary and its issuing body as
 * author. Feed readers and alerting tools read it; it is plain XML, written here rather than by a
 * library, since it has a dozen elements.
 */

/** The characters XML text and attribute values may not hold as they are. */
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for XML element content or attribute values. */
export function xmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** How many documents the feed carries: the newest, as feeds do; /documents.json lists them all. */
export const FEED_SIZE = 50;

/** One document in the feed. */
export interface FeedEntry {
  /** Its absolute URL, also its permanent Atom id. */
  url: string;
  title: string;
  /** The date it is cited by (a resolution's adoption, any other document's issue), ISO. */
  date: string;
  summary: string;
  author: string;
  /** The kind of document: "resolution", "report". */
  category: string;
}

/** The feed's own description. */
export interface Feed {
  title: string;
  /** The site's home page, absolute. */
  home: string;
  /** The feed's own absolute URL. */
  self: string;
  entries: FeedEntry[];
}

/** A date as an Atom timestamp: documents carry a day, so midnight UTC. */
function timestamp(iso: string): string {
  return `${iso}T00:00:00Z`;
}

/**
 * The feed as Atom XML, with the {@link FEED_SIZE} newest entries by date (the latest symbol
 * first among those of one day). The feed is dated by its newest entry, so that it changes only
 * when a newer document arrives.
 */
export function atomFeed(feed: Feed): string {
  const entries = [...feed.entries]
    .sort((a, b) => b.date.localeCompare(a.date) || b.url.localeCompare(a.url))
    .slice(0, FEED_SIZE);
  const updated = entries[0]?.date ?? '1970-01-01';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <title>${xmlText(feed.title)}</title>`,
    `  <id>${xmlText(feed.self)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.home)}"/>`,
    `  <updated>${timestamp(updated)}</updated>`,
    '  <author><name>un-docs</name></author>',
    ...entries.flatMap((entry) => [
      '  <entry>',
      `    <id>${xmlText(entry.url)}</id>`,
      `    <title>${xmlText(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(entry.url)}"/>`,
      `    <published>${timestamp(entry.date)}</published>`,
      `    <updated>${timestamp(entry.date)}</updated>`,
      `    <author><name>${xmlText(entry.author)}</name></author>`,
      `    <category term="${xmlText(entry.category)}"/>`,
      `    <summary>${xmlText(entry.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
