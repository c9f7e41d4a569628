/**
 * The first pass of an import: the raw export as numbered lines, with the word processor's and
 * the page's residue taken out and listed. Nothing else is removed here.
 */

/** A line of the source, after hard line breaks were joined, with its first line number. */
export interface SourceLine {
  /** The 1-based number of the line in the raw file where this line starts. */
  number: number;
  text: string;
}

/** Something the importer removed, and why. */
export interface Dropped {
  line: number;
  text: string;
  reason: string;
}

/**
 * Splits a raw export into lines, joining the lines a Markdown-like export broke with two
 * trailing spaces ("Economic and Social  ⏎Council").
 */
export function splitLines(raw: string): SourceLine[] {
  const physical = raw.replace(/\r\n?/g, '\n').split('\n');
  const lines: SourceLine[] = [];
  let pending: SourceLine | undefined;
  physical.forEach((text, index) => {
    const hardBreak = / {2,}$/.test(text) && text.trim() !== '';
    const piece = hardBreak ? text.replace(/ +$/, '') : text;
    if (pending) {
      pending.text += ` ${piece.trim()}`;
    } else {
      pending = { number: index + 1, text: piece };
    }
    if (!hardBreak) {
      lines.push(pending);
      pending = undefined;
    }
  });
  if (pending) lines.push(pending);
  return lines;
}

/** A word-processor export field: `<<ODS JOB NO>>N0056467E<<ODS JOB NO>>`. */
const ODS_FIELD = /<<ODS ([^<>]+)>>(.*?)<<ODS \1>>/g;
/** A word-processor comment marker: `[DU1]`. */
const COMMENT_MARKER = /\[DU\d+\]/g;

/** The values of the export fields the importer understands. */
export interface ExportFields {
  jobNumber?: string;
  symbol?: string;
}

/** The result of taking residue out of the source lines. */
export interface Cleaned<T extends SourceLine = SourceLine> {
  lines: T[];
  dropped: Dropped[];
  fields: ExportFields;
  /** The values of the export fields, as metadata lines of their own. */
  fieldValues: SourceLine[];
  /** Indexes in `lines` of the lines that held an export field or marker: where page furniture starts. */
  markedLines: Set<number>;
}

/**
 * Takes out the residue that can be recognised anywhere: comment markers, export field markers
 * and horizontal rules. A field's value (a job number, the symbol) is metadata: it is taken out
 * of the text and returned apart. Lines left empty become blank lines.
 */
export function removeMarkup<T extends SourceLine>(lines: T[]): Cleaned<T> {
  const dropped: Dropped[] = [];
  const fields: ExportFields = {};
  const fieldValues: SourceLine[] = [];
  const markedLines = new Set<number>();
  const cleaned = lines.map((line, index): T => {
    let text = line.text;
    for (const match of text.matchAll(COMMENT_MARKER)) {
      dropped.push({ line: line.number, text: match[0], reason: 'word-processor comment marker' });
      markedLines.add(index);
    }
    text = text.replace(COMMENT_MARKER, '');
    text = text.replace(ODS_FIELD, (_whole, name: string, value: string) => {
      markedLines.add(index);
      dropped.push({ line: line.number, text: `<<ODS ${name}>>…<<ODS ${name}>>`, reason: 'export field marker' });
      const trimmed = value.trim();
      if (/^JOB NO$/i.test(name) && trimmed) fields.jobNumber = trimmed;
      if (/^DOC SYMBOL1$/i.test(name) && trimmed) fields.symbol = trimmed;
      if (trimmed) fieldValues.push({ number: line.number, text: trimmed });
      return ' ';
    });
    if (/^\s*-{3,}\s*$/.test(text)) {
      dropped.push({ line: line.number, text: text.trim(), reason: 'horizontal rule' });
      text = '';
    }
    return { ...line, text: text.replace(/\s+$/, '') };
  });
  return { lines: cleaned, dropped, fields, fieldValues, markedLines };
}

/**
 * True when a line after the text began is page furniture: a page number, a printed job number
 * ("00 56467"), or a running head repeating the document's symbol or the start of it.
 */
export function isPageResidue(text: string, symbol: string | undefined): string | undefined {
  const trimmed = text.trim();
  if (/^\d{1,3}$/.test(trimmed)) return 'page number';
  if (/^\d{2}[ -]\d{5}(?: ?\([A-Z]\))?$/.test(trimmed)) return 'printed job number';
  if (symbol && trimmed.length >= 2 && /^[A-Z]{1,4}\/[A-Za-z0-9./]*$/.test(trimmed) && symbol.startsWith(trimmed)) {
    return 'running head';
  }
  return undefined;
}
