import type { DuckDBConnection } from '@duckdb/node-api';
import type { CatalogTable } from '../src/connectors/connector.js';

/**
 * The DuckDB catalog reader as it was before warehouse-size catalogs, kept only as the benchmark's baseline:
 * it filters all columns and constraints once per table and counts every table's rows.
 */
const EXACT_COUNT_LIMIT = 1_000_000;

export async function readLegacyDuckDbCatalog(connection: DuckDBConnection, signal?: AbortSignal): Promise<CatalogTable[]> {
  const rowsOf = async (sql: string) => {
    if (signal?.aborted) throw new Error('cancelled');
    return (await connection.runAndReadAll(sql)).getRowObjectsJson();
  };
  const inMainSchema = `database_name = current_database() AND schema_name = 'main'`;
  const tables = await rowsOf(
    `SELECT table_name, comment, estimated_size FROM duckdb_tables()
     WHERE ${inMainSchema} AND NOT internal AND NOT temporary ORDER BY table_name`,
  );
  const columns = await rowsOf(
    `SELECT table_name, column_name, data_type, is_nullable, comment FROM duckdb_columns()
     WHERE ${inMainSchema} AND NOT internal ORDER BY table_name, column_index`,
  );
  const constraints = await rowsOf(
    `SELECT table_name, constraint_type, constraint_column_names, referenced_table, referenced_column_names
     FROM duckdb_constraints() WHERE ${inMainSchema} AND constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')`,
  );
  const counts = await countRows(tables, rowsOf);

  return tables.map((table) => {
    const name = String(table.table_name);
    const own = constraints.filter((constraint) => constraint.table_name === name);
    const primaryKey = new Set(
      own.filter((c) => c.constraint_type === 'PRIMARY KEY').flatMap((c) => c.constraint_column_names as string[]),
    );
    const references = new Map<string, string>();
    for (const foreignKey of own.filter((c) => c.constraint_type === 'FOREIGN KEY')) {
      const from = foreignKey.constraint_column_names as string[];
      const to = foreignKey.referenced_column_names as string[];
      from.forEach((column, i) => references.set(column, `${String(foreignKey.referenced_table)}.${to[i]}`));
    }
    return {
      name,
      ...(table.comment ? { comment: String(table.comment) } : {}),
      row_count: counts.get(name) ?? 0,
      columns: columns
        .filter((column) => column.table_name === name)
        .map((column) => {
          const columnName = String(column.column_name);
          const reference = references.get(columnName);
          return {
            name: columnName,
            type: String(column.data_type),
            nullable: column.is_nullable === true,
            primary_key: primaryKey.has(columnName),
            ...(reference ? { references: reference } : {}),
            ...(column.comment ? { comment: String(column.comment) } : {}),
          };
        }),
    };
  });
}

async function countRows(
  tables: Record<string, unknown>[],
  rowsOf: (sql: string) => Promise<Record<string, unknown>[]>,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const exact: string[] = [];
  for (const table of tables) {
    const estimate = Number(table.estimated_size ?? 0);
    if (estimate > EXACT_COUNT_LIMIT) counts.set(String(table.table_name), estimate);
    else exact.push(String(table.table_name));
  }
  if (exact.length > 0) {
    const quote = (text: string, mark: string) => mark + text.replaceAll(mark, mark + mark) + mark;
    const union = exact
      .map((name) => `SELECT ${quote(name, "'")} AS table_name, COUNT(*) AS row_count FROM ${quote(name, '"')}`)
      .join(' UNION ALL ');
    for (const row of await rowsOf(union)) counts.set(String(row.table_name), Number(row.row_count));
  }
  return counts;
}
