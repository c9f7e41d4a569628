/** The data page's files and sizes, and the CSV tables: RFC 4180, and the same rows as the JSON. */
import { describe, expect, it } from 'vitest';
import { csvText } from '../../src/lib/site/csv.ts';
import { actionsCsv, dataFiles, documentsCsv, fillFileSizes, formatSize, sizeMark } from '../../src/lib/site/data-files.ts';
import type { DocumentData } from '../../src/schemas/document.ts';

/** Parses RFC 4180 text back into records, failing on anything the RFC does not allow. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let at = 0;
  while (at < text.length) {
    let field = '';
    if (text[at] === '"') {
      at += 1;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote < 0) throw new Error('an unterminated quoted field');
        field += text.slice(at, quote);
        at = quote + 1;
        if (text[at] !== '"') break;
        field += '"';
        at += 1;
      }
    } else {
      const end = text.slice(at).search(/[,\r\n]/);
      field = end < 0 ? text.slice(at) : text.slice(at, at + end);
      if (field.includes('"')) throw new Error(`a quote in an unquoted field: ${field}`);
      at += field.length;
    }
    record.push(field);
    if (text[at] === ',') at += 1;
    else if (text.startsWith('\r\n', at)) {
      records.push(record);
      record = [];
      at += 2;
    } else throw new Error(`expected a comma or CRLF at ${at}`);
  }
  return records;
}

describe('CSV', () => {
  it('quotes what must be quoted, doubles quotes and ends every record with CRLF', () => {
    const text = csvText(['a', 'b'], [['plain', 'with, comma'], ['say "no"', 'two\nlines'], [null, 3], [' padded', undefined]]);
    expect(text).toBe('a,b\r\nplain,"with, comma"\r\n"say ""no""","two\nlines"\r\n,3\r\n" padded",\r\n');
    expect(parseCsv(text)).toEqual([['a', 'b'], ['plain', 'with, comma'], ['say "no"', 'two\nlines'], ['', '3'], [' padded', '']]);
  });

  it('writes a row per document with its addresses', () => {
    const doc = {
      symbol: 'A/RES/53/137',
      title: 'International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families',
      type: 'resolution',
      body: 'General Assembly',
      date: '1999-03-01',
      resolution: { adopted: '1998-12-09' },
    } as unknown as DocumentData;
    const [header, row] = parseCsv(documentsCsv([doc], (path) => `https://example.org${path}`));
    const record = Object.fromEntries(header!.map((name, index) => [name, row![index]]));
    expect(record).toMatchObject({
      symbol: 'A/RES/53/137',
      date: '1998-12-09',
      issued: '1999-03-01',
      adopted: '1998-12-09',
      url: 'https://example.org/A/RES/53/137/',
      data: 'https://example.org/A/RES/53/137/index.json',
      official_url: 'https://undocs.org/A/RES/53/137',
    });
  });

  it('writes a row per treaty action, its sources in one cell', () => {
    const csv = actionsCsv([
      { state: 'Cape Verde', iso3: 'CPV', currentName: 'Cabo Verde', kind: 'accession', date: '1997-09-16', dateRange: null, note: null, sources: [{ citation: 'E/CN.4/2002/89, annex, Cape Verde', url: 'https://example.org/E/CN.4/2002/89/#row-cape-verde' }] },
      { state: 'Uruguay', iso3: 'URY', currentName: 'Uruguay', kind: 'ratification', date: null, dateRange: { after: '2001-01-01', by: '2001-12-20' }, note: 'a "note"', sources: [{ citation: 'a', url: 'u1' }, { citation: 'b', url: 'u2' }] },
    ]);
    expect(parseCsv(csv)).toEqual([
      ['state', 'iso3', 'current_name', 'kind', 'date', 'after', 'by', 'note', 'sources', 'source_urls'],
      ['Cape Verde', 'CPV', 'Cabo Verde', 'accession', '1997-09-16', '', '', '', 'E/CN.4/2002/89, annex, Cape Verde', 'https://example.org/E/CN.4/2002/89/#row-cape-verde'],
      ['Uruguay', 'URY', 'Uruguay', 'ratification', '', '2001-01-01', '2001-12-20', 'a "note"', 'a | b', 'u1 | u2'],
    ]);
  });
});

describe('the data page', () => {
  it('lists the collection’s files, each treaty’s JSON and CSV, the feed and the sitemap', () => {
    expect(dataFiles([{ path: '/treaties/t/', name: 'T' }]).map((file) => file.path)).toEqual([
      '/documents.json',
      '/documents.csv',
      '/treaties/t/actions.json',
      '/treaties/t/actions.csv',
      '/feed.xml',
      '/sitemap.xml',
    ]);
  });

  it('fills in each size from the file, in bytes and in words', () => {
    const mark = (path: string) => `<span data-size-of="${sizeMark(path)['data-size-of']}">not yet measured</span>`;
    const html = `<td>${mark('/a.json')}</td><td>${mark('/b.csv')}</td>`;
    const sizes: Record<string, number> = { '/a.json': 812, '/b.csv': 14_230 };
    expect(fillFileSizes(html, (path) => sizes[path])).toBe(
      '<td><data class="file-size" value="812">812 bytes</data></td><td><data class="file-size" value="14230">14.2 kB</data></td>',
    );
  });

  it('fails naming a file the build did not write', () => {
    expect(() => fillFileSizes('<span data-size-of="/gone.csv">?</span>', () => undefined)).toThrow('/data/: lists files the build did not write: /gone.csv');
  });

  it.each([
    [0, '0 bytes'],
    [999, '999 bytes'],
    [1000, '1.0 kB'],
    [2_345_678, '2.3 MB'],
  ])('writes %d bytes as %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
});
