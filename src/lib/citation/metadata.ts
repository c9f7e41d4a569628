/**
 * What a document page tells machines in its head: Highwire Press `citation_*` tags (read by
 * Zotero, Mendeley and Google Scholar), schema.org JSON-LD (read by search engines) and
 * OpenGraph (read by link previews). The same record as the downloads, so that a reference saved
 * from the page and one imported from the BibTeX file agree.
 */
import type { DocumentData } from '../../schemas/document.ts';
import { documentLabel } from '../document/documents.ts';
import { officialUrl } from '../symbol/symbol.ts';
import { publicationDate } from '../document/dates.ts';
import { bibliographicRecord, issuingBody, PUBLISHER } from './exports.ts';

/** One `<meta>` tag: `name` for Highwire, `property` for OpenGraph. */
export type MetaTag = { name: string; content: string } | { property: string; content: string };

/**
 * The Highwire Press tags of a document. `citation_technical_report_institution` makes Zotero
 * save a report, with the symbol as its number; dates are written "YYYY/MM/DD" as Highwire asks.
 * There is no `citation_pdf_url`: the site publishes no PDF.
 */
export function highwireTags(doc: DocumentData, url: string): MetaTag[] {
  const record = bibliographicRecord(doc, url);
  const date = record.issued.replace(/-/g, '/');
  return [
    { name: 'citation_title', content: record.title },
    { name: 'citation_author', content: record.author },
    { name: 'citation_publication_date', content: date },
    { name: 'citation_date', content: date },
    ...(record.number ? [{ name: 'citation_technical_report_number', content: record.number }] : []),
    { name: 'citation_technical_report_institution', content: PUBLISHER },
    { name: 'citation_publisher', content: PUBLISHER },
    { name: 'citation_language', content: 'en' },
    { name: 'citation_public_url', content: url },
    { name: 'citation_fulltext_html_url', content: url },
  ];
}

/** The OpenGraph tags of a document page. */
export function openGraphTags(doc: DocumentData, url: string, description: string): MetaTag[] {
  return [
    { property: 'og:type', content: 'article' },
    { property: 'og:site_name', content: 'un-docs' },
    { property: 'og:title', content: `${documentLabel(doc)}: ${doc.title}` },
    { property: 'og:description', content: description },
    { property: 'og:url', content: url },
    { property: 'article:published_time', content: publicationDate(doc) },
    { property: 'article:author', content: issuingBody(doc) },
  ];
}

/** The United Nations body as a schema.org organisation, part of the United Nations. */
function organization(doc: DocumentData) {
  return { '@type': 'Organization', name: issuingBody(doc), parentOrganization: { '@type': 'Organization', name: PUBLISHER } };
}

/**
 * The schema.org description of a document: `Legislation` for a resolution (its symbol, adoption
 * date and the body that adopted it), `Report` for anything else (its symbol as report number).
 */
export function jsonLd(doc: DocumentData, url: string): Record<string, unknown> {
  const common = {
    '@context': 'https://schema.org',
    '@id': url,
    url,
    name: doc.title,
    ...(doc.subtitle ? { alternativeHeadline: doc.subtitle } : {}),
    datePublished: publicationDate(doc),
    inLanguage: 'en',
    publisher: { '@type': 'Organization', name: PUBLISHER },
    ...(doc.symbol ? { identifier: doc.symbol, sameAs: officialUrl(doc.symbol) } : {}),
  };
  if (doc.resolution) {
    return {
      ...common,
      '@type': 'Legislation',
      legislationType: 'Resolution',
      ...(doc.symbol ? { legislationIdentifier: doc.symbol } : {}),
      legislationDate: doc.resolution.adopted,
      legislationPassedBy: organization(doc),
      legislationJurisdiction: 'International',
    };
  }
  return { ...common, '@type': 'Report', author: organization(doc), ...(doc.symbol ? { reportNumber: doc.symbol } : {}) };
}

/**
 * JSON for a `<script type="application/ld+json">` element: "<" escaped, so that no text in it
 * can close the element (a title holding "</script>").
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
