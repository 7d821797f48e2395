import { existsSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { ConnectorError } from './connector-error.js';
import type { CatalogTable, Connector } from './connector.js';
import { DUCKDB_SANDBOX_OPTIONS } from './duckdb-sandbox-options.js';
import { cleanDuckDbMessage } from './duckdb-error.js';
import { duckDbLimitOptions, type DuckDbLimits } from './duckdb-limits.js';
import { pooledDuckDbConnector } from './pooled-duckdb-connector.js';

export { ConnectorError } from './connector-error.js';

/** Above this estimated size a table's row_count is DuckDB's estimate instead of COUNT(*). */
const EXACT_COUNT_LIMIT = 1_000_000;

/** Opens a DuckDB file read-only with the sandbox settings; the connector runs every query on it. */
export async function openReadOnlyDuckDb(path: string, limits: DuckDbLimits = {}): Promise<DuckDBInstance> {
  if (!existsSync(path)) throw new ConnectorError(`database file not found: ${path}`);
  try {
    return await DuckDBInstance.create(path, { access_mode: 'READ_ONLY', ...duckDbLimitOptions(limits), ...DUCKDB_SANDBOX_OPTIONS });
  } catch (error) {
    const reason = cleanDuckDbMessage(error instanceof Error ? error.message : String(error));
    throw new ConnectorError(`cannot open database ${path}: ${reason}`);
  }
}

export async function openDuckDbConnector(path: string, limits: DuckDbLimits = {}): Promise<Connector> {
  const database = await openReadOnlyDuckDb(path, limits);
  return pooledDuckDbConnector(database, {
    location: path,
    limits: { ...limits, hostPaths: [path] },
    readCatalog,
    access: { canWrite: false, findings: [`${path} is opened read-only (access_mode READ_ONLY) with external access off`] },
  });
}

async function readCatalog(connection: DuckDBConnection, signal?: AbortSignal): Promise<CatalogTable[]> {
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
