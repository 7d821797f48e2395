import { z } from 'zod';
import { AnswerableSchema, DatasetDialectSchema } from './bench-dataset-schema.js';
import { GroundingScoreSchema, WordEvidenceSchema } from '../context/context-schema.js';

/**
 * Why a question scored wrong. false_abstention: an answerable question ended unanswerable;
 * missed_abstention: a question marked "answerable": false got an answer (or failed) instead; partly_success: a
 * question marked "answerable": "partly" ended success; part_unnamed: one ended unsure or unanswerable without naming
 * the part the data cannot answer.
 */
export const FAILURE_CATEGORIES = [
  'wrong_result',
  'sql_error',
  'timeout',
  'no_sql',
  'run_error',
  'gold_error',
  'false_abstention',
  'missed_abstention',
  'partly_success',
  'part_unnamed',
] as const;
export const OutcomeCategorySchema = z.enum(['correct', ...FAILURE_CATEGORIES]);
export type OutcomeCategory = z.infer<typeof OutcomeCategorySchema>;

const share = z.number().min(0).max(1);
const count = z.number().int().min(0);

/** One question's line in the JSONL log: its SQL, how it scored and the nodes that ran. */
export const QuestionOutcomeSchema = z.object({
  id: z.string(),
  db_id: z.string(),
  question: z.string(),
  headline: z.boolean(),
  /** false: the dataset marks the question as one the data cannot answer; "partly": as one it answers only in part. */
  answerable: AnswerableSchema.default(true),
  /** The parts of a partly answerable question the data cannot answer, as the dataset lists them. */
  ungrounded: z.array(z.string()).optional(),
  /** A partly answerable question with ungrounded parts that ended unsure or unanswerable: whether the reason named each part. */
  part_named: z.boolean().optional(),
  /** Why a partly answerable question's run ended unsure (its failed checks) or unanswerable. */
  status_reason: z.string().optional(),
  kind: z.string().optional(),
  tags: z.array(z.string()).default([]),
  /** The hints given to the model with the question. */
  instructions: z.string().optional(),
  /** The day the question was asked on. */
  current_date: z.string().optional(),
  /** null for a question the data cannot answer. */
  gold_sql: z.string().nullable(),
  gold_sql_alternatives: z.array(z.string()).default([]),
  /** Which gold answer the result matched: 0 the gold SQL, 1 its first alternative, ... */
  matched_gold: z.number().int().min(0).optional(),
  /** The SQL the run ended with, if any. */
  predicted_sql: z.string().nullable(),
  attempts: z.array(
    z.object({
      sql: z.string(),
      source: z.string(),
      row_count: z.number().int().min(0),
      error: z.string().optional(),
      error_kind: z.string().optional(),
    }),
  ),
  status: z.string(),
  /** The shape checks the final answer failed (why it is unsure). */
  failed_checks: z.array(z.object({ name: z.string(), detail: z.string() })).default([]),
  category: OutcomeCategorySchema,
  correct: z.boolean(),
  /** Why the result differs from the gold result, when it does. */
  mismatch: z.string().optional(),
  first_attempt_correct: z.boolean(),
  /** Reflection asked for another round at least once. */
  reflected: z.boolean(),
  /** Reflected, wrong on the first attempt and right at the end. */
  rescued: z.boolean(),
  reflections: z.array(z.object({ strategy: z.string(), reason: z.string() })),
  schema: z.object({
    gold_tables: z.array(z.string()),
    gold_columns: z.array(z.string()),
    linked_tables: z.array(z.string()),
    missed_tables: z.array(z.string()),
    missed_columns: z.array(z.string()),
    /** False when the gold SQL could not be parsed; the question then counts in no recall figure. */
    parsed: z.boolean(),
  }),
  latency_ms: z.number().min(0),
  usage: z.object({ prompt_tokens: z.number(), completion_tokens: z.number(), calls: z.number() }),
  /** Nodes in the order they ran. */
  nodes: z.array(z.string()),
  /** The scored grounding decision generate_sql made, when the question's kind left it to the score. */
  grounding_score: GroundingScoreSchema.optional(),
  /** Beside it, each content word's link, role and strength as the decision saw them (src/trust/grounding-evidence.ts). */
  grounding_evidence: z.array(WordEvidenceSchema).optional(),
  /** For an executed answer: the fitted probability that it is right and the features it was computed from (src/trust/score-answer.ts). */
  answer_probability: z.number().min(0).max(1).optional(),
  answer_features: z.record(z.string(), z.number()).optional(),
  /** The question's words its SQL never uses, as the confidence model read them. */
  answer_unread: z.array(z.string()).optional(),
  /** For a run that ended unsure: the post-execution decline's probability that the data cannot answer it (src/trust/unsure-decline.ts). */
  unsure_decline_probability: z.number().min(0).max(1).optional(),
  error: z.string().optional(),
});
export type QuestionOutcome = z.infer<typeof QuestionOutcomeSchema>;

