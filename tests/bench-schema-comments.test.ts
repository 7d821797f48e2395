import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaComments } from '../src/bench/schema-comments.js';
import { MYSQL_ADMIN_URL, POSTGRES_ADMIN_URL, connectPostgresAdmin, scratchName, withDatabase } from './helpers/real-servers.js';
import { runCli, tempDir } from './helpers/run-cli.js';

/**
 * A dataset's schema.sql explains codes and tables in `--` comments, which DuckDB, PostgreSQL and MariaDB drop: the
 * bench writes them where each engine keeps them, so `sluice schema` on the built database shows them.
 */
const SCHEMA = `-- A made-up sports club: its members, their visits and the lockers they rent.
CREATE TABLE members(
  member_id INTEGER PRIMARY KEY,
  member_name VARCHAR(40) NOT NULL,
  tier_cd VARCHAR(3) NOT NULL,   -- GLD gold, SLV silver, BRZ bronze
  joined_on DATE NOT NULL);
-- one row per visit to the club house
CREATE TABLE visits(visit_id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL, visit_dt DATE NOT NULL, purpose_cd VARCHAR(4) NOT NULL, FOREIGN KEY (member_id) REFERENCES members(member_id));
-- purpose_cd: GYM gym session, POOL swimming, CAFE cafe only
CREATE TABLE lockers( -- lockers members rent by the month
  locker_no INTEGER PRIMARY KEY,
  member_id INTEGER);
`;
const EXPLICIT = "COMMENT ON TABLE members IS 'People who joined the club';\n";

const EXPECTED = {
  members: { comment: 'People who joined the club', columns: { tier_cd: 'GLD gold, SLV silver, BRZ bronze' } },
  visits: { comment: 'one row per visit to the club house', columns: { purpose_cd: 'GYM gym session, POOL swimming, CAFE cafe only' } },
  lockers: { comment: 'lockers members rent by the month', columns: {} },
};

let scratch: string;

beforeAll(() => {
  scratch = tempDir('sluice-schema-comments-');
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('schemaComments', () => {
  it('reads trailing column comments, comments above or at the opening of a CREATE TABLE, and column clauses below', () => {
    const found = schemaComments(SCHEMA + EXPLICIT);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ table: 'members', column: 'tier_cd', text: 'GLD gold, SLV silver, BRZ bronze' }),
        expect.objectContaining({ table: 'visits', text: 'one row per visit to the club house' }),
        expect.objectContaining({ table: 'visits', column: 'purpose_cd', text: 'GYM gym session, POOL swimming, CAFE cafe only' }),
        expect.objectContaining({ table: 'lockers', text: 'lockers members rent by the month' }),
      ]),
    );
    // The file's heading describes no one table, and an explicit COMMENT ON is not overridden.
    expect(found.filter((comment) => comment.table === 'members' && comment.column === undefined)).toEqual([]);
    expect(found).toHaveLength(4);
  });

  it('gives a clause to the table above when it uses that table words, and leaves a section heading before INSERTs alone', () => {
    const script = `CREATE TABLE fares(route_id INTEGER, valid_from DATE, fare DECIMAL(6,2));
-- a fare applies from valid_from until the next row for the route
CREATE TABLE depots(depot_id INTEGER, town VARCHAR(20));
-- Rows, as loaded from the original files.
INSERT INTO depots VALUES (1, 'Leeds');
`;
    expect(schemaComments(script)).toEqual([{ table: 'fares', text: 'a fare applies from valid_from until the next row for the route', inline: expect.any(Object) }]);
  });
});

function writeDataset(dialect: string, dbId: string, explicit: string): string {
  const dir = path.join(scratch, `club-${dialect}`);
  fs.mkdirSync(path.join(dir, 'databases', dbId), { recursive: true });
  fs.writeFileSync(path.join(dir, 'databases', dbId, 'schema.sql'), SCHEMA + explicit);
  const entry = { tables_in_load_order: ['members', 'visits', 'lockers'], csv_present: [], csv_missing: [] };
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ dialect, [dbId]: entry }));
  fs.writeFileSync(path.join(dir, 'questions.jsonl'), JSON.stringify({ id: 'q1', db_id: dbId, question: 'How many members are there?', gold_sql: 'SELECT count(*) FROM members' }));
  return dir;
}

