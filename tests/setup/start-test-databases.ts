import { startTestDatabases, type TestDatabases } from '../helpers/start-test-databases.js';

/**
 * Vitest global setup: when no test servers are named (SLUICE_TEST_POSTGRES_URL / SLUICE_TEST_MYSQL_URL, as
 * `.ci/run` sets them), start this run's own PostgreSQL and MariaDB from their Debian packages, without installing
 * anything, and stop them afterwards (tests/helpers/start-test-databases.ts). When the packages are missing the
 * tests that need a server fail and say how to install it.
 */
let started: TestDatabases | undefined;

export async function setup(): Promise<void> {
  if (process.env.SLUICE_TEST_POSTGRES_URL && process.env.SLUICE_TEST_MYSQL_URL) return;
  try {
    started = await startTestDatabases();
    Object.assign(process.env, started.urls);
  } catch (error) {
    process.stderr.write(`test databases not started: ${(error as Error).message}\n`);
  }
}

export function teardown(): void {
  started?.stop();
}
