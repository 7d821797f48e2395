import type { Context } from '../context/context-schema.js';

/** The fields of `--format json`: one object per run. */
export function runSummary(context: Context, nodesRun: string[], status: 'success' | 'failed' | 'cancelled') {
  const attempt = context.sql_attempts.at(-1);
  return {
    run_id: context.run_id,
    status: status === 'success' ? ('success' as const) : ('failed' as const),
    sql: attempt?.sql ?? null,
    columns: attempt?.columns ?? [],
    rows: attempt?.rows ?? [],
    row_count: attempt?.row_count ?? 0,
    truncated: attempt?.truncated ?? false,
    iterations: context.iteration,
    nodes: nodesRun,
    usage: context.usage,
    ...(context.failure && status !== 'success' ? { error: context.failure } : {}),
  };
}
export type RunSummary = ReturnType<typeof runSummary>;
