/**
 * A Word 97–2003 document (`.doc`) that reached the importer as text: a scraper decoded its bytes
 * as UTF-8, so every byte above 0x7F became U+FFFD, but the document's text, which Word stores in
 * one run of 8-bit characters, is still there between the file's binary structures. This module
 * finds that run and writes it as plain text in the Word-export shape the layout pass reads:
 * paragraphs apart, the footnotes numbered in the order Word keeps them.
 */

/** The signature of an OLE compound file (D0 CF 11 E0 A1 B1 1A E1) as its bytes read when decoded as UTF-8. */
const OLE_AS_UTF8 = /^\uFFFD\uFFFD\u0011\u0871\u001A\uFFFD/;
/** The characters of Word's text stream: printable text, paragraph and cell marks, field and note characters. */
const TEXT_RUN = /[\t\r\n\x20-\x7E\u00A0-\u00FF\uFFFD\x01\x02\x05\x07\x08\x0B\x0C\x13\x14\x15\x1E\x1F]{200,}/g;

/** True when a source is a Word 97–2003 binary read as text. */
export function isWordBinary(raw: string): boolean {
  return OLE_AS_UTF8.test(raw);
}

/** What was taken out of a Word binary, and the text found in it. */
export interface WordText {
  /** The document's text, paragraphs apart, footnotes after it as "1 text" lines. */
  text: string;
  /** Characters of the binary around the text, not shown: how many. */
  binaryCharacters: number;
  /** The text of the headers and footers (running heads, page fields, the job number). */
  headersAndFooters: string[];
  /** Characters the scraper had already turned into U+FFFD inside the text. */
  lostCharacters: number;
}

/** Word's field codes: "\x13 PAGE \x14 8 \x15" shows its result "8"; a field without result shows nothing. */
function resolveFields(text: string): string {
  let previous;
  let result = text;
  do {
    previous = result;
    result = result.replace(/\x13[^\x13\x14\x15]*\x14([^\x13\x14\x15]*)\x15/g, '$1').replace(/\x13[^\x13\x14\x15]*\x15/g, '');
  } while (result !== previous);
  return result;
}

/** Paragraphs of a story: Word's paragraph, cell and page marks end one; a line break within one is a space. */
function paragraphs(story: string): string[] {
  return story
    .replace(/\x0B/g, ' ')
    .replace(/[\x01\x05\x08\x1F]/g, '')
    .replace(/\x1E/g, '-')
    .split(/[\r\n\x07\x0C]/)
    .map((paragraph) => paragraph.replace(/[ \t]+/g, ' ').trim());
}

/**
 * Finds the text of a Word binary: the longest run of text characters. Word keeps the main text,
 * then the footnotes, then the headers and footers; a footnote starts its paragraph with the
 * note character (\x02) that also marks its place in the text, so the n-th mark in the text and
 * the n-th note go together.
 */
export function wordText(raw: string): WordText {
  const runs = [...raw.matchAll(TEXT_RUN)].sort((a, b) => b[0].length - a[0].length);
  const run = runs[0]?.[0] ?? '';
  const story = resolveFields(run);
  const notesStart = story.search(/\r[ \t]*\x02/);
  const main = notesStart < 0 ? story : story.slice(0, notesStart);
  const rest = notesStart < 0 ? '' : story.slice(notesStart);
  const notes: string[] = [];
  const headersAndFooters: string[] = [];
  for (const paragraph of paragraphs(rest)) {
    if (paragraph.startsWith('\x02')) notes.push(paragraph.slice(1).trim());
    else if (paragraph !== '' && notes.length > 0 && headersAndFooters.length === 0 && /^\p{Ll}/u.test(paragraph)) notes[notes.length - 1] += ` ${paragraph}`;
    else if (paragraph !== '') headersAndFooters.push(paragraph);
  }
  const marks = (main.match(/\x02/g) ?? []).length;
  let n = 0;
  // The marks are numbered only when each has its note; otherwise they are dropped and the notes kept apart.
  const numbered = marks === notes.length ? main.replace(/\x02/g, () => String(++n)) : main.replace(/\x02/g, '');
  const body = paragraphs(numbered).filter((paragraph) => paragraph !== '');
  const footnotes = notes.map((note, i) => `${i + 1} ${note}`);
  const text = [...body, ...footnotes].join('\n\n');
  return {
    text: `${text}\n`,
    binaryCharacters: raw.length - run.length,
    headersAndFooters,
    lostCharacters: (run.match(/\uFFFD/g) ?? []).length,
  };
}
