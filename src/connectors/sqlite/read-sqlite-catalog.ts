import type { CatalogColumn, CatalogTable } from '../connector.js';
import { sqliteDdlComments } from './sqlite-ddl-comments.js';

/** Runs trusted catalog SQL and returns rows as objects keyed by column name. */
export type SqliteRows = (sql: string) => Promise<Record<string, unknown>[]>;

/** Files up to this size get exact COUNT(*)s; larger ones the max(rowid) estimate (views: 0). */
const EXACT_COUNT_BYTES = 64 * 1024 * 1024;

const quote = (text: string, mark: string) => mark + text.replaceAll(mark, mark + mark) + mark;

/** Tables and views with their columns, foreign keys and DDL comments, in four queries plus one for row counts. */
export async function readSqliteCatalog(rows: SqliteRows, fileBytes: number): Promise<CatalogTable[]> {
  const columns = await rows(
    `SELECT m.name AS table_name, m.type AS table_type, p.name AS column_name, p.type AS data_type,
            p."notnull" AS not_null, p.pk AS pk
     FROM sqlite_schema m JOIN pragma_table_info(m.name) p
     WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
     ORDER BY m.name, p.cid`,
  );
  const foreignKeys = await rows(
    `SELECT m.name AS table_name, f."from" AS from_column, f."table" AS to_table, f."to" AS to_column
     FROM sqlite_schema m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'`,
  );
  const definitions = await rows(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql IS NOT NULL`);
  const comments = new Map(definitions.map((row) => [String(row.name), sqliteDdlComments(String(row.sql))]));
  const tables = [...new Map(columns.map((row) => [String(row.table_name), String(row.table_type)])).entries()];
  const counts = await countRows(rows, tables, fileBytes);

  const primaryKeyOf = (table: string) =>
    columns.filter((row) => row.table_name === table && Number(row.pk) > 0).map((row) => String(row.column_name));
  return tables.map(([name]) => {
    const references = new Map<string, string>();
    for (const key of foreignKeys.filter((row) => row.table_name === name)) {
      const target = String(key.to_table);
      const targetColumn = key.to_column ? String(key.to_column) : primaryKeyOf(target)[0];
      if (targetColumn) references.set(String(key.from_column), `${target}.${targetColumn}`);
    }
    const own = columns.filter((row) => row.table_name === name);
    const described = comments.get(name);
    return {
      name,
      ...(described?.table ? { comment: described.table } : {}),
      row_count: counts.get(name) ?? 0,
      columns: own.map((row): CatalogColumn => {
        const columnName = String(row.column_name);
        const type = String(row.data_type ?? '').toUpperCase() || 'ANY';
        const primaryKey = Number(row.pk) > 0;
        const reference = references.get(columnName);
        const comment = described?.columns.get(columnName.toLowerCase());
        return {
          name: columnName,
          type,
          nullable: Number(row.not_null) === 0 && !(primaryKey && type === 'INTEGER'),
          primary_key: primaryKey,
          ...(reference ? { references: reference } : {}),
          ...(comment ? { comment } : {}),
        };
      }),
    };
  });
}

/** sqlite_stat1 when ANALYZE has run; else COUNT(*) in small files and max(rowid) in large ones. */
async function countRows(rows: SqliteRows, tables: [string, string][], fileBytes: number): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const hasStats = (await rows(`SELECT 1 AS found FROM sqlite_schema WHERE name = 'sqlite_stat1'`)).length > 0;
  if (hasStats) {
    for (const row of await rows(`SELECT tbl, stat FROM sqlite_stat1`)) {
      const estimate = Number.parseInt(String(row.stat ?? ''), 10);
      if (Number.isFinite(estimate)) counts.set(String(row.tbl), Math.max(counts.get(String(row.tbl)) ?? 0, estimate));
    }
  }
  const missing = tables.filter(([name]) => !counts.has(name));
  const small = fileBytes <= EXACT_COUNT_BYTES;
  const counted = missing.filter(([, type]) => small || type !== 'view').map(([name]) => name);
  const countSql = (name: string) =>
    `SELECT ${quote(name, "'")} AS table_name, ${small ? 'count(*)' : 'coalesce(max(rowid), 0)'} AS row_count FROM ${quote(name, '"')}`;
  try {
    if (counted.length > 0) {
      for (const row of await rows(counted.map(countSql).join(' UNION ALL '))) counts.set(String(row.table_name), Number(row.row_count));
    }
  } catch {
    // One table spoilt the union (a WITHOUT ROWID table has no rowid, a view may be broken): count one by one.
    for (const name of counted) {
      const [row] = await rows(countSql(name)).catch(() => []);
      counts.set(name, Number(row?.row_count ?? 0));
    }
  }
  return counts;
}
