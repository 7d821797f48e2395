import { DuckDBInstance } from '@duckdb/node-api';
import type { Sluice } from '../engine/sluice.js';
import type { BenchDataset, BenchQuestion } from './bench-dataset-schema.js';
import { computeGoldAnswers } from './compute-gold-answers.js';
import { benchServer, ensureBenchDatabases, type BenchServerChoice } from './ensure-bench-databases.js';
import type { BenchSluice } from './open-bench-sluice.js';
import type { GoldAnswerResult } from './score-question.js';

/** What a bench run scores against: the sluice with the questions' databases, their gold answers, and the run's clock. */
export interface GoldHarness {
  sluice: Sluice;
  gold: Map<string, GoldAnswerResult[]>;
  dbIds: string[];
  /** When the scoring began, and how long it has taken so far: the report's started_at and duration_ms. */
  timing(): { started_at: string; duration_ms: number };
}

/**
 * Builds (or reuses) the questions' databases, runs their gold SQL, and hands all that to `score`; the runtime and the
 * DuckDB connection that parses the gold SQL are closed when it is done, whether it succeeds or throws.
 */
export async function withGoldAnswers<T>(
  opened: BenchSluice,
  dataset: BenchDataset,
  questions: readonly BenchQuestion[],
  options: BenchServerChoice,
  status: (message: string) => void,
  score: (harness: GoldHarness) => Promise<T>,
): Promise<T> {
  const server = benchServer(dataset, opened.base.runtime.config.namespaces, options);
  const dbIds = [...new Set(questions.map((question) => question.db_id))];
  const databases = await ensureBenchDatabases(dataset, dbIds, server, opened.cacheDir, status);
  const sluice = opened.withDatabases(databases);
  const parserDatabase = await DuckDBInstance.create(':memory:');
  const parser = await parserDatabase.connect();
  const startedAt = new Date();
  const clock = performance.now();
  try {
    const gold = await computeGoldAnswers(sluice.runtime, questions, parser);
    return await score({ sluice, gold, dbIds, timing: () => ({ started_at: startedAt.toISOString(), duration_ms: Math.round(performance.now() - clock) }) });
  } finally {
    parser.closeSync();
    parserDatabase.closeSync();
    await sluice.runtime.close();
  }
}
