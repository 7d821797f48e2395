import { z } from 'zod';

/** How search_metrics picks metrics; also the node's parameters in workflow.yml. */
export const MetricSearchOptionsSchema = z
  .object({
    top_k: z.number().int().positive().default(3),
    /** Kept only when the score, relative to the best metric (1), reaches this. */
    min_score: z.number().min(0).max(1).default(0.3),
  })
  .strict();
export type MetricSearchOptionsInput = z.input<typeof MetricSearchOptionsSchema>;
export type MetricSearchOptions = z.output<typeof MetricSearchOptionsSchema>;
