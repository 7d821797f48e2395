import type { Runtime } from '../engine/runtime.js';
import type { QueryResult } from '../connectors/connector.js';
import { abortable } from './abortable.js';
import { quoteIdentifier } from './quote-identifier.js';

const SAMPLE_ROWS = 3;

/** The first rows of a table, projected onto the given columns; empty when the table cannot be read. Cached per runtime. */
export async function fetchSampleRows(
  runtime: Runtime,
  namespace: string,
  table: string,
  columns: readonly string[],
  signal: AbortSignal,
): Promise<unknown[][]> {
  const sample = runtime.memo<QueryResult | undefined>(`sample-rows:${namespace}:${table}`, async () => {
    const connector = await runtime.connector(namespace);
    try {
      return await connector.execute(`SELECT * FROM ${quoteIdentifier(table, connector.dialect)} LIMIT ${SAMPLE_ROWS}`, {
        maxRows: SAMPLE_ROWS,
        timeoutMs: Math.min(runtime.settings.queryTimeoutMs, 10_000),
      });
    } catch {
      return undefined;
    }
  });
  const result = await abortable(sample, signal);
  if (!result) return [];
  const positions = columns.map((column) => result.columns.indexOf(column));
  return result.rows.map((row) => positions.map((position) => (position < 0 ? null : row[position])));
}
