import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * The real PostgreSQL and MariaDB servers the connector tests talk to. `.ci/run` starts them with
 * `.ci/start-databases.sh`; a developer does the same. A missing server fails the test that needs it
 * with the command that installs and starts it: never a skip.
 */
export const POSTGRES_ADMIN_URL = process.env.SLUICE_TEST_POSTGRES_URL ?? 'postgres://sluice:sluice@127.0.0.1:55432/postgres';
export const MYSQL_ADMIN_URL = process.env.SLUICE_TEST_MYSQL_URL ?? 'mysql://sluice:sluice@127.0.0.1:53306/';

const HOW_TO_START =
  'start the test servers with `bash .ci/start-databases.sh` (as root it installs postgresql-15 and mariadb-server ' +
  'with apt-get; otherwise `sudo apt-get install postgresql-15 mariadb-server` first), or point SLUICE_TEST_POSTGRES_URL / ' +
  'SLUICE_TEST_MYSQL_URL at servers of your own';

export function missingServerMessage(engine: 'PostgreSQL' | 'MariaDB', url: string, cause: unknown): string {
  const reason = cause instanceof Error ? cause.message : String(cause);
  const where = new URL(url);
  return `${engine} test server is not reachable at ${where.hostname}:${where.port} (${reason}): ${HOW_TO_START}`;
}

/** A name for a throwaway database or schema, unique per test file run: sluice_t_<label>_<random>. */
export function scratchName(label: string): string {
  return `sluice_t_${label.replace(/[^a-z0-9]/gi, '').toLowerCase().slice(0, 20)}_${randomBytes(4).toString('hex')}`;
}

/** The admin URL with another database name. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A connected client for the PostgreSQL test server's admin role; a missing server fails with how to start it. */
export async function connectPostgresAdmin(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(missingServerMessage('PostgreSQL', POSTGRES_ADMIN_URL, error));
  }
  return client;
}
