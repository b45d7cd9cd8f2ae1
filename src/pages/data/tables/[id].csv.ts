import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { csvResponse, toCsv } from '../../../lib/csv.ts';
import type { DataTable } from '../../../schemas/table.ts';

export const getStaticPaths = (async () =>
  (await getCollection('tables')).map((t) => ({ params: { id: t.data.id }, props: { table: t.data } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { table } = props as { table: DataTable };
  return csvResponse(toCsv(table.columns, table.rows));
};
