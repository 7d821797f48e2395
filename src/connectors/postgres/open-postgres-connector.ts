import pg from 'pg';
import type { NamespaceConfig } from '../../config/config-schema.js';
import { SqlError, type Connector } from '../connector.js';
import { ConnectorError } from '../connector-error.js';
import { serverLocation } from '../server-location.js';
import { checkPostgresAccess } from './check-postgres-access.js';
import { includedSchemas } from './included-schemas.js';
import { postgresConnectionOptions } from './postgres-connection-options.js';
import { postgresMessage, toPostgresSqlError } from './postgres-error.js';
import { CONCURRENT_SESSIONS, PostgresSessions } from './postgres-sessions.js';
import { assertReadOnlyPostgresSql } from './postgres-sql-guard.js';
import { PostgresTypeNames } from './postgres-type-names.js';
import { postgresValueTypes } from './postgres-value-types.js';
import { readPostgresCatalog } from './read-postgres-catalog.js';
import { runPostgresQuery } from './run-postgres-query.js';

/**
 * A PostgreSQL server through a small pg pool. Every statement is checked by PostgreSQL's parser first, then runs
 * in a READ ONLY transaction with a statement timeout, the included schemas as search path, and a row-capped cursor.
 */
export async function openPostgresConnector(config: NamespaceConfig): Promise<Connector> {
  const location = serverLocation(config);
  const options = postgresConnectionOptions(config);
  const secrets = secretsOf(config, options.password);
  const connectFailure = (error: unknown) =>
    error instanceof ConnectorError ? error : new ConnectorError(`cannot connect to ${location}: ${postgresMessage(error, secrets)}`, { cause: error });

  const { pool, schemas } = await connect(options, config, connectFailure).catch(async (error: unknown) => {
    if (config.sslmode === 'prefer' && /does not support SSL/i.test(postgresMessage(error))) {
      return connect({ ...options, ssl: false }, config, connectFailure);
    }
    throw error;
  });
  const sessions = new PostgresSessions(pool, (error) => new SqlError(connectFailure(error).message, 'runtime'));
  const typeNames = new PostgresTypeNames();
  let closed = false;

  const inSnapshot = async <T>(signal: AbortSignal | undefined, what: string, read: (client: pg.ClientBase) => Promise<T>) => {
    try {
      return await sessions.use(signal, async (client) => {
        await client.query('BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
        return read(client);
      });
    } catch (error) {
      if (signal?.aborted) throw new SqlError(`${what} was cancelled and stopped on the server`, 'timeout');
      throw toPostgresSqlError(error, undefined, secrets);
    }
  };

  return {
    dialect: 'postgres',
    location,

    checkAccess: (signal) => inSnapshot(signal, 'the access check', (client) => checkPostgresAccess(client, schemas)),

    introspect: (signal) => inSnapshot(signal, 'introspection', (client) => readPostgresCatalog(client, schemas)),

    async execute(sql, queryOptions = {}) {
      const statement = await assertReadOnlyPostgresSql(sql);
      try {
        return await sessions.use(queryOptions.signal, (client, cancelled) =>
          runPostgresQuery(client, statement, queryOptions, { searchPath: schemas, typeNames, cancelled }),
        );
      } catch (error) {
        throw toPostgresSqlError(error, queryOptions.timeoutMs, secrets);
      }
    },

    async close() {
      if (closed) return;
      closed = true;
      await sessions.close(new ConnectorError(`connector for ${location} is closed`));
    },
  };
}

async function connect(
  options: pg.PoolConfig,
  config: NamespaceConfig,
  connectFailure: (error: unknown) => Error,
): Promise<{ pool: pg.Pool; schemas: string[] }> {
  const pool = new pg.Pool({
    ...options,
    types: postgresValueTypes,
    // One connection more than may run statements, so a cancellation never waits for a free one.
    max: CONCURRENT_SESSIONS + 1,
    allowExitOnIdle: true,
  });
  // An idle connection the server drops must not crash the process; the next query reports the problem.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    try {
      return { pool, schemas: await includedSchemas(client, config.schemas) };
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw connectFailure(error);
  }
}

/** The password in every spelling a driver message could echo: as configured, as written in the url, the url itself. */
function secretsOf(config: NamespaceConfig, password: string | (() => unknown) | undefined): string[] {
  const secrets = [config.password, config.url, typeof password === 'string' ? password : undefined];
  if (config.url) {
    try {
      secrets.push(new URL(config.url).password);
    } catch {
      // An unparsable url was refused when the options were built.
    }
  }
  return secrets.filter((secret): secret is string => Boolean(secret));
}
