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
  // The committees of the human rights treaties: each publishes under the series of its treaty.
  { name: 'Human Rights Committee', slug: 'human-rights-committee', symbolPrefix: 'CCPR/', code: 'CCPR' },
  {
    name: 'Committee on Economic, Social and Cultural Rights',
    slug: 'committee-on-economic-social-and-cultural-rights',
    symbolPrefix: 'E/C.12/',
    code: 'CESCR',
    parent: 'Economic and Social Council',
  },
  {
    name: 'Committee on the Elimination of Racial Discrimination',
    slug: 'committee-on-the-elimination-of-racial-discrimination',
    symbolPrefix: 'CERD/',
    code: 'CERD',
  },
  {
    name: 'Committee on the Elimination of Discrimination against Women',
    slug: 'committee-on-the-elimination-of-discrimination-against-women',
    symbolPrefix: 'CEDAW/',
    code: 'CEDAW',
  },
  { name: 'Committee against Torture', slug: 'committee-against-torture', symbolPrefix: 'CAT/', code: 'CAT' },
  { name: 'Committee on the Rights of the Child', slug: 'committee-on-the-rights-of-the-child', symbolPrefix: 'CRC/', code: 'CRC' },
  { name: 'Committee on Migrant Workers', slug: 'committee-on-migrant-workers', symbolPrefix: 'CMW/', code: 'CMW' },
  {
    name: 'Committee on the Rights of Persons with Disabilities',
    slug: 'committee-on-the-rights-of-persons-with-disabilities',
    symbolPrefix: 'CRPD/',
    code: 'CRPD',
  },
  { name: 'Committee on Enforced Disappearances', slug: 'committee-on-enforced-disappearances', symbolPrefix: 'CED/', code: 'CED' },
] as const;

/** The treaty bodies' short codes ("CEDAW", "CAT"), as their general comments are cited. */
export const COMMITTEE_CODES = BODIES.flatMap((body) => ('code' in body ? [body.code] : [])) as string[];

/** The committee of a treaty body's code ("CAT" → Committee against Torture), or undefined. */
export function committeeByCode(code: string): BodyName | undefined {
  return BODIES.find((body) => 'code' in body && body.code === code)?.name;
}

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
