import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { jsonResponse } from '../../../lib/csv.ts';
import type { DataTable } from '../../../schemas/table.ts';

export const getStaticPaths = (async () =>
  (await getCollection('tables')).map((t) => ({ params: { id: t.data.id }, props: { table: t.data } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => jsonResponse((props as { table: DataTable }).table);
