/**
 * The site's own addresses: a path as a link (with the base the site is deployed under) and as an
 * absolute URL (with the configured origin). Every link a page prints goes through these, so that
 * the site can be served from a sub-path such as https://example.org/un-docs/.
 */

/**
 * A site path as a link under the base: "/A/RES/53/137/" → "/un-docs/A/RES/53/137/" when the site
 * is deployed at "/un-docs/". Paths are site paths, starting with "/".
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  if (!path.startsWith('/')) throw new Error(`expected a site path starting with "/", found "${path}"`);
  return `${base.replace(/\/+$/, '')}${path}`;
}

/**
 * A site path as an absolute URL: "/A/RES/53/137/" → "https://un-docs.example.org/A/RES/53/137/".
 * @throws {Error} when no site origin is configured, since a citation needs a full address.
 */
export function absoluteUrl(path: string, site: string | undefined = import.meta.env.SITE, base: string = import.meta.env.BASE_URL): string {
  if (!site) throw new Error('astro.config.mjs: field "site": found nothing, expected the origin the site is published at');
  return new URL(withBase(path, base), site).href;
}
