import type { DuckDBConnection } from '@duckdb/node-api';
import { duckdbDialect } from '../../src/dialects/duckdb-dialect.js';
import type { SqlDialect } from '../../src/dialects/sql-dialect.js';

/** Rows per INSERT statement: large enough to load quickly, small enough to read in a diff. */
const ROWS_PER_STATEMENT = 200;

const UNQUOTED_TYPES = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|FLOAT|DOUBLE|DECIMAL.*)$/;

/**
 * A table's rows as INSERT statements, read from a loaded DuckDB database in insertion order: values are DuckDB's text form of what
 * it loaded (dates already converted from YYYYMMDD), NULL for nulls; numbers unquoted, everything else quoted,
 * names and strings written as `dialect` writes them.
 */
export async function insertStatements(connection: DuckDBConnection, table: string, dialect: SqlDialect = duckdbDialect): Promise<string[]> {
  const quote = (name: string): string => dialect.identifier(name);
  const columns = (
    await connection.runAndReadAll(
      `SELECT column_name, data_type FROM duckdb_columns() WHERE schema_name = 'main' AND table_name = ? ORDER BY column_index`,
      [table],
    )
  ).getRows().map(([name, type]) => ({ name: String(name), type: String(type) }));
  const select = columns.map((column) => `CAST("${column.name.replaceAll('"', '""')}" AS VARCHAR)`).join(', ');
  const rows = (await connection.runAndReadAll(`SELECT ${select} FROM "${table.replaceAll('"', '""')}"`)).getRows();
  const literal = (value: unknown, type: string): string => {
    if (value === null) return 'NULL';
    if (type === 'BOOLEAN') return dialect.boolean(value === 'true');
    return UNQUOTED_TYPES.test(type) && /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(String(value)) ? String(value) : dialect.string(String(value));
  };
  const head = `INSERT INTO ${quote(table)} (${columns.map((column) => quote(column.name)).join(', ')}) VALUES`;
  const statements: string[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const values = rows
      .slice(start, start + ROWS_PER_STATEMENT)
      .map((row) => `  (${row.map((value, i) => literal(value, columns[i]!.type)).join(', ')})`);
    statements.push(`${head}\n${values.join(',\n')};`);
  }
  return statements;
}
