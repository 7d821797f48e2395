import type { DuckDBConnection } from '@duckdb/node-api';
import { parseLossless } from './lossless-json.js';
import type { SerializedSqlMemo } from './serialized-sql-memo.js';

/** DuckDB's parse tree of one SELECT statement, or the parser's message when it has none. */
export type SerializedStatement = { ok: true; statement: Record<string, unknown> } | { ok: false; error: string };

/**
 * Parses SQL with DuckDB's own parser through json_serialize_sql (no binding: the tables need not exist), or reads
 * the text an earlier parse of the same SQL left in `memo` (the sandbox's, as the answer ran: serialized-sql-memo).
 */
export async function serializeSql(connection: DuckDBConnection, sql: string, memo?: SerializedSqlMemo): Promise<SerializedStatement> {
  let text = memo?.recall(sql);
  // The sandbox's own reading of the same text, when it is the first to be asked for (serialized-sql-memo.ts).
  let given: unknown;
  if (text === undefined) {
    text = String((await connection.runAndReadAll('SELECT json_serialize_sql(?::VARCHAR)', [sql])).getRows()[0]?.[0]);
    memo?.remember(sql, text);
  } else {
    given = memo?.takeParsed(sql);
  }
  // Lossless: the tree goes back to DuckDB when the tie check widens a gold query.
  const parsed = (given ?? parseLossless(text)) as {
    error: boolean;
    error_message?: string;
    statements?: Record<string, unknown>[];
  };
  if (parsed.error) return { ok: false, error: parsed.error_message ?? 'the SQL could not be parsed' };
  const statements = parsed.statements ?? [];
  if (statements.length !== 1) return { ok: false, error: `expected one statement, got ${statements.length}` };
  return { ok: true, statement: statements[0]! };
}
