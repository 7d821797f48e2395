import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll } from 'vitest';

/**
 * An in-memory DuckDB database made from `statements` for the test file (opened before its tests, closed after), and
 * a reader of a query's rows as sorted cell lists, in the order returned when `ordered`: two answers with the same
 * rows compare equal whatever their column order.
 */
export function inMemoryRows(statements: readonly string[]): (sql: string, ordered?: boolean) => Promise<string[]> {
  let instance: DuckDBInstance | undefined;
  let connection: DuckDBConnection | undefined;
  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
    connection = await instance.connect();
    for (const statement of statements) await connection.run(statement);
  });
  afterAll(() => {
    connection?.closeSync();
    instance?.closeSync();
  });
  return async (sql, ordered = false) => {
    const reader = await connection!.runAndReadAll(sql);
    const each = reader.getRowsJson().map((row) => JSON.stringify([...row].map(String).sort()));
    return ordered ? each : each.sort();
  };
}
