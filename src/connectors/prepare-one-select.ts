import type { DuckDBConnection, DuckDBPreparedStatement } from '@duckdb/node-api';
import { duckdb } from './duckdb-api.js';
import { SqlError } from './connector.js';
import { ONE_SELECT } from './sql-guard.js';

/**
 * The SQL prepared on the connection that runs it, refused unless it is one statement that DuckDB itself bound as a
 * SELECT. Beneath the SQL check, this is what keeps COPY ... TO over a data file the sandbox lets DuckDB open (its
 * allow-list does not tell reading from writing), EXPORT, ATTACH or a second statement from ever running:
 * `connection.stream(sql)` would run every statement before the last one. DuckDB's prepare refuses text that holds
 * more or fewer than one statement and runs none of it, so the statements are extracted (one more trip to DuckDB's
 * thread) only when it fails, to say how many there were or to give the parser's own error.
 */
export async function prepareOneSelect(connection: DuckDBConnection, sql: string): Promise<DuckDBPreparedStatement> {
  let prepared: DuckDBPreparedStatement;
  try {
    prepared = await connection.prepare(sql);
  } catch (error) {
    const statements = await connection.extractStatements(sql);
    if (statements.count !== 1) throw new SqlError(`refused: multiple statements (got ${statements.count}); ${ONE_SELECT}`, 'refused');
    throw error;
  }
  const type = prepared.statementType;
  if (type !== duckdb.StatementType.SELECT) {
    prepared.destroySync();
    throw new SqlError(`refused: ${ONE_SELECT} (got ${duckdb.StatementType[type] ?? 'a statement that is not a SELECT'})`, 'refused');
  }
  return prepared;
}
