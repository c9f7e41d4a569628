/** /treaties/<id>/actions.csv: a treaty's actions as a table, the same actions as its actions.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTreaties } from '../../../build/pages.ts';
import { CSV_TYPE } from '../../../lib/site/csv.ts';
import { actionsCsv } from '../../../lib/site/data-files.ts';
import { absoluteUrl } from '../../../lib/site/site.ts';
import { actionsJson, type TreatyView } from '../../../lib/treaty/model.ts';

export const getStaticPaths = (async () => {
  const { treaties } = await getTreaties();
  return treaties.map((treaty) => ({ params: { treaty: treaty.id }, props: { treaty } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ treaty: TreatyView }> = ({ props }) =>
  new Response(actionsCsv(actionsJson(props.treaty, (path) => absoluteUrl(path)).actions), { headers: { 'Content-Type': CSV_TYPE } });
