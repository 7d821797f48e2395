import type { Runtime } from '../engine/runtime.js';

/** Rows an example's check may fetch: enough to prove it runs, not to copy the table. */
const CHECK_ROWS = 5;

/** Runs the SQL through the namespace's sandbox; a refusal or an error throws the connector's SqlError. */
export async function checkExampleSql(runtime: Pick<Runtime, 'connector' | 'settings'>, namespace: string, sql: string): Promise<void> {
  const connector = await runtime.connector(namespace);
  await connector.execute(sql, { timeoutMs: runtime.settings.queryTimeoutMs, maxRows: CHECK_ROWS });
}
