/**
 * The citations of one document body, read from its parsed Markdown tree: every reference that
 * src/lib/citation/references.ts finds, with the place it stands at (the same anchors the page gets from
 * src/lib/document/paragraphs.ts and src/lib/document/footnotes.ts), a short excerpt, the name the text gives the
 * cited document, and what the text says about reports requested and taken up.
 *
 * The remark plugin src/remark/cross-references.ts runs this on the tree it renders, links the
 * references where they stand, and hands the record on with the rendered document; the citation
 * graph (src/lib/citation/citations.ts) joins the records of the whole collection. So a body is parsed once
 * per build, for its page and for the graph alike.
 */
import type { FootnoteDefinition, Nodes, Parent, Root, RootContent, Text } from 'mdast';
import { nameBefore } from './cited-names.ts';
import { footnoteId } from '../document/footnotes.ts';
import { bodyAnchors, textOf } from '../document/paragraphs.ts';
import { findReferences, type Reference, type ReferenceContext } from './references.ts';
import { reportTakenUp, requestedReportSessions } from '../document/reporting.ts';
import { resolutionNumber } from '../symbol/symbol.ts';

/** Where in a document something stands, with the id of the element that holds it when it has one. */
export type Place =
  /** A numbered paragraph: "p6", or "annex-p1" under a heading whose numbering restarts. */
  | { kind: 'numbered'; id: string; number: number; section?: string }
  /** An unnumbered paragraph: a resolution's preamble, a report's introduction ("pp3"). */
  | { kind: 'unnumbered'; id: string; index: number }
  /** The opening phrase of a resolution, "The General Assembly,". */
  | { kind: 'opening' }
  | { kind: 'heading'; id: string; text: string }
  /** A table or another block without an anchor of its own, under the heading it follows, if any. */
  | { kind: 'block'; id?: string; section?: string }
  /** A footnote, and the paragraph whose mark refers to it, when the text marks it. */
  | { kind: 'footnote'; id: string; label: string; markedIn?: Exclude<Place, { kind: 'footnote' }> }
  /** A line of the masthead: the note on "provisional agenda*", the committee report. */
  | { kind: 'masthead'; id: string; part: 'agenda' | 'committee-report' };

/**
 * A short passage around a citation, in three parts so that a page can highlight the middle one:
 * the words cited, or, for a citation in a footnote, the footnote's mark in the text.
 */
export interface Excerpt {
  before: string;
  match: string;
  after: string;
  /** True when `match` is a footnote mark. */
  note?: boolean;
}

/** One citation of a document by a text. */
export interface Citation {
  symbol: string;
  /** The words cited, as written: "53/137", "A/53/230", "paragraph 3 of resolution 53/137". */
  text: string;
  /** The paragraph of the cited document the text names, when it names one. */
  paragraph?: number;
  place: Place;
  excerpt: Excerpt;
  /** What the citing text calls the cited document: "Universal Declaration of Human Rights". */
  name?: string;
}

/** What one body cites and says about reports: the record each document hands to the graph. */
export interface BodyCitations {
  citations: Citation[];
  /** Reports this text asks for ("requests him to submit ... at its fifty-fourth session"). */
  requests: { place: Place; session: number }[];
  /** Reports of the Secretary-General this text takes up ("Takes note of the report ...,⁷"). */
  reportsTakenUp: { place: Place; phrase: string; symbol: string }[];
  /** Reports this text says another resolution asked for ("in its resolution 52/115, it requested ..."). */
  statedRequests: { place: Place; symbol: string; session: number }[];
}

/** A reference found in a text node that a link can be put around. */
export interface LinkSite {
  node: Text;
  parent: Parent;
  /** Where the link starts and ends in the node's value. */
  start: number;
  end: number;
  reference: Reference;
}

/** The kind of document a body belongs to and the body that issued it, which its references are read by. */
export interface BodyContext extends ReferenceContext {
  /** A resolution's operative paragraphs request and take note; a report's only tell. */
  isResolution?: boolean;
}

/** A run of text from one text node, and where it starts in the text of its container. */
interface Segment {
  node: Text;
  parent: Parent;
  start: number;
  /** False inside links and raw elements: their text counts for context, but takes no link. */
  linkable: boolean;
}

/** A paragraph, heading or cell: the text sentences are read in, with its text nodes and footnote marks. */
interface Container {
  text: string;
  segments: Segment[];
  marks: { offset: number; identifier: string; label: string }[];
  place: Place;
}

/** Width of an excerpt on each side of what it shows, in characters. */
const EXCERPT_SIDE = 90;

/**
 * The passage of `text` around [start, end): up to `side` characters each way, cut at a word and
 * marked "…" where it was cut, white space collapsed.
 */
