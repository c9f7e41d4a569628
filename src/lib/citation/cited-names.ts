/**
 * What a text calls the document it cites, when it names it just before the footnote mark or the
 * parenthesis that carries the symbol: "the Universal Declaration of Human Rights,¹" with note 1
 * "Resolution 217 A (III).", or "his Millennium Report to the General Assembly (A/54/2000)". The
 * page of a cited document shows these names with where they come from.
 */

/** Lower-case words that may stand inside a title: "Convention on the Rights of the Child". */
const CONNECTORS = new Set(['of', 'on', 'the', 'and', 'for', 'against', 'to', 'in', 'by', 'with']);

/**
 * The nouns a title of an instrument or a report turns on. A run of capitalised words without one
 * ("the Commission on Human Rights (E/CN.4/2002/94)") names who wrote or received the document,
 * not the document, and is no name.
 */
const TITLE_NOUNS =
  /\b(?:Declaration|Convention|Covenants?|Report|Programme|Plan|Charter|Protocol|Agenda|Principles|Rules|Guidelines|Strategy|Platform|Statute|Standards|Treaty|Code|Framework)\b/;

/** A word of a title: capitalised ("Human", "Secretary-General", "Children's") or a connector. */
function isTitleWord(word: string): boolean {
  return /^\p{Lu}[\p{L}'’-]*$/u.test(word) || CONNECTORS.has(word);
}

/**
 * The name a text gives the document it cites, read backwards from where the mark or parenthesis
 * stands: the longest run of title words ending there, without leading connectors, that has two
 * words or more and a title noun. "of the report of the Secretary-General" gives "Report of the
 * Secretary-General". Undefined when the text before the mark is no such name.
 */
export function nameBefore(text: string): string | undefined {
  const trimmed = text.replace(/[\s,;:]+$/u, '');
  const report = /\b(?:the )?((?:updated |annual |interim |latest )?report of the Secretary-General)$/.exec(trimmed);
  if (report) return `${report[1]![0]!.toUpperCase()}${report[1]!.slice(1)}`;
  const words = trimmed.split(/\s+/);
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    // A word that ends a clause ("Rights,") belongs to what came before the name.
    if (i < words.length - 1 && /[,;:.()]$/.test(word)) break;
    if (!isTitleWord(word)) break;
    run.unshift(word);
  }
  // "The" opening a sentence is no more part of the name than "the" inside one.
  while (run.length > 0 && CONNECTORS.has(run[0]!.toLowerCase())) run.shift();
  const name = run.join(' ');
  return run.length >= 2 && TITLE_NOUNS.test(name) ? name : undefined;
}
