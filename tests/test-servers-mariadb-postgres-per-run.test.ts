import fs from 'node:fs';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startTestDatabases } from './helpers/start-test-databases.js';

async function answers(urls: Record<string, string>): Promise<[boolean, boolean]> {
  const postgres = new pg.Client({ connectionString: urls.SLUICE_TEST_POSTGRES_URL, connectionTimeoutMillis: 10_000 });
  const postgresUp = await postgres.connect().then(
    async () => (await postgres.query('SELECT 1 AS one')).rows[0].one === 1,
    () => false,
  );
  await postgres.end().catch(() => {});
  const mariadbUp = await mysql.createConnection({ uri: urls.SLUICE_TEST_MYSQL_URL!, connectTimeout: 10_000 }).then(
    async (connection) => {
      const [rows] = await connection.query('SELECT 1 AS one');
      await connection.end();
      return (rows as Array<{ one: number }>)[0]!.one === 1;
    },
    () => false,
  );
  return [postgresUp, mariadbUp];
}

/** Two test runs on one machine (two helpers, two terminals) each start and stop their own servers (vitest's global setup). */
describe('test servers per test run', () => {
  it('two runs get their own folders and ports, and the first to end leaves the other its servers', async () => {
    const env = { ...process.env };
    delete env.SLUICE_TEST_POSTGRES_URL;
    delete env.SLUICE_TEST_MYSQL_URL;
    delete env.SLUICE_KEEP_TEST_DATABASES;
    const first = await startTestDatabases(env);
    let second;
    try {
      second = await startTestDatabases(env);
      expect(second.urls.SLUICE_TEST_POSTGRES_URL).not.toBe(first.urls.SLUICE_TEST_POSTGRES_URL);
      expect(second.urls.SLUICE_TEST_MYSQL_URL).not.toBe(first.urls.SLUICE_TEST_MYSQL_URL);
      expect(second.dir).not.toBe(first.dir);
      expect(await answers(first.urls)).toEqual([true, true]);
    } finally {
      first.stop();
    }
    try {
      expect(await answers(first.urls)).toEqual([false, false]);
      expect(fs.existsSync(first.dir)).toBe(false);
      expect(await answers(second.urls)).toEqual([true, true]);
    } finally {
      second.stop();
    }
    expect(await answers(second.urls)).toEqual([false, false]);
    expect(fs.existsSync(second.dir)).toBe(false);
  }, 600_000);
});
