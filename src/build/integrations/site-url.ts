/**
 * The site's address. Every canonical URL, citation, download, JSON file, feed and sitemap carries
 * it, so a build that was not told it publishes a placeholder everywhere: such a build ends with
 * a warning saying so and how to set it.
 */
import type { AstroIntegration } from 'astro';

/** The address a build uses when `SITE_URL` is not set, read by astro.config.mjs. */
export const PLACEHOLDER_SITE = 'https://un-docs.example.org';

/** The variable that names the site's address. */
export const SITE_VARIABLE = 'SITE_URL';

/** The warning of a build without `SITE_URL`, one line. */
export const PLACEHOLDER_WARNING = `${SITE_VARIABLE} is not set: every URL, citation and data file of this build names the placeholder ${PLACEHOLDER_SITE}; set the site's address to publish it, as in ${SITE_VARIABLE}=https://example.org npm run build`;

/** The site's address: `SITE_URL`, or the placeholder when it is unset or empty. */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env[SITE_VARIABLE] || PLACEHOLDER_SITE;
}

/**
 * Warns at the end of a build without `SITE_URL`. Listed last among the integrations, so that the
 * warning is the build's last word and not lost above the search index's lines.
 */
export default function siteUrlWarning(): AstroIntegration {
  return {
    name: 'un-docs-site-url',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (!process.env[SITE_VARIABLE]) logger.warn(PLACEHOLDER_WARNING);
      },
    },
  };
}
