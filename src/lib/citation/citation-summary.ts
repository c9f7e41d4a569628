/**
 * The line at the top of a document page that says how the document sits in the web of citations
 * ("Requested by A/RES/53/137, para. 6 · Cited by 1 document · Cites 10 documents"), each part a
 * link: to the related document's paragraph, or to the section below that lists them. A count
 * of none is left out.
 */
import { documentCount, shortName, type Listed } from '../browse/browse.ts';
import { placeHref, placeLabel, type DocumentCitations } from './citations.ts';
import { documentPath } from '../document/documents.ts';

/** The ids of the sections of a document page that list its citations. */
export const CITATION_SECTIONS = { chain: 'reporting-chain', citedBy: 'cited-by', references: 'references' } as const;

/** One part of the summary: an optional lead-in and a link. */
export interface SummaryItem {
  lead?: string;
  text: string;
  href: string;
}

/** The summary of a document's citations, the direct steps of its reporting chain first. */
export function citationSummary<T extends Listed>(document: T, citations: DocumentCitations<T>): SummaryItem[] {
  const isResolution = document.data.type === 'resolution';
  const path = documentPath(document.data);
  const items: SummaryItem[] = [];
  for (const { resolution, place } of citations.chain.requestedBy) {
    const name = resolution.inCollection ? shortName(resolution.document.data) : resolution.symbol;
    items.push({
      lead: 'Requested by',
      text: place ? `${name}, ${placeLabel(place, true)}` : name,
      href: place ? placeHref(resolution.path, place) : resolution.path,
    });
  }
  for (const { place, answeredBy } of citations.chain.requests) {
    for (const report of answeredBy) {
      items.push({ lead: `Report requested in ${placeLabel(place, isResolution)}:`, text: shortName(report.data), href: documentPath(report.data) });
    }
  }
  for (const { resolution, place } of citations.chain.takenUpBy) {
    items.push({ lead: 'Taken up by', text: `${shortName(resolution.data)}, ${placeLabel(place, true)}`, href: placeHref(documentPath(resolution.data), place) });
  }
  // A count of none leads to a section that says so, and tells a reader nothing at the top.
  if (citations.citedBy.length > 0) items.push({ text: `Cited by ${documentCount(citations.citedBy.length)}`, href: `${path}#${CITATION_SECTIONS.citedBy}` });
  if (citations.references.length > 0) items.push({ text: `Cites ${documentCount(citations.references.length)}`, href: `${path}#${CITATION_SECTIONS.references}` });
  return items;
}
