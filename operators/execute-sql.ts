import { SqlError } from '../src/connectors/connector.js';
import type { SqlAttempt } from '../src/context/context-schema.js';
import { parseNodeParameters } from '../src/catalog/parse-node-parameters.js';
import { ExecuteSqlParametersSchema } from '../src/engine/execute-sql-parameters.js';
import { defineNode } from '../src/engine/node-definition.js';

const PREVIEW_ROWS = 50;

/** Runs the latest SQL in the sandbox. A SQL error is recorded in the attempt, not thrown. */
export const executeSqlNode = defineNode({
  name: 'execute_sql',
  description: 'Runs the latest SQL read-only in the sandbox and records the result or the error',
  parameters: ExecuteSqlParametersSchema,
  async run(context, call) {
    const attempt = context.sql_attempts.at(-1);
    if (!attempt) return { context, summary: 'no SQL to run' };
    const connector = await call.runtime.connector(context.task.namespace);
    const parameters = parseNodeParameters('execute_sql', ExecuteSqlParametersSchema, call.options.parameters);
    const timeoutMs = parameters.query_timeout_ms ?? call.runtime.settings.queryTimeoutMs;
    const maxRows = parameters.max_rows ?? call.runtime.settings.maxRows;
    call.progress('running query');
    const started = Date.now();
    let recorded: SqlAttempt;
    try {
      const result = await connector.execute(attempt.sql, { timeoutMs, maxRows, signal: call.signal });
      recorded = {
        ...attempt,
        executed: true,
        columns: result.columns,
        column_types: result.column_types,
        row_count: result.row_count,
        rows: result.rows.slice(0, Math.max(PREVIEW_ROWS, maxRows)),
        truncated: result.truncated,
        error: undefined,
        error_kind: undefined,
        duration_ms: result.duration_ms,
      };
    } catch (error) {
      if (!(error instanceof SqlError)) throw error;
      recorded = {
        ...attempt,
        executed: true,
        columns: [],
        column_types: [],
        row_count: 0,
        rows: [],
        truncated: false,
        error: error.message,
        error_kind: error.kind,
        duration_ms: Date.now() - started,
      };
    }
    const next = { ...context, sql_attempts: [...context.sql_attempts.slice(0, -1), recorded] };
    const summary = recorded.error
      ? `${recorded.error_kind} error: ${recorded.error.split('\n')[0]}`
      : `${recorded.row_count}${recorded.truncated ? '+' : ''} row${recorded.row_count === 1 ? '' : 's'} in ${recorded.duration_ms} ms`;
    return { context: next, summary };
  },
});
