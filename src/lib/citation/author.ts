/**
 * Who a document is by: one rule, read by every citation style, every download and every tag in a
 * page's head.
 *
 * 1. A document of the Universal Periodic Review is by the author of its text, as the documents
 *    state: the State under review for its national report, the Office of the High Commissioner
 *    for the compilation and the summary of stakeholders' submissions.
 * 2. A document whose subtitle names its author ("Report of the Secretary-General", "Report of the
 *    Special Rapporteur on …") is by that office, of the United Nations.
 * 3. Any other document is by the body that issued it: "United Nations General Assembly".
 *
 * The Bluebook names the author first ("U.N. Secretary-General, Title"); OSCOLA names the UN organ
 * first by its own rule and keeps the author in the title ("UNCHR 'Title: Report of the
 * Secretary-General'"), so that both read the same author from this module.
 */
import type { DocumentData } from '../../schemas/document.ts';
import { stateName } from '../document/states.ts';

/** The publisher of every document, and the organisation every UN author belongs to. */
export const PUBLISHER = 'United Nations';

/** An author named in each citation style. */
export interface StyledAuthor {
  un: string;
  oscola: string;
  bluebook: string;
}

/** The Office of the High Commissioner, author of a review's compilation and stakeholder summary, in each style. */
const OHCHR: StyledAuthor = {
  un: 'Office of the United Nations High Commissioner for Human Rights',
  oscola: 'OHCHR,',
  bluebook: 'Off. of the U.N. High Comm’r for Hum. Rts.',
};

/**
 * The author of a Universal Periodic Review document in each style (rule 1), or undefined for any
 * other document.
 */
export function reviewAuthor(doc: DocumentData): StyledAuthor | undefined {
  if (!doc.upr) return undefined;
  if (doc.upr.document !== 'national-report') return OHCHR;
  const state = stateName(doc.upr.state);
  return { un: state, oscola: `${state},`, bluebook: state };
}

/** The office a subtitle names as author (rule 2): "Report of the Secretary-General" → "Secretary-General". */
export function reportAuthor(doc: DocumentData): string | undefined {
  return /^Report of the (.+)$/.exec(doc.subtitle ?? '')?.[1];
}

/** The issuing body as an author: "General Assembly" → "United Nations General Assembly". */
export function issuingBody(doc: DocumentData): string {
  return `${PUBLISHER} ${doc.body}`;
}

/**
 * The author of a document by its full name, as records and tags give it: "Barbados", "United
 * Nations Secretary-General", "United Nations General Assembly".
 */
export function authorName(doc: DocumentData): string {
  const review = reviewAuthor(doc);
  if (review) return review.un;
  const office = reportAuthor(doc);
  return office ? `${PUBLISHER} ${office}` : issuingBody(doc);
}

/**
 * The author as a Highwire `citation_author`, followed by a comma. Zotero's Embedded Metadata
 * translator reads a name holding a comma as "Last, First" and any other as "First Last" (it saved
 * "United Nations General Assembly" as first name "United Nations General", last name
 * "Assembly"); the trailing comma leaves no first name, so it keeps the whole name in one field.
 * Google Scholar's and Mendeley's "Last, First" reading gives the same. A name with a comma of
 * its own ("Committee on Economic, Social and Cultural Rights") is cut there whatever follows it:
 * no form of the tag keeps it whole.
 */
export function highwireAuthor(doc: DocumentData): string {
  return `${authorName(doc)},`;
}
