import type { APIRoute } from 'astro';
import { csvResponse, toCsv } from '../../lib/csv.ts';
import { FACT_COLUMNS, factRow, loadFacts } from '../../lib/data.ts';

export const GET: APIRoute = async ({ site }) =>
  csvResponse(toCsv(FACT_COLUMNS, (await loadFacts()).map((f) => factRow(f, site, import.meta.env.BASE_URL))));
