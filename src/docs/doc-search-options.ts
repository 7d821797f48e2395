import { z } from 'zod';

/** How doc_search picks passages; also the node's parameters in workflow.yml. */
export const DocSearchOptionsSchema = z
  .object({
    top_k: z.number().int().positive().default(3),
    /** Kept only when the score, relative to the best passage (1), reaches this. */
    min_score: z.number().min(0).max(1).default(0.25),
    /** Weight of the latest reflection's unaddressed items against the task text (1). */
    unaddressed_weight: z.number().min(0).default(1.5),
  })
  .strict();
export type DocSearchOptionsInput = z.input<typeof DocSearchOptionsSchema>;
export type DocSearchOptions = z.output<typeof DocSearchOptionsSchema>;
