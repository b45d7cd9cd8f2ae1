/** Front matter of an author's MDX page (content/authored/*.mdx). */
import { z } from 'astro/zod';

export const authoredSchema = z
  .object({
    title: z.string().min(1),
    /** One sentence for listings and the meta description. */
    description: z.string().min(1),
    /** Ids of the sources the page discusses. */
    sources: z.array(z.string()).default([]),
    /** Position in the list of authored pages. */
    order: z.number().int().default(0),
  })
  .strict();
