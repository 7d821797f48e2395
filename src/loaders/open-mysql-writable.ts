import mysql from 'mysql2/promise';
import type { NamespaceConfig } from '../config/config-schema.js';
import { serverLocation } from '../connectors/server-location.js';
import { withoutSecrets } from '../connectors/redact-url.js';
import { batchSize } from './batch-size.js';
import { quoteName } from './quote-name.js';
import { renderCreateTable, renderForeignKeys } from './render-create-table.js';
import { serverConnectionOptions } from './server-connection-options.js';
import { TableDefinitionSchema } from './table-definition.js';
import { WriteAccessError, type WritableDatabase } from './writable-database.js';

/** Values per INSERT: the client inlines them, so this only keeps each statement well under max_allowed_packet. */
const VALUE_LIMIT = 20_000;
/** Access denied for a table or database, not enough privilege, read-only server. */
const ACCESS_ERRNOS = new Set([1044, 1142, 1143, 1227, 1290, 1792]);

/** Opens a MySQL/MariaDB namespace for writing into its database. */
export async function openMysqlWritable(config: NamespaceConfig): Promise<WritableDatabase> {
  const options = serverConnectionOptions(config);
  const location = serverLocation(config);
  if (!options.database) throw new Error(`${location}: the namespace names no database to load into (add database: or put it in the url)`);
  const clean = (error: unknown): Error => {
    const message = withoutSecrets(error instanceof Error ? error.message : String(error), [options.password]);
    const errno = (error as { errno?: number }).errno;
    if (errno && ACCESS_ERRNOS.has(errno)) {
      return new WriteAccessError(`${location}: ${message} (loading needs a user that can create tables and insert rows)`);
    }
    return new Error(`${location}: ${message}`);
  };
  let connection: mysql.Connection;
  try {
    connection = await mysql.createConnection({
      ...options,
      ...(config.ssl ? { ssl: {} } : {}),
      dateStrings: true,
      supportBigNumbers: true,
      bigNumberStrings: true,
      charset: 'utf8mb4',
    });
  } catch (error) {
    throw clean(error);
  }
  connection.on('error', () => undefined);
  const q = (name: string) => quoteName(name, 'mysql');
  const run = async (sql: string, params?: readonly unknown[]) => {
    try {
      const [rows] = await connection.query(sql, params as unknown[] | undefined);
      return rows;
    } catch (error) {
      throw clean(error);
    }
  };

  return {
    dialect: 'mysql',
    location,
    exec: async (sql, params) => void (await run(sql, params)),
    query: async (sql, params) => (await run(sql, params)) as Record<string, unknown>[],
    async listTables() {
      const rows = (await run(
        `SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'`,
      )) as { name: string }[];
      return rows.map((row) => row.name);
    },
    async createTable(definition) {
      for (const statement of renderCreateTable(TableDefinitionSchema.parse(definition), 'mysql')) await run(statement);
    },
    async addForeignKeys(definition) {
      for (const statement of renderForeignKeys(TableDefinitionSchema.parse(definition), 'mysql')) await run(statement);
    },
    async insertRows(table, columns, rows) {
      const size = batchSize(columns.length, VALUE_LIMIT);
      const head = `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES ?`;
      await run('START TRANSACTION');
      try {
        for (let start = 0; start < rows.length; start += size) await run(head, [rows.slice(start, start + size)]);
        await run('COMMIT');
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
      return rows.length;
    },
    async dropTables(tables) {
      await run('SET FOREIGN_KEY_CHECKS = 0');
      try {
        for (const table of tables) await run(`DROP TABLE IF EXISTS ${q(table)}`);
      } finally {
        await run('SET FOREIGN_KEY_CHECKS = 1');
      }
    },
    async analyze(tables) {
      if (tables.length > 0) await run(`ANALYZE TABLE ${tables.map(q).join(', ')}`);
    },
    close: () => connection.end(),
  };
}