export const AccuracySchema = z.object({ questions: z.number().int().min(0), correct: z.number().int().min(0), accuracy: share });
export type Accuracy = z.infer<typeof AccuracySchema>;

/** The figures of a set of questions: the whole run, or one database. */
export const ScoreSummarySchema = z.object({
  headline: AccuracySchema,
  all: AccuracySchema,
  /** Micro-averaged: gold tables (columns) that were linked, over all gold tables (columns). */
  schema_recall: z.object({ tables: share, columns: share }),
  reflection: z.object({ needed: z.number().int().min(0), rescued: z.number().int().min(0) }),
  /**
   * How runs were labelled, as shares of the questions, and the precision of success: of the answers
   * labelled success, the share that matched the gold result.
   */
  trust: z
    .object({
      success: share,
      unsure: share,
      unanswerable: share,
      failed: share,
      successes: z.number().int().min(0),
      right_successes: z.number().int().min(0),
      success_precision: share,
    })
    .default({ success: 0, unsure: 0, unanswerable: 0, failed: 0, successes: 0, right_successes: 0, success_precision: 0 }),
  /**
   * Abstention on the questions marked "answerable": false (recall: the share that ended unanswerable) and on the
   * answerable ones (false_abstention_rate: the share that ended unanswerable); partly answerable ones count in neither.
   */
  abstention: z
    .object({
      unanswerable_questions: count,
      abstained: count,
      recall: share,
      answerable_questions: count,
      false_abstentions: count,
      false_abstention_rate: share,
    })
    .default({ unanswerable_questions: 0, abstained: 0, recall: 0, answerable_questions: 0, false_abstentions: 0, false_abstention_rate: 0 }),
  /**
   * Questions marked "answerable": "partly", by how their runs ended (success is a wrong claim); named: those listing
   * their ungrounded parts, part_named: of those, the ones that ended unsure or unanswerable naming each part.
   */
  partly: z
    .object({ questions: count, unsure: count, unanswerable: count, success: count, named: count, part_named: count })
    .default({ questions: 0, unsure: 0, unanswerable: 0, success: 0, named: 0, part_named: 0 }),
  failures: z.object({
    wrong_result: count,
    sql_error: count,
    timeout: count,
    no_sql: count,
    run_error: count,
    gold_error: count,
    false_abstention: count.default(0),
    missed_abstention: count.default(0),
    partly_success: count.default(0),
    part_unnamed: count.default(0),
  }),
  latency_ms: z.object({ p50: z.number().min(0), p95: z.number().min(0), mean: z.number().min(0) }),
  tokens: z.object({
    prompt_per_question: z.number().min(0),
    completion_per_question: z.number().min(0),
    prompt_total: z.number().min(0),
    completion_total: z.number().min(0),
  }),
});
export type ScoreSummary = z.infer<typeof ScoreSummarySchema>;

export const BenchReportSchema = ScoreSummarySchema.extend({
  dataset: z.string(),
  /** The engine the databases were built on and the gold SQL ran on. */
  dialect: DatasetDialectSchema.default('duckdb'),
  dataset_dir: z.string(),
  /** model: a model ran every question; predictions: SQL written elsewhere was scored (--predictions), no model ran. */
  source: z.enum(['model', 'predictions']).default('model'),
  predictions_file: z.string().optional(),
  /** Questions marked "answerable": "partly" that a predictions run left unscored: a prediction is SQL or null, no reason. */
  partly_not_scored: z.number().int().min(0).optional(),
  model: z.string(),
  plan: z.string(),
  concurrency: z.number().int().positive(),
  filter: z.string().optional(),
  limit: z.number().int().positive().optional(),
  /** Ctrl-C stopped the run: the figures cover the `finished` questions of `selected`, the rest never ran. */
  interrupted: z.object({ finished: z.number().int().min(0), selected: z.number().int().min(0) }).optional(),
  started_at: z.string(),
  duration_ms: z.number().min(0),
  /** The JSONL file with every question's record, when one was written. */
  questions_file: z.string().optional(),
  per_db: z.record(z.string(), ScoreSummarySchema),
  /** Summaries by the questions' "kind", and by each of their tags. */
  per_kind: z.record(z.string(), ScoreSummarySchema).default({}),
  per_tag: z.record(z.string(), ScoreSummarySchema).default({}),
});
export type BenchReport = z.infer<typeof BenchReportSchema>;
