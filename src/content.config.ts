import { defineCollection } from 'astro:content';
import { documentsLoader } from './loaders/documents.ts';
import { documentSchema } from './schemas/document.ts';

/** One MDX file per document; its id is its path (the symbol's path), not a slug of it. */
const documents = defineCollection({
  loader: documentsLoader({ base: './content/documents' }),
  schema: documentSchema,
});

export const collections = { documents };
