import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';
import { serverNamespaces, type ServerNamespaces } from './helpers/server-namespaces.js';

/**
 * Codes a column comment glosses, as each engine keeps its comments: COMMENT ON COLUMN on PostgreSQL, a column's
 * COMMENT on MariaDB, a `--` line in the CREATE TABLE on SQLite. "frozen memberships" is status 'F' on every engine.
 * Real PostgreSQL and MariaDB servers, a SQLite file, the real CLI.
 */
const GLOSS = 'A = active, F = frozen, X = expired';
const STATEMENTS = [
  `CREATE TABLE memberships (
  mem_id INTEGER PRIMARY KEY,
  holder VARCHAR(40) NOT NULL,
  -- ${GLOSS}
  status CHAR(1) NOT NULL
)`,
  "INSERT INTO memberships VALUES (1, 'Ann Ray', 'A'), (2, 'Bo Li', 'F'), (3, 'Cy Dee', 'X'), (4, 'Di Fox', 'F'), (5, 'Ed Gay', 'A')",
];

interface Answer {
  status: string;
  sql?: string;
  rows?: unknown[][];
}

async function ask(cwd: string, namespace: string, task: string): Promise<Answer> {
  const run = await runCli(['run', '--namespace', namespace, '--model', 'offline', '--format', 'json', '--task', task], { cwd, env: { SLUICE_CACHE_DIR: path.join(cwd, 'cache') } });
  expect(run.stdout, run.stderr).not.toBe('');
  return JSON.parse(run.stdout) as Answer;
}

describe('coded values a column comment glosses, on every engine', () => {
  let servers: ServerNamespaces;

  beforeAll(async () => {
    servers = await serverNamespaces('glosses', STATEMENTS);
    const config = fs.readFileSync(path.join(servers.cwd, 'sluice.yml'), 'utf8');
    const url = (type: string) => new RegExp(`type: ${type}\\n\\s+url: (\\S+)`).exec(config)![1]!;
    const postgres = new pg.Client({ connectionString: url('postgres') });
    await postgres.connect();
    await postgres.query(`COMMENT ON COLUMN memberships.status IS '${GLOSS}'`);
    await postgres.end();
    const mariadb = await mysql.createConnection({ uri: url('mysql') });
    await mariadb.query(`ALTER TABLE memberships MODIFY status CHAR(1) NOT NULL COMMENT '${GLOSS}'`);
    await mariadb.end();
  }, 60_000);

  afterAll(async () => {
    await servers?.drop();
  });

  for (const namespace of ['glosses_pg', 'glosses_my', 'glosses_lite']) {
    it(`${namespace}: "frozen memberships" filters on the code the comment glosses "frozen"`, { timeout: 90_000 }, async () => {
      const answer = await ask(servers.cwd, namespace, 'How many frozen memberships are there?');
      expect(answer.sql).toMatch(/status`?"?\s*=\s*'F'/i);
      expect(Number(answer.rows?.[0]?.[0])).toBe(2);
    });
  }
});
