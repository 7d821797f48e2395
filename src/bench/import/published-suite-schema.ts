import { z } from 'zod';

/** The published text-to-SQL suites `sluice bench import` reads, each in its original release layout. */
export const PublishedSuiteSchema = z.enum(['spider', 'bird']);
export type PublishedSuite = z.infer<typeof PublishedSuiteSchema>;

/** A db_id names folders in SRC and OUT, so it is one plain name, as a dataset's manifest requires. */
const DbIdSchema = z.string().regex(/^(?!\.\.?$)[\w.-]+$/, 'a db_id is letters, digits, _ . - (it names a folder)');

/** One database of Spider's tables.json; only the fields the import reads. */
export const SpiderTableEntrySchema = z.object({ db_id: DbIdSchema });

/** One question of Spider's dev.json (or train_spider.json): the gold SQL is "query", in SQLite's dialect. */
export const SpiderQuestionSchema = z.object({
  db_id: DbIdSchema,
  question: z.string().min(1),
  query: z.string().min(1),
});

/** One question of BIRD's dev.json: "evidence" is the hint given with the question, "SQL" the gold in SQLite's dialect. */
export const BirdQuestionSchema = z.object({
  question_id: z.number().int().min(0).optional(),
  db_id: DbIdSchema,
  question: z.string().min(1),
  evidence: z.string().default(''),
  SQL: z.string().min(1),
  difficulty: z.string().optional(),
});
