import type { PoolConnection, RowDataPacket } from 'mysql2/promise';
import type { CatalogTable } from '../connector.js';

/**
 * The database's tables and views from information_schema in three bulk queries (never one per table, never
 * COUNT(*)): row counts are the server's TABLE_ROWS estimates, exact for MyISAM, sampled for InnoDB.
 */
export async function readMysqlCatalog(connection: PoolConnection, database: string): Promise<CatalogTable[]> {
  const rowsOf = async (sql: string) => (await connection.query<RowDataPacket[]>(sql, [database]))[0];
  const tables = await rowsOf(
    `SELECT TABLE_NAME AS table_name, TABLE_TYPE AS table_type, TABLE_ROWS AS table_rows, TABLE_COMMENT AS table_comment
     FROM information_schema.TABLES
     WHERE TABLE_SCHEMA = ? AND TABLE_TYPE IN ('BASE TABLE', 'VIEW', 'SYSTEM VERSIONED')
     ORDER BY TABLE_NAME`,
  );
  const columns = await rowsOf(
    `SELECT TABLE_NAME AS table_name, COLUMN_NAME AS column_name, COLUMN_TYPE AS column_type,
            IS_NULLABLE AS is_nullable, COLUMN_COMMENT AS column_comment
     FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION`,
  );
  const keys = await rowsOf(
    `SELECT TABLE_NAME AS table_name, COLUMN_NAME AS column_name, CONSTRAINT_NAME AS constraint_name,
            REFERENCED_TABLE_SCHEMA AS referenced_schema, REFERENCED_TABLE_NAME AS referenced_table,
            REFERENCED_COLUMN_NAME AS referenced_column
     FROM information_schema.KEY_COLUMN_USAGE
     WHERE TABLE_SCHEMA = ? AND (CONSTRAINT_NAME = 'PRIMARY' OR REFERENCED_TABLE_NAME IS NOT NULL)`,
  );

  const primaryKey = new Set<string>();
  const references = new Map<string, string>();
  for (const key of keys) {
    const column = `${key.table_name}.${key.column_name}`;
    if (key.constraint_name === 'PRIMARY') primaryKey.add(column);
    if (key.referenced_table) {
      const schema = key.referenced_schema && key.referenced_schema !== database ? `${key.referenced_schema}.` : '';
      references.set(column, `${schema}${key.referenced_table}.${key.referenced_column}`);
    }
  }

  return tables.map((table) => {
    const name = String(table.table_name);
    const comment = table.table_type === 'VIEW' ? '' : String(table.table_comment ?? '');
    return {
      name,
      ...(comment ? { comment } : {}),
      row_count: Number(table.table_rows ?? 0),
      columns: columns
        .filter((column) => column.table_name === name)
        .map((column) => {
          const qualified = `${name}.${column.column_name}`;
          const reference = references.get(qualified);
          return {
            name: String(column.column_name),
            type: sqlTypeName(String(column.column_type)),
            nullable: column.is_nullable === 'YES',
            primary_key: primaryKey.has(qualified),
            ...(reference ? { references: reference } : {}),
            ...(column.column_comment ? { comment: String(column.column_comment) } : {}),
          };
        }),
    };
  });
}

/** COLUMN_TYPE upper-cased without integer display widths (int(11) unsigned -> INT UNSIGNED); TINYINT(1) keeps its width, the boolean convention. */
function sqlTypeName(columnType: string): string {
  const match = /^([^(]*)(\([^)]*\))?(.*)$/s.exec(columnType)!;
  const base = match[1]!.trim().toUpperCase();
  const integer = /^(TINYINT|SMALLINT|MEDIUMINT|INT|INTEGER|BIGINT)$/.test(base) && base !== 'TINYINT';
  const parameters = integer ? '' : (match[2] ?? '');
  return `${base}${parameters}${match[3]!.toUpperCase()}`.trim();
}
