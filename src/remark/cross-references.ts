/**
 * Remark plugin: makes every document a body cites a link, where the text cites it, without
 * changing the source. A document of the collection links to its page (to the paragraph, when the
 * text names one), any other to its official copy, marked as leaving the site. What to link is
 * decided by src/lib/citation/body-citations.ts, which also records the body's citations; the record is
 * left in the rendered document's frontmatter (`remarkPluginFrontmatter` of the renderer),
 * from which src/build/collection.ts builds the citation graph without parsing the body again.
 *
 * Runs first, on the tree as parsed: the footnotes are still definitions and the paragraph
 * numbers not yet links.
 */
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { BODY_NAMES } from '../lib/document/bodies.ts';
import { scanBody, type LinkSite } from '../lib/citation/body-citations.ts';
import { CITATIONS_KEY, externalLinkLabel, symbolLink } from '../lib/citation/citations.ts';
import { withBase } from '../lib/site/site.ts';

export interface CrossReferenceOptions {
  /** Whether a symbol's document is in the collection. */
  isInCollection: (symbol: string) => boolean;
  /** The base the site is deployed under ("/", "/un-docs/"), for links within the site. */
  base?: string;
}

/** The classes of a reference link, and of one that leaves the site. */
const XREF_CLASS = 'xref';
const EXTERNAL_CLASS = 'xref-external';

/** The frontmatter Astro hands to remark plugins, and takes back from them. */
interface AstroData {
  frontmatter?: Record<string, unknown>;
}

function linkNode(site: LinkSite, text: string, options: CrossReferenceOptions): Link {
  const { symbol, paragraph } = site.reference;
  const { href, external } = symbolLink(symbol, options.isInCollection(symbol), paragraph);
  return {
    type: 'link',
    url: external ? href : withBase(href, options.base ?? '/'),
    children: [{ type: 'text', value: text }],
    data: {
      hProperties: external
        ? { className: [XREF_CLASS, EXTERNAL_CLASS], rel: ['external'], ariaLabel: externalLinkLabel(text) }
        : { className: [XREF_CLASS] },
    },
  };
}

/** Replaces each text node that holds references by its text cut around the new links. */
function applyLinks(sites: LinkSite[], options: CrossReferenceOptions): void {
  const byNode = new Map<Text, { parent: Parent; sites: LinkSite[] }>();
  for (const site of sites) {
    const entry = byNode.get(site.node);
    if (entry) entry.sites.push(site);
    else byNode.set(site.node, { parent: site.parent, sites: [site] });
  }
  for (const [node, { parent, sites: nodeSites }] of byNode) {
    const parts: PhrasingContent[] = [];
    let at = 0;
    for (const site of nodeSites.sort((a, b) => a.start - b.start)) {
      if (site.start > at) parts.push({ type: 'text', value: node.value.slice(at, site.start) });
      parts.push(linkNode(site, node.value.slice(site.start, site.end), options));
      at = site.end;
    }
    if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
    parent.children.splice(parent.children.indexOf(node as never), 1, ...(parts as never[]));
  }
}

/** Links the references of a body and records its citations. */
export default function remarkCrossReferences(options: CrossReferenceOptions) {
  if (typeof options?.isInCollection !== 'function') {
    throw new Error('remarkCrossReferences needs the option isInCollection(symbol), which says whether a symbol\'s document is in the collection');
  }
  return (tree: Root, file: VFile): void => {
    const astro = ((file.data as { astro?: AstroData }).astro ??= {});
    const frontmatter = (astro.frontmatter ??= {});
    const body = BODY_NAMES.find((name) => name === frontmatter.body);
    // The citing symbol tells a UPR report filed under the General Assembly as the Human Rights Council's.
    const symbol = typeof frontmatter.symbol === 'string' ? frontmatter.symbol : undefined;
    const { record, links } = scanBody(tree, String(file.value), { body, isResolution: frontmatter.type === 'resolution', ...(symbol ? { symbol } : {}) });
    applyLinks(links, options);
    frontmatter[CITATIONS_KEY] = record;
  };
}