export function excerptOf(text: string, start: number, end: number, side = EXCERPT_SIDE): Omit<Excerpt, 'note'> {
  let from = Math.max(0, start - side);
  if (from > 0) from = Math.min(start, text.indexOf(' ', from) + 1 || start);
  let to = Math.min(text.length, end + side);
  if (to < text.length) to = Math.max(end, text.lastIndexOf(' ', to));
  const squeeze = (part: string) => part.replace(/\s+/g, ' ');
  return {
    before: `${from > 0 ? '…' : ''}${squeeze(text.slice(from, start)).trimStart()}`,
    match: squeeze(text.slice(start, end)),
    after: `${squeeze(text.slice(end, to)).trimEnd()}${to < text.length ? '…' : ''}`,
  };
}

/** Adds the phrasing content of `parent` to a container: its text, its text nodes, its footnote marks. */
function collect(parent: Parent, container: Container, linkable: boolean): void {
  for (const child of parent.children as Nodes[]) {
    switch (child.type) {
      case 'text':
        container.segments.push({ node: child, parent, start: container.text.length, linkable });
        container.text += child.value;
        break;
      case 'inlineCode':
        container.text += child.value;
        break;
      case 'break':
        container.text += ' ';
        break;
      case 'footnoteReference':
        container.marks.push({ offset: container.text.length, identifier: child.identifier, label: child.label ?? child.identifier });
        break;
      case 'link':
      case 'linkReference':
        collect(child, container, false);
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
        collect(child, container, linkable);
        break;
      default:
        // Raw elements of the source (an MDX <sup>a</sup>) keep their words for the sentence.
        if ('children' in child && child.type === 'mdxJsxTextElement') collect(child, container, false);
    }
  }
}

function newContainer(parent: Parent, place: Place): Container {
  const container: Container = { text: '', segments: [], marks: [], place };
  collect(parent, container, true);
  return container;
}

/** The paragraphs, headings and cells of a block, each a container at `place`. */
function containersOf(node: Nodes, place: Place): Container[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'tableCell':
      return [newContainer(node, place)];
    case 'list':
    case 'listItem':
    case 'blockquote':
    case 'table':
    case 'tableRow':
      return node.children.flatMap((child) => containersOf(child as Nodes, place));
    default:
      // A footnote's text has a place of its own, wherever its definition was written.
      return [];
  }
}

/** Every footnote definition under a node, in source order. */
function footnoteDefinitions(node: Nodes): FootnoteDefinition[] {
  if (node.type === 'footnoteDefinition') return [node];
  return 'children' in node ? node.children.flatMap((child) => footnoteDefinitions(child as Nodes)) : [];
}

/** The containers of the body's top-level blocks, footnote definitions aside, each with its place. */
function bodyContainers(tree: Root, source: string): Container[] {
  const anchors = bodyAnchors(tree.children, source);
  const containers: Container[] = [];
  let section: { id: string; text: string } | undefined;
  tree.children.forEach((node: RootContent, index) => {
    const anchor = anchors[index]!;
    switch (anchor.kind) {
      case 'opening':
        containers.push(...containersOf(node, { kind: 'opening' }));
        break;
      case 'paragraph':
        containers.push(...containersOf(node, { kind: 'unnumbered', id: anchor.id, index: Number(/^pp(\d+)/.exec(anchor.id)?.[1] ?? 0) }));
        break;
      case 'heading':
        section = { id: anchor.id, text: textOf(node) };
        containers.push(...containersOf(node, { kind: 'heading', id: anchor.id, text: section.text }));
        break;
      case 'numbered':
        (node as Parent).children.forEach((item, i) => {
          const { id, number } = anchor.items[i]!;
          // An id that is not "p{n}" carries its section's slug: say which section's paragraph.
          const place: Place = id === `p${number}` || !section ? { kind: 'numbered', id, number } : { kind: 'numbered', id, number, section: section.text };
          containers.push(...containersOf(item as Nodes, place));
        });
        break;
      case 'none':
        containers.push(...containersOf(node, section ? { kind: 'block', id: section.id, section: section.text } : { kind: 'block' }));
        break;
    }
  });
  return containers;
}

/** The text node that holds a whole range of a container's text, when a link may go there. */
function siteOf(container: Container, start: number, end: number): { segment: Segment } | undefined {
  const segment = container.segments.find((s) => s.start <= start && end <= s.start + s.node.value.length);
  return segment?.linkable ? { segment } : undefined;
}

/**
 * Reads a parsed body: its citations with places, excerpts and names, the reports it requests,
 * takes up or says were requested, and the places in its text nodes where links belong.
 * @param source the text the tree was parsed from, whose offsets its positions give.
 */
