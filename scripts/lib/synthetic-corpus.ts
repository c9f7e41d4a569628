/**
 * A synthetic corpus for the benchmark and for tests that need many documents, the same for the
 * same N and seed, valid against the document schema.
 *
 * By default it follows the real documents of corpus/dev as measured in real-shapes.json: the
 * five shapes (General Assembly resolutions as ODS and the Digital Library publish them, Security
 * Council resolutions, treaty-body general recommendations, UPR reports) in their proportions, and
 * each document built to one real document's figures (body words, numbered and unnumbered
 * paragraphs, lettered sub-paragraphs, headings, footnotes, table rows). With `sessions`, it is
 * instead a General Assembly corpus of small resolutions and reports, for listings that must grow
 * past a page within one session.
 */
import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { documentFile } from '../../src/lib/document/documents.ts';
import { sessionName } from '../../src/lib/document/ordinals.ts';
import { stateCode, stateName } from '../../src/lib/document/states.ts';
import type { DocumentInput } from '../../src/schemas/document.ts';

/** One generated file: its path under the project and its text. */
export interface GeneratedFile {
  path: string;
  text: string;
}

/** The figures of one real document's body, as real-shapes.json records them. */
export interface ShapeProfile {
  bytes: number;
  words: number;
  numbered: number;
  unnumbered: number;
  lettered: number;
  headings: number;
  footnotes: number;
  tables: number;
  tableRows: number;
}

/** The kinds of document the real shapes are. */
export type ShapeKind = 'resolution-ga' | 'resolution-sc' | 'general-comment' | 'upr-report';

/** One folder of corpus/dev as measured: its kind, its documents' figures and their summary. */
export interface RealShape {
  folder: string;
  kind: ShapeKind;
  documents: number;
  summary: Record<keyof ShapeProfile, { min: number; median: number; max: number }>;
  /** Each document's figures, smallest body first. */
  profiles: ShapeProfile[];
}

/** The measured shapes of the real documents (see docs/performance.md, "Synthetic corpus"). */
export interface RealShapes {
  corpus: string;
  documents: number;
  /** The mean words of a block of each sort, over all the real documents. */
  wordsPerBlock: { paragraph: number; lettered: number; heading: number; footnote: number; tableRow: number };
  shapes: RealShape[];
}

/** The measured shapes, read once. */
export const REAL_SHAPES: RealShapes = JSON.parse(readFileSync(new URL('./real-shapes.json', import.meta.url), 'utf8'));

