/**
 * Digests of plain data: what a page or a file of the build is made from. Two values with the
 * same content, built alike, have the same digest, whatever their identity; any change to a
 * string, number, date, key or item changes it. Only plain data is accepted: a Map, a class instance or a
 * function has content this cannot see, and a page built from one could be kept when it changed,
 * so they fail loudly instead.
 */
import { createHash } from 'node:crypto';

/** A value a fingerprint cannot be taken of, and where in the value it is. */
export class FingerprintError extends TypeError {
  override name = 'FingerprintError';
}

/** Whether a value is an object literal or a JSON object, the only objects with plain content. */
function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** The length up to which an object's content stands for itself rather than by its digest. */
const INLINE_LENGTH = 160;

/**
 * Makes a fingerprint function. It remembers the digest of each object it has seen, so that data
 * shared by many pages (a document listed by a hundred pages) is digested once: the objects must
 * not change while it is in use, as within one build.
 * @param nameOf names the content of an object that has a name for it (a record named by the
 * digest of the file it was read from), so that its content need not be read; undefined for others.
 * @returns a function from a value to a 27-character digest.
 */
export function fingerprinter(nameOf: (value: object) => string | undefined = () => undefined): (value: unknown) => string {
  const digests = new WeakMap<object, string>();
  const inProgress = new Set<object>();

  const token = (value: unknown): string => {
    switch (typeof value) {
      case 'string':
        return JSON.stringify(value);
      case 'number':
      case 'boolean':
        return String(value);
      case 'undefined':
        return 'u';
      case 'object':
        if (value === null) return 'n';
        if (value instanceof Date) return `d${value.toISOString()}`;
        return objectDigest(value);
      default:
        throw new FingerprintError(`found a ${typeof value}, expected plain data (strings, numbers, dates, arrays, objects)`);
    }
  };

  const objectDigest = (value: object): string => {
    const known = digests.get(value);
    if (known !== undefined) return known;
    const name = nameOf(value);
    if (name !== undefined) {
      const named = `=${JSON.stringify(name)}`;
      digests.set(value, named);
      return named;
    }
    if (!Array.isArray(value) && !isPlainObject(value)) {
      throw new FingerprintError(`found a ${value.constructor?.name ?? 'non-plain object'}, expected plain data (strings, numbers, dates, arrays, objects)`);
    }
    if (inProgress.has(value)) throw new FingerprintError('found an object that contains itself, expected plain data without cycles');
    inProgress.add(value);
    let text: string;
    try {
      if (Array.isArray(value)) {
        text = `[${value.map((item, index) => tokenAt(item, `[${index}]`)).join(',')}]`;
      } else {
        // Keys in the order they were set: the same code makes the same data in the same order,
        // and another order only makes the page again. An undefined key is an absent one, as in JSON.
        const parts: string[] = [];
        for (const [key, item] of Object.entries(value)) if (item !== undefined) parts.push(`${JSON.stringify(key)}:${tokenAt(item, `.${key}`)}`);
        text = `{${parts.join(',')}}`;
      }
    } finally {
      inProgress.delete(value);
    }
    // A small object is its own token; hashing it would cost more than it saves its parent.
    const digest = text.length <= INLINE_LENGTH ? text : `#${createHash('sha1').update(text).digest('base64').slice(0, 27)}`;
    digests.set(value, digest);
    return digest;
  };

  // Names the place of a value that cannot be digested, from the outermost key in.
  const tokenAt = (value: unknown, place: string): string => {
    try {
      return token(value);
    } catch (error) {
      if (!(error instanceof FingerprintError)) throw error;
      const located = error.message.startsWith('at ') ? error.message.replace(/^at /, `at ${place}`) : `at ${place}: ${error.message}`;
      throw new FingerprintError(located, { cause: error.cause });
    }
  };

  return (value) => createHash('sha1').update(token(value)).digest('base64').slice(0, 27);
}
