/** Ordinal words and session names as the UN prints them: 54 → "Fifty-fourth session", 201 → "two hundred and first". */

const ONES = [
  '', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const ONES_ORDINAL = [
  '', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TENS_ORDINAL = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];
/** Powers of a thousand, largest first: enough for any safe integer. */
const SCALES: [number, string][] = [
  [1e15, 'quadrillion'],
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
];

/**
 * The largest session number the site reads from a printed name ("One hundred and ninety-ninth
 * session"): sessions beyond it are a century away. Ordinal words have no limit.
 */
export const MAX_ORDINAL = 199;

/** The English words of 1–99: 54 → "fifty-four". */
function tensWords(n: number, ordinal: boolean): string {
  if (n < 20) return (ordinal ? ONES_ORDINAL : ONES)[n]!;
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  if (unit === 0) return (ordinal ? TENS_ORDINAL : TENS)[tens]!;
  return `${TENS[tens]}-${(ordinal ? ONES_ORDINAL : ONES)[unit]}`;
}

/** The English cardinal words of a positive whole number, as the UN writes them: 1101 → "one thousand one hundred and one". */
function cardinalWords(n: number): string {
  const parts: string[] = [];
  let rest = n;
  for (const [scale, name] of SCALES) {
    if (rest >= scale) {
      parts.push(`${cardinalWords(Math.floor(rest / scale))} ${name}`);
      rest %= scale;
    }
  }
  if (rest >= 100) {
    parts.push(`${ONES[Math.floor(rest / 100)]} hundred`);
    rest %= 100;
  }
  if (rest > 0) parts.push(parts.length > 0 ? `and ${tensWords(rest, false)}` : tensWords(rest, false));
  return parts.join(' ');
}

/**
 * The English ordinal word of a positive whole number: 54 → "fifty-fourth", 100 → "one
 * hundredth", 201 → "two hundred and first", 1000 → "one thousandth".
 * @throws {RangeError} for a number that is not a positive safe integer.
 */
export function ordinalWord(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`no ordinal word for ${n}: expected a whole number from 1`);
  const last = n % 100;
  if (last === 0) return `${cardinalWords(n)}th`;
  const above = n - last;
  return above === 0 ? tensWords(last, true) : `${cardinalWords(above)} and ${tensWords(last, true)}`;
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
