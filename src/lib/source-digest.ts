/**
 * A digest of a project's own source files, so that what was made from them (a cached rendering,
 * a page of the last build) is made again when one of them changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The digest of the files and folders `sources` (paths relative to `root`; absent ones are
 * skipped): every file's path and content, in a stable order.
 * @param extra other things the result depends on, such as configuration values.
 */
export function sourceDigest(root: string, sources: string[], extra = ''): string {
  const hash = createHash('sha256').update(extra);
  for (const source of sources) {
    const path = join(root, source);
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory()
      ? readdirSync(path, { recursive: true, encoding: 'utf8' })
          .sort()
          .map((name) => join(source, name))
      : [source];
    for (const file of files) {
      const full = join(root, file);
      if (statSync(full).isFile()) hash.update(`\0${file.split('\\').join('/')}\0`).update(readFileSync(full));
    }
  }
  return hash.digest('hex').slice(0, 16);
}
