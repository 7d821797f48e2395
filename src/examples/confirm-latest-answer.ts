import { SqlError } from '../connectors/connector.js';
import type { Runtime } from '../engine/runtime.js';
import { UsageError } from '../errors.js';
import { listRuns } from '../persistence/run-store.js';
import { addExample, type AddedExample } from './add-example.js';

/**
 * Chat's /good: the newest run in the save dir, its question and the SQL of its last attempt that ran, become a
 * confirmed example of the run's namespace. A newest run without an answer is an error, never an older run's.
 */
export async function confirmLatestAnswer(runtime: Pick<Runtime, 'connector' | 'settings' | 'namespace'>, saveDir: string): Promise<AddedExample> {
  const latest = listRuns(saveDir)[0];
  if (!latest) throw new UsageError('no question answered yet: ask one, then /good keeps its SQL as an example');
  const context = latest.state?.context;
  const answer = context?.sql_attempts.findLast((attempt) => attempt.executed && attempt.error === undefined);
  if (!context || !answer) throw new UsageError(`the last question (run ${latest.runId}) has no answer to confirm`);
  try {
    return await addExample(runtime, { namespace: context.task.namespace, question: context.task.text, sql: answer.sql, source: 'chat' });
  } catch (error) {
    if (!(error instanceof SqlError)) throw error;
    throw new UsageError(`not stored: ${error.kind === 'refused' ? '' : `${error.kind} error: `}${error.message}`);
  }
}
