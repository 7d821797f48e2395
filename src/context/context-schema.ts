import { z } from 'zod';
import { RetrievedExampleSchema } from '../examples/retrieved-example-schema.js';

/** One step of a plan: a node name with its per-node options, or a parallel group of such steps. */
export const StepOptionsSchema = z
  .object({
    timeout_ms: z.number().int().positive().optional(),
    retries: z.number().int().min(0).max(10).optional(),
    model: z.string().min(1).optional(),
    parameters: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
export interface StepOptions extends z.infer<typeof StepOptionsSchema> {}

export const NodeStepSchema = z.object({
  kind: z.literal('node'),
  node: z.string().min(1),
  options: StepOptionsSchema.default({}),
  /** Which reflection round inserted this step (0 for steps of the template). */
  iteration: z.number().int().min(0).default(0),
  /** Unique within a run, so the UI and the event log can follow one step through its life. */
  id: z.string().min(1),
});
export type NodeStep = z.infer<typeof NodeStepSchema>;

export const ParallelStepSchema = z.object({
  kind: z.literal('parallel'),
  steps: z.array(NodeStepSchema).min(1),
  iteration: z.number().int().min(0).default(0),
  id: z.string().min(1),
});
export type ParallelStep = z.infer<typeof ParallelStepSchema>;

export const PlanStepSchema = z.discriminatedUnion('kind', [NodeStepSchema, ParallelStepSchema]);
export type PlanStep = z.infer<typeof PlanStepSchema>;

export const TaskSchema = z.object({
  text: z.string().min(1),
  namespace: z.string().min(1),
  plan: z.string().min(1),
  /** ISO date (YYYY-MM-DD) that relative time phrases are resolved against. */
  current_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  max_iterations: z.number().int().min(0),
  /** How the output node renders the result. */
  // html: the terminal's table inside the run; the CLI writes the standalone page from the finished run.
  format: z.enum(['table', 'json', 'csv', 'markdown', 'html']).default('table'),
});
export type Task = z.infer<typeof TaskSchema>;

export const ColumnSchemaSchema = z.object({
  name: z.string(),
  type: z.string(),
  nullable: z.boolean().default(true),
  primary_key: z.boolean().default(false),
  /** "table.column" this column references, when it is a foreign key. */
  references: z.string().optional(),
  /** `references` was inferred from the data, not declared by the database. */
  references_inferred: z.boolean().optional(),
  comment: z.string().optional(),
  /** Relevance of the column to the task, as ranked by schema_linking (higher is more relevant). */
  score: z.number().optional(),
});
export type ColumnSchema = z.infer<typeof ColumnSchemaSchema>;

export const TableSchemaSchema = z.object({
  name: z.string(),
  columns: z.array(ColumnSchemaSchema),
  comment: z.string().optional(),
  row_count: z.number().int().min(0).optional(),
  /** DDL-like text with a few sample rows, ready to put into a prompt. */
  ddl: z.string(),
  sample_rows: z.array(z.array(z.unknown())).default([]),
  score: z.number().default(0),
  /** Why the table was linked: "ranked", "value match", "join partner of orders", ... */
  reason: z.string().default('ranked'),
});
export interface TableSchema extends z.infer<typeof TableSchemaSchema> {}

export const MatchedValueSchema = z.object({
  table: z.string(),
  column: z.string(),
  value: z.string(),
  /** The words of the task that matched the value ("California" for "CA"). */
  matched_text: z.string(),
  score: z.number().default(1),
});
export type MatchedValue = z.infer<typeof MatchedValueSchema>;

export const MetricSchema = z.object({
  name: z.string(),
  description: z.string().default(''),
  /** Aggregate SQL expression, e.g. "SUM(order_items.quantity * order_items.unit_price)". */
  expression: z.string(),
  table: z.string(),
  time_column: z.string().optional(),
  dimensions: z.array(z.string()).default([]),
  synonyms: z.array(z.string()).default([]),
  /** Extra FROM/JOIN/WHERE text the expression needs, when one table is not enough. */
  joins: z.string().optional(),
  filter: z.string().optional(),
  /** Time grain the metric is naturally reported at (day, month, ...). */
  grain: z.string().optional(),
  score: z.number().default(0),
});
export type Metric = z.infer<typeof MetricSchema>;

export const DateRangeSchema = z.object({
  /** The words of the task this range was read from. */
  phrase: z.string(),
  /** Inclusive start, ISO date. */
  start: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Exclusive end, ISO date. */
  end: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Grain the phrase implies, if any ("month" for "monthly"). */
  grain: z.enum(['day', 'week', 'month', 'quarter', 'year']).optional(),
});
export type DateRange = z.infer<typeof DateRangeSchema>;

export const DocPassageSchema = z.object({
  source: z.string(),
  heading: z.string(),
  text: z.string(),
  score: z.number().default(0),
});
export type DocPassage = z.infer<typeof DocPassageSchema>;

/** A word of the question as grounding reads it (src/models/offline/question-words.ts). */
export const QuestionWordSchema = z.object({
  /** Lower-case text of the word. */
  text: z.string(),
  stem: z.string(),
  /** Position among the question's words. */
  index: z.number().int().min(0),
  /** Character offset in the question. */
  offset: z.number().int().min(0),
  /** Punctuation (, ; : . ? !) follows the word, so a phrase cannot run past it. */
  clauseEnd: z.boolean(),
});

/**
 * What a content word links to, strongest first: a column's name (or a metric's name, synonym or dimension), a
 * table's name, a value the linker matched word for word, or only words in a comment, a metric's description or a doc.
 */
export const EvidenceSchema = z.enum(['column', 'table', 'value', 'text']);

/**
 * By which step grounding linked a word (the evidence record, src/trust/grounding-evidence.ts): a name as written, an
 * inflection or stem of one, a short form, a catalog synonym, a look-alike (a shared stem, a name inside a longer word),
 * a WordNet synonym or antonym, a WordNet relative (hypernym, hyponym, sibling, group, definition), a derivation (the
 * doer of a deed, a re- word), a measure or unit, a coded kind, a kind a name holds (money, phone), a comment's phrase,
 * a stored value, an attribute a table of its thing holds, a compound's kind, one of a group, a kind the database's own
 * name says its rows are about.
 */
export const LinkHowSchema = z.enum([
  'name',
  'inflection',
  'shorthand',
  'catalog_synonym',
  'lookalike',
  'wordnet_synonym',
  'wordnet_relative',
  'derivation',
  'measure',
  'coded_kind',
  'kind_named',
  'comment_phrase',
  'value',
  'held_attribute',
  'compound_kind',
  'group_member',
  'namespace_name',
]);

export const GroundedWordSchema = z.object({
  word: QuestionWordSchema,
  /** Undefined: nothing in the namespace links to it. */
  evidence: EvidenceSchema.optional(),
  /** By which step it links (with evidence). */
  how: LinkHowSchema.optional(),
});

/**
 * One content word of the question as the grounding decision saw it (src/trust/grounding-evidence.ts): what it links
 * to (`kind`: column, table, value, text for a comment or doc; absent: nothing) and how, what it does in the question
 * (`role`), WordNet's main part of speech of a word that links to nothing (looked up only for those, so a question whose
 * words all link never opens WordNet), and how strong the link is (0 nothing … 1 a name as written).
 */
export const WordEvidenceSchema = z.object({
  word: z.string(),
  kind: EvidenceSchema.optional(),
  how: z.union([LinkHowSchema, z.enum(['unlinked_modifier', 'relative_of_named', 'figure_of_thing'])]).optional(),
  role: z.enum(['asked', 'entity', 'filter', 'modifier']),
  pos: z.enum(['noun', 'verb', 'adj', 'adv', 'unknown']).optional(),
  /** Open (links to nothing, names something, strong enough to decline on). */
  open: z.boolean(),
  strength: z.number().min(0).max(1),
});

/** The scored grounding decision (src/trust/score-grounding.ts): its features and the probability that the data cannot answer. */
export const GroundingScoreSchema = z.object({
  probability: z.number().min(0).max(1),
  declined: z.boolean(),
  features: z.record(z.string(), z.number()),
});
export type GroundingScore = z.infer<typeof GroundingScoreSchema>;

export const GroundingSchema = z.object({
  /** Content words of the question that link to a table, column, value, metric or doc passage. */
  grounded: z.array(z.string()),
  ungrounded: z.array(z.string()),
  /** Every content word in question order with what it links to. */
  words: z.array(GroundedWordSchema),
  /** Set by generate_sql's judgement when the question's kind left it to the score. */
  score: GroundingScoreSchema.optional(),
  /** Set with score: each content word's link, role and strength as the decision saw them. */
  evidence: z.array(WordEvidenceSchema).optional(),
});

export const SqlAttemptSchema = z.object({
  sql: z.string(),
  explanation: z.string().default(''),
  /** Node that produced the SQL: generate_sql, fix, ... */
  source: z.string(),
  tables_used: z.array(z.string()).default([]),
  executed: z.boolean().default(false),
  columns: z.array(z.string()).default([]),
  column_types: z.array(z.string()).default([]),
  row_count: z.number().int().min(0).default(0),
  /** The first rows of the result, JSON-safe values. */
  rows: z.array(z.array(z.unknown())).default([]),
  truncated: z.boolean().default(false),
  error: z.string().optional(),
  error_kind: z.enum(['syntax', 'binder', 'timeout', 'refused', 'runtime']).optional(),
  duration_ms: z.number().min(0).default(0),
});
export interface SqlAttempt extends z.infer<typeof SqlAttemptSchema> {}

export const ReflectionStrategySchema = z.enum([
  'success',
  'fix',
  'regenerate',
  'relink',
  'doc_search',
  'validation',
  'narrow',
  'give_up',
]);
export type ReflectionStrategy = z.infer<typeof ReflectionStrategySchema>;

export const ReflectionSchema = z.object({
  strategy: ReflectionStrategySchema,
  reason: z.string(),
  iteration: z.number().int().min(0),
  /** Parts of the question the latest SQL does not address, as the judge saw them. */
  unaddressed: z.array(z.string()).default([]),
  inserted: z.array(z.string()).default([]),
  /** True when the judge wanted another round but max_iterations stopped it. */
  capped: z.boolean().default(false),
});
export type Reflection = z.infer<typeof ReflectionSchema>;

export const ComparisonSchema = z.object({
  against: z.string(),
  matches: z.boolean(),
  differences: z.array(z.string()),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

export const ValidationFindingSchema = z.object({
  check: z.string(),
  severity: z.enum(['info', 'warning', 'error']),
  message: z.string(),
});
export type ValidationFinding = z.infer<typeof ValidationFindingSchema>;

export const UsageSchema = z.object({
  prompt_tokens: z.number().int().min(0).default(0),
  completion_tokens: z.number().int().min(0).default(0),
  cached_tokens: z.number().int().min(0).default(0),
  calls: z.number().int().min(0).default(0),
  cost_usd: z.number().min(0).default(0),
});
export type Usage = z.infer<typeof UsageSchema>;

export const PlanStateSchema = z.object({
  done: z.array(PlanStepSchema).default([]),
  pending: z.array(PlanStepSchema).default([]),
  /** Counter for step ids, so ids stay unique when nodes are inserted. */
  next_step_id: z.number().int().min(0).default(0),
});
export type PlanState = z.infer<typeof PlanStateSchema>;

export const OutputRecordSchema = z.object({
  format: z.string(),
  rendered: z.string(),
  files: z.array(z.string()).default([]),
});
export type OutputRecord = z.infer<typeof OutputRecordSchema>;

/**
 * success: an answer that passed every check; unsure: an answer that failed at least one check;
 * unanswerable: the question's content links to nothing in the data, so no query ran; failed: no answer.
 */
export const RunStatusSchema = z.enum(['running', 'success', 'unsure', 'unanswerable', 'failed']);
export type RunStatus = z.infer<typeof RunStatusSchema>;

/** One shape check of the final answer against what the question asked. */
export const AnswerCheckSchema = z.object({
  name: z.string(),
  passed: z.boolean(),
  detail: z.string(),
});
export type AnswerCheck = z.infer<typeof AnswerCheckSchema>;

export const ContextSchema = z.object({
  version: z.literal(1).default(1),
  run_id: z.string().min(1),
  task: TaskSchema,
  table_schemas: z.array(TableSchemaSchema).default([]),
  matched_values: z.array(MatchedValueSchema).default([]),
  metrics: z.array(MetricSchema).default([]),
  date_ranges: z.array(DateRangeSchema).default([]),
  doc_passages: z.array(DocPassageSchema).default([]),
  /** Confirmed question/SQL pairs most like the task, closest first (schema_linking). */
  examples: z.array(RetrievedExampleSchema).default([]),
  sql_attempts: z.array(SqlAttemptSchema).default([]),
  reflections: z.array(ReflectionSchema).default([]),
  comparisons: z.array(ComparisonSchema).default([]),
  validations: z.array(ValidationFindingSchema).default([]),
  /** How many times schema_linking was asked to widen its selection. */
  relink_count: z.number().int().min(0).default(0),
  /** Reflection rounds that asked for another try. */
  iteration: z.number().int().min(0).default(0),
  plan: PlanStateSchema,
  usage: UsageSchema.default({ prompt_tokens: 0, completion_tokens: 0, cached_tokens: 0, calls: 0, cost_usd: 0 }),
  usage_by_node: z.record(z.string(), UsageSchema).default({}),
  output: OutputRecordSchema.optional(),
  status: RunStatusSchema.default('running'),
  /** Why the run ended without an answer, when it did. */
  failure: z.string().optional(),
  /**
   * What each content word of the question links to in the namespace, worked out once by generate_sql (with the
   * linked schema, matched values, metrics, docs and catalog) for judging answerability before the SQL is written, and
   * read again by reflect's judgement after it ran.
   */
  grounding: GroundingSchema.optional(),
  /** Set as soon as a node finds that nothing in the data grounds the question: why it cannot be answered. */
  unanswerable: z.string().optional(),
  /** Shape checks of the final answer, set when the run concludes. */
  checks: z.array(AnswerCheckSchema).default([]),
  /** 0–1, from the checks and the reflection history (see docs/trust.md); set when the run concludes. */
  confidence: z.number().min(0).max(1).optional(),
  /** Free-form notes nodes leave for later nodes (e.g. "narrow: add LIMIT"). */
  notes: z.array(z.string()).default([]),
});
/** The state a run carries from node to node (an interface, so editors, errors and the API reference name it instead of spelling it out). */
export interface Context extends z.infer<typeof ContextSchema> {}
export type ContextInput = z.input<typeof ContextSchema>;
