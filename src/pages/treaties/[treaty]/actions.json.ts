/** /treaties/<id>/actions.json: a treaty's actions with their sources, its counts and every check. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl } from '../../../lib/site/site.ts';
import { getTreaties } from '../../../build/pages.ts';
import { actionsJson, type TreatyView } from '../../../lib/treaty/model.ts';

export const getStaticPaths = (async () => {
  const { treaties } = await getTreaties();
  return treaties.map((treaty) => ({ params: { treaty: treaty.id }, props: { treaty } }));
}) satisfies GetStaticPaths;

// Absolute URLs, with the site's origin and base: the data is read away from the site.
export const GET: APIRoute<{ treaty: TreatyView }> = ({ props }) =>
  new Response(`${JSON.stringify(actionsJson(props.treaty, (path) => absoluteUrl(path)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
