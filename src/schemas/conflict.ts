/**
 * Conflicts and sanity warnings: reported, never resolved. A conflict is the same measure and
 * period with different values, across sources or inside one; a warning is a value that does
 * not fit (a share above 100%, a growth rate its own numbers contradict, a unit that does not
 * fit the subject).
 */
import { z } from 'astro/zod';

export const conflictSchema = z
  .object({
    id: z.string().regex(/^c-[a-z0-9-]+$/),
    kind: z.enum(['cross-source', 'internal']),
    /** The measure, normalized for comparison: 直播电商市场规模. */
    subject: z.string().min(1),
    period: z.string().nullable(),
    /** The facts that disagree (two or more), each keeping its own value and quote. */
    facts: z.array(z.string()).min(2),
    /** For readers, in Chinese: which values differ and by how much. */
    message: z.string().min(1),
  })
  .strict();

export const warningSchema = z
  .object({
    id: z.string().regex(/^w-[a-z0-9-]+$/),
    kind: z.enum(['share-over-100', 'growth-mismatch', 'unit-mismatch', 'derived-mismatch']),
    facts: z.array(z.string()).min(1),
    message: z.string().min(1),
    quote: z.string().min(1),
  })
  .strict();

export type Conflict = z.infer<typeof conflictSchema>;
export type SanityWarning = z.infer<typeof warningSchema>;
