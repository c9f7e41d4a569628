import { describe, expect, it } from 'vitest';
import { scanBody, type BodyCitations, type Place } from '../../src/lib/citation/body-citations.ts';
import type { Listed } from '../../src/lib/browse/browse.ts';
import { citationSummary } from '../../src/lib/citation/citation-summary.ts';
import {
  CITATIONS_KEY,
  citationGraph,
  excerptText,
  mastheadCitations,
  placeHref,
  placeLabel,
  renderedCitations,
  symbolLink,
  type Target,
} from '../../src/lib/citation/citations.ts';
import type { DocumentInput } from '../../src/schemas/document.ts';
import { thrown } from './helpers.ts';
import { ES_11_10, kind, RES_79_250 } from './kinds.ts';
import { listed } from './listed.ts';
import { parseBody } from './mdx.ts';

/** A document with a body, read as the remark plugin reads it. */
function doc(fields: Partial<DocumentInput>, body: string): { document: Listed; body: BodyCitations } {
  const document = listed(fields);
  const context = { body: document.data.body, isResolution: document.data.type === 'resolution' };
  return { document, body: scanBody(parseBody(body), body, context).record };
}

const RESOLUTION_53_137 = doc(
  {
    symbol: 'A/RES/53/137',
    type: 'resolution',
    date: '1999-03-01',
    session: { number: 53, name: 'Fifty-third session' },
    resolution: { adopted: '1998-12-09', meeting: 85, committeeReport: { committee: 'Third Committee', symbol: 'A/53/625/Add.1' } },
  },
  `The General Assembly,

Recalling its resolution 45/158 of 18 December 1990,

Recalling that, in its resolution 52/115 of 12 December 1997, it requested the Secretary-General to submit to it at its fifty-third session a report on the status of the Convention,

6. *Takes note* of the report of the Secretary-General,[^7] and requests him to submit an updated report on the status of the Convention to the General Assembly at its fifty-fourth session;

[^7]: A/53/230.
`,
);
const REPORT_1999 = doc(
  {
    unnumberedId: 'general-assembly-1999-09-13-report',
    date: '1999-09-13',
    session: { number: 54, name: 'Fifty-fourth session' },
    agendaItem: { number: '117 (a)', provisional: true, agendaSymbol: 'A/54/150' },
    report: { requestedBy: ['A/RES/53/137'] },
  },
  `1. The General Assembly, by its resolution 45/158 of 18 December 1990, adopted the Convention.

2. In its resolution 53/137 of 9 December 1998, the General Assembly requested the Secretary-General to submit to the General Assembly at its fifty-fourth session an updated report on the status of the Convention.
`,
);
const REPORT_2004 = doc(
  { unnumberedId: 'general-assembly-2004-08-27-report', date: '2004-08-27', session: { number: 59, name: 'Fifty-ninth session' }, report: { requestedBy: ['A/RES/58/166'] } },
  `6. In its resolution 58/166, the General Assembly requested the Secretary-General to submit an updated report on the status of the Convention to the General Assembly at its fifty-ninth session.
`,
);
const graph = citationGraph([RESOLUTION_53_137, REPORT_1999, REPORT_2004]);
const [resolution, report1999, report2004] = [RESOLUTION_53_137.document, REPORT_1999.document, REPORT_2004.document];

const label = (target: Target<Listed>) => (target.inCollection ? `${target.symbol} (here)` : target.symbol);
const places = (list: { place: Place }[]) => list.map(({ place }) => placeLabel(place, false));

