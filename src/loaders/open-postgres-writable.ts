import pg from 'pg';
import type { NamespaceConfig } from '../config/config-schema.js';
import { serverLocation } from '../connectors/server-location.js';
import { withoutSecrets } from '../connectors/redact-url.js';
import { batchSize } from './batch-size.js';
import { quoteName } from './quote-name.js';
import { renderCreateTable, renderForeignKeys } from './render-create-table.js';
import { serverConnectionOptions } from './server-connection-options.js';
import { TableDefinitionSchema } from './table-definition.js';
import { WriteAccessError, type WritableDatabase } from './writable-database.js';

/** Bind parameters PostgreSQL accepts in one statement. */
const PARAMETER_LIMIT = 65_535;
/** insufficient_privilege, read_only_sql_transaction. */
const ACCESS_CODES = new Set(['42501', '25006']);

/** Opens a PostgreSQL namespace for writing; tables go into the first of its `schemas` (default public). */
export async function openPostgresWritable(config: NamespaceConfig): Promise<WritableDatabase> {
  const options = serverConnectionOptions(config);
  const location = serverLocation(config);
  const schema = config.schemas?.[0] ?? 'public';
  const ssl = config.sslmode === undefined || config.sslmode === 'disable' || config.sslmode === 'prefer'
    ? undefined
    : { rejectUnauthorized: config.sslmode !== 'require' };
  const client = new pg.Client({ ...options, ...(ssl ? { ssl } : {}) });
  const clean = (error: unknown): Error => {
    const message = withoutSecrets(error instanceof Error ? error.message : String(error), [options.password]);
    const code = (error as { code?: string }).code;
    if (code && ACCESS_CODES.has(code)) {
      return new WriteAccessError(`${location}: ${message} (loading needs a role that can create tables and insert rows)`);
    }
    return new Error(`${location}: ${message}`);
  };
  try {
    await client.connect();
    await client.query(`SET search_path TO ${quoteName(schema, 'postgres')}`);
  } catch (error) {
    await client.end().catch(() => undefined);
    throw clean(error);
  }
  // Driver errors on an idle client would otherwise crash the process.
  client.on('error', () => undefined);
  const q = (name: string) => quoteName(name, 'postgres');
  const run = async (sql: string, params?: readonly unknown[]) => {
    try {
      return await client.query(sql, params as unknown[] | undefined);
    } catch (error) {
      throw clean(error);
    }
  };
  const inTransaction = async <T>(work: () => Promise<T>): Promise<T> => {
    await run('BEGIN');
    try {
      const result = await work();
      await run('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  };

  return {
    dialect: 'postgres',
    location,
    exec: async (sql, params) => void (await run(sql, params)),
    query: async (sql, params) => (await run(sql, params)).rows as Record<string, unknown>[],
    async listTables() {
      const result = await run(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'`, [schema]);
      return result.rows.map((row: { table_name: string }) => row.table_name);
    },
    async createTable(definition) {
      const table = TableDefinitionSchema.parse(definition);
      await inTransaction(async () => {
        for (const statement of renderCreateTable(table, 'postgres')) await run(statement);
      });
    },
    async addForeignKeys(definition) {
      for (const statement of renderForeignKeys(TableDefinitionSchema.parse(definition), 'postgres')) await run(statement);
    },
    async insertRows(table, columns, rows) {
      const size = batchSize(columns.length, PARAMETER_LIMIT);
      const head = `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES `;
      return inTransaction(async () => {
        for (let start = 0; start < rows.length; start += size) {
          const batch = rows.slice(start, start + size);
          const tuples = batch.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
          await run(head + tuples.join(', '), batch.flat());
        }
        return rows.length;
      });
    },
    async dropTables(tables) {
      for (const table of tables) await run(`DROP TABLE IF EXISTS ${q(table)} CASCADE`);
    },
    async analyze(tables) {
      for (const table of tables) await run(`ANALYZE ${q(table)}`);
    },
    close: () => client.end(),
  };
}
