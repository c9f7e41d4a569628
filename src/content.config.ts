import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './schemas/document.ts';

/** One MDX file per document; its id is its path (the symbol's path), not a slug of it. */
const documents = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: './content/documents',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: documentSchema,
});

export const collections = { documents };
