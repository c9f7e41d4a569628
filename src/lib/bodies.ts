/**
 * The issuing bodies the site knows: their names as printed on documents, URL slugs for the
 * browse pages, the organ a subsidiary body reports to and the symbol prefixes they use.
 */
export const BODIES = [
  { name: 'General Assembly', slug: 'general-assembly', symbolPrefix: 'A/' },
  { name: 'Security Council', slug: 'security-council', symbolPrefix: 'S/' },
  { name: 'Economic and Social Council', slug: 'economic-and-social-council', symbolPrefix: 'E/' },
  {
    name: 'Commission on Human Rights',
    slug: 'commission-on-human-rights',
    symbolPrefix: 'E/CN.4/',
    parent: 'Economic and Social Council',
  },
  { name: 'Human Rights Council', slug: 'human-rights-council', symbolPrefix: 'A/HRC/' },
  { name: 'Secretariat', slug: 'secretariat', symbolPrefix: 'ST/' },
] as const;

/** A body's name exactly as the schema accepts it. */
export type BodyName = (typeof BODIES)[number]['name'];

/** Every accepted body name, for the schema's enum. */
export const BODY_NAMES = BODIES.map((body) => body.name) as unknown as [BodyName, ...BodyName[]];

/** The record of a body by name. */
export function bodyByName(name: BodyName) {
  return BODIES.find((body) => body.name === name)!;
}

/** A body's record from its browse-page slug, or undefined. */
export function bodyBySlug(slug: string) {
  return BODIES.find((body) => body.slug === slug);
}

/**
 * The body a symbol belongs to, by its longest matching prefix ("E/CN.4/2002/89" → Commission
 * on Human Rights), or undefined for a series the site does not know.
 */
export function bodyOfSymbol(symbol: string): BodyName | undefined {
  const matches = BODIES.filter((body) => symbol.startsWith(body.symbolPrefix));
  matches.sort((a, b) => b.symbolPrefix.length - a.symbolPrefix.length);
  return matches[0]?.name;
}

/**
 * Names of a body as printed in mastheads, upper-cased for comparison, mapped to the schema's
 * name: "COMMISSION ON HUMAN RIGHTS" → "Commission on Human Rights".
 */
export function bodyFromPrintedName(printed: string): BodyName | undefined {
  const wanted = printed.replace(/\s+/g, ' ').trim().toUpperCase();
  return BODIES.find((body) => body.name.toUpperCase() === wanted)?.name;
}
