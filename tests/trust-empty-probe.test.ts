import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../src/connectors/connector.js';
import { openPostgresConnector } from '../src/connectors/postgres/open-postgres-connector.js';
import { probeEmptyTables } from '../src/trust/probe-empty-tables.js';
import { POSTGRES_ADMIN_URL, connectPostgresAdmin, scratchName, withDatabase } from './helpers/real-servers.js';
import { runCli, tempDir } from './helpers/run-cli.js';

/**
 * A catalog's row count is an estimate: PostgreSQL's reltuples is -1 before ANALYZE and n_live_tup is lost when the
 * statistics are reset, so a table with rows can be listed as empty. An empty answer is believed because of an
 * empty table only after a probe of that table through the sandbox.
 */
const database = scratchName('emptyprobe');
let admin: pg.Client;
let connector: Connector;

beforeAll(async () => {
  admin = await connectPostgresAdmin();
  await admin.query(`CREATE DATABASE ${database}`);
  const scratch = new pg.Client({ connectionString: withDatabase(POSTGRES_ADMIN_URL, database) });
  await scratch.connect();
  try {
    await scratch.query(`
      CREATE TABLE kennels (kennel_id int PRIMARY KEY, kennel_name text NOT NULL);
      CREATE TABLE walks (walk_id int PRIMARY KEY, kennel_id int REFERENCES kennels (kennel_id), walker text, distance text);
      CREATE TABLE vet_visits (visit_id int PRIMARY KEY, kennel_id int REFERENCES kennels (kennel_id), reason text);
      INSERT INTO kennels VALUES (1, 'Oak Run'), (2, 'Birch Yard');
      INSERT INTO walks SELECT i, 1 + i % 2, CASE WHEN i % 2 = 0 THEN 'Ines' ELSE 'Tomas' END, (10 + i)::text FROM generate_series(1, 40) AS i;
    `);
  } finally {
    await scratch.end();
  }
  // No ANALYZE, and the activity counters reset once the inserts' counts are in: the catalog then estimates 0 rows
  // for walks, which holds 40 (as after a crash or a statistics reset).
  const stats = new pg.Client({ connectionString: withDatabase(POSTGRES_ADMIN_URL, database) });
  await stats.connect();
  try {
    const live = async () => Number((await stats.query(`SELECT coalesce(sum(n_live_tup), 0) AS n FROM pg_stat_user_tables WHERE relname IN ('walks', 'kennels')`)).rows[0].n);
    for (let tries = 0; tries < 100 && (await live()) < 42; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
    await stats.query(`SELECT pg_stat_reset_single_table_counters('walks'::regclass), pg_stat_reset_single_table_counters('kennels'::regclass)`);
  } finally {
    await stats.end();
  }
  connector = await openPostgresConnector({ type: 'postgres', url: withDatabase(POSTGRES_ADMIN_URL, database) });
});

afterAll(async () => {
  await connector?.close();
  if (admin) {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }
});

describe('the emptiness probe on a real PostgreSQL server', () => {
  it('the catalog estimates 0 rows for a table that holds rows (the premise of the probe)', async () => {
    const catalog = await connector.introspect();
    expect(catalog.find((table) => table.name === 'walks')?.row_count).toBe(0);
    expect((await connector.execute('SELECT count(*) AS n FROM walks')).rows[0]![0]).toBe(40);
  });

  it('keeps only the tables the SQL reads that truly hold no rows', async () => {
    const sql = 'SELECT w.walker, v.reason FROM walks w JOIN vet_visits v ON v.kennel_id = w.kennel_id';
    expect(await probeEmptyTables(connector, sql, ['walks', 'vet_visits', 'kennels'])).toEqual(['vet_visits']);
    expect(await probeEmptyTables(connector, 'SELECT walker FROM walks', ['walks'])).toEqual([]);
  });

  // Distances are stored as text, so the SQL converts them to compare: only an empty table would explain no rows.
  it('through the CLI, an empty answer from a table the catalog wrongly calls empty is unsure, not success', async () => {
    const cwd = tempDir('sluice-empty-probe-');
    fs.writeFileSync(path.join(cwd, 'sluice.yml'), `namespaces:\n  kennel:\n    type: postgres\n    url: ${withDatabase(POSTGRES_ADMIN_URL, database)}\n`);
    const result = await runCli(['run', '--plan', 'fixed', '--task', 'Which walkers walked a distance of more than 500?', '--namespace', 'kennel', '--format', 'json', '--current_date', '2026-11-25'], { cwd });
    const summary = JSON.parse(result.stdout) as { status: string; sql: string; row_count: number; checks: Array<{ name: string; passed: boolean; detail: string }> };
    expect(summary.sql, result.stderr).toMatch(/walks/i);
    expect(summary.row_count, summary.sql).toBe(0);
    const empty = summary.checks.find((check) => check.name === 'empty_result');
    expect(empty, JSON.stringify(summary.checks)).toMatchObject({ passed: false });
    expect(summary.status).toBe('unsure');
    // PostgreSQL's safe cast tests the text against a pattern, which is no value the question should have named.
    expect(summary.checks.find((check) => check.name === 'literals')?.passed ?? true, JSON.stringify(summary.checks)).toBe(true);
    expect(result.code).toBe(3);
  }, 120_000);
});