export function scanBody(tree: Root, source: string, context: BodyContext): { record: BodyCitations; links: LinkSite[] } {
  const containers = bodyContainers(tree, source);
  const record: BodyCitations = { citations: [], requests: [], reportsTakenUp: [], statedRequests: [] };
  const links: LinkSite[] = [];
  const referenceContext: ReferenceContext = { body: context.body, symbol: context.symbol };

  // Where each footnote is first marked, for its place and for the excerpt of a citation in it.
  const firstMark = new Map<string, { container: Container; offset: number; label: string }>();
  for (const container of containers) {
    for (const mark of container.marks) if (!firstMark.has(mark.identifier)) firstMark.set(mark.identifier, { container, ...mark });
  }

  const read = (container: Container): Reference[] => {
    const references = findReferences(container.text, referenceContext);
    for (const reference of references) {
      const site = siteOf(container, reference.start, reference.end) ?? siteOf(container, reference.numberStart, reference.end);
      if (site) {
        const from = reference.start >= site.segment.start ? reference.start : reference.numberStart;
        links.push({ node: site.segment.node, parent: site.segment.parent, start: from - site.segment.start, end: reference.end - site.segment.start, reference });
      }
    }
    return references;
  };

  const footnoteSymbols = new Map<string, string[]>();
  for (const definition of footnoteDefinitions(tree)) {
    const label = definition.label ?? definition.identifier;
    const mark = firstMark.get(definition.identifier);
    const markedIn = mark && mark.container.place.kind !== 'footnote' ? mark.container.place : undefined;
    const place: Place = { kind: 'footnote', id: footnoteId(label), label, ...(markedIn ? { markedIn } : {}) };
    const symbols: string[] = [];
    for (const container of definition.children.flatMap((child) => containersOf(child, place))) {
      const references = read(container);
      // A note that is nothing but its reference ("Resolution 217 A (III).") names the document
      // by the words its mark follows.
      const bare = references.length === 1 && container.text.replace(references[0]!.text, '').replace(/\b(?:[Rr]esolution|[Dd]ecision|annex|chap\. [IVXLC]+|see)\b|[\s.,;()]/g, '') === '';
      for (const reference of references) {
        symbols.push(reference.symbol);
        const before = mark?.container.text.slice(0, mark.offset);
        const name = bare && before !== undefined ? nameBefore(before) : undefined;
        const excerpt: Excerpt = mark
          ? { ...excerptOf(mark.container.text, mark.offset, mark.offset, EXCERPT_SIDE), match: mark.label, note: true }
          : excerptOf(container.text, reference.start, reference.end);
        record.citations.push(citation(reference, place, excerpt, name));
      }
    }
    footnoteSymbols.set(definition.identifier, symbols);
  }

  for (const container of containers) {
    for (const reference of read(container)) {
      // "his Millennium Report to the General Assembly (A/54/2000)": the words before the parenthesis.
      const name = container.text[reference.start - 1] === '(' ? nameBefore(container.text.slice(0, reference.start - 1)) : undefined;
      record.citations.push(citation(reference, container.place, excerptOf(container.text, reference.start, reference.end), name));
    }
    readReporting(container, context, footnoteSymbols, record);
  }
  const order = (c: Citation) => (c.place.kind === 'footnote' ? 1 : 0);
  // Text order for the body, then the footnotes, as a reader meets them.
  record.citations.sort((a, b) => order(a) - order(b));
  return { record, links };
}

function citation(reference: Reference, place: Place, excerpt: Excerpt, name: string | undefined): Citation {
  return {
    symbol: reference.symbol,
    text: reference.text,
    ...(reference.paragraph !== undefined ? { paragraph: reference.paragraph } : {}),
    place,
    excerpt,
    ...(name ? { name } : {}),
  };
}

/** What a container says about reports: requested by this text, taken up by it, or requested by another resolution. */
function readReporting(container: Container, context: BodyContext, footnoteSymbols: Map<string, string[]>, record: BodyCitations): void {
  const { text, place } = container;
  if (context.isResolution && place.kind === 'numbered') {
    for (const { session } of requestedReportSessions(text, 'present')) record.requests.push({ place, session });
    const taken = reportTakenUp(text);
    if (taken) {
      // The report's symbol is in the footnote marked right after the phrase, or in parentheses there.
      const mark = container.marks.find((m) => m.offset >= taken.end && /^[\s,]*$/.test(text.slice(taken.end, m.offset)));
      const inline = findReferences(text.slice(taken.end), context).find((ref) => /^[\s,]*\($/.test(text.slice(taken.end, taken.end + ref.start)));
      const symbol = mark ? footnoteSymbols.get(mark.identifier)?.[0] : inline?.symbol;
      if (symbol) record.reportsTakenUp.push({ place, phrase: taken.phrase, symbol });
    }
  }
  for (const { start, session } of requestedReportSessions(text, 'past')) {
    // The resolution that asked is the one resolution the sentence cites.
    const sentenceStart = text.lastIndexOf('. ', start) + 1;
    const sentenceEnd = text.indexOf('. ', start);
    const sentence = text.slice(sentenceStart, sentenceEnd < 0 ? text.length : sentenceEnd);
    const resolutions = [...new Set(findReferences(sentence, context).map((ref) => ref.symbol).filter((symbol) => resolutionNumber(symbol) !== undefined))];
    if (resolutions.length === 1) record.statedRequests.push({ place, symbol: resolutions[0]!, session });
  }
}
