import { describe, expect, it } from 'vitest';
import { FingerprintError, fingerprinter } from '../../src/build/cache/fingerprint.ts';

describe('fingerprinter', () => {
  const document = () => ({ symbol: 'A/RES/53/137', adopted: new Date('1998-12-09'), paragraphs: ['p1', 'p2'], agenda: { item: 110 } });

  it('gives equal data the same digest, whatever its identity', () => {
    const fingerprint = fingerprinter();
    expect(fingerprint(document())).toBe(fingerprint(document()));
    expect(fingerprinter()(document())).toBe(fingerprint(document()));
    const long = () => ({ ...document(), paragraphs: Array.from({ length: 100 }, (_, index) => `paragraph ${index}`) });
    expect(fingerprint(long())).toBe(fingerprinter()(long()));
    expect(fingerprint(document())).toMatch(/^[A-Za-z0-9+/]{27}$/);
  });

  it('changes with any string, number, date, key or item', () => {
    const fingerprint = fingerprinter();
    const digests = [
      document(),
      { ...document(), symbol: 'A/RES/53/138' },
      { ...document(), adopted: new Date('1998-12-10') },
      { ...document(), agenda: { item: 111 } },
      { ...document(), paragraphs: ['p1'] },
      { ...document(), paragraphs: ['p2', 'p1'] },
      { ...document(), note: 'added' },
      { ...document(), agenda: { item: '110' } },
      { ...document(), paragraphs: Array.from({ length: 100 }, (_, index) => `paragraph ${index}`) },
      { ...document(), paragraphs: Array.from({ length: 100 }, (_, index) => `paragraph ${index + 1}`) },
      // Another order of the same keys is another digest: the page is only made again.
      { paragraphs: ['p1', 'p2'], agenda: { item: 110 }, adopted: new Date('1998-12-09'), symbol: 'A/RES/53/137' },
      [document()],
      'A/RES/53/137',
      137,
      null,
    ].map(fingerprint);
    expect(new Set(digests).size).toBe(digests.length);
  });

  it('treats an undefined key as an absent one, as JSON does', () => {
    const fingerprint = fingerprinter();
    expect(fingerprint({ ...document(), corrigendum: undefined })).toBe(fingerprint(document()));
  });

  it('digests an object shared by many values once, and sees no change to it afterwards', () => {
    const fingerprint = fingerprinter();
    const shared = { ...document(), paragraphs: Array.from({ length: 100 }, (_, index) => `paragraph ${index}`) };
    const before = fingerprint({ page: 1, shared });
    shared.symbol = 'A/RES/53/999';
    // Within one build the data does not change; a new fingerprinter sees the new content.
    expect(fingerprint({ page: 1, shared })).toBe(before);
    expect(fingerprinter()({ page: 1, shared })).not.toBe(before);
  });

  it('takes the name of an object that has one for its content, without reading it', () => {
    const named = (digest: string, data: unknown) => ({ digest, data });
    const fingerprint = fingerprinter((value) => ('digest' in value ? `record ${String(value.digest)}` : undefined));
    expect(fingerprint([named('d1', 'one')])).toBe(fingerprint([named('d1', 'other content, same name')]));
    expect(fingerprint([named('d1', 'one')])).not.toBe(fingerprint([named('d2', 'one')]));
    expect(fingerprint([named('d1', new Map())])).toBe(fingerprint([named('d1', 'one')]));
  });

  it('refuses what it cannot see into, naming where it is', () => {
    const fingerprint = fingerprinter();
    expect(() => fingerprint({ page: { states: new Map([['MEX', 1]]) } })).toThrow(
      new FingerprintError('at .page.states: found a Map, expected plain data (strings, numbers, dates, arrays, objects)'),
    );
    expect(() => fingerprint({ items: [1, () => 2] })).toThrow('at .items[1]: found a function, expected plain data');
    expect(() => fingerprint(new Set())).toThrow('found a Set, expected plain data');
    const cyclic: Record<string, unknown> = { symbol: 'A/54/150' };
    cyclic.self = cyclic;
    expect(() => fingerprint(cyclic)).toThrow('at .self: found an object that contains itself');
  });
});
