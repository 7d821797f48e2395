import { SqlError } from '../connectors/connector.js';
import type { Runtime } from '../engine/runtime.js';
import { UsageError } from '../errors.js';
import { RunStore } from '../persistence/run-store.js';
import { addExample, type AddedExample } from './add-example.js';

/**
 * Chat's /good: the session's latest run, its question and the SQL of its last attempt that ran, become a confirmed
 * example of the run's namespace. Only a run this session asked or resumed counts, never an older session's run that
 * happens to be newest in the save dir; a latest run without an answer is an error, never an older run's.
 */
export async function confirmLatestAnswer(
  runtime: Pick<Runtime, 'connector' | 'settings' | 'namespace'>,
  saveDir: string,
  latestRunId: string | undefined,
): Promise<AddedExample> {
  if (!latestRunId) throw new UsageError('no question answered yet in this session: ask one, then /good keeps its SQL as an example');
  const context = new RunStore(saveDir, latestRunId).loadState().context;
  const answer = context.sql_attempts.findLast((attempt) => attempt.executed && attempt.error === undefined);
  if (!answer) throw new UsageError(`the last question (run ${latestRunId}) has no answer to confirm`);
  try {
    return await addExample(runtime, { namespace: context.task.namespace, question: context.task.text, sql: answer.sql, source: 'chat' });
  } catch (error) {
    if (!(error instanceof SqlError)) throw error;
    throw new UsageError(`not stored: ${error.kind === 'refused' ? '' : `${error.kind} error: `}${error.message}`);
  }
}
