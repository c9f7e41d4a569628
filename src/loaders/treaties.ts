/**
 * The treaties collection: Astro's glob loader over the content folder's treaties/, whose entries
 * are kept from one build to the next while a file's text is unchanged. They are dropped when the
 * content folder changes, so that an entry never names a file of another folder.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { treatiesDir } from '../integrations/content-dir.ts';

/** The key under which the loader's metadata records the folder its entries came from. */
const FOLDER_KEY = 'folder';

/** One YAML file per treaty in the content folder's treaties/; its id is the file name. */
export function treatiesLoader(): Loader {
  return {
    name: 'un-docs-treaties',
    async load(context) {
      const folder = treatiesDir(fileURLToPath(context.config.root));
      if (context.meta.get(FOLDER_KEY) !== folder) {
        context.store.clear();
        context.meta.set(FOLDER_KEY, folder);
      }
      const files = glob({ pattern: '*.yaml', base: pathToFileURL(folder).href, generateId: ({ entry }) => entry.replace(/\.yaml$/, '') });
      await files.load(context);
    },
  };
}
