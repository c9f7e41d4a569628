/**
 * What a document page tells machines in its head: Highwire Press `citation_*` tags (read by
 * Zotero, Mendeley and Google Scholar), schema.org JSON-LD (read by search engines) and
 * OpenGraph (read by link previews). The same record as the downloads, so that a reference saved
 * from the page and one imported from the BibTeX file agree.
 */
import type { DocumentData } from '../../schemas/document.ts';
import { documentLabel } from '../document/documents.ts';
import { officialUrl } from '../symbol/symbol.ts';
import { citationDate, formatDate, publicationDate } from '../document/dates.ts';
import { generalCommentName, UPR_DOCUMENT_NAMES } from '../document/masthead.ts';
import { authorName, highwireAuthor, issuingBody, PUBLISHER } from './author.ts';
import { bibliographicRecord } from './exports.ts';

/** One `<meta>` tag: `name` for Highwire, `property` for OpenGraph. */
export type MetaTag = { name: string; content: string } | { property: string; content: string };

/**
 * The Highwire Press tags of a document, and its Dublin Core type. Zotero's Embedded Metadata
 * translator saves a report when it finds `citation_technical_report_institution`, with the
 * symbol as its number, and takes `DC.type` as its report type ("Resolution", "UN Doc"), which
 * CSL styles print before the number as `genre`. The author is written as ./author.ts explains;
 * dates "YYYY/MM/DD" as Highwire asks. There is no `citation_pdf_url`: the site publishes no PDF.
 */
export function highwireTags(doc: DocumentData, url: string): MetaTag[] {
  const record = bibliographicRecord(doc, url);
  const date = record.issued.replace(/-/g, '/');
  return [
    { name: 'citation_title', content: record.title },
    { name: 'citation_author', content: highwireAuthor(doc) },
    { name: 'citation_publication_date', content: date },
    { name: 'citation_date', content: date },
    ...(record.number ? [{ name: 'citation_technical_report_number', content: record.number }] : []),
    { name: 'citation_technical_report_institution', content: PUBLISHER },
    { name: 'citation_publisher', content: PUBLISHER },
    { name: 'citation_language', content: 'en' },
    { name: 'citation_public_url', content: url },
    { name: 'citation_fulltext_html_url', content: url },
    { name: 'DC.type', content: record.genre },
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
    { property: 'article:author', content: authorName(doc) },
  ];
}

/** An organisation of the United Nations, in schema.org's terms. */
function unOrganization(name: string) {
  return { '@type': 'Organization', name, parentOrganization: { '@type': 'Organization', name: PUBLISHER } };
}

/** A document's author as schema.org's: a State under review is an organisation of its own, any other author is of the United Nations. */
function author(doc: DocumentData) {
  const name = authorName(doc);
  return doc.upr?.document === 'national-report' ? { '@type': 'Organization', name } : unOrganization(name);
}

/**
 * The schema.org description of a document: `Legislation` for a resolution (its symbol, adoption
 * date and the body that adopted it), `Report` for anything else (its author, its report type as
 * genre, its symbol as report number).
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
      legislationPassedBy: unOrganization(issuingBody(doc)),
      legislationJurisdiction: 'International',
    };
  }
  return {
    ...common,
    '@type': 'Report',
    author: author(doc),
    genre: bibliographicRecord(doc, url).genre,
    ...(doc.symbol ? { reportNumber: doc.symbol } : {}),
  };
}

/** "Fifty-third session" → "fifty-third session", as a name reads inside a sentence. */
function inSentence(name: string): string {
  return `${name[0]!.toLowerCase()}${name.slice(1)}`;
}

/** What a document is, for its description: its subtitle, its kind as the masthead names it, or its type. */
function documentKind(doc: DocumentData): string {
  if (doc.generalComment) return generalCommentName(doc.generalComment);
  if (doc.upr) return UPR_DOCUMENT_NAMES[doc.upr.document];
  return doc.subtitle ?? `${doc.type[0]!.toUpperCase()}${doc.type.slice(1).replace('-', ' ')}`;
}

/**
 * A page's description (its `description` and `og:description`): what the document is, which
 * body adopted or issued it and when, at which session and under which agenda item, which its
 * title and symbol do not say. Zotero saves a page's description as the abstract when the page
 * gives none, so it is not the symbol and title again.
 * "Resolution adopted by the General Assembly on 9 December 1998, at its fifty-third session, under agenda item 110."
 */
export function pageDescription(doc: DocumentData): string {
  const head = doc.resolution
    ? `Resolution adopted by the ${doc.body} on ${formatDate(doc.resolution.adopted)}`
    : `${documentKind(doc)}, a document of the ${doc.body} issued on ${formatDate(citationDate(doc))}`;
  const session = doc.session && `${doc.resolution ? 'at its' : 'for its'} ${inSentence(doc.session.name)}`;
  const item = doc.agendaItem && `under agenda item${/,| and /.test(doc.agendaItem.number) ? 's' : ''} ${doc.agendaItem.number}`;
  return `${[head, session, item].filter(Boolean).join(', ')}.`;
}

/**
 * JSON for a `<script type="application/ld+json">` element: "<" escaped, so that no text in it
 * can close the element (a title holding "</script>").
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
