import { duckdbDialect } from '../../dialects/duckdb-dialect.js';
import type { SqlDialect } from '../../dialects/sql-dialect.js';

/** An identifier as SQL text, quoted (the dialect's way) only when it must be. */
export function sqlIdentifier(name: string, dialect: SqlDialect = duckdbDialect): string {
  return dialect.identifier(name);
}

/** A string literal with quotes doubled (and, on MySQL, backslashes). */
export function sqlString(value: string, dialect: SqlDialect = duckdbDialect): string {
  return dialect.string(value);
}
