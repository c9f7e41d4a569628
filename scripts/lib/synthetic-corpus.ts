/**
 * A synthetic corpus for the benchmark: N UN-like documents of about 3.5 KB that exercise what
 * real ones have — mastheads, preambular and numbered paragraphs, footnotes, a table in every
 * third, references to other documents of the corpus and to outside ones, and States that ratify
 * a treaty — valid against the document schema, and the same for the same N and seed.
 */
import { stringify } from 'yaml';
import { documentFile } from '../../src/lib/documents.ts';
import { sessionName } from '../../src/lib/ordinals.ts';
import type { DocumentInput } from '../../src/schemas/document.ts';

/** One generated file: its path under the project and its text. */
export interface GeneratedFile {
  path: string;
  text: string;
}

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

interface Plan {
  symbol: string;
  resolution: boolean;
  session: number;
  number: number;
  date: string;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** What shapes a corpus besides its size. */
export interface CorpusOptions {
  /**
   * How many General Assembly sessions (from the fiftieth, one a year from 1995) the documents
   * are spread over, in turn: 30 by default; 1 puts them all under /A/RES/50/ and /A/50/.
   */
  sessions?: number;
}

/** The symbols and dates of the corpus, planned first so that documents can cite each other. */
function plan(count: number, next: () => number, sessions: number): Plan[] {
  return Array.from({ length: count }, (_, i) => {
    const session = 50 + (i % sessions);
    const number = 100 + Math.floor(i / sessions);
    const resolution = i % 2 === 0;
    const year = 1945 + session;
    const date = `${year}-${pad(1 + Math.floor(next() * 12))}-${pad(1 + Math.floor(next() * 28))}`;
    return { symbol: resolution ? `A/RES/${session}/${number}` : `A/${session}/${number}`, resolution, session, number, date };
  });
}

function printedDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

/** Generates the corpus: `count` documents under content/documents/. */
export function syntheticCorpus(count: number, seed = 1, { sessions = 30 }: CorpusOptions = {}): GeneratedFile[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const plans = plan(count, next, sessions);
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
    return {
      path: documentFile(data),
      text: `---\n${stringify(data, { version: '1.1', lineWidth: 0 })}---\n\n${lines.join('\n\n')}\n`,
    };
  });
}
