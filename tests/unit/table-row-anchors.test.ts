import { describe, expect, it } from 'vitest';
import { anchoredTexts } from '../../src/lib/document/anchored-text.ts';
import { tableRowAnchors } from '../../src/lib/document/table-rows.ts';
import remarkParagraphAnchors from '../../src/remark/paragraph-anchors.ts';
import remarkTableRowAnchors from '../../src/remark/table-row-anchors.ts';
import { renderMarkdown } from './remark-plugins.ts';

const ANNEX = `1. As of 6 December 2001, ratified by Egypt.

## Annex

| Participant | Signature |
| --- | --- |
| Azerbaijan |  |
| Bosnia and Herzegovina | 7 October 1998 |
|  | 1 May 2000 |
| Azerbaijan | 2 May 2000 |
`;

describe('tableRowAnchors', () => {
  it.each<[string, string[], string[]]>([
    ['names', ['Azerbaijan', 'Bosnia and Herzegovina'], ['row-azerbaijan', 'row-bosnia-and-herzegovina']],
    ['a name met twice', ['Mexico', 'Mexico'], ['row-mexico', 'row-mexico-1']],
    ['an empty first cell', ['Chile', ' '], ['row-chile', 'row-2']],
  ])('%s', (_name, cells, ids) => {
    expect(tableRowAnchors(cells)).toEqual(ids);
  });
});

describe('remarkTableRowAnchors and anchoredTexts', () => {
  it('gives each body row its id on the page', async () => {
    const html = await renderMarkdown(ANNEX, [remarkParagraphAnchors, remarkTableRowAnchors]);
    expect(html.match(/<tr id="[^"]*"/g)).toEqual(['<tr id="row-azerbaijan"', '<tr id="row-bosnia-and-herzegovina"', '<tr id="row-3"', '<tr id="row-azerbaijan-1"']);
  });

  it('reads the text of each anchored place under the ids the page gives', () => {
    expect(anchoredTexts(ANNEX).map(({ id, kind, text }) => [id, kind, text])).toEqual([
      ['p1', 'numbered', 'As of 6 December 2001, ratified by Egypt.'],
      ['annex', 'heading', 'Annex'],
      ['row-azerbaijan', 'row', 'Azerbaijan | '],
      ['row-bosnia-and-herzegovina', 'row', 'Bosnia and Herzegovina | 7 October 1998'],
      ['row-3', 'row', ' | 1 May 2000'],
      ['row-azerbaijan-1', 'row', 'Azerbaijan | 2 May 2000'],
    ]);
  });
});
