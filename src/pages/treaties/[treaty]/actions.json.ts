/** /treaties/<id>/actions.json: a treaty's actions with their sources, its counts and every check. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTreaties } from '../../../lib/treaties.ts';
import { actionsJson, type TreatyView } from '../../../lib/treaty/model.ts';

export const getStaticPaths = (async () => {
  const { treaties } = await getTreaties();
  return treaties.map((treaty) => ({ params: { treaty: treaty.id }, props: { treaty } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ treaty: TreatyView }> = ({ props, site }) =>
  new Response(`${JSON.stringify(actionsJson(props.treaty, site ?? 'http://localhost/'), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
