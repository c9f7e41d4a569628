import { readFileSync } from 'node:fs';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { BodyCitations } from '../../src/lib/citation/body-citations.ts';
import { CITATIONS_KEY } from '../../src/lib/citation/citations.ts';
import remarkCrossReferences from '../../src/remark/cross-references.ts';
import { contentFileExists, remarkPlugins } from '../../src/remark/index.ts';
import { splitDocument } from '../../src/lib/document/document-file.ts';
import { thrown } from './helpers.ts';

/** A/RES/53/137 is in the collection of these tests; nothing else is. */
const isInCollection = (symbol: string) => symbol === 'A/RES/53/137';

/** Renders a body as Astro's MDX integration would, with the given frontmatter and plugins. */
function render(markdown: string, frontmatter: Record<string, unknown>, plugins: unknown[]): { html: string; file: VFile } {
  const file = new VFile({ value: markdown, data: { astro: { frontmatter: { ...frontmatter } } } });
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(plugins as never)
    .use(remarkRehype)
    .use(rehypeStringify);
  const tree = processor.runSync(processor.parse(file), file);
  return { html: String(processor.stringify(tree, file)), file };
}

const alone = (markdown: string, frontmatter: Record<string, unknown> = { body: 'General Assembly' }) =>
  render(markdown, frontmatter, [[remarkCrossReferences, { isInCollection }]]).html;

const EXTERNAL_45_158 =
  '<a href="https://undocs.org/A/RES/45/158" class="xref xref-external" rel="external" aria-label="45/158, official copy at undocs.org">45/158</a>';

describe('remarkCrossReferences', () => {
  it.each([
    ['a document of the collection, to its page', 'In its resolution 53/137 of 9 December 1998,', 'In its resolution <a href="/A/RES/53/137/" class="xref">53/137</a> of 9 December 1998,'],
    ['a paragraph of it, to the paragraph', 'under paragraph 3 of resolution 53/137.', 'under <a href="/A/RES/53/137/#p3" class="xref">paragraph 3 of resolution 53/137</a>.'],
    ['any other, to its official copy, marked', 'Recalling its resolution 45/158,', `Recalling its resolution ${EXTERNAL_45_158},`],
    ['a paragraph of another, to its official copy, which has no paragraph anchors', 'paragraph 2 of resolution 45/158', '<a href="https://undocs.org/A/RES/45/158" class="xref xref-external" rel="external" aria-label="paragraph 2 of resolution 45/158, official copy at undocs.org">paragraph 2 of resolution 45/158</a>'],
    ['a symbol in a list item', '- see A/54/150\n', '<li>see <a href="https://undocs.org/A/54/150"'],
    ['a symbol in a table cell', '| Symbol |\n| --- |\n| A/54/150 |\n', '<td><a href="https://undocs.org/A/54/150"'],
    ['a symbol in a footnote', 'Text.[^1]\n\n[^1]: A/53/230.\n', '<a href="https://undocs.org/A/53/230" class="xref xref-external" rel="external" aria-label="A/53/230, official copy at undocs.org">A/53/230</a>.'],
    ['a symbol inside emphasis', '*Recalling* its *resolution 45/158*', `<em>resolution ${EXTERNAL_45_158}</em>`],
    ['two references in one text', 'resolutions 45/158 and 53/137', `resolutions ${EXTERNAL_45_158} and <a href="/A/RES/53/137/" class="xref">53/137</a>`],
    // United Nations texts keep a number on the line of its word with a no-break space.
    ['a resolution after a no-break space, to its page', 'General Assembly resolution\u00a053/137 of 9 December', 'resolution\u00a0<a href="/A/RES/53/137/" class="xref">53/137</a> of'],
    ['a paragraph after no-break spaces, to the paragraph', 'paragraph\u00a03 of resolution\u00a053/137', '<a href="/A/RES/53/137/#p3" class="xref">paragraph\u00a03 of resolution\u00a053/137</a>'],
    ['a Security Council resolution with its year after a no-break space', 'Security Council resolution 1325\u00a0(2000)', '<a href="https://undocs.org/S/RES/1325(2000)" class="xref xref-external" rel="external" aria-label="1325\u00a0(2000), official copy at undocs.org">1325\u00a0(2000)</a>'],
  ])('links %s', (_name, markdown, html) => {
    expect(alone(markdown)).toContain(html);
  });

  it('keeps a heading’s id when it links inside it', () => {
    const html = render('## Follow-up to resolution 53/137\n', {}, remarkPlugins({ isInCollection })).html;
    expect(html).toBe('<h2 id="follow-up-to-resolution-53137">Follow-up to resolution <a href="/A/RES/53/137/" class="xref">53/137</a></h2>');
  });

  it.each([
    ['an existing link', 'See [resolution 53/137](https://undocs.org/A/RES/53/137).', '<a href="https://undocs.org/A/RES/53/137">resolution 53/137</a>'],
    ['code', 'Type `A/RES/53/137`.', '<code>A/RES/53/137</code>'],
    ['an OAS resolution', 'the General Assembly of the Organization of American States (OAS) in its resolution 1775 of 5 June 2001', 'in its resolution 1775 of 5 June 2001'],
    ['an article of a treaty', 'pursuant to article 87 of the Convention', 'pursuant to article 87 of the Convention'],
  ])('links nothing in %s', (_name, markdown, html) => {
    const out = alone(markdown);
    expect(out).toContain(html);
    expect(out).not.toContain('class="xref');
  });

  it('reads a year-numbered resolution by the body of the citing document, from its frontmatter', () => {
    expect(alone('In its resolution 2001/53, it called upon States.', { body: 'Commission on Human Rights' })).toContain('href="https://undocs.org/E/CN.4/RES/2001/53"');
    expect(alone('In its resolution 2001/53, it called upon States.', { body: 'General Assembly' })).not.toContain('<a');
  });

  it('leaves the body’s citation record in the frontmatter, for the citation graph', () => {
    const { file } = render('6. Takes note of the report of the Secretary-General,[^7] and requests him to submit a report at its fifty-fourth session;\n\n[^7]: A/53/230.\n', { body: 'General Assembly', type: 'resolution' }, [
      [remarkCrossReferences, { isInCollection }],
    ]);
    const record = (file.data as { astro: { frontmatter: Record<string, BodyCitations> } }).astro.frontmatter[CITATIONS_KEY]!;
    expect(record.citations.map((c) => [c.symbol, c.place])).toEqual([
      ['A/53/230', { kind: 'footnote', id: 'fn-7', label: '7', markedIn: { kind: 'numbered', id: 'p6', number: 6 } }],
    ]);
    expect(record.requests).toEqual([{ place: { kind: 'numbered', id: 'p6', number: 6 }, session: 54 }]);
    expect(record.reportsTakenUp.map((r) => r.symbol)).toEqual(['A/53/230']);
  });

  it('says which option it needs when it is not given', () => {
    expect(thrown(() => unified().use(remarkCrossReferences as never).freeze()).message).toBe(
      "remarkCrossReferences needs the option isInCollection(symbol), which says whether a symbol's document is in the collection",
    );
  });
});