describe('citationGraph: a document’s references', () => {
  it('lists what it cites in the order a reader meets it, masthead first, each with its places', () => {
    expect(graph.ofDocument(resolution).references.map(({ target, citations }) => [label(target), places(citations)])).toEqual([
      ['A/53/625/Add.1', ['masthead']],
      ['A/RES/45/158', ['unnumbered para. 1']],
      ['A/RES/52/115', ['unnumbered para. 2']],
      ['A/53/230', ['para. 6, footnote 7']],
    ]);
  });

  it('groups the citations of one document and leads the ones here to their pages', () => {
    const references = graph.ofDocument(report1999).references;
    expect(references.map(({ target, citations }) => [label(target), target.path, citations.length])).toEqual([
      ['A/54/150', '/A/54/150/', 1],
      ['A/RES/45/158', '/A/RES/45/158/', 1],
      ['A/RES/53/137 (here)', '/A/RES/53/137/', 1],
    ]);
  });

  it('knows a document by its id, not by the object: the dev server loads the collection anew for each page', () => {
    const reloaded = { id: resolution.id, data: { ...resolution.data } };
    expect(graph.ofDocument(reloaded).references.map(({ target }) => target.symbol)).toEqual(graph.ofDocument(resolution).references.map(({ target }) => target.symbol));
    expect(graph.ofDocument(reloaded).chain.requests).toHaveLength(1);
  });

  it('links the masthead’s symbols by the same rule as the text', () => {
    expect(graph.ofDocument(resolution).mastheadLinks).toEqual({ committeeReport: { href: 'https://undocs.org/A/53/625/Add.1', external: true } });
    expect(graph.ofDocument(report1999).mastheadLinks).toEqual({ agendaSymbol: { href: 'https://undocs.org/A/54/150', external: true } });
  });
});

describe('citationGraph: what cites a document', () => {
  it('lists the citing documents with their places and excerpts', () => {
    expect(
      graph.ofDocument(resolution).citedBy.map(({ document, citations }) => [document.id, citations.map((c) => [placeLabel(c.place, false), excerptText(c.excerpt)])]),
    ).toEqual([
      [
        'unnumbered/general-assembly-1999-09-13-report',
        [['para. 2', 'In its resolution 53/137 of 9 December 1998, the General Assembly requested the Secretary-General to submit to the…']],
      ],
    ]);
  });

  it('has nothing cite a document whose symbol is not known', () => {
    expect(graph.ofDocument(report1999).citedBy).toEqual([]);
  });

  it('gives every cited document the collection lacks a page, with what is known of it', () => {
    expect(graph.cited.map((cited) => cited.symbol)).toEqual(['A/53/230', 'A/53/625/Add.1', 'A/54/150', 'A/RES/45/158', 'A/RES/52/115', 'A/RES/58/166']);
    const agenda = graph.cited.find((cited) => cited.symbol === 'A/54/150')!;
    expect(agenda.roles.map(({ role, document }) => [role, document.id])).toEqual([['the provisional agenda of the fifty-fourth session', report1999.id]]);
    expect(agenda.description.text).toBe('A document of the General Assembly, for its fifty-fourth session.');
    const noted = graph.cited.find((cited) => cited.symbol === 'A/53/230')!;
    expect(noted.names.map(({ name, places: p }) => [name, p.map(({ document }) => document.id)])).toEqual([['Report of the Secretary-General', [resolution.id]]]);
    expect(noted.official).toBe('https://undocs.org/A/53/230');
    const cites45158 = graph.cited.find((cited) => cited.symbol === 'A/RES/45/158')!;
    expect(cites45158.citedBy.map(({ document }) => document.id)).toEqual([resolution.id, report1999.id]);
  });
});

