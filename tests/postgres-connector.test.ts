import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NamespaceConfig } from '../src/config/config-schema.js';
import { SqlError, type Connector } from '../src/connectors/connector.js';
import { ConnectorError } from '../src/connectors/duckdb-connector.js';
import { openPostgresConnector } from '../src/connectors/postgres/open-postgres-connector.js';
import { POSTGRES_ADMIN_URL, scratchName, withDatabase, connectPostgresAdmin } from './helpers/real-servers.js';
import { REPO_ROOT, runCli, tempDir } from './helpers/run-cli.js';

/** Runs for minutes unless something stops it; pg_sleep would be refused by the guard. */
const SLOW_SQL = 'SELECT count(*) FROM generate_series(1, 100000000) a, generate_series(1, 100000) b';
const HOSTILE_FILES = ['/tmp/sluice_hostile_copy.txt', '/tmp/sluice_hostile_program', '/tmp/sluice_hostile_lo'];

const database = scratchName('pgconn');
const readOnlyRole = scratchName('pgro');
const readWriteRole = scratchName('pgrw');
const readOnlyPassword = `ro-${randomBytes(6).toString('hex')}`;
const readWritePassword = `rw-${randomBytes(6).toString('hex')}`;

let admin: pg.Client;
let scratch: pg.Client;
let connector: Connector;

function roleUrl(role: string, password: string): string {
  const url = new URL(withDatabase(POSTGRES_ADMIN_URL, database));
  url.username = role;
  url.password = password;
  return url.toString();
}

const adminConfig = (): NamespaceConfig => ({ type: 'postgres', url: withDatabase(POSTGRES_ADMIN_URL, database) });
const readOnlyConfig = (): NamespaceConfig => ({ type: 'postgres', url: roleUrl(readOnlyRole, readOnlyPassword) });
const readWriteConfig = (): NamespaceConfig => ({ type: 'postgres', url: roleUrl(readWriteRole, readWritePassword) });

async function failure(promise: Promise<unknown>): Promise<SqlError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SqlError) return error;
    throw error;
  }
  throw new Error('expected a SqlError');
}

/** sluice's backends in the scratch database that are running a statement right now. */
async function activeSluiceStatements(): Promise<string[]> {
  const { rows } = await admin.query<{ query: string }>(
    `SELECT query FROM pg_stat_activity WHERE datname = $1 AND application_name = 'sluice' AND state = 'active'`,
    [database],
  );
  return rows.map((row) => row.query);
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return condition();
}

