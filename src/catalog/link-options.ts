import { z } from 'zod';

/** How schema linking selects tables and columns; also the schema_linking node's parameters in workflow.yml. */
export const LinkOptionsSchema = z
  .object({
    /** Ranked tables kept before join partners are added. */
    top_tables: z.number().int().positive().default(5),
    /** A ranked table is kept only when its score is at least this share of the best table's score. */
    min_relative_score: z.number().min(0).max(1).default(0.3),
    /** Columns kept per table unless all_columns; keys and matching columns always stay. */
    max_columns: z.number().int().positive().default(20),
    all_columns: z.boolean().default(false),
    /** Longest foreign-key path searched when connecting two linked tables. */
    max_join_depth: z.number().int().min(1).default(4),
    /**
     * How many times reflection asked to widen: each doubles top_tables and halves min_relative_score; any widening
     * keeps all columns and adds the tables that reference the linked ones.
     */
    relink: z.number().int().min(0).default(0),
    /** Tables that must be linked whatever their rank, e.g. the tables of matched metrics. */
    required_tables: z.array(z.object({ name: z.string(), reason: z.string() })).default([]),
    /** Confirmed examples retrieved for the prompt and the offline model (0: none). */
    top_examples: z.number().int().min(0).max(20).default(3),
  })
  .strict();
export type LinkOptions = z.infer<typeof LinkOptionsSchema>;
export type LinkOptionsInput = z.input<typeof LinkOptionsSchema>;
