import path from 'node:path';
import { SqlError } from '../connectors/connector.js';
import type { SqlAttempt } from '../context/context-schema.js';
import type { Runtime } from '../engine/runtime.js';
import { BENCH_MAX_ROWS } from './bench-max-rows.js';
import { benchCurrentDate } from './bench-task.js';
import type { BenchServerChoice } from './ensure-bench-databases.js';
import { loadBenchDataset } from './load-bench-dataset.js';
import { loadPredictions } from './load-predictions.js';
import { makeBenchReport } from './make-bench-report.js';
import { mapConcurrent } from './map-concurrent.js';
import { openBenchSluice, type BenchSluiceOptions } from './open-bench-sluice.js';
import { DEFAULT_BENCH_CONCURRENCY, type BenchOptions, type BenchRun } from './run-bench.js';
import { scoreQuestion, type QuestionRun } from './score-question.js';
import { selectQuestions } from './select-questions.js';
import { withGoldAnswers } from './with-gold-answers.js';

export interface PredictionsOptions extends Omit<BenchSluiceOptions, 'model' | 'workflowPath'>, BenchServerChoice {
  dataset: string;
  /** JSONL: {"id": "...", "sql": "..."} per line; "sql": null declines the question. */
  predictions: string;
  limit?: number;
  concurrency?: number;
  filter?: string;
  onStatus?: BenchOptions['onStatus'];
  onOutcome?: BenchOptions['onOutcome'];
}

/** Runs a predicted query read-only as execute_sql would, recording its result or its error. */
async function runPrediction(runtime: Runtime, dbId: string, sql: string | null | undefined): Promise<QuestionRun> {
  if (sql === undefined) return { status: 'missing', attempts: [], nodesRun: [], durationMs: 0, error: 'no prediction for this question' };
  if (sql === null) return { status: 'unanswerable', attempts: [], nodesRun: [], durationMs: 0 };
  const connector = await runtime.connector(dbId);
  const started = performance.now();
  const attempt: SqlAttempt = {
    sql,
    explanation: '',
    source: 'prediction',
    tables_used: [],
    executed: true,
    columns: [],
    column_types: [],
    row_count: 0,
    rows: [],
    truncated: false,
    duration_ms: 0,
  };
  try {
    const result = await connector.execute(sql, { maxRows: BENCH_MAX_ROWS, timeoutMs: runtime.settings.queryTimeoutMs });
    Object.assign(attempt, { columns: result.columns, column_types: result.column_types, row_count: result.row_count, rows: result.rows, truncated: result.truncated });
  } catch (error) {
    if (!(error instanceof SqlError)) throw error;
    Object.assign(attempt, { error: error.message, error_kind: error.kind });
  }
  const durationMs = performance.now() - started;
  return { status: 'predicted', attempts: [{ ...attempt, duration_ms: Math.round(durationMs) }], nodesRun: [], durationMs };
}

/**
 * Scores SQL written by another system (`sluice bench --predictions`) on the same harness as a model run:
 * the same databases, gold answers, tie rules and report, without running any model. Questions marked "answerable":
 * "partly" are left out (counted in partly_not_scored): a prediction is SQL or null, with no reason to name the part.
 */
export async function scorePredictions(options: PredictionsOptions): Promise<BenchRun> {
  const status = options.onStatus ?? (() => {});
  const dataset = loadBenchDataset(options.dataset);
  const predictions = loadPredictions(options.predictions, new Set(dataset.questions.map((question) => question.id)));
  const selected = selectQuestions(dataset.questions, { filter: options.filter, limit: options.limit });
  const questions = selected.filter((question) => question.answerable !== 'partly');
  const partlyNotScored = selected.length - questions.length;
  const opened = await openBenchSluice({ ...options, model: 'gold' });
  const concurrency = options.concurrency ?? DEFAULT_BENCH_CONCURRENCY;
  return withGoldAnswers(opened, dataset, questions, options, status, async ({ sluice: { runtime }, gold, dbIds, timing }) => {
    const missing = questions.filter((question) => !predictions.has(question.id)).length;
    const unscored = partlyNotScored ? `; ${partlyNotScored} partly answerable not scored: a prediction cannot name the part the data cannot answer` : '';
    status(`${questions.length} questions over ${dbIds.length} databases, predictions ${options.predictions}${missing ? ` (${missing} without one)` : ''}${unscored}`);
    let finished = 0;
    const outcomes = await mapConcurrent(questions, concurrency, async (question) => {
      const run = await runPrediction(runtime, question.db_id, predictions.get(question.id));
      const outcome = scoreQuestion(question, gold.get(question.id)!, run, benchCurrentDate(question, dataset));
      options.onOutcome?.(outcome, ++finished, questions.length);
      return outcome;
    });
    const report = makeBenchReport(
      {
        dataset: dataset.name,
        dialect: dataset.dialect,
        dataset_dir: dataset.dir,
        source: 'predictions',
        predictions_file: path.resolve(options.predictions),
        ...(partlyNotScored ? { partly_not_scored: partlyNotScored } : {}),
        model: path.basename(options.predictions),
        plan: 'none',
        concurrency,
        ...(options.filter !== undefined ? { filter: options.filter } : {}),
        ...(options.limit !== undefined ? { limit: options.limit } : {}),
        ...timing(),
      },
      outcomes,
    );
    return { report, outcomes };
  });
}
