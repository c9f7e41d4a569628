/**
 * The treaties collection: Astro's glob loader over the content folder's treaties/, whose entries
 * are kept from one build to the next while a file's text is unchanged, parsed and validated as
 * they were. They are dropped when the build key changes (src/build/integrations/build-key.ts: the
 * schema, any code, the content folder), so that every entry is validated by the code that
 * builds it and never names a file of another folder. A file that is not UTF-8 is refused first
 * (Astro would read it with U+FFFD in place of its letters).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { decodeDocument, DocumentFileError } from '../../lib/document/document-file.ts';
import { buildKey } from '../integrations/build-key.ts';
import { treatiesDir } from '../integrations/content-dir.ts';
import { ContentRefusal, refusalReport } from './refusal.ts';

/** The key under which the loader's metadata records the build key its entries were made with. */
const BUILD_KEY = 'build-key';

const YAML = /\.yaml$/;

/** The problems of the treaty files that are not UTF-8, each named as `shown` gives it. */
export function undecodableTreaties(folder: string, shown: (file: string) => string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => YAML.test(name))
    .sort()
    .flatMap((name) => {
      try {
        decodeDocument(readFileSync(join(folder, name)), shown(join(folder, name)));
        return [];
      } catch (error) {
        if (error instanceof DocumentFileError) return [error.message];
        throw error;
      }
    });
}

/**
 * One YAML file per treaty in the content folder's treaties/; its id is the file name.
 * @throws {ContentRefusal} when a file is not UTF-8, each problem logged.
 */
export function treatiesLoader(): Loader {
  return {
    name: 'un-docs-treaties',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const folder = treatiesDir(root);
      const problems = undecodableTreaties(folder, (file) => relative(root, file));
      if (problems.length > 0) {
        context.logger.error(refusalReport(problems));
        throw new ContentRefusal(problems);
      }
      const key = buildKey(root);
      if (context.meta.get(BUILD_KEY) !== key) {
        context.store.clear();
        context.meta.set(BUILD_KEY, key);
      }
      const files = glob({ pattern: '*.yaml', base: pathToFileURL(folder).href, generateId: ({ entry }) => entry.replace(YAML, '') });
      await files.load(context);
    },
  };
}
