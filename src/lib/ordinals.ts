/** Session names as the UN prints them: 54 → "Fifty-fourth session". */

const UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = [
  'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth',
  'seventeenth', 'eighteenth', 'nineteenth',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TENS_ORDINAL = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

/** The largest number with an ordinal word here: sessions beyond it are a century away. */
export const MAX_ORDINAL = 199;

/** The English ordinal word of 1–199: 54 → "fifty-fourth", 100 → "one hundredth". */
export function ordinalWord(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_ORDINAL) throw new RangeError(`no ordinal word for ${n}`);
  if (n >= 100) return n === 100 ? 'one hundredth' : `one hundred and ${ordinalWord(n - 100)}`;
  if (n < 10) return UNITS[n]!;
  if (n < 20) return TEENS[n - 10]!;
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  return unit === 0 ? TENS_ORDINAL[tens]! : `${TENS[tens]}-${UNITS[unit]}`;
}

/** The name of a numbered session: 54 → "Fifty-fourth session". */
export function sessionName(n: number): string {
  const word = ordinalWord(n);
  return `${word[0]!.toUpperCase()}${word.slice(1)} session`;
}

/**
 * The session number a printed name states: "Fifty-fourth session" → 54, or undefined when the
 * text is not a session name.
 */
export function sessionNumberFromName(name: string): number | undefined {
  const wanted = name.replace(/\s+/g, ' ').trim().toLowerCase();
  for (let n = 1; n <= MAX_ORDINAL; n++) if (sessionName(n).toLowerCase() === wanted) return n;
  return undefined;
}

/** A number with its English ordinal suffix: 81 → "81st", 85 → "85th", 112 → "112th". */
export function ordinalNumber(n: number): string {
  const lastTwo = n % 100;
  const last = n % 10;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}
