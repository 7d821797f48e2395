import { z } from 'zod';

/**
 * Parameters of the nodes that ask a model (generate_sql, fix, reflect, compare). The keys sluice reads are typed;
 * other keys pass through to custom model providers.
 */
export const ModelNodeParametersSchema = z.looseObject({
  /** OpenAI-compatible models: ask for server-sent events. */
  stream: z.boolean().optional(),
  /** The offline model's row limit for the SQL it writes. */
  max_rows: z.number().int().positive().optional(),
  limit: z.number().int().positive().optional(),
});

/** compare judges the latest attempt against `expected_sql` (or `sql`), else against the last earlier attempt. */
export const CompareParametersSchema = ModelNodeParametersSchema.extend({
  against: z.string().min(1).optional(),
  expected_sql: z.string().min(1).optional(),
  sql: z.string().min(1).optional(),
  expected_columns: z.array(z.string()).optional(),
  expected_rows: z.array(z.array(z.unknown())).optional(),
});

/** For nodes that read no parameters: a typo is refused rather than ignored. */
export const NoParametersSchema = z.object({}).strict();
