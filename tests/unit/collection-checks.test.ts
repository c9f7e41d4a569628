import { describe, expect, it } from 'vitest';
import { listingCollisions } from '../../src/build/loaders/collection-checks.ts';

const found = (...ids: string[]) => ids.map((id) => ({ id, file: `content/documents/${id}.mdx` }));

describe('listingCollisions', () => {
  it('refuses a document at the listing page of others, naming both', () => {
    expect(listingCollisions(found('A/RES/53/137', 'A/RES/53', 'A/RES/53/138'))).toEqual([
      'content/documents/A/RES/53.mdx: field "symbol": found "A/RES/53", a series prefix: /A/RES/53/ is the listing page of A/RES/53/137 (content/documents/A/RES/53/137.mdx), expected the document\'s full symbol (a series or a session is not a document)',
    ]);
    expect(listingCollisions(found('A/RES', 'A/RES/53/137'))).toHaveLength(1);
    expect(listingCollisions(found('E/CN.4/2002', 'E/CN.4/2002/89'))).toHaveLength(1);
  });

  it('accepts a document with its addenda, corrigenda, revisions and parts under it', () => {
    expect(listingCollisions(found('A/53/625', 'A/53/625/Add.1', 'A/53/625/Add.1/Corr.1', 'A/53/625/Rev.2', 'A/CONF.157/24', 'A/CONF.157/24(PartI)'))).toEqual([]);
  });

  it('accepts documents that only share a prefix', () => {
    expect(listingCollisions(found('A/RES/53/137', 'A/RES/53/1370', 'unnumbered/general-assembly-1999-09-13-report'))).toEqual([]);
  });
});
