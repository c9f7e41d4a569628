import { defineCollection } from 'astro:content';
import { documentsLoader, treatiesLoader } from './build/index.ts';
import { documentSchema } from './schemas/document.ts';
import { treatySchemaForAstro } from './schemas/treaty.ts';

/**
 * One MDX file per document in the content folder's documents/ (src/build/integrations/content-dir.ts);
 * its id is its path (the symbol's path), not a slug of it.
 */
const documents = defineCollection({
  loader: documentsLoader(),
  schema: documentSchema,
});

/** One YAML file per treaty in the content folder's treaties/: its actions and what each document says of them. */
const treaties = defineCollection({
  loader: treatiesLoader(),
  schema: treatySchemaForAstro,
});

export const collections = { documents, treaties };
