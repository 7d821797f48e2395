import path from 'node:path';
import Database from 'better-sqlite3';
import { makeDirectory } from '../persistence/make-directory.js';
import { quoteName } from './quote-name.js';
import { renderCreateTable } from './render-create-table.js';
import { TableDefinitionSchema } from './table-definition.js';
import { WriteAccessError, type WritableDatabase } from './writable-database.js';

const ACCESS_CODES = new Set(['SQLITE_READONLY', 'SQLITE_CANTOPEN', 'SQLITE_PERM', 'SQLITE_AUTH']);

/** SQLite has no DATE, DECIMAL or BOOLEAN storage: dates stay ISO text, decimals become numbers, booleans 1/0. */
function sqliteValue(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^-?\d+\.\d+$/.test(value)) return Number(value);
  return value;
}

/** Opens (and creates when missing) a SQLite file for writing. */
export async function openSqliteWritable(file: string): Promise<WritableDatabase> {
  const clean = (error: unknown): Error => {
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: string }).code;
    if (code && ACCESS_CODES.has(code)) return new WriteAccessError(`${file}: ${message} (loading needs a file sluice can write)`);
    return new Error(`${file}: ${message}`);
  };
  let db: Database.Database;
  try {
    makeDirectory(path.dirname(path.resolve(file)));
    db = new Database(file);
    db.pragma('journal_mode = WAL');
  } catch (error) {
    throw clean(error);
  }
  const guard = <T>(work: () => T): T => {
    try {
      return work();
    } catch (error) {
      throw clean(error);
    }
  };
  const q = (name: string) => quoteName(name, 'sqlite');

  return {
    dialect: 'sqlite',
    location: file,
    exec: async (sql, params) => guard(() => void (params ? db.prepare(sql).run(...params.map(sqliteValue)) : db.exec(sql))),
    query: async (sql, params) => guard(() => db.prepare(sql).all(...(params ?? []).map(sqliteValue)) as Record<string, unknown>[]),
    listTables: async () =>
      guard(() => (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[]).map((r) => r.name)),
    async createTable(definition) {
      const table = TableDefinitionSchema.parse(definition);
      guard(() => db.transaction(() => renderCreateTable(table, 'sqlite').forEach((statement) => db.exec(statement)))());
    },
    addForeignKeys: async () => undefined,
    async insertRows(table, columns, rows) {
      // One prepared single-row statement inside a transaction is SQLite's fastest bulk path.
      const insert = guard(() => db.prepare(`INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`));
      guard(() => db.transaction(() => rows.forEach((row) => insert.run(...row.map(sqliteValue))))());
      return rows.length;
    },
    async dropTables(tables) {
      guard(() => {
        db.pragma('foreign_keys = OFF');
        for (const table of tables) db.exec(`DROP TABLE IF EXISTS ${q(table)}`);
      });
    },
    analyze: async () => guard(() => void db.exec('ANALYZE')),
    close: async () => void db.close(),
  };
}
