import type { DialectName } from './dialect-name.js';
import { duckdbDialect } from './duckdb-dialect.js';
import { mysqlDialect } from './mysql-dialect.js';
import { postgresDialect } from './postgres-dialect.js';
import type { SqlDialect } from './sql-dialect.js';
import { sqliteDialect } from './sqlite-dialect.js';

const DIALECTS: Record<DialectName, SqlDialect> = { duckdb: duckdbDialect, postgres: postgresDialect, mysql: mysqlDialect, sqlite: sqliteDialect };

/** The dialect by name; an unknown name (a custom connector's) falls back to DuckDB's, sluice's native SQL. */
export function dialectFor(name: string): SqlDialect {
  return Object.hasOwn(DIALECTS, name) ? DIALECTS[name as DialectName] : duckdbDialect;
}
