import { duckdbDialect } from '../../dialects/duckdb-dialect.js';
import type { SqlDialect } from '../../dialects/sql-dialect.js';
import type { Context, SqlAttempt, TableSchema } from '../../context/context-schema.js';
import type { ParsedSqlError } from './parse-sql-error.js';
import { nearestName } from './nearest-name.js';
import { bareName } from './bare-name.js';
import { findTable } from './schema-lookup.js';
import { sqlIdentifier } from './sql-identifier.js';
import { replaceIdentifier, resolveAlias } from './sql-text.js';

export interface SqlRepair {
  sql: string;
  explanation: string;
}

/** Tables the SQL reads that the schema knows, else every linked table. */
export function tablesInSql(context: Context, attempt: SqlAttempt): TableSchema[] {
  const lower = attempt.sql.toLowerCase();
  const named = context.table_schemas.filter(
    (t) => attempt.tables_used.some((u) => bareName(u) === bareName(t.name)) || new RegExp(`\\b${bareName(t.name)}\\b`).test(lower),
  );
  return named.length > 0 ? named : context.table_schemas;
}

/** A misspelled column: the nearest of DuckDB's candidate bindings, else the nearest column of the tables in play. */
export function fixMissingColumn(
  context: Context,
  attempt: SqlAttempt,
  error: Extract<ParsedSqlError, { kind: 'missing_column' }>,
  dialect: SqlDialect = duckdbDialect,
): SqlRepair | undefined {
  const qualifierTable = error.table ? findTable(context.table_schemas, resolveAlias(attempt.sql, error.table)) : undefined;
  const pool = qualifierTable ? [qualifierTable] : tablesInSql(context, attempt);
  const fromCandidates = nearestName(error.name, error.candidates.map((c) => c.split('.').at(-1)!));
  const fromSchema = nearestName(error.name, pool.flatMap((t) => t.columns.map((c) => c.name)));
  const replacement = fromCandidates ?? fromSchema ?? nearestName(error.name, context.table_schemas.flatMap((t) => t.columns.map((c) => c.name)));
  if (!replacement) return undefined;
  const sql = replaceIdentifier(attempt.sql, error.name, sqlIdentifier(replacement, dialect), error.table);
  if (sql === attempt.sql) return undefined;
  return { sql, explanation: `Column '${error.name}' does not exist; replaced it with '${replacement}'.` };
}

/** A misspelled table: DuckDB's suggestion when it is a linked table, else the nearest linked table. */
export function fixMissingTable(
  context: Context,
  attempt: SqlAttempt,
  error: Extract<ParsedSqlError, { kind: 'missing_table' }>,
  dialect: SqlDialect = duckdbDialect,
): SqlRepair | undefined {
  const name = bareName(error.name);
  const suggested = error.suggestion ? findTable(context.table_schemas, error.suggestion)?.name : undefined;
  const replacement = suggested ?? nearestName(name, context.table_schemas.map((t) => t.name));
  if (!replacement) return undefined;
  const sql = replaceIdentifier(attempt.sql, name, sqlIdentifier(replacement, dialect));
  if (sql === attempt.sql) return undefined;
  return { sql, explanation: `Table '${error.name}' does not exist; replaced it with '${replacement}'.` };
}
