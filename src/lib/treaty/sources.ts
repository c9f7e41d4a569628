/**
 * The documents a treaty's data cites, read once per build: for each document its page, its label
 * and the text of each anchored place, so that a citation can be checked against the words it
 * points to and printed as "E/CN.4/2002/89, annex, Azerbaijan".
 */
import type { AnchoredText } from '../document/anchored-text.ts';
import { citationDate, formatDate, type DatedDocument } from '../document/dates.ts';
import { documentId, documentPath, UNNUMBERED_FOLDER, type DocumentIdentity } from '../document/documents.ts';

/** The fields of a document a citation needs. */
export interface CitableDocument extends DocumentIdentity, DatedDocument {
  title: string;
  subtitle?: string | undefined;
  type: string;
}

/** An anchored place of a document with its citation label ("para. 3", "annex, Azerbaijan"). */
export interface Place extends AnchoredText {
  label: string;
}

/** A cited document. */
export interface SourceDocument {
  /** Its id in the collection, the key the treaty data cites it by. */
  id: string;
  data: CitableDocument;
  /** Its page: "/E/CN.4/2002/89/". */
  path: string;
  /** How a citation names it: its symbol, or its kind and date when it states no symbol. */
  label: string;
  places: Map<string, Place>;
}

/** The documents by every key a citation may use: the id, and "unnumbered/<id>" once a symbol is known. */
export type SourceIndex = Map<string, SourceDocument>;

/** How a citation names a document: "A/RES/55/88", "Report of the Secretary-General of 13 September 1999". */
export function documentCitation(data: CitableDocument): string {
  return data.symbol ?? `${data.subtitle ?? data.title} of ${formatDate(citationDate(data))}`;
}

/** The label of a place in a citation: "para. 3", "preambular para. 7", "annex, Azerbaijan". */
function placeLabel(place: AnchoredText, isResolution: boolean, inAnnex: boolean): string {
  switch (place.kind) {
    case 'numbered': {
      const section = /^(.+)-p\d+$/.exec(place.id);
      return section ? `${section[1]}, para. ${place.number}` : `para. ${place.number}`;
    }
    case 'unnumbered':
      return `${isResolution ? 'preambular' : 'unnumbered'} para. ${place.number}`;
    case 'heading':
      return `heading "${place.text}"`;
    case 'row':
      return `${inAnnex ? 'annex' : 'table'}, ${place.text.split(' | ')[0]}`;
  }
}

/** The places of a body with their labels; a row under a heading that starts "Annex" is an annex row. */
export function placesOf(anchored: AnchoredText[], type: string): Map<string, Place> {
  const places = new Map<string, Place>();
  let inAnnex = false;
  for (const place of anchored) {
    if (place.kind === 'heading') inAnnex ||= /^annex\b/i.test(place.text);
    places.set(place.id, { ...place, label: placeLabel(place, type === 'resolution', inAnnex) });
  }
  return places;
}

/** Indexes documents by the keys a citation may use. */
export function sourceIndex(documents: { data: CitableDocument; anchored: AnchoredText[] }[]): SourceIndex {
  const index: SourceIndex = new Map();
  for (const { data, anchored } of documents) {
    const source: SourceDocument = {
      id: documentId(data),
      data,
      path: documentPath(data),
      label: documentCitation(data),
      places: placesOf(anchored, data.type),
    };
    index.set(source.id, source);
    if (data.unnumberedId) index.set(`${UNNUMBERED_FOLDER}/${data.unnumberedId}`, source);
  }
  return index;
}
