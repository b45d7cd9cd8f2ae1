import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/csv.ts';
import { loadFacts } from '../../lib/data.ts';

export const GET: APIRoute = async () => jsonResponse(await loadFacts());
