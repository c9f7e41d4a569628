import { describe, expect, it } from 'vitest';
import { atomFeed, FEED_SIZE, xmlText, type FeedEntry } from '../../src/lib/browse/feed.ts';

const entry = (date: string, url: string, title = 'T'): FeedEntry => ({ url, title, date, summary: 'S', author: 'A', category: 'report' });

describe('xmlText', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<script>', '&lt;script&gt;'],
    [`"q" 'a'`, '&quot;q&quot; &apos;a&apos;'],
  ])('%j → %j', (text, escaped) => {
    expect(xmlText(text)).toBe(escaped);
  });
});

describe('atomFeed', () => {
  const feed = (entries: FeedEntry[]) => atomFeed({ title: 'un-docs', home: 'https://x.org/', self: 'https://x.org/feed.xml', entries });

  it('writes an Atom feed dated by its newest entry, entries newest first', () => {
    const xml = feed([entry('1999-09-13', 'https://x.org/a/', 'R & D'), entry('2004-08-27', 'https://x.org/b/')]);
    expect(xml.split('\n')).toEqual([
      '<?xml version="1.0" encoding="utf-8"?>',
      '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
      '  <title>un-docs</title>',
      '  <id>https://x.org/feed.xml</id>',
      '  <link rel="self" type="application/atom+xml" href="https://x.org/feed.xml"/>',
      '  <link rel="alternate" type="text/html" href="https://x.org/"/>',
      '  <updated>2004-08-27T00:00:00Z</updated>',
      '  <author><name>un-docs</name></author>',
      '  <entry>',
      '    <id>https://x.org/b/</id>',
      '    <title>T</title>',
      '    <link rel="alternate" type="text/html" href="https://x.org/b/"/>',
      '    <published>2004-08-27T00:00:00Z</published>',
      '    <updated>2004-08-27T00:00:00Z</updated>',
      '    <author><name>A</name></author>',
      '    <category term="report"/>',
      '    <summary>S</summary>',
      '  </entry>',
      '  <entry>',
      '    <id>https://x.org/a/</id>',
      '    <title>R &amp; D</title>',
      '    <link rel="alternate" type="text/html" href="https://x.org/a/"/>',
      '    <published>1999-09-13T00:00:00Z</published>',
      '    <updated>1999-09-13T00:00:00Z</updated>',
      '    <author><name>A</name></author>',
      '    <category term="report"/>',
      '    <summary>S</summary>',
      '  </entry>',
      '</feed>',
      '',
    ]);
  });

  it(`keeps the ${FEED_SIZE} newest documents`, () => {
    const entries = Array.from({ length: FEED_SIZE + 5 }, (_, i) => entry(`2000-01-${String((i % 28) + 1).padStart(2, '0')}`, `https://x.org/${i}/`));
    const ids = [...feed(entries).matchAll(/<entry>\n {4}<id>([^<]+)<\/id>/g)].map((match) => match[1]);
    expect(ids).toHaveLength(FEED_SIZE);
    expect(ids).not.toContain('https://x.org/0/');
  });
});
