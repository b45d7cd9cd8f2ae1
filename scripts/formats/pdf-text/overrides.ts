/**
 * seeds/overrides/<id>.json for a pdf-text source: what belongs to one document and no rule can
 * decide (docs/formats/pdf-text.md, "Overrides"). Optional: a source without the file gets the
 * defaults. Read through a strict schema, so a typo is reported instead of ignored.
 *
 * - `markup`: the document's exporter writes Markdown-like markup (`**bold**`, `<url>`). Off by
 *   default: source text is never read as markup unless the file says so.
 * - `figures`: charts whose images are lost, rebuilt from the numbers the text states; per figure
 *   number, which words of the text give each row (scripts/extract/figures/text-rebuild.ts).
 *   A `partial` figure is shown with `partial_note`.
 */
import { z } from 'astro/zod';
import { formatZodError } from '../../../src/schemas/errors.ts';
import { textFigureSpecSchema } from '../../extract/figures/text-rebuild.ts';
import type { Ctx, Markup } from './context.ts';

const schema = z
  .object({
    /** A note for people editing the file. */
    $comment: z.string().optional(),
    markup: z
      .object({
        /** `**…**` marks bold. */
        bold: z.boolean().default(false),
        /** `<https://…>`: the angle brackets are link markup, not text. */
        angle_links: z.boolean().default(false),
      })
      .strict()
      .default({}),
    /** Figures rebuilt from the text, by figure number. */
    figures: z.record(z.string().regex(/^\d+$/, 'expected a figure number like "2"'), textFigureSpecSchema).default({}),
    /** The note shown on figures whose chart data the text gives only in part. */
    partial_note: z.string().min(1).default('原图其余类别数据未在正文给出'),
  })
  .strict();

export type Overrides = z.infer<typeof schema>;

export function markupOf(o: Overrides): Markup {
  return { bold: o.markup.bold, angleLinks: o.markup.angle_links };
}

export function parseOverrides(raw: unknown, file: string, ctx: Pick<Ctx, 'issues'>): Overrides {
  const r = schema.safeParse(raw ?? {});
  if (r.success) return r.data;
  for (const msg of formatZodError(file, r.error, raw))
    ctx.issues.error(msg, file, { rule: 'pdf-text/overrides', hint: 'fix the overrides file (docs/formats/pdf-text.md lists what it may hold)' });
  return schema.parse({});
}
