import { startRun } from '../engine/start-run.js';
import type { Sluice } from '../engine/sluice.js';
import { UsageError, errorMessage } from '../errors.js';
import { installGoldAnswers } from '../models/gold/gold-answers.js';
import type { BenchQuestion } from './bench-dataset-schema.js';
import type { BenchReport, QuestionOutcome } from './bench-report-schema.js';
import { benchCurrentDate, benchTaskText } from './bench-task.js';
import type { BenchServerChoice } from './ensure-bench-databases.js';
import { loadBenchDataset } from './load-bench-dataset.js';
import { makeBenchReport } from './make-bench-report.js';
import { mapConcurrent } from './map-concurrent.js';
import { openBenchSluice, type BenchSluiceOptions } from './open-bench-sluice.js';
import { scoreQuestion, type QuestionRun } from './score-question.js';
import { selectQuestions } from './select-questions.js';
import { parseAnswerSql } from '../trust/parse-answer-sql.js';
import { withGoldAnswers } from './with-gold-answers.js';
/** A question still running after this long is cancelled and counted as a timeout. */
const QUESTION_TIMEOUT_MS = 300_000;
export const DEFAULT_BENCH_CONCURRENCY = 4;

export interface BenchOptions extends BenchSluiceOptions, BenchServerChoice {
  /** The dataset folder (manifest.json, questions.jsonl, databases/). */
  dataset: string;
  plan?: string;
  limit?: number;
  concurrency?: number;
  filter?: string;
  /** Status lines: databases built or reused, the run's settings. */
  onStatus?(message: string): void;
  onOutcome?(outcome: QuestionOutcome, finished: number, total: number): void;
  /** Aborted (Ctrl-C): no more questions start, those in flight are cancelled and left out, the report covers the rest. */
  signal?: AbortSignal;
}

export interface BenchRun {
  report: BenchReport;
  /** One per question, in dataset order. */
  outcomes: QuestionOutcome[];
}

async function runQuestion(sluice: Sluice, question: BenchQuestion, plan: string, currentDate: string, maxIterations: number, dialect: string, signal?: AbortSignal): Promise<QuestionRun> {
  const started = performance.now();
  try {
    const handle = startRun(sluice, { task: benchTaskText(question), namespace: question.db_id, plan, currentDate, maxIterations, format: 'json' });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      handle.cancel(`the bench stopped the question after ${QUESTION_TIMEOUT_MS / 1000} s`);
    }, QUESTION_TIMEOUT_MS);
    const interrupt = () => handle.cancel('the bench was interrupted');
    signal?.addEventListener('abort', interrupt, { once: true });
    const result = await handle.done.finally(() => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', interrupt);
    });
    const last = result.context.sql_attempts.at(-1);
    // An unsure run's SQL as the output node read it, for the decline's score on the bench line.
    const statement = result.status === 'unsure' && last?.executed && !last.error ? await parseAnswerSql(last.sql, dialect) : undefined;
    return {
      status: result.status,
      attempts: result.context.sql_attempts,
      context: result.context,
      nodesRun: result.nodesRun,
      durationMs: result.durationMs,
      error: result.error,
      timedOut,
      ...(statement ? { statement } : {}),
    };
  } catch (error) {
    return { status: 'failed', attempts: [], nodesRun: [], durationMs: performance.now() - started, error: errorMessage(error) };
  }
}

/** Why the gold model declines a partly answerable question: the parts the dataset says the data cannot answer. */
function goldDecline(question: BenchQuestion): { declined?: string } {
  if (question.answerable !== 'partly') return {};
  const parts = question.ungrounded?.map((part) => `'${part}'`).join(', ');
  return { declined: `the benchmark marks this question partly answerable${parts ? `: the data cannot answer ${parts}` : ''}` };
}

/**
 * Evaluates a dataset: builds (or reuses) each database, runs every selected question through the plan
 * with the chosen model, and scores it against the gold SQL's result.
 */
export async function runBench(options: BenchOptions): Promise<BenchRun> {
  const status = options.onStatus ?? (() => {});
  const dataset = loadBenchDataset(options.dataset);
  const questions = selectQuestions(dataset.questions, { filter: options.filter, limit: options.limit });
  const opened = await openBenchSluice(options);
  const { defaults } = opened.base.runtime.config;
  const plan = options.plan ?? defaults.plan;
  if (!opened.base.workflows[plan]) {
    throw new UsageError(`unknown plan "${plan}"; known plans: ${Object.keys(opened.base.workflows).sort().join(', ')}`);
  }
  const concurrency = options.concurrency ?? DEFAULT_BENCH_CONCURRENCY;

  installGoldAnswers(
    questions.map((question) => ({ namespace: question.db_id, question: benchTaskText(question), sql: question.gold_sql ?? null, ...goldDecline(question) })),
  );
  return withGoldAnswers(opened, dataset, questions, options, status, async ({ sluice, gold, dbIds, timing }) => {
    status(`${questions.length} questions over ${dbIds.length} databases, model ${opened.model}, plan ${plan}, concurrency ${concurrency}`);
    let finished = 0;
    const { signal } = options;
    const ran = await mapConcurrent(
      questions,
      concurrency,
      async (question): Promise<QuestionOutcome | undefined> => {
        const currentDate = benchCurrentDate(question, dataset);
        const run = await runQuestion(sluice, question, plan, currentDate, defaults.max_iterations, dataset.dialect, signal);
        // Cut short by the interrupt, not by the question: no score.
        if (signal?.aborted && run.status === 'cancelled') return undefined;
        const outcome = scoreQuestion(question, gold.get(question.id)!, run, currentDate);
        options.onOutcome?.(outcome, ++finished, questions.length);
        return outcome;
      },
      () => signal?.aborted ?? false,
    );
    const outcomes = ran.filter((outcome): outcome is QuestionOutcome => outcome !== undefined);
    const report: BenchReport = makeBenchReport(
      {
        dataset: dataset.name,
        dialect: dataset.dialect,
        dataset_dir: dataset.dir,
        model: opened.model,
        plan,
        concurrency,
        ...(options.filter !== undefined ? { filter: options.filter } : {}),
        ...(options.limit !== undefined ? { limit: options.limit } : {}),
        ...(signal?.aborted ? { interrupted: { finished: outcomes.length, selected: questions.length } } : {}),
        ...timing(),
        source: 'model',
      },
      outcomes,
    );
    return { report, outcomes };
  });
}
