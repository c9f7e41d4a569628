/**
 * The importer on the 62 real documents of the shared dev corpus (../shared/corpus/dev/, never
 * copied into the project), against the table in tests/fixtures/dev-corpus/expected.json, which
 * was written by reading the texts: every value the text states, each page showing at least
 * 99.5 % of its source's words, and no run of words lost that is not listed residue.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDocument, type ImportResult } from '../../../src/lib/import/index.ts';
import { measureOnPage } from '../../../src/lib/import/page.ts';
import { DEV_CORPUS, expectedTable } from '../../fixtures/dev-corpus/expected.ts';

const DEV = DEV_CORPUS;
const expected = expectedTable;

/** Imports one document of the dev corpus with its catalogue record, as `npm run import` does. */
function importDev(file: string): ImportResult {
  const path = `${DEV}${file}`;
  const record = path.replace(/\.txt$/, '.json');
  return importDocument(readFileSync(path, 'utf8'), {
    fileName: file.split('/').pop()!,
    record: existsSync(record) ? { file: record.split('/').pop()!, text: readFileSync(record, 'utf8') } : undefined,
  });
}

/** Text folded for a containment check: one space, no MDX escapes. */
const fold = (text: string) => text.replace(/\\(?=[^\s\w])/g, '').replace(/[ \t]+/g, ' ');

describe.skipIf(!existsSync(DEV))('the 62 documents of the dev corpus', () => {
  it('are all in the expected table', () => {
    expect(expected).toHaveLength(62);
  });

  describe.each(expected)('$file', (row) => {
    // Imported once, by the first test that needs it: a refusal fails each test with its message.
    let imported: ImportResult | undefined;
    const get = () => (imported ??= importDev(row.file));

    it('has the symbol, kind, body and dates the text states', () => {
      const result = get();
      const data = result.data;
      expect({ symbol: data.symbol, type: data.type, body: data.body, adopted: data.resolution?.adopted ?? null, date: data.date ?? null }).toEqual({
        symbol: row.symbol,
        type: row.kind,
        body: row.body,
        adopted: row.adopted,
        date: row.date ?? (result.fromRecord.includes('date') ? data.date : null),
      });
    });

    it('has the title the text prints, or the record\'s where the text prints none', () => {
      const result = get();
      const data = result.data;
      if (row.title === null) expect(result.fromRecord).toContain('title');
      else expect(data.title).toBe(row.title);
      expect(data.subtitle ?? null).toBe(row.subtitle);
    });

    it('has its session, agenda item and meeting', () => {
      const data = get().data;
      expect({
        session: data.session?.number ?? null,
        emergencySpecial: data.session?.emergencySpecial ?? false,
        agendaItem: data.agendaItem?.number ?? null,
        meeting: data.resolution?.meeting ?? null,
      }).toEqual({ session: row.session, emergencySpecial: row.emergencySpecial, agendaItem: row.agendaItem, meeting: row.meeting });
    });

    it('has the fields of its kind', () => {
      const data = get().data;
      if (row.generalComment) {
        const { committee: _committee, year, ...rest } = row.generalComment;
        expect(data.generalComment).toEqual({ ...rest, ...(year ? { year } : {}) });
      }
      if (row.upr) expect(data.upr).toMatchObject({ state: row.upr.state, document: row.upr.document });
    });

    it('keeps its text: paragraph 1 numbered and its last words', () => {
      const mdx = fold(get().mdx);
      if (row.firstOperative) expect(mdx).toMatch(new RegExp(`^1\\. ${row.firstOperative.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'));
      expect(mdx).toContain(fold(row.lastWords));
    });

    it('reports where its catalogue record disagrees with it', () => {
      const result = get();
      expect(new Set(result.disagreements.map((d) => d.field))).toEqual(new Set(row.recordDisagrees.map((d) => d.field)));
    });

    it('shows at least 99.5 % of its words on its page, and loses no run of words that is not listed residue', async () => {
      const fidelity = await measureOnPage(get());
      expect([...fidelity.metadata.missing, ...fidelity.body.missing, ...fidelity.footnotes.missing]).toEqual([]);
      expect(fidelity.share).toBeGreaterThanOrEqual(0.995);
    });
  });
});
