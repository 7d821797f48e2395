import type { BenchReport, QuestionOutcome } from './bench-report-schema.js';
import { summarizeByDatabase, summarizeByKind, summarizeByTag, summarizeOutcomes } from './summarize-outcomes.js';

export type BenchRunFacts = Omit<BenchReport, keyof ReturnType<typeof summarizeOutcomes> | 'per_db' | 'per_kind' | 'per_tag' | 'questions_file'>;

/** The report of a run: its facts, the overall figures and the figures per database, kind and tag. */
export function makeBenchReport(facts: BenchRunFacts, outcomes: readonly QuestionOutcome[]): BenchReport {
  return {
    ...facts,
    ...summarizeOutcomes(outcomes),
    per_db: summarizeByDatabase(outcomes),
    per_kind: summarizeByKind(outcomes),
    per_tag: summarizeByTag(outcomes),
  };
}
