import path from 'node:path';
import { z } from 'zod';

const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');

/** A file or folder name inside the database's own folder. */
const LocalNameSchema = z.string().regex(/^(?!\.\.?$)[\w.-]+$/, 'a name inside the database folder: letters, digits, _ . -');

/**
 * One database of a dataset: its tables in foreign-key-safe order and which of them ship a CSV; or, in a sqlite
 * dataset, a ready SQLite file (published suites such as Spider and BIRD) that the bench opens read-only in place.
 */
export const ManifestEntrySchema = z.object({
  tables_in_load_order: z.array(z.string().min(1)),
  csv_present: z.array(z.string().min(1)),
  csv_missing: z.array(z.string().min(1)).default([]),
  /** databases/<db_id>/<sqlite_file>: used as it is instead of schema.sql and the CSVs; sqlite datasets only. */
  sqlite_file: LocalNameSchema.optional(),
  /** databases/<db_id>/<docs>: markdown docs (column descriptions, definitions) the database's namespace is given. */
  docs: LocalNameSchema.optional(),
});
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

const DbIdSchema = z.string().regex(/^[\w.-]+$/, 'a db_id is letters, digits, _ . -');

/**
 * A database whose files are another dataset's: "from": {"dataset": "../other", "db_id": "shop"} uses
 * <that folder>/databases/<db_id> (db_id defaults to this entry's) with that manifest's entry for it.
 */
export const DatabaseReferenceSchema = z
  .object({
    from: z
      .object({
        dataset: z
          .string()
          .min(1)
          .refine((where) => !path.isAbsolute(where) && !where.includes('\\'), 'a path relative to this dataset folder, folders separated by /'),
        db_id: DbIdSchema.optional(),
      })
      .strict(),
  })
  .strict();
export type DatabaseReference = z.infer<typeof DatabaseReferenceSchema>;

/** The databases as manifest.json writes them: each its own entry, or a reference to another dataset's. */
export const DatabasesSchema = z.record(DbIdSchema, z.union([DatabaseReferenceSchema, ManifestEntrySchema]));

/** A database ready to build: its manifest entry and dir, the absolute path of its folder (its own or another dataset's). */
export const BenchDatabaseEntrySchema = ManifestEntrySchema.extend({ dir: z.string().min(1) });
export type BenchDatabaseEntry = z.infer<typeof BenchDatabaseEntrySchema>;
export type Manifest = Record<string, BenchDatabaseEntry>;

/**
 * How far "from" paths may reach: an ancestor of the dataset folder written as "..", "../..", ... ; "from" targets must
 * lie inside it (symbolic links resolved). Default "..": the folder that holds this dataset and its sibling datasets.
 */
export const FromRootSchema = z.string().regex(/^\.\.(\/\.\.)*$/, 'an ancestor of the dataset folder: "..", "../..", ...');

/** The engine a dataset's schema.sql and gold SQL are written for; its databases are built on that engine. */
export const DatasetDialectSchema = z.enum(['duckdb', 'postgres', 'mysql', 'sqlite']);
export type DatasetDialect = z.infer<typeof DatasetDialectSchema>;

/** manifest.json: db_id → entry, plus optional top-level "dialect" (default duckdb), "current_date" and "from_root", which are not db_ids. */
export const ManifestFileSchema = z.preprocess(
  (raw) => {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
    const { dialect, current_date, from_root, ...databases } = raw as Record<string, unknown>;
    return { dialect, current_date, from_root, databases };
  },
  z.object({
    dialect: DatasetDialectSchema.default('duckdb'),
    current_date: IsoDateSchema.optional(),
    from_root: FromRootSchema.default('..'),
    databases: DatabasesSchema,
  }),
);

/** true: gold SQL answers it; false: the data cannot answer it; "partly": the data answers only part of it (no gold). */
export const AnswerableSchema = z.union([z.boolean(), z.literal('partly')]);
export type Answerable = z.infer<typeof AnswerableSchema>;

export const BenchQuestionSchema = z
  .object({
    id: z.string().min(1),
    db_id: z.string().min(1),
    question: z.string().min(1),
    /** Gold SQL in the dataset's dialect; absent only for a question marked "answerable": false. */
    gold_sql: z.string().min(1).optional(),
    /** Other right answers: matching the gold or any of these scores right. */
    gold_sql_alternatives: z.array(z.string().min(1)).default([]),
    /** Hints or evidence given with the question (BIRD's "evidence"); passed to the model with the task. */
    instructions: z.string().min(1).optional(),
    /** The day the question is asked on, for data that depends on a load date; overrides the manifest's. */
    current_date: IsoDateSchema.optional(),
    /** Reported per value. */
    kind: z.string().min(1).optional(),
    tags: z.array(z.string().min(1)).default([]),
    /**
     * false: the data cannot answer it; right only when the run ends unanswerable. "partly": the data answers part of it
     * (scored by partlyAnswerableVerdict: right when the run ends unsure or unanswerable naming the part it cannot answer).
     */
    answerable: AnswerableSchema.default(true),
    /** For a question marked "answerable": "partly": the parts the data cannot answer ("monthly rent"), each a short phrase. */
    ungrounded: z.array(z.string().regex(/[a-z0-9]/i, 'a part names at least one word')).min(1).optional(),
    verified_against_sqlite: z.boolean().default(false),
    /** The answer depends on row order or on ties. */
    order_dependent: z.boolean().default(false),
    tie_at_limit: z.boolean().default(false),
    /** The question needs a table whose CSV is missing. */
    uses_missing_data: z.boolean().default(false),
    duckdb_row_count: z.number().int().min(0).optional(),
  })
  .refine((question) => question.answerable !== true || question.gold_sql !== undefined, {
    message: 'an answerable question needs gold_sql (mark it "answerable": false if the data cannot answer it, "partly" if only part of it)',
    path: ['gold_sql'],
  })
  .refine((question) => question.answerable === true || (question.gold_sql === undefined && question.gold_sql_alternatives.length === 0), {
    message: 'a question marked "answerable": false or "partly" has no gold_sql',
    path: ['gold_sql'],
  })
  .refine((question) => question.ungrounded === undefined || question.answerable === 'partly', {
    message: 'only a question marked "answerable": "partly" names ungrounded parts',
    path: ['ungrounded'],
  });
export type BenchQuestion = z.infer<typeof BenchQuestionSchema>;

export interface BenchDataset {
  /** Absolute path of the dataset folder. */
  dir: string;
  /** The folder's name, e.g. "spider-dev". */
  name: string;
  dialect: DatasetDialect;
  /** The manifest's "current_date": the day every question is asked on unless it names its own. */
  currentDate?: string;
  /** The databases by db_id, each with the folder its files are in. */
  manifest: Manifest;
  questions: BenchQuestion[];
}

/** Verified, order-independent questions with all their data: the ones the headline accuracy counts. */
export function isHeadlineQuestion(question: BenchQuestion): boolean {
  return question.verified_against_sqlite && !question.order_dependent && !question.uses_missing_data;
}