describe('citationGraph: the reporting chain', () => {
  it('answers a resolution’s request with the report that names it, and the report with the paragraph that asked', () => {
    const ofResolution = graph.ofDocument(resolution).chain;
    expect(ofResolution.requests.map(({ place, session, answeredBy }) => [placeLabel(place, true), session, answeredBy.map((d) => d.id)])).toEqual([
      ['para. 6', 54, [report1999.id]],
    ]);
    expect(ofResolution.takesUp.map(({ place, report }) => [placeLabel(place, true), label(report)])).toEqual([['para. 6', 'A/53/230']]);
    // Its own paragraph says what it requested; what the report says about it is not repeated.
    expect(ofResolution.stated).toEqual([]);
    expect(graph.ofDocument(report1999).chain.requestedBy.map(({ resolution: r, place }) => [label(r), place && placeHref(r.path, place)])).toEqual([
      ['A/RES/53/137 (here)', '/A/RES/53/137/#p6'],
    ]);
  });

  it('tells, on the page of a resolution the collection lacks, what the texts say it requested and which report answered', () => {
    const chain = graph.cited.find((cited) => cited.symbol === 'A/RES/58/166')!.chain;
    expect(chain.reports.map((d) => d.id)).toEqual([report2004.id]);
    expect(chain.stated.map(({ session, document, place }) => [session, document.id, placeLabel(place, false)])).toEqual([[59, report2004.id, 'para. 6']]);
    expect(graph.ofDocument(report2004).chain.requestedBy.map(({ resolution: r, place }) => [label(r), place])).toEqual([['A/RES/58/166', undefined]]);
    const taken = graph.cited.find((cited) => cited.symbol === 'A/53/230')!.chain.takenUpBy;
    expect(taken.map(({ resolution: r, place, phrase }) => [r.id, placeLabel(place, true), phrase])).toEqual([[resolution.id, 'para. 6', 'Takes note of the report of the Secretary-General']]);
  });

  it('matches reports to requests by session when a resolution asks for several', () => {
    const asking = doc(
      { symbol: 'A/RES/60/1', type: 'resolution', resolution: { adopted: '2005-12-01', meeting: 1 } },
      '1. Requests the Secretary-General to submit a report at its sixty-first session;\n\n2. Requests the Secretary-General to submit a report at its sixty-second session;\n',
    );
    const answer = (session: number) =>
      doc({ symbol: `A/${session}/1`, session: { number: session, name: ['Sixty-first session', 'Sixty-second session'][session - 61]! }, report: { requestedBy: ['A/RES/60/1'] } }, 'Text.\n');
    const requests = citationGraph([asking, answer(62), answer(61)]).ofDocument(asking.document).chain.requests;
    expect(requests.map(({ session, answeredBy }) => [session, answeredBy.map((d) => d.data.symbol)])).toEqual([
      [61, ['A/61/1']],
      [62, ['A/62/1']],
    ]);
  });
});

describe('citationSummary', () => {
  it.each([
    [resolution, ['Report requested in para. 6: Report of 13 September 1999 → /unnumbered/general-assembly-1999-09-13-report/', 'Cited by 1 document → /A/RES/53/137/#cited-by', 'Cites 4 documents → /A/RES/53/137/#references']],
    // Nothing cites it: no "Cited by 0 documents".
    [report1999, ['Requested by A/RES/53/137, para. 6 → /A/RES/53/137/#p6', 'Cites 3 documents → /unnumbered/general-assembly-1999-09-13-report/#references']],
  ])('of %o', (document, expected) => {
    expect(citationSummary(document, graph.ofDocument(document)).map(({ lead, text, href }) => `${lead ? `${lead} ` : ''}${text} → ${href}`)).toEqual(expected);
  });
});

describe('places', () => {
  const numbered: Place = { kind: 'numbered', id: 'p7', number: 7 };
  it.each<[Place, boolean, string, string]>([
    [numbered, true, 'para. 7', '/A/RES/55/88/#p7'],
    [{ kind: 'numbered', id: 'annex-p1', number: 1, section: 'Annex' }, false, 'Annex, para. 1', '/A/RES/55/88/#annex-p1'],
    [{ kind: 'unnumbered', id: 'pp3', index: 3 }, true, 'preambular para. 3', '/A/RES/55/88/#pp3'],
    [{ kind: 'unnumbered', id: 'pp1', index: 1 }, false, 'unnumbered para. 1', '/A/RES/55/88/#pp1'],
    [{ kind: 'opening' }, true, 'opening phrase', '/A/RES/55/88/'],
    [{ kind: 'heading', id: 'annex', text: 'Annex' }, false, 'heading “Annex”', '/A/RES/55/88/#annex'],
    [{ kind: 'block', id: 'annex', section: 'Annex' }, false, 'under “Annex”', '/A/RES/55/88/#annex'],
    [{ kind: 'block' }, false, 'text', '/A/RES/55/88/'],
    [{ kind: 'footnote', id: 'fn-7', label: '7', markedIn: numbered }, true, 'para. 7, footnote 7', '/A/RES/55/88/#fn-7'],
    [{ kind: 'footnote', id: 'fn-2', label: '2' }, true, 'footnote 2', '/A/RES/55/88/#fn-2'],
    [{ kind: 'masthead', id: 'agenda-note', part: 'agenda' }, false, 'masthead, note on the agenda item', '/A/RES/55/88/#agenda-note'],
  ])('%o', (place, isResolution, text, href) => {
    expect([placeLabel(place, isResolution), placeHref('/A/RES/55/88/', place)]).toEqual([text, href]);
  });
});

