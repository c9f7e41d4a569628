import { describe, expect, it } from 'vitest';
import {
  checkCollection,
  documentFile,
  documentId,
  documentLabel,
  documentPath,
  documentRedirects,
  type CollectionEntry,
  type DocumentIdentity,
} from '../../src/lib/document/documents.ts';
import { thrown } from './helpers.ts';

describe('where a document lives', () => {
  it.each<[DocumentIdentity, string, string, string]>([
    [{ symbol: 'A/RES/53/137' }, 'A/RES/53/137', '/A/RES/53/137/', 'content/documents/A/RES/53/137.mdx'],
    [{ symbol: 'e/cn.4/2002/94/add.1' }, 'E/CN.4/2002/94/Add.1', '/E/CN.4/2002/94/Add.1/', 'content/documents/E/CN.4/2002/94/Add.1.mdx'],
    [{ symbol: 'A/CONF.157/24 (Part I)' }, 'A/CONF.157/24(PartI)', '/A/CONF.157/24(PartI)/', 'content/documents/A/CONF.157/24(PartI).mdx'],
    [{ unnumberedId: 'ga-54-status-report' }, 'unnumbered/ga-54-status-report', '/unnumbered/ga-54-status-report/', 'content/documents/unnumbered/ga-54-status-report.mdx'],
    // Once the symbol is known it decides; the unnumberedId only keeps the old URL alive.
    [{ symbol: 'A/54/150', unnumberedId: 'ga-54-status-report' }, 'A/54/150', '/A/54/150/', 'content/documents/A/54/150.mdx'],
  ])('%j: id %s, URL %s, file %s', (doc, id, path, file) => {
    expect(documentId(doc)).toBe(id);
    expect(documentPath(doc)).toBe(path);
    expect(documentFile(doc)).toBe(file);
  });

  it('refuses a document with neither symbol nor unnumberedId', () => {
    expect(thrown(() => documentPath({})).message).toBe('a document needs a symbol or an unnumberedId');
  });

  it.each<[DocumentIdentity, string]>([
    [{ symbol: 'A/54/150' }, 'A/54/150'],
    [{ unnumberedId: 'ga-54-status-report' }, 'Symbol not stated'],
  ])('labels %j as %j', (doc, label) => {
    expect(documentLabel(doc)).toBe(label);
  });
});

describe('documentRedirects', () => {
  it.each<[DocumentIdentity, { from: string; to: string }[]]>([
    [{ symbol: 'A/54/150' }, []],
    [{ unnumberedId: 'ga-54-status-report' }, []],
    [{ symbol: 'A/54/150', unnumberedId: 'ga-54-status-report' }, [{ from: '/unnumbered/ga-54-status-report/', to: '/A/54/150/' }]],
    [
      { symbol: 'A/CONF.157/24 (Part I)', unnumberedId: 'vienna-programme' },
      [{ from: '/unnumbered/vienna-programme/', to: '/A/CONF.157/24(PartI)/' }],
    ],
  ])('%j → %j', (doc, redirects) => {
    expect(documentRedirects(doc)).toEqual(redirects);
  });
});

/** An entry where the glob loader would put it: its id is its path under content/documents/. */
function entry(id: string, data: DocumentIdentity): CollectionEntry {
  return { id, filePath: `content/documents/${id}.mdx`, data };
}

describe('checkCollection', () => {
  it('accepts documents each at the path of its own symbol or unnumberedId', () => {
    expect(() =>
      checkCollection([
        entry('A/RES/53/137', { symbol: 'A/RES/53/137' }),
        entry('A/54/150', { symbol: 'A/54/150', unnumberedId: 'ga-54-status-report' }),
        entry('unnumbered/ga-55-status-report', { unnumberedId: 'ga-55-status-report' }),
      ]),
    ).not.toThrow();
  });

  it.each<[string, CollectionEntry[], string[]]>([
    [
      'the same symbol twice',
      [entry('A/RES/53/137', { symbol: 'A/RES/53/137' }), entry('A/RES/53/137-copy', { symbol: 'A/RES/53/137' })],
      [
        'content/documents/A/RES/53/137-copy.mdx: field "symbol": found duplicate symbol "A/RES/53/137", already used by content/documents/A/RES/53/137.mdx; expected each document once',
        'content/documents/A/RES/53/137-copy.mdx: field "symbol": found the file at the wrong path for symbol "A/RES/53/137", expected it at content/documents/A/RES/53/137.mdx',
      ],
    ],
    [
      'the same unnumberedId twice',
      [
        entry('unnumbered/status', { unnumberedId: 'status' }),
        entry('A/54/150', { symbol: 'A/54/150', unnumberedId: 'status' }),
      ],
      [
        'content/documents/unnumbered/status.mdx: field "unnumberedId": found duplicate unnumberedId "status", already used by content/documents/A/54/150.mdx; expected each document once',
      ],
    ],
    [
      'a file away from its symbol',
      [entry('A/RES/53/138', { symbol: 'A/RES/53/137' })],
      [
        'content/documents/A/RES/53/138.mdx: field "symbol": found the file at the wrong path for symbol "A/RES/53/137", expected it at content/documents/A/RES/53/137.mdx',
      ],
    ],
    [
      'an entry without a file path, by its id',
      [{ id: 'A/RES/53/138', data: { symbol: 'A/RES/53/137' } }],
      [
        'content/documents/A/RES/53/138.mdx: field "symbol": found the file at the wrong path for symbol "A/RES/53/137", expected it at content/documents/A/RES/53/137.mdx',
      ],
    ],
  ])('names every problem with %s', (_, entries, problems) => {
    expect(thrown(() => checkCollection(entries)).message).toBe(['Invalid document collection:', ...problems].join('\n'));
  });
});

describe('checkCollection order', () => {
  const placed = entry('A/RES/53/137', { symbol: 'A/RES/53/137' });
  const copy = entry('A/RES/53/136', { symbol: 'A/RES/53/137' });
  const expected = [
    'Invalid document collection:',
    'content/documents/A/RES/53/136.mdx: field "symbol": found duplicate symbol "A/RES/53/137", already used by content/documents/A/RES/53/137.mdx; expected each document once',
    'content/documents/A/RES/53/136.mdx: field "symbol": found the file at the wrong path for symbol "A/RES/53/137", expected it at content/documents/A/RES/53/137.mdx',
  ].join('\n');

  // The file at the symbol's path is the document, though the copy sorts before it.
  it.each([
    ['the document first', [placed, copy]],
    ['the copy first', [copy, placed]],
  ])('names the misplaced copy the duplicate, given %s', (_, entries) => {
    expect(thrown(() => checkCollection(entries)).message).toBe(expected);
  });
});