beforeAll(async () => {
  admin = await connectPostgresAdmin();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.query(`CREATE ROLE ${readOnlyRole} LOGIN PASSWORD '${readOnlyPassword}'`);
  await admin.query(`CREATE ROLE ${readWriteRole} LOGIN PASSWORD '${readWritePassword}'`);
  scratch = new pg.Client({ connectionString: withDatabase(POSTGRES_ADMIN_URL, database) });
  await scratch.connect();
  await scratch.query(`
    CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, state text);
    COMMENT ON TABLE customers IS 'People who buy';
    COMMENT ON COLUMN customers.state IS 'Two-letter US state';
    CREATE TABLE orders (id serial PRIMARY KEY, customer_id int REFERENCES customers (id), amount numeric(10, 2),
                         ordered_on date, created_at timestamp, tags text[], paid boolean, big bigint);
    CREATE VIEW big_orders AS SELECT * FROM orders WHERE amount > 100;
    CREATE MATERIALIZED VIEW order_totals AS SELECT customer_id, sum(amount) AS total FROM orders GROUP BY customer_id;
    CREATE SCHEMA sales;
    CREATE TABLE sales.regions (code text PRIMARY KEY, name text);
    CREATE TABLE sales.targets (region text REFERENCES sales.regions (code), customer_id int REFERENCES customers (id), goal int);
    CREATE FUNCTION hostile_write() RETURNS int LANGUAGE sql AS $$ INSERT INTO orders (customer_id, amount) VALUES (1, 1) RETURNING id $$;
    INSERT INTO customers VALUES (1, 'Ada', 'CA'), (2, 'Bo', 'NY'), (3, 'Cy', NULL);
    INSERT INTO orders (customer_id, amount, ordered_on, created_at, tags, paid, big)
      SELECT 1 + i % 3, i * 1.25, DATE '2024-01-01' + i % 30, TIMESTAMP '2024-01-01 10:00:00' + i * INTERVAL '1 hour',
             ARRAY['a', 'b'], i % 2 = 0, 9007199254740993
      FROM generate_series(1, 1000) AS i;
    INSERT INTO sales.regions VALUES ('W', 'West'), ('E', 'East');
    CREATE TABLE events (id int, at date) PARTITION BY RANGE (at);
    CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
    CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
    INSERT INTO events SELECT i, DATE '2024-11-01' + i * 10 FROM generate_series(1, 20) AS i;
    CREATE SCHEMA vault;
    CREATE TABLE vault.keys (id int);
    REFRESH MATERIALIZED VIEW order_totals;
    ANALYZE;
    GRANT USAGE ON SCHEMA public, sales TO ${readOnlyRole}, ${readWriteRole};
    GRANT SELECT ON ALL TABLES IN SCHEMA public, sales TO ${readOnlyRole};
    GRANT ALL ON ALL TABLES IN SCHEMA public, sales TO ${readWriteRole};
    GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO ${readWriteRole};
    GRANT CREATE ON SCHEMA public TO ${readWriteRole};
  `);
  connector = await openPostgresConnector(adminConfig());
});

afterAll(async () => {
  await connector?.close();
  await scratch?.end();
  if (admin) {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.query(`DROP ROLE IF EXISTS ${readOnlyRole}`);
    await admin.query(`DROP ROLE IF EXISTS ${readWriteRole}`);
    await admin.end();
  }
});

