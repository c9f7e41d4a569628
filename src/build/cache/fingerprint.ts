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
  // The same few keys come back in every page's data: each is quoted once.
  const keyTokens = new Map<string, string>();

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

  const keyToken = (key: string): string => {
    let known = keyTokens.get(key);
    if (known === undefined) keyTokens.set(key, (known = `${JSON.stringify(key)}:`));
    return known;
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
    // The index or key of the item being read, for the message when it cannot be digested.
    let at: number | string = '';
    try {
      if (Array.isArray(value)) {
        text = '[';
        for (let index = 0; index < value.length; index++) {
          at = index;
          text += index === 0 ? token(value[index]) : `,${token(value[index])}`;
        }
        text += ']';
      } else {
        // Keys in the order they were set: the same code makes the same data in the same order,
        // and another order only makes the page again. An undefined key is an absent one, as in JSON.
        text = '{';
        let first = true;
        const record = value as Record<string, unknown>;
        for (const key in record) {
          const item = record[key];
          if (item === undefined) continue;
          at = key;
          text += first ? keyToken(key) + token(item) : `,${keyToken(key)}${token(item)}`;
          first = false;
        }
        text += '}';
      }
    } catch (error) {
      if (!(error instanceof FingerprintError)) throw error;
      // Names the place of a value that cannot be digested, from the outermost key in.
      const place = typeof at === 'number' ? `[${at}]` : `.${at}`;
      const located = error.message.startsWith('at ') ? error.message.replace(/^at /, `at ${place}`) : `at ${place}: ${error.message}`;
      throw new FingerprintError(located, { cause: error.cause });
    } finally {
      inProgress.delete(value);
    }
    // A small object is its own token; hashing it would cost more than it saves its parent.
    const digest = text.length <= INLINE_LENGTH ? text : `#${createHash('sha1').update(text).digest('base64').slice(0, 27)}`;
    digests.set(value, digest);
    return digest;
  };

  return (value) => createHash('sha1').update(token(value)).digest('base64').slice(0, 27);
}
