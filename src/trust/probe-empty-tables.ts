import type { Connector } from '../connectors/connector.js';
import { dialectFor } from '../dialects/dialect-for.js';
import { readsTable } from './reads-table.js';

const PROBE_TIMEOUT_MS = 5_000;

/**
 * Of the tables a catalog estimates to be empty, those that truly hold no rows, probed with `SELECT 1 … LIMIT 1`
 * through the connector's sandbox. Catalog row counts are estimates (PostgreSQL's reltuples before ANALYZE,
 * MySQL's table_rows) and may say 0 for a table with rows, so only a probe lets an empty answer be believed
 * because its table is empty. Only tables the SQL reads are probed; a probe that fails counts as not empty.
 */
export async function probeEmptyTables(connector: Connector, sql: string, estimatedEmpty: readonly string[], signal?: AbortSignal): Promise<string[]> {
  const code = sql.toLowerCase();
  const dialect = dialectFor(connector.dialect);
  const read = [...new Set(estimatedEmpty)].filter((name) => readsTable(code, name.toLowerCase()) || readsTable(code, name.split('.').at(-1)!.toLowerCase()));
  const probed = await Promise.all(
    read.map(async (name) => {
      const target = name.split('.').map((part) => dialect.identifier(part)).join('.');
      try {
        const result = await connector.execute(`SELECT 1 FROM ${target} ${dialect.limit(1)}`, { timeoutMs: PROBE_TIMEOUT_MS, maxRows: 1, signal });
        return result.row_count === 0 ? name : undefined;
      } catch {
        return undefined;
      }
    }),
  );
  return probed.filter((name): name is string => name !== undefined);
}
