import { UsageError } from '../errors.js';
import type { BenchQuestion } from './bench-dataset-schema.js';

export interface QuestionSelection {
  /** Keeps questions whose id, db_id or text matches. */
  filter?: string;
  /** At most this many, in file order, after the filter. */
  limit?: number;
}

export function selectQuestions(questions: readonly BenchQuestion[], selection: QuestionSelection): BenchQuestion[] {
  let pattern: RegExp | undefined;
  if (selection.filter !== undefined) {
    try {
      pattern = new RegExp(selection.filter);
    } catch (error) {
      throw new UsageError(`--filter is not a valid regular expression: ${(error as Error).message}`);
    }
  }
  const kept = pattern ? questions.filter((q) => pattern.test(q.id) || pattern.test(q.db_id) || pattern.test(q.question)) : [...questions];
  const limited = selection.limit === undefined ? kept : kept.slice(0, selection.limit);
  if (limited.length === 0) throw new UsageError(`no question matches --filter ${JSON.stringify(selection.filter)}`);
  return limited;
}
