import { DuckDBInstance } from '@duckdb/node-api';
import { startRun } from '../engine/start-run.js';
import type { Sluice } from '../engine/sluice.js';
import { UsageError, errorMessage } from '../errors.js';
import { installGoldAnswers } from '../models/gold/gold-answers.js';
import type { BenchQuestion } from './bench-dataset-schema.js';
import type { BenchReport, QuestionOutcome } from './bench-report-schema.js';
import type { NamespaceConfig } from '../config/config-schema.js';
import type { BenchDataset } from './bench-dataset-schema.js';
import { ensureBenchDatabase } from './build-bench-database.js';
import { ensureEngineBenchDatabase } from './engine-bench-database.js';
import { computeGoldAnswers } from './compute-gold-answers.js';
import { loadBenchDataset } from './load-bench-dataset.js';
import { mapConcurrent } from './map-concurrent.js';
import { openBenchSluice, type BenchSluiceOptions } from './open-bench-sluice.js';
import { scoreQuestion, type QuestionRun } from './score-question.js';
import { selectQuestions } from './select-questions.js';
import { summarizeByDatabase, summarizeOutcomes } from './summarize-outcomes.js';

/** Spider needs no "today"; a fixed date keeps runs reproducible. */
const BENCH_DATE = '2025-01-01';
/** A question still running after this long is cancelled and counted as a timeout. */
const QUESTION_TIMEOUT_MS = 300_000;
export const DEFAULT_BENCH_CONCURRENCY = 4;

export interface BenchOptions extends BenchSluiceOptions {
  /** The dataset folder (manifest.json, questions.jsonl, databases/). */
  dataset: string;
  plan?: string;
  limit?: number;
  concurrency?: number;
  filter?: string;
  /** A postgres or mysql dataset: the sluice.yml namespace naming the server its databases are loaded into. */
  namespace?: string;
  /** Or the server's URL. */
  url?: string;
  /** Status lines: databases built or reused, the run's settings. */
  onStatus?(message: string): void;
  onOutcome?(outcome: QuestionOutcome, finished: number, total: number): void;
}

export interface BenchRun {
  report: BenchReport;
  /** One per question, in dataset order. */
  outcomes: QuestionOutcome[];
}

async function runQuestion(sluice: Sluice, question: BenchQuestion, plan: string, maxIterations: number): Promise<QuestionRun> {
  const started = performance.now();
  try {
    const handle = startRun(sluice, { task: question.question, namespace: question.db_id, plan, currentDate: BENCH_DATE, maxIterations, format: 'json' });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      handle.cancel(`the bench stopped the question after ${QUESTION_TIMEOUT_MS / 1000} s`);
    }, QUESTION_TIMEOUT_MS);
    const result = await handle.done.finally(() => clearTimeout(timer));
    return { status: result.status, context: result.context, nodesRun: result.nodesRun, durationMs: result.durationMs, error: result.error, timedOut };
  } catch (error) {
    return { status: 'failed', nodesRun: [], durationMs: performance.now() - started, error: errorMessage(error) };
  }
}

/** The server a postgres or mysql dataset is loaded into, from --namespace or --url; none for duckdb and sqlite. */
function benchServer(dataset: BenchDataset, namespaces: Record<string, NamespaceConfig>, options: BenchOptions): NamespaceConfig | undefined {
  if (options.namespace !== undefined && options.url !== undefined) throw new UsageError('give --namespace or --url, not both');
  const needsServer = dataset.dialect === 'postgres' || dataset.dialect === 'mysql';
  if (!needsServer) {
    if (options.namespace !== undefined || options.url !== undefined) {
      throw new UsageError(`${dataset.name} is a ${dataset.dialect} dataset: its databases are built in the cache folder, --namespace and --url do not apply`);
    }
    return undefined;
  }
  if (options.url !== undefined) return { type: dataset.dialect, url: options.url };
  if (options.namespace === undefined) {
    throw new UsageError(`${dataset.name} is a ${dataset.dialect} dataset: name the server to load it into with --namespace NS (a ${dataset.dialect} namespace of sluice.yml) or --url URL`);
  }
  const entry = Object.hasOwn(namespaces, options.namespace) ? namespaces[options.namespace] : undefined;
  if (!entry) throw new UsageError(`unknown namespace "${options.namespace}"; configured namespaces: ${Object.keys(namespaces).sort().join(', ') || 'none'}`);
  if (entry.type !== dataset.dialect) {
    throw new UsageError(`namespace "${options.namespace}" is a ${entry.type} namespace; ${dataset.name} needs a ${dataset.dialect} one`);
  }
  return entry;
}

/** Builds (or finds already built) each database on the dataset's engine; namespace entries by db_id. */
async function ensureDatabases(
  dataset: BenchDataset,
  dbIds: readonly string[],
  server: NamespaceConfig | undefined,
  cacheDir: string,
  status: (message: string) => void,
): Promise<Record<string, NamespaceConfig>> {
  const databases: Record<string, NamespaceConfig> = {};
  for (const dbId of dbIds) {
    const entry = dataset.manifest[dbId]!;
    if (dataset.dialect === 'duckdb') {
      const database = await ensureBenchDatabase(dataset.dir, dbId, entry, cacheDir);
      status(`${database.built ? 'built' : 'cached'} ${dbId}: ${database.file}`);
      databases[dbId] = { type: 'duckdb', path: database.file };
    } else {
      const database = await ensureEngineBenchDatabase({ ...dataset, dialect: dataset.dialect }, dbId, entry, server, cacheDir);
      status(`${database.built ? 'built' : 'cached'} ${dbId}: ${database.location}`);
      databases[dbId] = database.namespace;
    }
  }
  return databases;
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

  const server = benchServer(dataset, opened.base.runtime.config.namespaces, options);
  const dbIds = [...new Set(questions.map((question) => question.db_id))];
  const databases = await ensureDatabases(dataset, dbIds, server, opened.cacheDir, status);
  const sluice = opened.withDatabases(databases);
  installGoldAnswers(
    questions.flatMap((question) => (question.gold_sql === undefined ? [] : [{ namespace: question.db_id, question: question.question, sql: question.gold_sql }])),
  );

  const parserDatabase = await DuckDBInstance.create(':memory:');
  const parser = await parserDatabase.connect();
  const startedAt = new Date();
  const clock = performance.now();
  try {
    const gold = await computeGoldAnswers(sluice.runtime, questions, parser);
    status(`${questions.length} questions over ${dbIds.length} databases, model ${opened.model}, plan ${plan}, concurrency ${concurrency}`);
    let finished = 0;
    const outcomes = await mapConcurrent(questions, concurrency, async (question) => {
      const run = await runQuestion(sluice, question, plan, defaults.max_iterations);
      const outcome = scoreQuestion(question, gold.get(question.id)!, run);
      options.onOutcome?.(outcome, ++finished, questions.length);
      return outcome;
    });
    const report: BenchReport = {
      dataset: dataset.name,
      dialect: dataset.dialect,
      dataset_dir: dataset.dir,
      model: opened.model,
      plan,
      concurrency,
      ...(options.filter !== undefined ? { filter: options.filter } : {}),
      ...(options.limit !== undefined ? { limit: options.limit } : {}),
      started_at: startedAt.toISOString(),
      duration_ms: Math.round(performance.now() - clock),
      ...summarizeOutcomes(outcomes),
      per_db: summarizeByDatabase(outcomes),
    };
    return { report, outcomes };
  } finally {
    parser.closeSync();
    parserDatabase.closeSync();
    await sluice.runtime.close();
  }
}