/** Every reference link of a rendered body, as "text → href". */
function links(html: string): string[] {
  return [...html.matchAll(/<a href="([^"]+)" class="xref[^"]*"[^>]*>([^<]+)<\/a>/g)].map((m) => `${m[2]} → ${m[1]}`);
}

const content = (path: string) => {
  const text = readFileSync(new URL(`../../content/documents/${path}.mdx`, import.meta.url), 'utf8');
  return splitDocument(text, path);
};

/**
 * Every reference in the bodies of the five documents, with where its link leads, through the
 * site's own plugin list. The mastheads' symbols (A/54/150, A/53/625/Add.1, ...) are printed by
 * the page, and tested on the built pages.
 */
describe('the five documents, through the site’s plugins', () => {
  const GA_FOOTNOTES = [
    '217 A (III) → https://undocs.org/A/RES/217(III)',
    '2200 A (XXI) → https://undocs.org/A/RES/2200(XXI)',
    '2106 A (XX) → https://undocs.org/A/RES/2106(XX)',
    '34/180 → https://undocs.org/A/RES/34/180',
    '44/25 → https://undocs.org/A/RES/44/25',
    'A/CONF.157/24 (Part I) → https://undocs.org/A/CONF.157/24(PartI)',
  ];
  it.each([
    ['A/RES/53/137', ['45/158 → https://undocs.org/A/RES/45/158', '52/115 → https://undocs.org/A/RES/52/115', ...GA_FOOTNOTES, 'A/53/230 → https://undocs.org/A/53/230']],
    ['A/RES/55/88', ['45/158 → https://undocs.org/A/RES/45/158', ...GA_FOOTNOTES, 'A/55/205 → https://undocs.org/A/55/205']],
    [
      'E/CN.4/2002/89',
      [
        '45/158 → https://undocs.org/A/RES/45/158',
        '2001/53 → https://undocs.org/E/CN.4/RES/2001/53',
        '55/93 → https://undocs.org/A/RES/55/93',
        'A/54/2000 → https://undocs.org/A/54/2000',
        'E/CN.4/2002/94/Add.1 → https://undocs.org/E/CN.4/2002/94/Add.1',
      ],
    ],
    ['unnumbered/general-assembly-1999-09-13-report', ['45/158 → https://undocs.org/A/RES/45/158', '53/137 → /A/RES/53/137/', '1999/45 → https://undocs.org/E/CN.4/RES/1999/45']],
    ['unnumbered/general-assembly-2004-08-27-report', ['45/158 → https://undocs.org/A/RES/45/158', '58/166 → https://undocs.org/A/RES/58/166', '58/190 → https://undocs.org/A/RES/58/190']],
  ])('%s', (path, expected) => {
    const { frontmatter, body } = content(path);
    expect(links(render(body, frontmatter, remarkPlugins({ isInCollection: contentFileExists })).html)).toEqual(expected);
  });
});