describe('symbolLink', () => {
  it.each([
    ['A/RES/53/137', true, undefined, { href: '/A/RES/53/137/', external: false }],
    ['A/RES/53/137', true, 3, { href: '/A/RES/53/137/#p3', external: false }],
    ['A/RES/45/158', false, 3, { href: 'https://undocs.org/A/RES/45/158', external: true }],
    ['A/CONF.157/24 (Part I)', false, undefined, { href: 'https://undocs.org/A/CONF.157/24(PartI)', external: true }],
  ])('%s (in the collection: %s, paragraph %s)', (symbol, inCollection, paragraph, link) => {
    expect(symbolLink(symbol, inCollection, paragraph)).toEqual(link);
  });
});

describe('mastheadCitations', () => {
  it('reads a committee report and an agenda symbol, with what they are', () => {
    expect(mastheadCitations(resolution.data).map(({ citation, role }) => [citation.symbol, excerptText(citation.excerpt), role])).toEqual([
      ['A/53/625/Add.1', '[on the report of the Third Committee (A/53/625/Add.1)]', 'the report of the Third Committee on which A/RES/53/137 was adopted'],
    ]);
    expect(mastheadCitations(report1999.data).map(({ citation, role }) => [citation.symbol, excerptText(citation.excerpt), role])).toEqual([
      ['A/54/150', 'Item 117 (a) of the provisional agenda[*]', 'the provisional agenda of the fifty-fourth session'],
    ]);
  });

  it('reads the paragraph of a committee report, and a draft adopted without reference to a Main Committee', () => {
    expect(mastheadCitations(kind(RES_79_250).data).map(({ citation }) => [citation.symbol, excerptText(citation.excerpt)])).toEqual([
      ['A/79/390', '[on the report of the Fifth Committee (A/79/390, para. 7)]'],
    ]);
    expect(mastheadCitations(kind(ES_11_10).data).map(({ citation, role }) => [citation.symbol, excerptText(citation.excerpt), role])).toEqual([
      ['A/ES-11/L.17', '[without reference to a Main Committee (A/ES-11/L.17)]', 'the draft adopted as A/RES/ES-11/10 without reference to a Main Committee'],
    ]);
  });

  it('links the draft from the masthead like a committee report', () => {
    const es = kind(ES_11_10);
    expect(citationGraph([{ document: es, body: { citations: [], requests: [], reportsTakenUp: [], statedRequests: [] } }]).ofDocument(es).mastheadLinks).toEqual({
      committeeReport: { href: 'https://undocs.org/A/ES-11/L.17', external: true },
    });
  });
});

describe('renderedCitations', () => {
  it('returns the record the remark plugin left', () => {
    expect(renderedCitations({ [CITATIONS_KEY]: RESOLUTION_53_137.body }, 'content/documents/A/RES/53/137.mdx')).toBe(RESOLUTION_53_137.body);
  });

  it('says which file was rendered without the plugin', () => {
    expect(thrown(() => renderedCitations({ title: 'x' }, 'content/documents/A/RES/53/137.mdx')).message).toBe(
      'content/documents/A/RES/53/137.mdx: found no citation record in the rendered document, expected "citations" in its remarkPluginFrontmatter: render bodies with the plugins of src/remark/index.ts',
    );
  });
});
