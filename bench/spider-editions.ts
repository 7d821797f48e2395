import { duckdbDialect } from '../src/dialects/duckdb-dialect.js';
import { mysqlDialect } from '../src/dialects/mysql-dialect.js';
import type { SqlDialect } from '../src/dialects/sql-dialect.js';
import { mysqlDdl } from './spider-mysql/mysql-ddl.js';
import { mysqlGoldSql } from './spider-mysql/mysql-gold-sql.js';
import { postgresDdl } from './spider-postgres/postgres-ddl.js';
import { postgresGoldSql, type DdlCatalog } from './spider-postgres/postgres-gold-sql.js';
import { sqliteGoldSql } from './spider-sqlite/sqlite-gold-sql.js';

export type EditionDialect = 'postgres' | 'mysql' | 'sqlite';

/** How spider-dev (DuckDB) is written for another engine. */
export interface SpiderEdition {
  label: string;
  /** Where `bench/datasets/<folder>` is written by default. */
  folder: string;
  /** The server the edition is loaded on and checked against, when the engine has one. */
  defaultUrl?: string;
  /** The spider-dev DDL for the engine; `longestText` is the longest text a column holds (0 unless sizesTextColumns). */
  ddl(duckdbDdl: string, longestText: (table: string, column: string) => number): string;
  /** How the INSERT statements write names and strings. */
  rows: SqlDialect;
  /** Its DDL sizes text columns by their longest value (MySQL keys and indexes need a length). */
  sizesTextColumns?: true;
  goldSql(duckdbSql: string, catalog: DdlCatalog): string;
}

export const SPIDER_EDITIONS: Record<EditionDialect, SpiderEdition> = {
  postgres: {
    label: 'PostgreSQL',
    folder: 'spider-dev-postgres',
    defaultUrl: process.env.SLUICE_TEST_POSTGRES_URL ?? 'postgres://sluice:sluice@127.0.0.1:55432/postgres',
    ddl: (ddl) => postgresDdl(ddl),
    rows: duckdbDialect,
    goldSql: postgresGoldSql,
  },
  mysql: {
    label: 'MySQL/MariaDB',
    folder: 'spider-dev-mysql',
    defaultUrl: process.env.SLUICE_TEST_MYSQL_URL ?? 'mysql://sluice:sluice@127.0.0.1:53306/',
    ddl: mysqlDdl,
    rows: mysqlDialect,
    sizesTextColumns: true,
    goldSql: mysqlGoldSql,
  },
  sqlite: {
    label: 'SQLite',
    folder: 'spider-dev-sqlite',
    // The spider-dev DDL (quoted names, DuckDB's type names) is SQLite's too: SQLite reads any type name by affinity.
    ddl: (ddl) => ddl.replace(/^-- DuckDB dialect/m, '-- SQLite dialect'),
    rows: duckdbDialect,
    goldSql: (sql) => sqliteGoldSql(sql),
  },
};
