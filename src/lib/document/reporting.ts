/**
 * The reporting cycle as the texts state it: a resolution requests the Secretary-General to
 * submit a report at a later session; the report answers it; the next resolution takes note of
 * that report and requests the next one. These functions read one paragraph's text; the citation
 * graph (src/lib/citation/citations.ts) joins what they find across the collection.
 */
import { sessionNumberFromName } from './ordinals.ts';

/**
 * The session a clause asks a report for: "requests him to submit an updated report ... to the
 * General Assembly at its fifty-fourth session" → 54; "it requested the Secretary-General to
 * submit to it at its fifty-third session a report" → 53. One number per clause that asks, in
 * order; clauses are cut at semicolons, as UN texts separate what a resolution does.
 * @param tense "present" for what the text itself requests ("requests"), "past" for what it says
 *   another resolution requested ("requested").
 */
export function requestedReportSessions(text: string, tense: 'present' | 'past'): { session: number; start: number }[] {
  const verb = tense === 'present' ? String.raw`[Rr]equests` : String.raw`[Rr]equested`;
  const asks = new RegExp(String.raw`\b${verb}\b[^;]*?\b(?:the Secretary-General|him|her)\b[^;]*?\bto submit\b[^;]*`, 'g');
  const found: { session: number; start: number }[] = [];
  for (const match of text.matchAll(asks)) {
    if (!/\breport\b/.test(match[0])) continue;
    const at = /\bat its ([a-z]+(?:-[a-z]+)?(?: hundred(?: and [a-z]+(?:-[a-z]+)?)?)?) session\b/.exec(match[0]);
    const session = at ? sessionNumberFromName(`${at[1]} session`) : undefined;
    if (session !== undefined) found.push({ session, start: match.index });
  }
  return found;
}

/**
 * How a resolution says it took up a report of the Secretary-General: "Takes note of the report of
 * the Secretary-General", "Having considered the report of the Secretary-General". The report's
 * symbol follows in a footnote or in parentheses; `end` is where the phrase stops, so that the
 * caller can look for it there.
 */
export function reportTakenUp(text: string): { phrase: string; end: number } | undefined {
  const match =
    /\b(?:Takes note(?: with appreciation)? of|Having considered|Having examined) the (?:updated |annual |interim |latest )?report of the Secretary-General\b/.exec(
      text,
    );
  return match ? { phrase: match[0], end: match.index + match[0].length } : undefined;
}
