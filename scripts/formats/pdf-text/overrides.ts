/**
 * seeds/overrides/digital-consumption-2025.json: which figures the text only partly describes.
 * No rule can tell from a caption whether the paragraph before it states every category of the
 * lost chart, so this is a reviewed placement table.
 */
import { z } from 'astro/zod';
import { formatZodError } from '../../../src/schemas/errors.ts';
import type { Ctx } from './context.ts';

const schema = z
  .object({
    /** Figure numbers whose chart data the text gives only in part (图 2–5). */
    partial_figures: z.array(z.number().int().positive()).default([]),
    /** The note shown on such figures. */
    partial_note: z.string().min(1).default('原图其余类别数据未在正文给出'),
  })
  .strict();

export type Overrides = z.infer<typeof schema>;

export function parseOverrides(raw: unknown, file: string, ctx: Ctx): Overrides {
  const r = schema.safeParse(raw ?? {});
  if (r.success) return r.data;
  for (const msg of formatZodError(file, r.error, raw)) ctx.issues.error(`${msg}; fix the override file`, file);
  return schema.parse({});
}
