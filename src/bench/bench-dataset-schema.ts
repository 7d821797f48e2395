import { z } from 'zod';

/** One database of a dataset: its tables in foreign-key-safe order and which of them ship a CSV. */
export const ManifestEntrySchema = z.object({
  tables_in_load_order: z.array(z.string().min(1)),
  csv_present: z.array(z.string().min(1)),
  csv_missing: z.array(z.string().min(1)).default([]),
});
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

export const DatabasesSchema = z.record(z.string().regex(/^[\w.-]+$/, 'a db_id is letters, digits, _ . -'), ManifestEntrySchema);
export type Manifest = z.infer<typeof DatabasesSchema>;

/** The engine a dataset's schema.sql and gold SQL are written for; its databases are built on that engine. */
export const DatasetDialectSchema = z.enum(['duckdb', 'postgres', 'mysql', 'sqlite']);
export type DatasetDialect = z.infer<typeof DatasetDialectSchema>;

/** manifest.json: db_id → entry, plus an optional top-level "dialect" (default duckdb), which is not a db_id. */
export const ManifestFileSchema = z.preprocess(
  (raw) => {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
    const { dialect, ...databases } = raw as Record<string, unknown>;
    return { dialect, databases };
  },
  z.object({ dialect: DatasetDialectSchema.default('duckdb'), databases: DatabasesSchema }),
);

export const BenchQuestionSchema = z.object({
  id: z.string().min(1),
  db_id: z.string().min(1),
  question: z.string().min(1),
  /** Gold SQL in the dataset's dialect. */
  gold_sql: z.string().min(1),
  verified_against_sqlite: z.boolean().default(false),
  /** The answer depends on row order or on ties. */
  order_dependent: z.boolean().default(false),
  tie_at_limit: z.boolean().default(false),
  /** The question needs a table whose CSV is missing. */
  uses_missing_data: z.boolean().default(false),
  duckdb_row_count: z.number().int().min(0).optional(),
});
export type BenchQuestion = z.infer<typeof BenchQuestionSchema>;

export interface BenchDataset {
  /** Absolute path of the dataset folder. */
  dir: string;
  /** The folder's name, e.g. "spider-dev". */
  name: string;
  dialect: DatasetDialect;
  /** The databases by db_id. */
  manifest: Manifest;
  questions: BenchQuestion[];
}

/** Verified, order-independent questions with all their data: the ones the headline accuracy counts. */
export function isHeadlineQuestion(question: BenchQuestion): boolean {
  return question.verified_against_sqlite && !question.order_dependent && !question.uses_missing_data;
}
