import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentsLoader } from './loaders/documents.ts';
import { documentSchema } from './schemas/document.ts';
import { treatySchemaForAstro } from './schemas/treaty.ts';

/** One MDX file per document; its id is its path (the symbol's path), not a slug of it. */
const documents = defineCollection({
  loader: documentsLoader({ base: './content/documents' }),
  schema: documentSchema,
});

/** One YAML file per treaty: its actions and what each document says of them; its id is the file name. */
const treaties = defineCollection({
  loader: glob({
    pattern: '*.yaml',
    base: './content/treaties',
    generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
  }),
  schema: treatySchemaForAstro,
});

export const collections = { documents, treaties };
