import type { BenchDataset, BenchQuestion } from './bench-dataset-schema.js';

/** The day a dataset without a "current_date" asks its questions on; fixed, so runs are reproducible. */
export const DEFAULT_BENCH_DATE = '2025-01-01';

/** The task a question is asked as: the question, then its instructions (hints, BIRD's evidence) when it has any. */
export function benchTaskText(question: BenchQuestion): string {
  return question.instructions === undefined ? question.question : `${question.question}\n${question.instructions}`;
}

/** The day a question is asked on: its own "current_date", else the manifest's, else the default. */
export function benchCurrentDate(question: BenchQuestion, dataset: Pick<BenchDataset, 'currentDate'>): string {
  return question.current_date ?? dataset.currentDate ?? DEFAULT_BENCH_DATE;
}
