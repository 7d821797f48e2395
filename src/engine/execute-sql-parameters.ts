import { z } from 'zod';

/** execute_sql's parameters; absent keys fall back to defaults.query_timeout_ms and defaults.max_rows. */
export const ExecuteSqlParametersSchema = z
  .object({
    query_timeout_ms: z.number().int().positive().max(86_400_000).optional(),
    max_rows: z.number().int().positive().max(1_000_000).optional(),
  })
  .strict();
