/**
 * One document of each kind the real collections bring, as frontmatter written by hand from the
 * texts' mastheads: a Security Council resolution of 1946, a treaty body's general comment and
 * general recommendation, the three documents of a Universal Periodic Review, resolutions of an
 * emergency special session and of a Main Committee's report.
 */
import type { DocumentInput } from '../../src/schemas/document.ts';
import { listed } from './listed.ts';

const SOURCE = { file: 'record.txt', sha256: 'a'.repeat(64) };

/** Frontmatter without the source block, which every kind shares. */
type Fields = Omit<DocumentInput, 'source'>;

/** Security Council resolution 1 (1946): no masthead, no issue date, adopted at the 2nd meeting without vote. */
export const SC_1: Fields = {
  symbol: 'S/RES/1 (1946)',
  title: 'Military Staff Committee',
  type: 'resolution',
  body: 'Security Council',
  resolution: { adopted: '1946-01-25', meeting: 2, vote: 'Adopted without vote' },
};

/** The Committee against Torture's general comment No. 4 (2017). */
export const CAT_GC_4: Fields = {
  symbol: 'CAT/C/GC/4',
  title: 'General comment No. 4 (2017) on the implementation of article 3 of the Convention in the context of article 22',
  type: 'general-comment',
  body: 'Committee against Torture',
  date: '2018-09-04',
  distribution: 'General',
  originalLanguage: 'English',
  generalComment: { number: 4, form: 'general comment', year: 2017 },
};

/** A general comment whose title does not begin with its number, as CAT/C/GC/2 prints it. */
export const CAT_GC_2: Fields = {
  symbol: 'CAT/C/GC/2',
  title: 'Implementation of article 2 by States parties',
  type: 'general-comment',
  body: 'Committee against Torture',
  date: '2008-01-24',
  distribution: 'General',
  generalComment: { number: 2, form: 'general comment' },
};

/** A general comment of another committee. */
export const CRPD_GC_8: Fields = {
  symbol: 'CRPD/C/GC/8',
  title: 'General comment No. 8 (2022) on the right of persons with disabilities to work and employment',
  type: 'general-comment',
  body: 'Committee on the Rights of Persons with Disabilities',
  date: '2022-10-07',
  distribution: 'General',
  generalComment: { number: 8, form: 'general comment', year: 2022 },
};

/** A general recommendation of the Committee on the Elimination of Discrimination against Women, which prints no issue date the importer kept. */
export const CEDAW_GR_27: Fields = {
  symbol: 'CEDAW/C/GC/27',
  title: 'General recommendation No. 27 on older women and protection of their human rights',
  type: 'general-comment',
  body: 'Committee on the Elimination of Discrimination against Women',
  date: '2010-12-16',
  generalComment: { number: 27, form: 'general recommendation' },
};

const UPR_SESSION = { number: 29, name: 'Twenty-ninth session' };

/** Barbados's national report for the twenty-ninth session of the Working Group. */
export const BRB_1: Fields = {
  symbol: 'A/HRC/WG.6/29/BRB/1',
  title: 'National report submitted in accordance with paragraph 5 of the annex to Human Rights Council resolution 16/21',
  type: 'report',
  body: 'Human Rights Council',
  session: UPR_SESSION,
  date: '2018-01-04',
  distribution: 'General',
  originalLanguage: 'English',
  jobNumber: 'GE.18-00101(E)',
  upr: { state: 'BRB', cycle: 3, document: 'national-report' },
};

/** The compilation on Barbados, by the Office of the High Commissioner. */
export const BRB_2: Fields = {
  symbol: 'A/HRC/WG.6/29/BRB/2',
  title: 'Compilation on Barbados',
  subtitle: 'Report of the Office of the United Nations High Commissioner for Human Rights',
  type: 'report',
  body: 'Human Rights Council',
  session: UPR_SESSION,
  date: '2017-11-02',
  distribution: 'General',
  upr: { state: 'BRB', cycle: 3, document: 'compilation' },
};

/** The summary of stakeholders' submissions on Barbados. */
export const BRB_3: Fields = {
  symbol: 'A/HRC/WG.6/29/BRB/3',
  title: 'Summary of Stakeholders’ submissions on Barbados',
  subtitle: 'Report of the Office of the United Nations High Commissioner for Human Rights',
  type: 'report',
  body: 'Human Rights Council',
  session: UPR_SESSION,
  date: '2017-10-25',
  distribution: 'General',
  upr: { state: 'BRB', cycle: 3, document: 'stakeholder-summary' },
};

/** The national report of the Bahamas, at the same session. */
export const BHS_1: Fields = { ...BRB_1, symbol: 'A/HRC/WG.6/29/BHS/1', date: '2017-12-18', jobNumber: 'GE.17-22701(E)', upr: { state: 'BHS', cycle: 3, document: 'national-report' } };

/** A resolution of the eleventh emergency special session, adopted without reference to a Main Committee; its text prints no issue date. */
export const ES_11_10: Fields = {
  symbol: 'A/RES/ES-11/10',
  title: 'Support for lasting peace in Ukraine',
  type: 'resolution',
  body: 'General Assembly',
  session: { number: 11, name: 'Eleventh emergency special session', emergencySpecial: true },
  agendaItem: { number: '5' },
  resolution: { adopted: '2026-02-24', meeting: 23, draft: 'A/ES-11/L.17' },
};

/** A resolution of the eleventh regular session, which must not share the emergency session's pages. */
export const RES_11: Fields = {
  symbol: 'A/RES/1000(XI)',
  title: 'A resolution of the eleventh session',
  type: 'resolution',
  body: 'General Assembly',
  session: { number: 11, name: 'Eleventh session' },
  date: '1957-01-10',
  distribution: 'General',
  resolution: { adopted: '1956-11-05', meeting: 563 },
};

/** A resolution adopted on a Main Committee's report, the paragraph holding its draft stated. */
export const RES_79_250: Fields = {
  symbol: 'A/RES/79/250',
  title: 'Scale of assessments',
  type: 'resolution',
  body: 'General Assembly',
  session: { number: 79, name: 'Seventy-ninth session' },
  date: '2024-12-30',
  distribution: 'General',
  resolution: { adopted: '2024-12-24', meeting: 50, committeeReport: { committee: 'Fifth Committee', symbol: 'A/79/390', paragraph: '7' } },
};

/** A Human Rights Council resolution. */
export const HRC_16_21: Fields = {
  symbol: 'A/HRC/RES/16/21',
  title: 'Review of the work and functioning of the Human Rights Council',
  type: 'resolution',
  body: 'Human Rights Council',
  session: { number: 16, name: 'Sixteenth session' },
  agendaItem: { number: '1' },
  date: '2011-04-12',
  distribution: 'General',
  resolution: { adopted: '2011-03-25', meeting: 47 },
};

/** The fields as the input of validateFrontmatter. */
export function input(fields: Fields): DocumentInput {
  return { ...fields, source: SOURCE };
}

/** A kind as the collection gives it, validated. */
export function kind(fields: Fields) {
  return listed({ distribution: undefined, date: undefined, ...input(fields) });
}