const STATES = [
  'Azerbaijan', 'Belize', 'Bolivia', 'Bosnia and Herzegovina', 'Burkina Faso', 'Cape Verde', 'Colombia',
  'Ecuador', 'Egypt', 'El Salvador', 'Ghana', 'Guatemala', 'Guinea', 'Kyrgyzstan', 'Mali', 'Mexico',
  'Morocco', 'Philippines', 'Senegal', 'Seychelles', 'Sri Lanka', 'Tajikistan', 'Timor-Leste', 'Uganda',
  'Uruguay', 'Argentina', 'Bangladesh', 'Chile', 'Comoros', 'Paraguay', 'Sierra Leone', 'Togo', 'Turkey',
];
const VERBS = ['Welcomes', 'Calls upon', 'Requests', 'Invites', 'Encourages', 'Decides', 'Urges', 'Notes'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SENTENCE =
  'the signature or ratification of or accession to the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families by Member States, and the programme of advisory services in the field of human rights';
/** Filler for bodies of any length: plain ASCII words, none a number, so "1. " opens the first numbered paragraph. */
const FILLER = `${SENTENCE} the Committee recommends that the State party strengthen its national human rights institution and ensure adequate resources for the protection of women and girls against discrimination in education employment and health`.split(' ');

/** A small deterministic pseudo-random generator (mulberry32), so a corpus is reproducible. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function printedDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

/** A date in a given year, its month and day drawn from the generator. */
function dateIn(year: number, next: () => number): string {
  return `${year}-${pad(1 + Math.floor(next() * 12))}-${pad(1 + Math.floor(next() * 28))}`;
}

/** The file of a document: its frontmatter as YAML, then its body. */
function fileOf(data: DocumentInput, lines: string[]): GeneratedFile {
  return { path: documentFile(data), text: `---\n${stringify(data, { version: '1.1', lineWidth: 0 })}---\n\n${lines.join('\n\n')}\n` };
}

/** What shapes a corpus besides its size. */
export interface CorpusOptions {
  /**
   * Makes the corpus the General Assembly's alone: small resolutions and reports in turn, spread
   * over this many sessions (from the fiftieth, one a year from 1995); 1 puts them all under
   * /A/RES/50/ and /A/50/. Without it, the corpus follows the real shapes.
   */
  sessions?: number;
}

/** Generates the corpus: `count` documents under content/documents/. */
export function syntheticCorpus(count: number, seed = 1, { sessions }: CorpusOptions = {}): GeneratedFile[] {
  return sessions === undefined ? realShapesCorpus(count, seed) : generalAssemblyCorpus(count, seed, sessions);
}

// ---------------------------------------------------------------------------------------------
// The corpus of the real shapes.

/**
 * The order the shapes take their turns in. The General Assembly's and the general comments come
 * first because every one of their median documents has numbered paragraphs: a corpus of two or
 * three documents is then one whose first paragraph "1. " can be edited.
 */
const TURN_ORDER = ['ODS', 'DigitalLibrary', 'TreatyBodyDB', 'UPRDocuments', 'SCResolutions'];

/**
 * One cycle of turns over the shapes, as long as the real corpus: each shape takes as many turns
 * as it has real documents, spread evenly (the k-th of a shape with w documents at k / w), so
 * that any stretch of the corpus keeps the real mix and the first five are one of each.
 */
export function shapeCycle(shapes: readonly RealShape[] = REAL_SHAPES.shapes): RealShape[] {
  const ordered = TURN_ORDER.map((folder) => shapes.find((shape) => shape.folder === folder)!);
  const turns = ordered.flatMap((shape, order) => Array.from({ length: shape.documents }, (_, k) => ({ shape, at: k / shape.documents, order })));
  return turns.sort((a, b) => a.at - b.at || a.order - b.order).map((turn) => turn.shape);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * The profile the j-th document of a shape is built to. The first is the shape's median
 * document; the next ones step through the profiles by a stride prime to their number (near
 * the golden section), so that every n documents of a shape take each real profile once and a
 * short corpus still spans small and large ones.
 */
export function profileFor(shape: RealShape, j: number): ShapeProfile {
  const n = shape.profiles.length;
  let stride = Math.max(1, Math.round(n * 0.618));
  while (gcd(stride, n) !== 1) stride++;
  return shape.profiles[(Math.floor(n / 2) + j * stride) % n]!;
}

/** A planned document: its shape, its figures, its number among its kind, and its symbol. */
interface Planned {
  shape: RealShape;
  profile: ShapeProfile;
  /** Its place among the documents of its kind, from 0: what its symbol is made from. */
  k: number;
  symbol: string;
  date: string;
}

const GA_SESSIONS = 30;
const SC_YEARS = 80;
const GC_YEARS = 35;
const UPR_STATES = STATES.map((name) => stateCode(name)!);
const UPR_DOCUMENTS = ['national-report', 'compilation', 'stakeholder-summary'] as const;

/**
 * The symbol and date of the k-th document of a kind. Each kind counts its own documents, so
 * symbols stay unique for any count: General Assembly resolutions spread over 30 sessions from
 * 100 upwards, Security Council resolutions numbered from 1 over 80 years, general
 * recommendations numbered from 1, UPR documents three to a State and session. They stay valid
 * up to about 135,000 documents, where the UPR sessions would pass the 199th, the last a session
 * name can be.
 */
function symbolOf(kind: ShapeKind, k: number, next: () => number): { symbol: string; date: string } {
  switch (kind) {
    case 'resolution-ga': {
      const session = 50 + (k % GA_SESSIONS);
      return { symbol: `A/RES/${session}/${100 + Math.floor(k / GA_SESSIONS)}`, date: dateIn(1945 + session, next) };
    }
    case 'resolution-sc': {
      const year = 1946 + (k % SC_YEARS);
      return { symbol: `S/RES/${k + 1} (${year})`, date: dateIn(year, next) };
    }
    case 'general-comment':
      return { symbol: `CEDAW/C/GC/${k + 1}`, date: dateIn(1990 + (k % GC_YEARS), next) };
    case 'upr-report': {
      const { session, state, document } = uprPlace(k);
      return { symbol: `A/HRC/WG.6/${session}/${state}/${document}`, date: dateIn(2008 + (session % 18), next) };
    }
  }
}

/** The session, State and document number (1 to 3) of the k-th UPR document. */
function uprPlace(k: number): { session: number; state: string; document: number } {
  const review = Math.floor(k / 3);
  return { session: 1 + Math.floor(review / UPR_STATES.length), state: UPR_STATES[review % UPR_STATES.length]!, document: 1 + (k % 3) };
}

/** The symbols, dates and figures of the corpus, planned first so that documents can cite each other. */
function planCorpus(count: number, next: () => number): Planned[] {
  const cycle = shapeCycle();
  const ofShape = new Map<RealShape, number>();
  const ofKind = new Map<ShapeKind, number>();
  return Array.from({ length: count }, (_, i) => {
    const shape = cycle[i % cycle.length]!;
    const j = ofShape.get(shape) ?? 0;
    const k = ofKind.get(shape.kind) ?? 0;
    ofShape.set(shape, j + 1);
    ofKind.set(shape.kind, k + 1);
    return { shape, profile: profileFor(shape, j), k, ...symbolOf(shape.kind, k, next) };
  });
}

/** The frontmatter of a planned document, with the fields its kind needs. */
function frontmatterOf(doc: Planned, index: number): DocumentInput {
  const source = { file: `synthetic-${index + 1}.txt`, sha256: '0'.repeat(64), dropped: [] };
  switch (doc.shape.kind) {
    case 'resolution-ga': {
      const session = Number(doc.symbol.split('/')[2]);
      return {
        symbol: doc.symbol,
        title: `Synthetic resolution ${index + 1} on the International Convention on the Protection of the Rights of All Migrant Workers`,
        type: 'resolution',
        body: 'General Assembly',
        session: { number: session, name: sessionName(session) },
        agendaItem: { number: `${100 + (index % 20)} (a)`, title: 'Human rights questions', provisional: false },
        date: doc.date,
        distribution: 'General',
        resolution: { adopted: doc.date, meeting: 50 + (index % 40), committeeReport: { committee: 'Third Committee', symbol: `A/${session}/600/Add.1` } },
        source,
      };
    }
    case 'resolution-sc':
      return {
        symbol: doc.symbol,
        title: `Synthetic Security Council resolution ${doc.k + 1}`,
        type: 'resolution',
        body: 'Security Council',
        resolution: { adopted: doc.date, meeting: 1 + doc.k },
        source,
      };
    case 'general-comment':
      return {
        symbol: doc.symbol,
        title: `General recommendation No. ${doc.k + 1} on synthetic obligations of States parties`,
        type: 'general-comment',
        body: 'Committee on the Elimination of Discrimination against Women',
        date: doc.date,
        generalComment: { number: doc.k + 1, form: 'general recommendation', year: Number(doc.date.slice(0, 4)) },
        source,
      };
    case 'upr-report': {
      const { session, state, document } = uprPlace(doc.k);
      const name = stateName(state);
      const titles = [`National report submitted on ${name}`, `Compilation on ${name}`, `Summary of stakeholders' submissions on ${name}`];
      return {
        symbol: doc.symbol,
        title: titles[document - 1]!,
        type: 'report',
        body: 'Human Rights Council',
        session: { number: session, name: sessionName(session) },
        date: doc.date,
        distribution: 'General',
        originalLanguage: 'English',
        upr: { state, document: UPR_DOCUMENTS[document - 1]! },
        source,
      };
    }
  }
}

/** `n` words of filler, starting at a place the generator draws. */
function filler(n: number, next: () => number): string {
  const start = Math.floor(next() * FILLER.length);
  return Array.from({ length: n }, (_, i) => FILLER[(start + i) % FILLER.length]).join(' ');
}

/** A paragraph of about `words` words: its opening words, then filler. */
function paragraph(opening: string, words: number, next: () => number): string {
  const used = opening ? opening.split(' ').length : 0;
  const rest = filler(Math.max(4, words - used), next);
  return opening ? `${opening} ${rest}` : rest[0]!.toUpperCase() + rest.slice(1);
}

/**
 * Places `extras` evenly among `main`, in order: the i-th of n before the main block at
 * (i + 1) / (n + 1) of the way through.
 */
function spread(main: string[], extras: string[]): string[] {
  const at = (i: number) => Math.floor(((i + 1) * main.length) / (extras.length + 1));
  const out: string[] = [];
  let e = 0;
  main.forEach((block, m) => {
    while (e < extras.length && at(e) <= m) out.push(extras[e++]!);
    out.push(block);
  });
  return [...out, ...extras.slice(e)];
}

/** The contents tables of a body: `tables` tables sharing `rows` rows, a header row each. */
function tablesOf(profile: ShapeProfile, next: () => number): string[] {
  const perTable = Math.max(2, Math.round(profile.tableRows / Math.max(1, profile.tables)));
  return Array.from({ length: profile.tables }, () => {
    const rows = Array.from({ length: perTable - 1 }, (_, r) => `| ${paragraph('', Math.round(REAL_SHAPES.wordsPerBlock.tableRow) - 1, next)} | ${r + 2} |`);
    return ['|  | Page |', '| --- | --- |', ...rows].join('\n');
  });
}

/** The line that opens a document's body, as its kind prints it. */
function opening(kind: ShapeKind): string | undefined {
  return kind === 'resolution-ga' ? 'The General Assembly,' : kind === 'resolution-sc' ? 'The Security Council,' : undefined;
}

/** The words each paragraph gets, so that the body has about the profile's words once the other blocks have theirs. */
function wordsPerParagraph(profile: ShapeProfile): number {
  const per = REAL_SHAPES.wordsPerBlock;
  const others = profile.headings * per.heading + profile.footnotes * per.footnote + profile.tableRows * per.tableRow + profile.lettered * per.lettered;
  return Math.max(8, Math.round((profile.words - others) / Math.max(1, profile.numbered + profile.unnumbered)));
}

/**
 * Adds the footnote references to the paragraphs, in turn, so that every definition is cited
 * (a definition nothing cites is dropped from the page) however many notes a paragraph carries.
 */
function citeNotes(paragraphs: string[], notes: number): string[] {
  const cited = paragraphs.map((text) => ({ text, refs: '' }));
  for (let n = 0; n < notes && cited.length > 0; n++) cited[n % cited.length]!.refs += `[^${n + 1}]`;
  return cited.map(({ text, refs }) => text.replace(/([,.;])$/, `$1${refs}`));
}

/** A resolution's operative verb in italics, or nothing for another kind. */
function verbOf(kind: ShapeKind, next: () => number): string {
  return kind.startsWith('resolution') ? `*${VERBS[Math.floor(next() * VERBS.length)]}*` : '';
}

/** The sentence of a General Assembly resolution naming six States that ratified the Convention. */
function ratifications(date: string, next: () => number): string {
  const states = Array.from({ length: 6 }, () => STATES[Math.floor(next() * STATES.length)]);
  return ` As at ${printedDate(date)}, the Convention had been ratified by ${states.join(', ')}.`;
}

/**
 * The body of a planned document, built to its profile: its unnumbered paragraphs (a
 * resolution's preamble first, elsewhere among the others), numbered paragraphs with lettered
 * sub-paragraphs and headings among them, footnotes cited from the paragraphs and defined at the
 * end, contents tables first. It cites the documents before and after it, and a General Assembly
 * resolution names States that ratified the Convention.
 */
function bodyOf(doc: Planned, before: Planned, after: Planned, next: () => number): string[] {
  const { profile, shape } = doc;
  const per = REAL_SHAPES.wordsPerBlock;
  const words = wordsPerParagraph(profile);
  const resolution = shape.kind.startsWith('resolution');
  const first = opening(shape.kind);
  const preamble = Array.from({ length: profile.unnumbered - (first ? 1 : 0) }, (_, p) =>
    `${paragraph(p === 0 ? `Recalling ${before.symbol} (${printedDate(before.date)}), and` : '', words, next)}${resolution ? ',' : '.'}`,
  );
  const numbered = Array.from({ length: profile.numbered }, (_, p) => {
    const verb = verbOf(shape.kind, next);
    const states = p === 0 && shape.kind === 'resolution-ga' ? ratifications(doc.date, next) : '';
    return `${p + 1}. ${paragraph(p === 0 ? `${verb} (see ${after.symbol})`.trim() : verb, words, next)};${states}`;
  });
  if (numbered.length === 0 && preamble.length > 0) preamble[preamble.length - 1] = `${preamble[preamble.length - 1]!.slice(0, -1)} (see ${after.symbol}).`;
  const cited = citeNotes([...preamble, ...numbered], profile.footnotes);
  const [preambleCited, numberedCited] = [cited.slice(0, preamble.length), cited.slice(preamble.length)];
  const lettered = Array.from({ length: profile.lettered }, (_, l) => `(${String.fromCharCode(97 + (l % 26))}) ${paragraph('', Math.round(per.lettered) - 1, next)};`);
  const headings = Array.from({ length: profile.headings }, (_, h) => `${h % 3 === 0 ? '##' : '###'} ${String.fromCharCode(65 + (h % 26))}. ${paragraph('', Math.round(per.heading) - 1, next)}`);
  const operative = spread(spread(numberedCited, lettered), headings);
  const main = resolution ? [...(first ? [first] : []), ...preambleCited, ...operative] : spread(operative, preambleCited);
  const definitions = Array.from({ length: profile.footnotes }, (_, n) => `[^${n + 1}]: ${n === 0 ? `${before.symbol}, ` : ''}${paragraph('', Math.round(per.footnote) - 1, next)}.`);
  return [...tablesOf(profile, next), ...main, ...definitions];
}

/** The corpus of the real shapes: the mix and the sizes of corpus/dev. */
function realShapesCorpus(count: number, seed: number): GeneratedFile[] {
  const next = random(seed);
  const plans = planCorpus(count, next);
  return plans.map((doc, index) => {
    const before = plans[(index + count - 1) % count]!;
    const after = plans[(index + 1) % count]!;
    return fileOf(frontmatterOf(doc, index), bodyOf(doc, before, after, next));
  });
}

// ---------------------------------------------------------------------------------------------
// The General Assembly corpus of one or a few sessions.

interface GaPlan {
  symbol: string;
  resolution: boolean;
  session: number;
  number: number;
  date: string;
}

/** The symbols and dates of the General Assembly corpus, planned first so that documents can cite each other. */
function planGeneralAssembly(count: number, next: () => number, sessions: number): GaPlan[] {
  return Array.from({ length: count }, (_, i) => {
    const session = 50 + (i % sessions);
    const number = 100 + Math.floor(i / sessions);
    const resolution = i % 2 === 0;
    const date = dateIn(1945 + session, next);
    return { symbol: resolution ? `A/RES/${session}/${number}` : `A/${session}/${number}`, resolution, session, number, date };
  });
}

/**
 * N General Assembly documents of about 3.5 KB, resolutions and reports in turn: mastheads,
 * preambular and numbered paragraphs, footnotes, a table in every third, references to other
 * documents of the corpus and to outside ones, and States that ratify a treaty.
 */
function generalAssemblyCorpus(count: number, seed: number, sessions: number): GeneratedFile[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const plans = planGeneralAssembly(count, next, sessions);
  return plans.map((doc, index) => {
    const cited = plans[Math.floor(next() * plans.length)]!;
    const earlier = plans[Math.max(0, index - 1)]!;
    const data: DocumentInput = {
      symbol: doc.symbol,
      title: `Synthetic document ${index + 1} on the International Convention on the Protection of the Rights of All Migrant Workers`,
      ...(doc.resolution ? {} : { subtitle: 'Report of the Secretary-General' }),
      type: doc.resolution ? 'resolution' : 'report',
      body: 'General Assembly',
      session: { number: doc.session, name: sessionName(doc.session) },
      agendaItem: { number: `${100 + (index % 20)} (a)`, title: 'Human rights questions', provisional: !doc.resolution },
      date: doc.date,
      distribution: 'General',
      originalLanguage: 'English',
      ...(doc.resolution
        ? { resolution: { adopted: doc.date, meeting: 50 + (index % 40), committeeReport: { committee: 'Third Committee', symbol: `A/${doc.session}/600/Add.1` } } }
        : { report: { requestedBy: [`A/RES/${doc.session - 1}/${doc.number}`] } }),
      source: { file: `synthetic-${index + 1}.txt`, sha256: '0'.repeat(64), dropped: [] },
    };
    const states = Array.from({ length: 6 }, () => pick(STATES));
    const lines: string[] = [];
    if (doc.resolution) {
      lines.push('The General Assembly,');
      lines.push(`Recalling its resolution ${cited.session}/${cited.number} of ${printedDate(cited.date)}, and ${SENTENCE},[^1]`);
      lines.push(`Bearing in mind the Vienna Declaration and Programme of Action,[^2] and ${SENTENCE},`);
    }
    for (let p = 1; p <= 10; p++) {
      const verb = doc.resolution ? `*${pick(VERBS)}* ` : '';
      const reference =
        p === 2 ? ` (see ${earlier.symbol})` : p === 5 ? `, as stated in paragraph 3 of resolution ${cited.session}/${cited.number}` : '';
      const ratified = p === 3 ? ` As at ${printedDate(doc.date)}, the Convention had been ratified by ${states.join(', ')}.` : '';
      const note = p === 4 ? '[^3]' : '';
      lines.push(`${p}. ${verb}${SENTENCE}${reference};${note}${ratified}`);
    }
    if (index % 3 === 0) {
      lines.push('## Annex');
      lines.push('| Participant | Signature | Ratification or accession |\n| --- | --- | --- |');
      lines[lines.length - 1] += states.map((state) => `\n| ${state} | ${printedDate(doc.date)} | ${printedDate(earlier.date)} <sup>a</sup> |`).join('');
    }
    lines.push('[^1]: Resolution 217 A (III).');
    lines.push(`[^2]: A/CONF.157/24 (Part I), chap. III.`);
    lines.push(`[^3]: ${cited.symbol}.`);
    return fileOf(data, lines);
  });
}