describe('introspection', () => {
  it('lists tables, views and materialized views of every non-system schema, public with bare names', async () => {
    const tables = await connector.introspect();
    expect(tables.map((table) => table.name)).toEqual([
      'big_orders',
      'customers',
      'events',
      'order_totals',
      'orders',
      'sales.regions',
      'sales.targets',
      'vault.keys',
    ]);
    const byName = new Map(tables.map((table) => [table.name, table]));
    const customers = byName.get('customers')!;
    expect(customers.comment).toBe('People who buy');
    expect(customers.row_count).toBe(3);
    expect(customers.columns).toEqual([
      { name: 'id', type: 'integer', nullable: false, primary_key: true },
      { name: 'name', type: 'text', nullable: false, primary_key: false },
      { name: 'state', type: 'text', nullable: true, primary_key: false, comment: 'Two-letter US state' },
    ]);
    const orders = byName.get('orders')!;
    expect(orders.row_count).toBe(1000);
    expect(Object.fromEntries(orders.columns.map((column) => [column.name, column.type]))).toEqual({
      id: 'integer',
      customer_id: 'integer',
      amount: 'numeric(10,2)',
      ordered_on: 'date',
      created_at: 'timestamp without time zone',
      tags: 'text[]',
      paid: 'boolean',
      big: 'bigint',
    });
    expect(orders.columns.find((column) => column.name === 'customer_id')?.references).toBe('customers.id');
    expect(byName.get('big_orders')!.columns.map((column) => column.name)).toContain('amount');
    expect(byName.get('order_totals')!.row_count).toBe(3);
    // A partitioned table shows once, with its partitions' rows added up.
    expect(byName.get('events')!.row_count).toBe(20);
    const targets = byName.get('sales.targets')!;
    expect(targets.columns.map((column) => [column.name, column.references])).toEqual([
      ['region', 'sales.regions.code'],
      ['customer_id', 'customers.id'],
      ['goal', undefined],
    ]);
  });

  it('sees only the configured schemas; the first one gets bare names and is on the search path', async () => {
    const salesOnly = await openPostgresConnector({ ...adminConfig(), schemas: ['sales'] });
    try {
      const tables = await salesOnly.introspect();
      expect(tables.map((table) => table.name)).toEqual(['regions', 'targets']);
      const targets = tables.find((table) => table.name === 'targets')!;
      // customers is not visible, so its foreign key is left out rather than pointing nowhere.
      expect(targets.columns.map((column) => column.references)).toEqual(['regions.code', undefined, undefined]);
      const result = await salesOnly.execute('SELECT name FROM regions ORDER BY code');
      expect(result.rows).toEqual([['East'], ['West']]);
      expect((await failure(salesOnly.execute('SELECT count(*) FROM customers'))).kind).toBe('binder');
    } finally {
      await salesOnly.close();
    }
    const salesFirst = await openPostgresConnector({ ...adminConfig(), schemas: ['sales', 'public'] });
    try {
      const names = (await salesFirst.introspect()).map((table) => table.name);
      expect(names).toEqual(['regions', 'targets', 'public.big_orders', 'public.customers', 'public.events', 'public.order_totals', 'public.orders']);
    } finally {
      await salesFirst.close();
    }
    // By default a role sees the schemas it may use: vault has no USAGE grant for the read-only role.
    const readOnly = await openPostgresConnector(readOnlyConfig());
    try {
      expect((await readOnly.introspect()).map((table) => table.name)).not.toContain('vault.keys');
    } finally {
      await readOnly.close();
    }
  });

  it('refuses to open with a schema that does not exist, in one line', async () => {
    const error = await openPostgresConnector({ ...adminConfig(), schemas: ['public', 'nowhere'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect((error as Error).message).toBe('schema not found: nowhere (found: public, sales, vault)');
  });
});

describe('queries', () => {
  it('returns JSON-safe values with PostgreSQL type names', async () => {
    const result = await connector.execute(
      `SELECT id, amount, ordered_on, created_at, tags, paid, big, 1.5::float8 AS f, 0.1::numeric + 0.2 AS exact,
              123456789012345678901234.5::numeric AS huge, '{"a": [1, 2]}'::jsonb AS doc, NULL::text AS nothing,
              INTERVAL '1 day 2 hours' AS span
       FROM orders WHERE id = 2`,
    );
    expect(result.columns).toEqual(['id', 'amount', 'ordered_on', 'created_at', 'tags', 'paid', 'big', 'f', 'exact', 'huge', 'doc', 'nothing', 'span']);
    expect(result.column_types).toEqual([
      'integer',
      'numeric(10,2)',
      'date',
      'timestamp without time zone',
      'text[]',
      'boolean',
      'bigint',
      'double precision',
      'numeric',
      'numeric',
      'jsonb',
      'text',
      'interval',
    ]);
    expect(result.rows).toEqual([
      [2, 2.5, '2024-01-03', '2024-01-01 12:00:00', ['a', 'b'], true, '9007199254740993', 1.5, 0.3, '123456789012345678901234.5', { a: [1, 2] }, null, '1 day 02:00:00'],
    ]);
    expect(JSON.parse(JSON.stringify(result.rows))).toEqual(result.rows);
    // The parsers are the connector's own: pg's global ones, shared with every other pg user, are untouched.
    expect(pg.types.getTypeParser(1082, 'text')('2024-01-03')).toBeInstanceOf(Date);
    expect(result.truncated).toBe(false);
  });

  it('caps rows with a cursor and marks the result truncated only when more rows exist', async () => {
    const capped = await connector.execute('SELECT id FROM orders ORDER BY id', { maxRows: 10 });
    expect(capped.rows).toEqual(Array.from({ length: 10 }, (_, i) => [i + 1]));
    expect(capped).toMatchObject({ row_count: 10, truncated: true });
    const exact = await connector.execute('SELECT id FROM orders', { maxRows: 1000 });
    expect(exact).toMatchObject({ row_count: 1000, truncated: false });
    // A hundred million rows come back capped in moments: the cursor never materialises them.
    const started = Date.now();
    const huge = await connector.execute('SELECT a.i FROM generate_series(1, 10000) AS a(i), generate_series(1, 10000) AS b(i)', {
      maxRows: 5,
    });
    expect(huge).toMatchObject({ row_count: 5, truncated: true });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('reports errors in one line with the kind and PostgreSQL message and hint', async () => {
    const syntax = await failure(connector.execute('SELEC 1'));
    expect([syntax.kind, syntax.message]).toEqual(['syntax', 'syntax error at or near "SELEC"']);
    const column = await failure(connector.execute('SELECT nam FROM customers'));
    expect(column.kind).toBe('binder');
    expect(column.message).toMatch(/^column "nam" does not exist; hint: Perhaps you meant to reference the column "customers.name"\.$/);
    expect((await failure(connector.execute('SELECT * FROM nowhere'))).kind).toBe('binder');
    expect((await failure(connector.execute('SELECT name, count(*) FROM customers'))).kind).toBe('binder');
    expect((await failure(connector.execute('SELECT lower(42)'))).kind).toBe('binder');
    const runtime = await failure(connector.execute('SELECT 1 / 0'));
    expect([runtime.kind, runtime.message]).toEqual(['runtime', 'division by zero']);
    for (const error of [syntax, column, runtime]) expect(error.message).not.toContain('\n');
  });

  it('a statement timeout cancels the query on the server', async () => {
    const started = Date.now();
    const error = await failure(connector.execute(SLOW_SQL, { timeoutMs: 300 }));
    expect([error.kind, error.message]).toEqual(['timeout', 'query timed out after 300 ms and was cancelled on the server']);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await activeSluiceStatements()).toEqual([]);
    // The connection is healthy afterwards, and the timeout does not stick to it.
    expect((await connector.execute('SELECT count(*) AS n FROM customers')).rows).toEqual([[3]]);
  });

  it('an abort signal cancels the running query on the server', async () => {
    const controller = new AbortController();
    const running = failure(connector.execute(SLOW_SQL, { signal: controller.signal }));
    const started = await waitFor(async () => (await activeSluiceStatements()).some((query) => query.startsWith('FETCH')), 10_000);
    expect(started).toBe(true);
    const abortedAt = Date.now();
    controller.abort();
    const error = await running;
    expect([error.kind, error.message]).toEqual(['timeout', 'query was cancelled and stopped on the server']);
    expect(Date.now() - abortedAt).toBeLessThan(3_000);
    expect(await activeSluiceStatements()).toEqual([]);
    const already = await failure(connector.execute('SELECT 1', { signal: AbortSignal.abort() }));
    expect(already.kind).toBe('timeout');
  });

  it('closes its pool without leaving a connection behind', async () => {
    const sessions = async () =>
      Number(
        (
          await admin.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1 AND usename = $2`, [database, readOnlyRole])
        ).rows[0].n,
      );
    const own = await openPostgresConnector(readOnlyConfig());
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => own.execute(`SELECT count(*) + ${i} AS n FROM orders`)),
    );
    expect(results.map((result) => result.rows[0][0])).toEqual([1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007]);
    await own.introspect();
    expect(await sessions()).toBeGreaterThan(0);
    expect(await sessions()).toBeLessThanOrEqual(5);
    await own.close();
    expect(await waitFor(async () => (await sessions()) === 0, 5_000)).toBe(true);
    const closed = await own.execute('SELECT 1').catch((error: unknown) => error);
    expect((closed as Error).message).toMatch(/is closed$/);
  });
});

describe('credentials', () => {
  it('a wrong password is one line that never shows the password', async () => {
    const wrong = `wrong-${randomBytes(6).toString('hex')}`;
    const error = await openPostgresConnector({ type: 'postgres', url: roleUrl(readOnlyRole, wrong) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    const message = (error as Error).message;
    expect(message).toBe(
      `cannot connect to ${roleUrl(readOnlyRole, '***')}: password authentication failed for user "${readOnlyRole}"`,
    );
    expect(message).not.toContain(wrong);
  });

  it('separate keys override the url, and no error or location carries the password', async () => {
    const admin = new URL(POSTGRES_ADMIN_URL);
    const config: NamespaceConfig = {
      type: 'postgres',
      url: `postgres://nobody:not-this-one@${admin.hostname}:1/elsewhere`,
      port: Number(admin.port),
      database,
      user: readOnlyRole,
      password: readOnlyPassword,
    };
    const viaKeys = await openPostgresConnector(config);
    try {
      expect(viaKeys.location).toBe(`postgres://nobody:***@${admin.hostname}:1/elsewhere`);
      expect((await viaKeys.execute('SELECT current_user AS me, current_database() AS db')).rows).toEqual([[readOnlyRole, database]]);
      const errors = await Promise.all([
        failure(viaKeys.execute(`SELECT '${readOnlyPassword}' / 0`)),
        failure(viaKeys.execute(`SELECT * FROM "${readOnlyPassword}"`)),
        failure(viaKeys.execute(`SELECT pg_read_file('${readOnlyPassword}')`)),
      ]);
      for (const error of errors) expect(error.message).not.toContain(readOnlyPassword);
    } finally {
      await viaKeys.close();
    }
    const withPassword = readOnlyConfig();
    const opened = await openPostgresConnector(withPassword);
    try {
      expect(opened.location).not.toContain(readOnlyPassword);
      expect(opened.location).toBe(roleUrl(readOnlyRole, '***'));
    } finally {
      await opened.close();
    }
  });

  it('an unreachable server or missing database is one line with the redacted location', async () => {
    const secret = `s3cret-${randomBytes(4).toString('hex')}`;
    const unreachable = await openPostgresConnector({ type: 'postgres', url: `postgres://someone:${secret}@127.0.0.1:1/db` }).catch((e: unknown) => e);
    expect((unreachable as Error).message).toBe('cannot connect to postgres://someone:***@127.0.0.1:1/db: connect ECONNREFUSED 127.0.0.1:1');
    const byHost = await openPostgresConnector({ type: 'postgres', host: '127.0.0.1', port: 1, user: 'someone', password: secret }).catch((e: unknown) => e);
    expect((byHost as Error).message).toBe('cannot connect to postgres://someone@127.0.0.1:1: connect ECONNREFUSED 127.0.0.1:1');
    const missing = await openPostgresConnector({ type: 'postgres', url: roleUrl(readOnlyRole, readOnlyPassword).replace(database, 'sluice_no_such_db') }).catch((e: unknown) => e);
    expect((missing as Error).message).toMatch(/^cannot connect to postgres:\/\/.*:\*\*\*@.*\/sluice_no_such_db: database "sluice_no_such_db" does not exist$/);
    for (const error of [unreachable, byHost, missing]) {
      expect(error).toBeInstanceOf(ConnectorError);
      expect((error as Error).message).not.toContain(secret);
      expect((error as Error).message).not.toContain(readOnlyPassword);
    }
  });
});

describe('sslmode', () => {
  it('require fails in one line on a server without TLS; prefer falls back; disable connects in plain', async () => {
    const { rows } = await admin.query<{ ssl: string }>('SHOW ssl');
    expect(rows[0].ssl).toBe('off');
    const required = await openPostgresConnector({ ...readOnlyConfig(), sslmode: 'require' }).catch((e: unknown) => e);
    expect(required).toBeInstanceOf(ConnectorError);
    expect((required as Error).message).toBe(`cannot connect to ${roleUrl(readOnlyRole, '***')}: The server does not support SSL connections`);
    const viaUrl = await openPostgresConnector({ type: 'postgres', url: `${readOnlyConfig().url}?sslmode=verify-full` }).catch((e: unknown) => e);
    expect((viaUrl as Error).message).toMatch(/: The server does not support SSL connections$/);
    for (const sslmode of ['prefer', 'disable'] as const) {
      const opened = await openPostgresConnector({ ...readOnlyConfig(), sslmode });
      try {
        expect((await opened.execute('SELECT count(*) FROM customers')).rows).toEqual([[3]]);
      } finally {
        await opened.close();
      }
    }
  });
});

describe('access check', () => {
  it('a read-only role cannot write; a read-write role and a superuser can, with what was found', async () => {
    const readOnly = await openPostgresConnector(readOnlyConfig());
    const readWrite = await openPostgresConnector(readWriteConfig());
    try {
      expect(await readOnly.checkAccess!()).toEqual({
        canWrite: false,
        findings: [
          `role ${readOnlyRole} is not a superuser, has no INSERT/UPDATE/DELETE/TRUNCATE on any table of schema public, sales, and no CREATE on those schemas or database ${database}`,
        ],
      });
      const report = await readWrite.checkAccess!();
      expect(report.canWrite).toBe(true);
      expect(report.findings).toEqual([
        `role ${readWriteRole} has INSERT, UPDATE, DELETE, TRUNCATE on 9 tables: public.big_orders, public.customers, public.events, public.events_2024, public.events_2025 and 4 more`,
        `role ${readWriteRole} has CREATE on schema public`,
      ]);
    } finally {
      await readOnly.close();
      await readWrite.close();
    }
    const superuser = await connector.checkAccess!();
    expect(superuser.canWrite).toBe(true);
    expect(superuser.findings[0]).toMatch(/ is a superuser: it can change anything on the server$/);
  });
});

describe('hostile SQL', () => {
  const corpus = fs
    .readFileSync(path.join(REPO_ROOT, 'tests/fixtures/hostile-sql/postgres.txt'), 'utf8')
    .split(/^-- ---$/m)
    .map((entry) =>
      entry
        .split('\n')
        .filter((line) => !line.startsWith('-- '))
        .join('\n')
        .trim(),
    )
    .filter((entry) => entry !== '');

  /** Everything the corpus could change if one statement slipped through. */
  async function serverState(): Promise<unknown> {
    const one = async (sql: string, values: unknown[] = []) => (await scratch.query(sql, values)).rows;
    return {
      counts: await one(
        `SELECT (SELECT count(*) FROM orders) AS orders, (SELECT sum(amount) FROM orders) AS amount,
                (SELECT count(*) FROM customers) AS customers, (SELECT string_agg(name, ',' ORDER BY id) FROM customers) AS names`,
      ),
      sequence: await one('SELECT last_value, is_called FROM orders_id_seq'),
      relations: await one(
        `SELECT n.nspname, c.relname, c.relkind, obj_description(c.oid, 'pg_class') AS comment,
                (SELECT count(*) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns,
                c.relacl::text AS acl
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' ORDER BY 1, 2`,
      ),
      extensions: await one('SELECT extname FROM pg_extension ORDER BY 1'),
      roles: await one(`SELECT rolname, rolsuper FROM pg_roles WHERE rolname LIKE 'sluice\\_hostile%' OR rolname = $1`, [readWriteRole]),
      roleSettings: await one('SELECT setdatabase, setrole, setconfig FROM pg_db_role_setting ORDER BY 1, 2'),
      slots: await one('SELECT slot_name FROM pg_replication_slots'),
      advisoryLocks: await one(`SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory'`),
      largeObjects: await one('SELECT count(*) AS n FROM pg_largeobject_metadata'),
      files: HOSTILE_FILES.filter((file) => fs.existsSync(file)),
    };
  }

  it(`has at least 40 forms`, () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
  });

  it('refuses every form for a read-write role and nothing changes on the server', async () => {
    for (const file of HOSTILE_FILES) fs.rmSync(file, { force: true });
    const before = await serverState();
    const readWrite = await openPostgresConnector(readWriteConfig());
    const outcomes: string[] = [];
    try {
      for (const sql of corpus) {
        const error = await failure(readWrite.execute(sql, { timeoutMs: 5_000 })).catch((e: unknown) => e as Error);
        outcomes.push(
          error instanceof SqlError && error.kind === 'refused' && error.message.startsWith('refused: ') && !error.message.includes('\n')
            ? 'refused'
            : `NOT REFUSED: ${sql} -> ${error instanceof SqlError ? `${error.kind}: ${error.message}` : String(error)}`,
        );
      }
      expect(outcomes.filter((outcome) => outcome !== 'refused')).toEqual([]);
      // The read-write role itself still works: the refusals were the sandbox's, not a broken connection.
      expect((await readWrite.execute('SELECT count(*) FROM orders')).rows).toEqual([[1000]]);
    } finally {
      await readWrite.close();
    }
    expect(await serverState()).toEqual(before);
  });

  it('refuses, for a superuser too, functions that run SQL given as text or read settings, files and other sessions', async () => {
    const cases: [string, RegExp][] = [
      ["SELECT * FROM ts_stat('SELECT to_tsvector(pg_read_file(''/etc/hostname''))')", /^refused: ts_stat runs SQL given as text/],
      ["SELECT ts_rewrite('a'::tsquery, 'SELECT ''a''::tsquery, ''b''::tsquery')", /^refused: ts_rewrite can run SQL given as text/],
      ["SELECT setting FROM pg_show_all_settings() WHERE name = 'data_directory'", /^refused: pg_show_all_settings reads server settings/],
      ['SELECT * FROM pg_show_all_file_settings()', /^refused: pg_show_all_file_settings reads server configuration files/],
      ['SELECT * FROM pg_hba_file_rules()', /^refused: pg_hba_file_rules reads server configuration files/],
      ['SELECT query FROM pg_catalog.pg_stat_activity', /^refused: pg_stat_activity shows other sessions' SQL/],
      ['SELECT pg_stat_get_backend_activity(id) FROM pg_stat_get_backend_idset() AS id', /^refused: pg_stat_get_backend_activity shows other sessions' SQL/],
    ];
    for (const [sql, expected] of cases) {
      const error = await failure(connector.execute(sql));
      expect(error.kind, sql).toBe('refused');
      expect(error.message, sql).toMatch(expected);
    }
    expect((await connector.execute("SELECT to_tsvector('english', 'orders shipped') @@ to_tsquery('ship')")).rows).toEqual([[true]]);
  });

  it('writes hidden in a user function are stopped by the READ ONLY transaction', async () => {
    const error = await failure(connector.execute('SELECT hostile_write()'));
    expect(error.kind).toBe('refused');
    expect(error.message).toBe('refused: cannot execute INSERT in a read-only transaction');
  });
});

describe('CLI', () => {
  it('sluice sql and sluice run --plan fixed work against a postgres namespace from sluice.yml', async () => {
    const dir = tempDir('sluice-pg-');
    fs.writeFileSync(path.join(dir, 'sluice.yml'), 'namespaces:\n  pg:\n    type: postgres\n    url: ${SLUICE_PG_SCRATCH_URL}\n');
    const env = { SLUICE_PG_SCRATCH_URL: readOnlyConfig().url };
    const sql = await runCli(['sql', '--namespace', 'pg', '--format', 'json', 'SELECT name, state FROM customers ORDER BY id'], { cwd: dir, env });
    expect(sql.stderr).toBe('');
    expect(sql.code).toBe(0);
    expect(JSON.parse(sql.stdout)).toEqual({
      columns: ['name', 'state'],
      rows: [['Ada', 'CA'], ['Bo', 'NY'], ['Cy', null]],
      row_count: 3,
      truncated: false,
    });
    const refused = await runCli(['sql', '--namespace', 'pg', 'DELETE FROM customers'], { cwd: dir, env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('sluice: refused: DELETE is not a SELECT; only one read-only SELECT statement may run\n');

    const run = await runCli(['run', '--namespace', 'pg', '--plan', 'fixed', '--format', 'json', '--task', 'how many customers are there'], {
      cwd: dir,
      env,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'success', rows: [[3]], row_count: 1 });
    const saved = fs.readdirSync(path.join(dir, 'save'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(saved.length).toBeGreaterThan(0);
    for (const text of [run.stdout, run.stderr, ...saved.map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))]) {
      expect(text).not.toContain(readOnlyPassword);
    }
  });
});
