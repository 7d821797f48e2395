import type { Context } from '../../context/context-schema.js';
import type { GeneratedSql, SqlModel } from '../sql-model.js';
import { goldAnswerFor } from './gold-answers.js';

/** Thrown when a run asks the gold model about a question the bench did not install. */
export class MissingGoldAnswerError extends Error {
  readonly retryable = false;
  constructor(namespace: string, question: string) {
    super(`the gold model has no SQL for "${question}" in namespace ${namespace}; it only answers benchmark questions`);
    this.name = 'MissingGoldAnswerError';
  }
}

function goldSql(context: Context): GeneratedSql {
  const { namespace, text } = context.task;
  const answer = goldAnswerFor(namespace, text);
  if (answer === undefined) throw new MissingGoldAnswerError(namespace, text);
  if (answer.sql === null) {
    const declined = answer.declined ?? 'the benchmark marks this question unanswerable';
    return { sql: '', explanation: declined, tables_used: [], unanswerable: declined };
  }
  return { sql: answer.sql, explanation: 'gold SQL of the benchmark', tables_used: [] };
}

/**
 * Replays a benchmark's gold SQL through the workflow: it writes the gold SQL, judges every result good,
 * keeps the SQL on fix and agrees on compare. A perfect score with it proves the harness, not a model.
 */
export function createGoldModel(name: string): SqlModel {
  return {
    name,
    replaysKnownAnswers: true,
    generateSql: async (context) => goldSql(context),
    fix: async (context) => goldSql(context),
    reflect: async () => ({ strategy: 'success', reason: 'gold SQL', unaddressed: [] }),
    compare: async () => ({ against: 'the gold SQL', matches: true, differences: [] }),
  };
}
