import type { DuckDBConnection } from '@duckdb/node-api';

let parser: Promise<DuckDBConnection> | undefined;

/**
 * One in-memory DuckDB per process, used only to parse and render statements (json_serialize_sql and back), never
 * to read data: opened on first use, so a run that never needs it never pays for it.
 */
export function sharedParser(): Promise<DuckDBConnection> {
  parser ??= import('@duckdb/node-api').then(async ({ DuckDBInstance }) => (await DuckDBInstance.create(':memory:')).connect());
  parser.catch(() => {
    parser = undefined;
  });
  return parser;
}
