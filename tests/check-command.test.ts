import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POSTGRES_ADMIN_URL, scratchName, withDatabase, connectPostgresAdmin } from './helpers/real-servers.js';
import { runCli, tempDir } from './helpers/run-cli.js';

/** `sluice check` through the real CLI against a real PostgreSQL: a SELECT-only role passes, a role that can write is warned about. */
const database = scratchName('check');
const reader = scratchName('checkro');
const readerPassword = `ro-${randomBytes(6).toString('hex')}`;
let admin: pg.Client;
let cwd: string;

beforeAll(async () => {
  admin = await connectPostgresAdmin();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.query(`CREATE ROLE ${reader} LOGIN PASSWORD '${readerPassword}'`);
  const scratch = new pg.Client({ connectionString: withDatabase(POSTGRES_ADMIN_URL, database) });
  await scratch.connect();
  await scratch.query(`CREATE TABLE items (id integer PRIMARY KEY, name text); INSERT INTO items VALUES (1, 'a'), (2, 'b');
    REVOKE CREATE ON SCHEMA public FROM PUBLIC; REVOKE TEMPORARY ON DATABASE ${database} FROM PUBLIC;
    GRANT USAGE ON SCHEMA public TO ${reader}; GRANT SELECT ON items TO ${reader};`);
  await scratch.end();
  const readerUrl = new URL(withDatabase(POSTGRES_ADMIN_URL, database));
  readerUrl.username = reader;
  readerUrl.password = readerPassword;
  cwd = tempDir();
  fs.writeFileSync(
    path.join(cwd, 'sluice.yml'),
    'namespaces:\n  writer:\n    type: postgres\n    url: ${CHECK_WRITER_URL}\n  reader:\n    type: postgres\n    url: ${CHECK_READER_URL}\n',
  );
  process.env.CHECK_WRITER_URL = withDatabase(POSTGRES_ADMIN_URL, database);
  process.env.CHECK_READER_URL = readerUrl.toString();
});

afterAll(async () => {
  await admin?.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
  await admin?.query(`DROP ROLE IF EXISTS ${reader}`).catch(() => undefined);
  await admin?.end();
});

const env = () => ({ CHECK_WRITER_URL: process.env.CHECK_WRITER_URL, CHECK_READER_URL: process.env.CHECK_READER_URL });

describe('sluice check', () => {
  it('a SELECT-only role: catalog read, SELECT 1 answered, read-only, exit 0, and no password anywhere', async () => {
    const result = await runCli(['check', '--namespace', 'reader'], { cwd, env: env() });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/namespace reader: postgres at postgres:\/\/.*:\*\*\*@/);
    expect(result.stdout).toContain('catalog: 1 table, 2 columns');
    expect(result.stdout).toContain('access: read-only');
    expect(result.stderr).not.toContain('warning');
    expect(result.stdout + result.stderr).not.toContain(readerPassword);
  });

  it('a role that can write: findings, a one-line warning, exit 0, and exit 1 with --strict', async () => {
    const result = await runCli(['check', '--namespace', 'writer'], { cwd, env: env() });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/access: .*(superuser|INSERT)/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/warning: the role for namespace "writer" can write/);
    const strict = await runCli(['check', '--namespace', 'writer', '--strict'], { cwd, env: env() });
    expect(strict.code).toBe(1);
  });

  it('an unreachable server is one line without the password, exit 2 or 1, never a stack', async () => {
    const result = await runCli(['check', '--namespace', 'reader'], {
      cwd,
      env: { ...env(), CHECK_READER_URL: 'postgres://someone:hunter2secret@127.0.0.1:1/nowhere' },
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toContain('hunter2secret');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
