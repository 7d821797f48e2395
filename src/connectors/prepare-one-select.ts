import type { DuckDBConnection, DuckDBPreparedStatement } from '@duckdb/node-api';
import { duckdb } from './duckdb-api.js';
import { SqlError } from './connector.js';
import { ONE_SELECT } from './sql-guard.js';

/**
 * The SQL prepared on the connection that runs it, refused unless it is one statement that DuckDB itself bound as a
 * SELECT. Beneath the SQL check, this is what keeps COPY ... TO over a data file the sandbox lets DuckDB open (its
 * allow-list does not tell reading from writing), EXPORT, ATTACH or a second statement from ever running:
 * `connection.stream(sql)` would run every statement before the last one.
 */
export async function prepareOneSelect(connection: DuckDBConnection, sql: string): Promise<DuckDBPreparedStatement> {
  const statements = await connection.extractStatements(sql);
  if (statements.count !== 1) throw new SqlError(`refused: multiple statements (got ${statements.count}); ${ONE_SELECT}`, 'refused');
  const prepared = await statements.prepare(0);
  const type = prepared.statementType;
  if (type !== duckdb.StatementType.SELECT) {
    prepared.destroySync();
    throw new SqlError(`refused: ${ONE_SELECT} (got ${duckdb.StatementType[type] ?? 'a statement that is not a SELECT'})`, 'refused');
  }
  return prepared;
}