interface ShownTable {
  name: string;
  comment?: string;
  columns: Array<{ name: string; comment?: string }>;
}

/** Builds the dataset's database with `sluice bench`, then reads it back with `sluice schema --format json`. */
async function benchThenSchema(dialect: string, dbId: string, explicit: string, benchArgs: string[], namespace: (cache: string) => string) {
  const dataset = writeDataset(dialect, dbId, explicit);
  const cache = path.join(scratch, `cache-${dialect}`);
  const env = { SLUICE_CACHE_DIR: cache };
  const bench = await runCli(['bench', '--dataset', dataset, '--model', 'gold', ...benchArgs], { cwd: scratch, env, timeoutMs: 120_000 });
  expect(bench.stderr).not.toMatch(/error/i);
  expect(bench.code).toBe(0);
  const config = path.join(scratch, `sluice-${dialect}.yml`);
  fs.writeFileSync(config, `namespaces:\n  club:\n${namespace(cache)}`);
  const schema = await runCli(['schema', '--config', config, '--namespace', 'club', '--format', 'json'], { cwd: scratch, env });
  expect(schema.stderr).toBe('');
  const tables = (JSON.parse(schema.stdout) as { tables: ShownTable[] }).tables;
  return Object.fromEntries(
    tables.map((table) => [
      table.name.toLowerCase(),
      {
        comment: table.comment,
        columns: Object.fromEntries(table.columns.filter((column) => column.comment).map((column) => [column.name.toLowerCase(), column.comment])),
      },
    ]),
  );
}

describe('sluice bench keeps schema.sql comments in the database it builds', () => {
  it('DuckDB: as COMMENT ON, an explicit COMMENT ON winning', async () => {
    const shown = await benchThenSchema('duckdb', 'club', EXPLICIT, [], (cache) => {
      const folder = path.join(cache, 'bench', 'club-duckdb');
      const file = fs.readdirSync(folder).find((name) => name.endsWith('.duckdb'))!;
      return `    type: duckdb\n    path: ${path.join(folder, file)}\n`;
    });
    expect(shown).toEqual(EXPECTED);
  }, 180_000);

  it('SQLite: written into the CREATE TABLE text SQLite keeps', async () => {
    const shown = await benchThenSchema('sqlite', 'club', '', [], (cache) => {
      const folder = path.join(cache, 'bench', 'club-sqlite');
      const file = fs.readdirSync(folder).find((name) => name.endsWith('.sqlite'))!;
      return `    type: sqlite\n    path: ${path.join(folder, file)}\n`;
    });
    expect(shown).toEqual({ ...EXPECTED, members: { comment: undefined, columns: EXPECTED.members.columns } });
  }, 180_000);

  it('PostgreSQL (real server): as COMMENT ON', async () => {
    const admin = await connectPostgresAdmin();
    const database = scratchName('benchcomments');
    await admin.query(`CREATE DATABASE ${database}`);
    try {
      const url = withDatabase(POSTGRES_ADMIN_URL, database);
      const shown = await benchThenSchema('postgres', 'club', EXPLICIT, ['--url', url], () => `    type: postgres\n    url: ${url}\n    schemas: [sluice_bench_club]\n`);
      expect(shown).toEqual(EXPECTED);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.end();
    }
  }, 180_000);

  it('MariaDB (real server): as table options and restated column definitions', async () => {
    const dbId = scratchName('club');
    const database = `sluice_bench_${dbId}`;
    try {
      const shown = await benchThenSchema('mysql', dbId, '', ['--url', MYSQL_ADMIN_URL], () => `    type: mysql\n    url: ${MYSQL_ADMIN_URL}\n    database: ${database}\n`);
      expect(shown).toEqual({ ...EXPECTED, members: { comment: undefined, columns: EXPECTED.members.columns } });
    } finally {
      const mysql = await import('mysql2/promise');
      const connection = await mysql.createConnection(MYSQL_ADMIN_URL);
      await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
      await connection.query('DELETE FROM sluice_bench_builds.builds WHERE name = ?', [database]);
      await connection.end();
    }
  }, 180_000);
});
