/**
 * The citations a reader finds in the built pages: the cite panel of each document page, a
 * "cite" link beside every paragraph, and on the cite page a block for each of them.
 */
import { describe, expect, it } from 'vitest';
import { documentPath } from '../../src/lib/document/documents.ts';
import { readDocuments } from './content.ts';
import { requireDist } from './dist.ts';
import { hrefsOfClass, textById, textsOfClass } from './page-head.ts';

requireDist();

const documents = readDocuments().map(({ file, data }) => ({ file, path: documentPath(data) }));

describe('the cite panel of a document page', () => {
  it('gives A/RES/55/88 in the United Nations form, OSCOLA and the Bluebook', () => {
    expect(textsOfClass('/A/RES/55/88/', 'citation-text')).toEqual([
      'General Assembly resolution 55/88 of 4 December 2000. Available from https://un-docs.example.org/A/RES/55/88/.',
      'UNGA Res 55/88 (4 December 2000) UN Doc A/RES/55/88',
      'G.A. Res. 55/88, U.N. Doc. A/RES/55/88 (Dec. 4, 2000)',
    ]);
  });
});

describe('every paragraph has a cite link to its block on the cite page', () => {
  it.each(documents)('$path', ({ path }) => {
    const page = textById(path);
    const links = hrefsOfClass(path, 'paragraph-cite');
    const ids = links.map((href) => href.replace(/^cite\/#/, ''));
    expect(links.length).toBeGreaterThan(0);
    // Every paragraph anchor of the body has its link: p{n}, pp{k} and the like, in page order.
    const anchors = [...page.keys()].filter((id) => /^(?:.+-)?p\d+$|^pp\d+$/.test(id));
    expect(ids).toEqual(anchors);
    const citePage = textById(`${path}cite/`);
    for (const id of ids) expect(citePage.has(id), `${path}cite/#${id}`).toBe(true);
  });

  it('cites paragraph 4 of E/CN.4/2002/89 on its cite page, with its address', () => {
    const block = textById('/E/CN.4/2002/89/cite/').get('p4');
    expect(block).toContain('Report of the Secretary-General (E/CN.4/2002/89), para. 4. Available from https://un-docs.example.org/E/CN.4/2002/89/#p4.');
    expect(block).toContain('UN Doc E/CN.4/2002/89, para 4');
    expect(block).toContain('¶ 4, U.N. Doc. E/CN.4/2002/89 (Dec. 20, 2001)');
  });

  it('cites the third preambular paragraph of A/RES/53/137', () => {
    expect(textById('/A/RES/53/137/cite/').get('pp3')).toContain('General Assembly resolution 53/137 of 9 December 1998, third preambular paragraph.');
  });
});
