import type { Context, ReflectionStrategy, Usage } from '../context/context-schema.js';

/** What every model call receives besides the context. */
export interface ModelCallOptions {
  signal: AbortSignal;
  /** SQL dialect of the namespace's engine, e.g. "duckdb". */
  dialect: string;
  /** The node asking, so traces and per-node usage can name it. */
  node: string;
  /** Per-node parameters from workflow.yml. */
  parameters?: Record<string, unknown>;
  /** Reports a progress line (shown in the UI and the event log). */
  progress?: (message: string, data?: Record<string, unknown>) => void;
  /** Reflection strategies this namespace supports (doc_search only where it has docs); all when unset. */
  strategies?: readonly ReflectionStrategy[];
  /** With --debug: receives every request/response record for the run's trace file. */
  trace?: (record: Record<string, unknown>) => void;
}

export interface GeneratedSql {
  sql: string;
  explanation: string;
  tables_used: string[];
  /** The model declined: why nothing in the data can answer the question (sql is then empty). */
  unanswerable?: string;
  usage?: Usage;
}

export interface ReflectionDecision {
  strategy: ReflectionStrategy;
  reason: string;
  /** Parts of the question the latest SQL does not address. */
  unaddressed: string[];
  usage?: Usage;
}

export interface ComparisonJudgement {
  against: string;
  matches: boolean;
  differences: string[];
  usage?: Usage;
}

/**
 * A model that can write, judge and repair SQL. The offline model is deterministic;
 * the OpenAI-compatible provider asks an LLM. Nodes only see this interface.
 */
export interface SqlModel {
  readonly name: string;
  /**
   * True for a model that replays known answers (the benchmark's gold model): generate_sql then asks it
   * without first judging whether the data can answer the question, so the harness check stays exact.
   */
  readonly replaysKnownAnswers?: boolean;
  /**
   * True for a model that says itself when the data cannot answer (GeneratedSql.unanswerable): generate_sql then leaves
   * that to it for every question that links to the data at all, since word grounding cannot know synonyms the schema
   * never spells; a question that links to nothing is still declined before any call.
   */
  readonly judgesAnswerability?: boolean;
  generateSql(context: Context, options: ModelCallOptions): Promise<GeneratedSql>;
  reflect(context: Context, options: ModelCallOptions): Promise<ReflectionDecision>;
  fix(context: Context, options: ModelCallOptions): Promise<GeneratedSql>;
  compare(context: Context, options: ModelCallOptions): Promise<ComparisonJudgement>;
}
