import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { jsonResponse } from '../../../lib/csv.ts';
import type { Figure } from '../../../schemas/figure.ts';
import type { DataTable } from '../../../schemas/table.ts';

/** A figure's spec with its data inline, so one download is enough to redraw it. */
export const getStaticPaths = (async () => {
  const tables = await getCollection('tables');
  return (await getCollection('figures')).map((f) => ({
    params: { id: f.data.id },
    props: { figure: f.data, table: tables.find((t) => t.data.id === f.data.table)?.data ?? null },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { figure, table } = props as { figure: Figure; table: DataTable | null };
  return jsonResponse({ ...figure, data: table });
};
