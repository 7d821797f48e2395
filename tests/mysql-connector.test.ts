import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import mysql, { type Connection, type RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NamespaceConfig } from '../src/config/config-schema.js';
import { SqlError, type Connector } from '../src/connectors/connector.js';
import { ConnectorError } from '../src/connectors/duckdb-connector.js';
import { mysqlErrorKind } from '../src/connectors/mysql/mysql-error.js';
import { mysqlFlavour, statementTimeLimit } from '../src/connectors/mysql/mysql-flavour.js';
import { assertReadOnlyMysql } from '../src/connectors/mysql/mysql-sql-guard.js';
import { mysqlTokens } from '../src/connectors/mysql/mysql-tokens.js';
import { parserReadableSql } from '../src/connectors/mysql/parser-readable-sql.js';
import { openMysqlConnector } from '../src/connectors/mysql/open-mysql-connector.js';
import { missingServerMessage, MYSQL_ADMIN_URL, scratchName, withDatabase } from './helpers/real-servers.js';
import { REPO_ROOT, runCli, tempDir } from './helpers/run-cli.js';

/** Runs for hours unless something stops it; SLEEP and BENCHMARK would be refused by the guard. */
const SLOW_SQL =
  'SELECT COUNT(*) AS slow_marker FROM information_schema.COLUMNS a, information_schema.COLUMNS b, information_schema.COLUMNS c';
const HOSTILE_FILES = [
  '/tmp/sluice-hostile-mysql-outfile.txt',
  '/tmp/sluice-hostile-mysql-dumpfile.bin',
  '/tmp/sluice-hostile-mysql-exec',
];

const database = scratchName('myconn');
const readOnlyUser = scratchName('myro');
const readWriteUser = scratchName('myrw');
const readOnlyPassword = `ro-${randomBytes(6).toString('hex')}`;
const readWritePassword = `rw-${randomBytes(6).toString('hex')}`;

let admin: Connection;
let connector: Connector;
let readWrite: Connector;

function userUrl(user: string, password: string): string {
  const url = new URL(withDatabase(MYSQL_ADMIN_URL, database));
  url.username = user;
  url.password = password;
  return url.toString();
}

const readOnlyConfig = (): NamespaceConfig => ({ type: 'mysql', url: userUrl(readOnlyUser, readOnlyPassword) });
const readWriteConfig = (): NamespaceConfig => ({ type: 'mysql', url: userUrl(readWriteUser, readWritePassword) });

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return error as Error;
  }
  throw new Error('expected a failure');
}

async function sqlFailure(promise: Promise<unknown>): Promise<SqlError> {
  const error = await failure(promise);
  expect(error).toBeInstanceOf(SqlError);
  return error as SqlError;
}

async function adminRows(sql: string, values: unknown[] = []): Promise<RowDataPacket[]> {
  return (await admin.query<RowDataPacket[]>(sql, values))[0];
}

/** Statements of a user still running on the server (not idle connections). */
async function runningQueries(user: string): Promise<RowDataPacket[]> {
  return adminRows(
    `SELECT ID, INFO FROM information_schema.PROCESSLIST WHERE USER = ? AND COMMAND = 'Query' AND ID <> CONNECTION_ID()`,
    [user],
  );
}

async function connectionCount(user: string): Promise<number> {
  const rows = await adminRows('SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE USER = ?', [user]);
  return Number(rows[0]!.n);
}

/** Polls the server until `check` holds or two seconds pass: KILL and disconnects take effect asynchronously. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  let value = await read();
  for (let i = 0; i < 40 && !check(value); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

beforeAll(async () => {
  try {
    admin = await mysql.createConnection({ uri: MYSQL_ADMIN_URL, multipleStatements: false });
  } catch (error) {
    throw new Error(missingServerMessage('MariaDB', MYSQL_ADMIN_URL, error));
  }
  for (const file of HOSTILE_FILES) fs.rmSync(file, { force: true });
  await admin.query(`CREATE DATABASE \`${database}\``);
  await admin.query(`USE \`${database}\``);
  await admin.query(
    `CREATE TABLE customers (
       id INT PRIMARY KEY,
       name VARCHAR(80) NOT NULL COMMENT 'full name as printed on invoices',
       joined DATE NULL
     ) ENGINE=InnoDB COMMENT 'people who have bought something'`,
  );
  await admin.query(
    `CREATE TABLE orders (
       id BIGINT AUTO_INCREMENT PRIMARY KEY,
       customer_id INT NOT NULL,
       amount DECIMAL(10,2) NOT NULL COMMENT 'total in euros, tax included',
       placed_at DATETIME NOT NULL,
       note TEXT NULL,
       CONSTRAINT orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
     ) ENGINE=InnoDB`,
  );
  await admin.query('CREATE VIEW big_orders AS SELECT id, customer_id, amount FROM orders WHERE amount > 100');
  await admin.query('CREATE SEQUENCE hostile_seq');
  await admin.query(
    `CREATE FUNCTION hostile_write() RETURNS INT MODIFIES SQL DATA
     BEGIN INSERT INTO orders (customer_id, amount, placed_at) VALUES (1, 666, NOW()); RETURN 1; END`,
  );
  await admin.query(
    `CREATE PROCEDURE hostile_proc() MODIFIES SQL DATA
     BEGIN INSERT INTO orders (customer_id, amount, placed_at) VALUES (1, 666, NOW()); END`,
  );
  const customers = Array.from({ length: 40 }, (_, i) => [i + 1, `Customer ${i + 1}`, i % 5 === 0 ? null : `2023-0${(i % 9) + 1}-1${i % 10}`]);
  await admin.query('INSERT INTO customers (id, name, joined) VALUES ?', [customers]);
  const orders = Array.from({ length: 200 }, (_, i) => [(i % 40) + 1, ((i * 37) % 500) + 0.25, `2024-0${(i % 9) + 1}-0${(i % 9) + 1} 10:${10 + (i % 50)}:00`]);
  await admin.query('INSERT INTO orders (customer_id, amount, placed_at) VALUES ?', [orders]);
  await admin.query('ANALYZE TABLE customers, orders');

  for (const [user, password] of [[readOnlyUser, readOnlyPassword], [readWriteUser, readWritePassword]] as const) {
    await admin.query(`CREATE USER '${user}'@'%' IDENTIFIED BY '${password}'`);
  }
  await admin.query(`GRANT SELECT ON \`${database}\`.* TO '${readOnlyUser}'@'%'`);
  await admin.query(`GRANT ALL PRIVILEGES ON \`${database}\`.* TO '${readWriteUser}'@'%'`);
  await admin.query(`GRANT FILE ON *.* TO '${readWriteUser}'@'%'`);

  connector = await openMysqlConnector(readOnlyConfig());
  readWrite = await openMysqlConnector(readWriteConfig());
});

afterAll(async () => {
  await connector?.close();
  await readWrite?.close();
  if (!admin) return;
  for (const user of [readOnlyUser, readWriteUser]) await admin.query(`DROP USER IF EXISTS '${user}'@'%'`);
  await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
  await admin.end();
  for (const file of HOSTILE_FILES) fs.rmSync(file, { force: true });
});

describe('introspection', () => {
  it('lists tables and views with column types, keys, comments and row estimates', async () => {
    const catalog = await connector.introspect();
    expect(catalog.map((table) => table.name)).toEqual(['big_orders', 'customers', 'orders']);
    const customers = catalog.find((table) => table.name === 'customers')!;
    const orders = catalog.find((table) => table.name === 'orders')!;
    expect(customers.comment).toBe('people who have bought something');
    expect(customers.columns).toEqual([
      { name: 'id', type: 'INT', nullable: false, primary_key: true },
      { name: 'name', type: 'VARCHAR(80)', nullable: false, primary_key: false, comment: 'full name as printed on invoices' },
      { name: 'joined', type: 'DATE', nullable: true, primary_key: false },
    ]);
    expect(orders.columns.map((column) => [column.name, column.type, column.primary_key, column.references])).toEqual([
      ['id', 'BIGINT', true, undefined],
      ['customer_id', 'INT', false, 'customers.id'],
      ['amount', 'DECIMAL(10,2)', false, undefined],
      ['placed_at', 'DATETIME', false, undefined],
      ['note', 'TEXT', false, undefined],
    ]);
    expect(orders.columns.find((column) => column.name === 'amount')!.comment).toBe('total in euros, tax included');
    // TABLE_ROWS is InnoDB's estimate after ANALYZE TABLE, never a COUNT(*).
    expect(orders.row_count).toBeGreaterThan(150);
    expect(orders.row_count).toBeLessThan(260);
    expect(customers.row_count).toBeGreaterThan(25);
    expect(customers.row_count).toBeLessThan(60);
    const view = catalog.find((table) => table.name === 'big_orders')!;
    expect(view.comment).toBeUndefined();
    expect(view.columns.map((column) => column.name)).toEqual(['id', 'customer_id', 'amount']);
  });

  it('reports the dialect and a location without the password', () => {
    expect(connector.dialect).toBe('mysql');
    expect(connector.location).not.toContain(readOnlyPassword);
    expect(connector.location).toContain(`/${database}`);
  });
});

describe('queries', () => {
  it('returns JSON-safe values with their SQL types', async () => {
    const result = await connector.execute(
      `SELECT o.id, o.amount, o.placed_at, c.joined, CAST(9007199254740993 AS SIGNED) AS big, o.customer_id AS small,
              CAST(1234567890123.456789 AS DECIMAL(30,6)) AS precise, CAST(12345678901234567890.5 AS DECIMAL(30,2)) AS huge,
              NULL AS nothing, c.name
       FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = 1 AND c.id = 1`,
    );
    expect(result.columns).toEqual(['id', 'amount', 'placed_at', 'joined', 'big', 'small', 'precise', 'huge', 'nothing', 'name']);
    expect(result.column_types).toEqual(['BIGINT', 'DECIMAL', 'DATETIME', 'DATE', 'BIGINT', 'INT', 'DECIMAL', 'DECIMAL', 'NULL', 'VARCHAR']);
    expect(result.rows).toEqual([[1, 0.25, '2024-01-01 10:10:00', null, '9007199254740993', 1, '1234567890123.456789', '12345678901234567890.50', null, 'Customer 1']]);
    expect(result.truncated).toBe(false);
  });

  it('gives decimals as numbers only when the number keeps every digit', async () => {
    const result = await connector.execute('SELECT CAST(1234.5 AS DECIMAL(10,3)), CAST(-0.10 AS DECIMAL(5,2)), CAST(0 AS DECIMAL(5,2)), CAST(0.1 AS DECIMAL(40,30))');
    expect(result.rows).toEqual([[1234.5, -0.1, 0, 0.1]]);
  });

  it('returns DATE values as YYYY-MM-DD text', async () => {
    const result = await connector.execute('SELECT joined FROM customers WHERE id = 2;');
    expect(result.rows).toEqual([['2023-02-11']]);
  });

  it('caps the rows and marks the result truncated', async () => {
    const capped = await connector.execute('SELECT id FROM orders ORDER BY id', { maxRows: 10 });
    expect(capped.row_count).toBe(10);
    expect(capped.rows.map((row) => row[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(capped.truncated).toBe(true);
    const whole = await connector.execute('SELECT id FROM orders', { maxRows: 500 });
    expect(whole.row_count).toBe(200);
    expect(whole.truncated).toBe(false);
  });

  it('stops a huge result on the server once the cap is reached', async () => {
    const started = Date.now();
    const result = await connector.execute('SELECT a.TABLE_NAME FROM information_schema.COLUMNS a, information_schema.COLUMNS b', { maxRows: 5 });
    expect(result.row_count).toBe(5);
    expect(result.truncated).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await eventually(() => runningQueries(readOnlyUser), (rows) => rows.length === 0)).toEqual([]);
  });

  it('maps server errors to kinds and keeps the server message', async () => {
    const unknownColumn = await sqlFailure(connector.execute('SELECT nope FROM orders'));
    expect(unknownColumn.kind).toBe('binder');
    expect(unknownColumn.message).toMatch(/^error 1054 \(42S22\): Unknown column 'nope'/);
    const unknownTable = await sqlFailure(connector.execute('SELECT * FROM nowhere'));
    expect(unknownTable.kind).toBe('binder');
    expect(unknownTable.message).toContain("nowhere' doesn't exist");
    const typo = await sqlFailure(connector.execute('SELEC 1'));
    expect(typo.kind).toBe('syntax');
    expect([1064, 1054, 1146, 1052, 1055, 1056, 1111, 1305, 1969, 3024, 1317, 1792, 1142, 1227, 1062].map(mysqlErrorKind)).toEqual([
      'syntax', 'binder', 'binder', 'binder', 'binder', 'binder', 'binder', 'binder', 'timeout', 'timeout', 'timeout', 'refused', 'refused', 'refused', 'runtime',
    ]);
  });

  it('kills a query on the server when it times out', async () => {
    const started = Date.now();
    const error = await sqlFailure(connector.execute(SLOW_SQL, { timeoutMs: 400 }));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('query timed out after 400 ms and was interrupted');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await eventually(() => runningQueries(readOnlyUser), (rows) => rows.length === 0)).toEqual([]);
    expect((await connector.execute('SELECT 1 AS still_works')).rows).toEqual([[1]]);
  });

  it('kills a query on the server when it is aborted', async () => {
    const controller = new AbortController();
    const running = connector.execute(SLOW_SQL, { signal: controller.signal, timeoutMs: 60_000 });
    const seen = await eventually(() => runningQueries(readOnlyUser), (rows) => rows.some((row) => String(row.INFO).includes('slow_marker')));
    expect(seen.length).toBe(1);
    controller.abort();
    const error = await sqlFailure(running);
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('query was cancelled and interrupted');
    expect(await eventually(() => runningQueries(readOnlyUser), (rows) => rows.length === 0)).toEqual([]);
  });

  it('refuses to start when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await sqlFailure(connector.execute('SELECT 1', { signal: controller.signal }));
    expect(error.message).toBe('query was cancelled before it started');
  });

  it('leaves no connection behind after close, even with a query running', async () => {
    const before = await connectionCount(readOnlyUser);
    const extra = await openMysqlConnector(readOnlyConfig());
    await Promise.all([extra.execute('SELECT 1'), extra.execute('SELECT 2'), extra.introspect()]);
    await sqlFailure(extra.execute(SLOW_SQL, { timeoutMs: 200 }));
    const running = extra.execute(SLOW_SQL).catch((error: unknown) => error);
    await eventually(() => runningQueries(readOnlyUser), (rows) => rows.length === 1);
    expect(await connectionCount(readOnlyUser)).toBeGreaterThan(before);
    await extra.close();
    await running;
    expect(await eventually(() => connectionCount(readOnlyUser), (count) => count === before)).toBe(before);
    expect(await runningQueries(readOnlyUser)).toEqual([]);
    const closed = await failure(extra.execute('SELECT 1'));
    expect(closed.message).toContain('is closed');
  });
});

describe('connection errors', () => {
  it('never shows the password when it is wrong', async () => {
    const wrong = `wrong-${randomBytes(6).toString('hex')}`;
    const error = await failure(openMysqlConnector({ type: 'mysql', url: userUrl(readOnlyUser, wrong) }));
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error.message).not.toContain(wrong);
    expect(error.message).not.toContain('\n');
    expect(error.message).toMatch(/^cannot connect to mysql:\/\/.*\*\*\*@.*: error 1045 .*Access denied/);
  });

  it('asks for TLS when ssl is on, and says so in one line when the server offers none', async () => {
    const error = await failure(openMysqlConnector({ ...readOnlyConfig(), ssl: true }));
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error.message).toBe(`cannot connect to ${userUrl(readOnlyUser, '***')}: Server does not support secure connection`);
  });

  it('never shows the password when the host is unreachable', async () => {
    const error = await failure(
      openMysqlConnector({ type: 'mysql', host: '127.0.0.1', port: 1, user: readOnlyUser, password: readOnlyPassword, database }),
    );
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error.message).not.toContain(readOnlyPassword);
    expect(error.message).toBe(`cannot connect to mysql://${readOnlyUser}@127.0.0.1:1/${database}: connect ECONNREFUSED 127.0.0.1:1`);
  });

  it('refuses a namespace that names no database', async () => {
    const url = new URL(MYSQL_ADMIN_URL);
    url.pathname = '/';
    const error = await failure(openMysqlConnector({ type: 'mysql', url: url.toString() }));
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error.message).toMatch(/names no database: put it in the url .* or set database:$/);
    expect(error.message).toContain(':***@');
  });

  it('connects from separate keys as well as from a url', async () => {
    const parts = new URL(MYSQL_ADMIN_URL);
    const keyed = await openMysqlConnector({
      type: 'mysql', host: parts.hostname, port: Number(parts.port), user: readOnlyUser, password: readOnlyPassword, database,
    });
    try {
      expect((await keyed.execute('SELECT COUNT(*) AS n FROM customers')).rows).toEqual([[40]]);
    } finally {
      await keyed.close();
    }
  });
});

describe('access check', () => {
  it('finds no write privilege for the read-only user', async () => {
    const report = await connector.checkAccess!();
    expect(report.canWrite).toBe(false);
    expect(report.findings).toEqual([`${readOnlyUser}@% has no privilege that writes on \`${database}\` or *.* (SHOW GRANTS FOR CURRENT_USER())`]);
  });

  it('lists the write privileges of the read-write user, one line each', async () => {
    const report = await readWrite.checkAccess!();
    expect(report.canWrite).toBe(true);
    expect(report.findings).toEqual([
      `${readWriteUser}@% has FILE on *.*`,
      `${readWriteUser}@% has ALL PRIVILEGES on \`${database}\`.*`,
    ]);
    for (const line of report.findings) expect(line).not.toContain(readWritePassword);
  });
});

describe('valid MySQL that node-sql-parser reads only through its parser-readable copy', () => {
  // Every word here is a plain identifier to both servers; the parser's grammars reserve them.
  const shapes = [
    'SELECT status FROM shipments ORDER BY id',
    "SELECT status, COUNT(*) AS n FROM shipments WHERE status <> 'lost' GROUP BY status ORDER BY status",
    'SELECT id, end, full, global, session, local FROM shipments ORDER BY end DESC, id',
    'SELECT s.status AS session FROM shipments AS s WHERE s.global > 1 ORDER BY s.id',
    'SELECT CASE WHEN end > 2 THEN full ELSE status END AS pick FROM shipments ORDER BY id',
    'SELECT CASE end WHEN 3 THEN end END AS e, CASE WHEN id = end THEN status END AS m FROM shipments ORDER BY id',
    'SELECT a.id, b.id FROM shipments a JOIN shipments b ON a.status <=> b.status AND a.id < b.id ORDER BY a.id, b.id',
    'SELECT id, note <=> NULL AS no_note, NOT note <=> status AS differs FROM shipments ORDER BY id',
    'SELECT id, sent + INTERVAL 1 QUARTER AS next_quarter, DATE_SUB(sent, INTERVAL (end * 2) QUARTER) AS back FROM shipments ORDER BY id',
    "SELECT id, sent - INTERVAL 90 MINUTE_SECOND AS a, sent + INTERVAL '1-2' YEAR_MONTH AS b, sent + INTERVAL 5 MICROSECOND AS c FROM shipments ORDER BY id",
    'WITH counted AS (SELECT status, COUNT(*) AS n FROM shipments GROUP BY status) SELECT status FROM counted WHERE n > 0 ORDER BY status',
    'SELECT session FROM (SELECT status AS session FROM shipments) AS global ORDER BY session',
  ];

  beforeAll(async () => {
    await admin.query(
      `CREATE TABLE shipments (
         id INT PRIMARY KEY, status VARCHAR(20) NOT NULL, end INT NOT NULL, full INT NOT NULL, global INT NOT NULL,
         session VARCHAR(20) NOT NULL, local INT NOT NULL, note VARCHAR(20) NULL, sent DATETIME NOT NULL
       )`,
    );
    await admin.query(
      `INSERT INTO shipments VALUES (1, 'paid', 3, 10, 1, 'a', 7, NULL, '2024-01-31 10:00:00'), (2, 'lost', 1, 20, 2, 'b', 8, 'lost', '2024-05-15 12:30:00'),
                                    (3, 'paid', 4, 30, 3, 'c', 9, 'late', '2024-11-30 23:59:59'), (4, 'sent', 2, 40, 4, 'd', 6, NULL, '2023-12-01 00:00:00')`,
    );
  });

  afterAll(async () => {
    await admin?.query(`DROP TABLE IF EXISTS \`${database}\`.shipments`);
  });

  it('passes the guard for both grammars and hands the server the user text unchanged', () => {
    for (const sql of shapes) {
      for (const flavour of ['mariadb', 'mysql'] as const) expect(assertReadOnlyMysql(`${sql};`, flavour)).toBe(sql);
    }
  });

  it('gets the same answers as the server gives the admin for the same text', async () => {
    for (const sql of shapes) {
      const result = await connector.execute(sql);
      const [rows] = await admin.query<RowDataPacket[]>({ sql, rowsAsArray: true, dateStrings: true });
      expect(result.row_count, sql).toBeGreaterThan(0);
      expect(result.rows.map((row) => row.map(String)), sql).toEqual((rows as unknown as unknown[][]).map((row) => row.map(String)));
    }
  });

  it('keeps keyword uses of the same words: CASE ... END, FULL JOIN, IN BOOLEAN MODE, CAST(... AS JSON), functions', () => {
    const copies: [string, string | undefined][] = [
      ['SELECT CASE WHEN end > 1 THEN end END FROM t', 'SELECT CASE WHEN `end` > 1 THEN `end` END FROM t'],
      ['SELECT CASE WHEN a THEN (CASE WHEN b THEN 1 END) END AS end FROM t', 'SELECT CASE WHEN a THEN (CASE WHEN b THEN 1 END) END AS `end` FROM t'],
      ['SELECT full FROM t FULL JOIN u ON t.a <=> u.a', 'SELECT `full` FROM t FULL JOIN u ON t.a = u.a'],
      ["SELECT status FROM t WHERE MATCH (note) AGAINST ('x' IN BOOLEAN MODE)", "SELECT `status` FROM t WHERE MATCH (note) AGAINST ('x' IN BOOLEAN MODE)"],
      ['SELECT CAST(json AS JSON), boolean FROM t', 'SELECT CAST(`json` AS JSON), `boolean` FROM t'],
      ['SELECT CONTAINS(g, p), QUARTER(d), d + INTERVAL 2 QUARTER, quarter FROM t', 'SELECT CONTAINS(g, p), QUARTER(d), d + INTERVAL 2 MONTH, quarter FROM t'],
      ['SELECT a < = > b, `status`, \'status\' FROM t', undefined],
    ];
    for (const [sql, copy] of copies) expect(parserReadableSql(sql, mysqlTokens(sql)), sql).toBe(copy);
  });

  it('still refuses hostile SQL written with these words', async () => {
    const hostile = [
      'SELECT status FROM shipments INTO OUTFILE \'/tmp/sluice-hostile-mysql-outfile.txt\'',
      'SELECT status INTO @hostile FROM shipments',
      'SELECT end FROM shipments FOR UPDATE',
      'SELECT full FROM shipments LOCK IN SHARE MODE',
      'SELECT global, SLEEP(5) FROM shipments',
      'SELECT session FROM shipments WHERE status <=> LOAD_FILE(\'/etc/passwd\')',
      'SELECT sent + INTERVAL 1 QUARTER, @@datadir FROM shipments',
      'SELECT @x := status FROM shipments',
      'SELECT status FROM shipments; DELETE FROM shipments',
      'SELECT local FROM shipments /*! , SLEEP(5) */',
      'SELECT CASE WHEN end > 1 THEN `SLEEP`(5) END FROM shipments',
      'SELECT status FROM shipments WHERE id IN (SELECT NEXTVAL(hostile_seq))',
    ];
    for (const sql of hostile) {
      for (const flavour of ['mariadb', 'mysql'] as const) {
        expect(() => assertReadOnlyMysql(sql, flavour), sql).toThrow(/^refused: /);
      }
      const error = await sqlFailure(readWrite.execute(sql));
      expect(error.kind, sql).toBe('refused');
    }
    const [[counts]] = await admin.query<RowDataPacket[]>(`SELECT COUNT(*) AS n FROM \`${database}\`.shipments`);
    expect(counts!.n).toBe(4);
    expect(fs.existsSync(HOSTILE_FILES[0]!)).toBe(false);
  });

  it('names the parser failure of the user text when even the copy cannot be read', async () => {
    const error = await sqlFailure(readWrite.execute('SELECT status FROM shipments FOR SYSTEM_TIME ALL'));
    expect(error.message).toMatch(/^refused: the SQL could not be checked by the parser: /);
    // Where it stopped, not the parser's list of every token it expected there.
    const fileRead = await sqlFailure(readWrite.execute("SELECT * FROM read_csv('/etc/passwd')"));
    expect(fileRead.message).toBe("refused: the SQL could not be checked by the parser: it cannot read line 1, column 23 on: ('/etc/passwd')");
    expect(fileRead.kind).toBe('refused');
  });
});

describe('hostile SQL through a read-write user', () => {
  const corpus = fs
    .readFileSync(path.join(REPO_ROOT, 'tests/fixtures/hostile-sql/mysql.txt'), 'utf8')
    .split(/^-- ---$/m)
    .map((entry) => entry.trim())
    .filter(Boolean);

  async function serverState() {
    const [counts] = await admin.query<RowDataPacket[]>(
      `SELECT (SELECT COUNT(*) FROM \`${database}\`.customers) AS customers, (SELECT COUNT(*) FROM \`${database}\`.orders) AS orders,
              (SELECT SUM(amount) FROM \`${database}\`.orders) AS amount, (SELECT GROUP_CONCAT(name ORDER BY id) FROM \`${database}\`.customers) AS names,
              (SELECT next_not_cached_value FROM \`${database}\`.hostile_seq) AS sequence_value,
              (SELECT GROUP_CONCAT(TABLE_NAME ORDER BY TABLE_NAME) FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?) AS tables,
              (SELECT GROUP_CONCAT(CONCAT(COLUMN_NAME, ' ', COLUMN_TYPE) ORDER BY TABLE_NAME, ORDINAL_POSITION) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?) AS columns,
              (SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ?) AS triggers,
              (SELECT COUNT(*) FROM mysql.user) AS users, (SELECT COUNT(*) FROM mysql.func) AS udfs,
              (SELECT COUNT(*) FROM information_schema.PLUGINS) AS plugins, @@GLOBAL.read_only AS read_only`,
      [database, database, database],
    );
    const [grants] = await admin.query<RowDataPacket[]>(`SHOW GRANTS FOR '${readWriteUser}'@'%'`);
    return { ...counts[0], grants: grants.map((row) => Object.values(row)[0]), files: HOSTILE_FILES.filter((file) => fs.existsSync(file)) };
  }

  it('has at least 40 forms', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
  });

  it('refuses every form and the server is unchanged afterwards', async () => {
    const before = await serverState();
    expect(before.orders).toBe(200);
    const passed: string[] = [];
    for (const sql of corpus) {
      try {
        await readWrite.execute(sql, { timeoutMs: 10_000 });
        passed.push(sql);
      } catch (error) {
        if (!(error instanceof SqlError) || error.kind !== 'refused') passed.push(`${sql}\n  -> ${String(error)}`);
        else expect(error.message).not.toContain('\n');
      }
    }
    expect(passed).toEqual([]);
    expect(await serverState()).toEqual(before);
    // The server may list a finished ROLLBACK for a moment after it has answered it.
    expect(await eventually(() => runningQueries(readWriteUser), (rows) => rows.length === 0)).toEqual([]);
    expect((await readWrite.execute('SELECT COUNT(*) FROM orders')).rows).toEqual([[200]]);
  });

  it('names what it refused in one line', async () => {
    const cases: [string, RegExp][] = [
      ['SELECT 1; DROP TABLE orders', /^refused: multiple statements \(got 2\)/],
      ['DROP TABLE orders', /^refused: only one read-only SELECT statement may run \(got DROP\)$/],
      ['SELECT LOAD_FILE(\'/etc/passwd\')', /^refused: LOAD_FILE reads files on the server and is not allowed$/],
      ['SELECT @@datadir', /^refused: system variables such as @@datadir/],
      ['SELECT 1 /*! , 2 */', /^refused: executable comments/],
      ['SELECT * FROM orders FOR UPDATE', /^refused: FOR UPDATE locks rows/],
      ['SELECT id FROM orders INTO OUTFILE \'/tmp/x\'', /^refused: SELECT \.\.\. INTO writes files/],
      ['SELECT * FROM orders FOR SYSTEM_TIME ALL', /^refused: the SQL could not be checked by the parser: /],
      ['SELECT hostile_write()', /^error 1792 \(25006\): Cannot execute statement in a READ ONLY transaction/],
    ];
    for (const [sql, expected] of cases) {
      const error = await sqlFailure(readWrite.execute(sql));
      expect(error.kind).toBe('refused');
      expect(error.message).toMatch(expected);
    }
  });

  it('refuses system schemas by itself, for an account whose grants would let it read them', async () => {
    const cases: [string, RegExp][] = [
      ['SELECT User, Password FROM mysql.user', /^refused: mysql\.user holds accounts, password hashes/],
      ['SELECT * FROM `mysql`.`global_priv`', /^refused: mysql\.global_priv holds accounts, password hashes/],
      ['SELECT id FROM orders WHERE customer_id IN (SELECT 1 FROM MYSQL.user)', /^refused: MYSQL\.user holds accounts/],
      ["SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_VARIABLES WHERE VARIABLE_NAME = 'DATADIR'", /^refused: information_schema\.GLOBAL_VARIABLES holds server settings/],
      ['WITH v AS (SELECT * FROM INFORMATION_SCHEMA.session_variables) SELECT * FROM v', /^refused: INFORMATION_SCHEMA\.session_variables holds server settings/],
      ['SELECT INFO FROM information_schema.PROCESSLIST', /^refused: information_schema\.PROCESSLIST shows other sessions' SQL/],
      ['SELECT trx_query FROM information_schema.INNODB_TRX', /^refused: information_schema\.INNODB_TRX reveals server file paths/],
      ['SELECT * FROM performance_schema.threads', /^refused: performance_schema\.threads holds server internals/],
    ];
    const admin = await openMysqlConnector({ type: 'mysql', url: withDatabase(MYSQL_ADMIN_URL, database) });
    try {
      for (const [sql, expected] of cases) {
        const error = await sqlFailure(admin.execute(sql));
        expect(error.kind, sql).toBe('refused');
        expect(error.message, sql).toMatch(expected);
        for (const flavour of ['mariadb', 'mysql'] as const) expect(() => assertReadOnlyMysql(sql, flavour), sql).toThrow(expected);
      }
      const catalog = await admin.execute('SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1');
      expect(catalog.rows).toEqual([['big_orders'], ['customers'], ['hostile_seq'], ['orders']]);
    } finally {
      await admin.close();
    }
    // A namespace pointed at the mysql schema itself: unqualified names are checked against the session's database.
    const inMysql = await openMysqlConnector({ type: 'mysql', url: withDatabase(MYSQL_ADMIN_URL, 'mysql') });
    try {
      const error = await sqlFailure(inMysql.execute('SELECT User, Password FROM user'));
      expect(error.message).toMatch(/^refused: mysql\.user holds accounts, password hashes/);
    } finally {
      await inMysql.close();
    }
  });

  it('still answers ordinary read-only SQL of many shapes', async () => {
    const shapes = [
      'WITH totals AS (SELECT customer_id, SUM(amount) AS total FROM orders GROUP BY customer_id) SELECT COUNT(*) FROM totals WHERE total > 0',
      "SELECT c.name, COUNT(*) AS n FROM customers c JOIN orders o ON o.customer_id = c.id WHERE o.placed_at >= '2024-01-01' GROUP BY c.name ORDER BY n DESC LIMIT 3",
      "SELECT DATE_FORMAT(placed_at, '%Y-%m') AS month, ROUND(AVG(amount), 2) FROM orders GROUP BY month ORDER BY month",
      'SELECT id, amount, RANK() OVER (PARTITION BY customer_id ORDER BY amount DESC) AS r FROM orders LIMIT 5',
      'SELECT name FROM customers WHERE id IN (SELECT customer_id FROM big_orders) UNION SELECT \'none\'',
      "SELECT 'it''s', \"double\", 'back\\\\slash', 1--1",
      '-- leading comment\nSELECT /* inline */ COUNT(*) FROM orders # trailing comment',
    ];
    for (const sql of shapes) {
      const result = await readWrite.execute(sql);
      expect(result.columns.length).toBeGreaterThan(0);
    }
    expect((await readWrite.execute("SELECT 'it''s', 'back\\\\slash', 1--1")).rows).toEqual([["it's", 'back\\slash', 2]]);
  });
});

describe('MySQL 8 flavour (no MySQL server here: the parts that differ, checked without one)', () => {
  const corpus = fs
    .readFileSync(path.join(REPO_ROOT, 'tests/fixtures/hostile-sql/mysql.txt'), 'utf8')
    .split(/^-- ---$/m)
    .map((entry) => entry.trim())
    .filter(Boolean);

  it('tells MariaDB from MySQL by VERSION() and sets the time limit each way', () => {
    expect(mysqlFlavour('10.11.6-MariaDB-0+deb12u1')).toBe('mariadb');
    expect(mysqlFlavour('8.0.36')).toBe('mysql');
    expect(statementTimeLimit('mariadb', 1500)).toEqual({ prefix: 'SET STATEMENT max_statement_time=1.500 FOR ' });
    expect(statementTimeLimit('mysql', 1500)).toEqual({ setup: 'SET SESSION max_execution_time = 1500', prefix: '' });
    expect(statementTimeLimit('mysql', undefined)).toEqual({ setup: 'SET SESSION max_execution_time = 0', prefix: '' });
  });

  it('refuses the hostile corpus with the MySQL grammar too, leaving only stored-function calls to the read-only transaction', () => {
    const passed = corpus.filter((sql) => {
      try {
        assertReadOnlyMysql(sql, 'mysql');
        return true;
      } catch (error) {
        expect((error as SqlError).kind).toBe('refused');
        return false;
      }
    });
    expect(passed).toEqual(['SELECT hostile_write()', 'SELECT id FROM orders WHERE amount > hostile_write()']);
  });
});

describe('sluice sql on a mysql namespace', () => {
  it('runs a query from a namespace whose url comes from the environment', async () => {
    const dir = tempDir('sluice-mysql-cli-');
    fs.writeFileSync(path.join(dir, 'sluice.yml'), 'namespaces:\n  my:\n    type: mysql\n    url: ${SLUICE_MY_URL}\n');
    const env = { SLUICE_MY_URL: userUrl(readOnlyUser, readOnlyPassword) };
    const ok = await runCli(['sql', '--namespace', 'my', '--format', 'json', 'SELECT id, amount FROM orders ORDER BY id LIMIT 2'], { cwd: dir, env });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({ columns: ['id', 'amount'], rows: [[1, 0.25], [2, 37.25]], row_count: 2, truncated: false });

    const refused = await runCli(['sql', '--namespace', 'my', 'DELETE FROM orders'], { cwd: dir, env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('sluice: refused: only one read-only SELECT statement may run (got DELETE)\n');

    const badPassword = await runCli(['sql', '--namespace', 'my', 'SELECT 1'], { cwd: dir, env: { SLUICE_MY_URL: userUrl(readOnlyUser, 'not-the-password') } });
    expect(badPassword.code).toBe(1);
    expect(badPassword.stderr).not.toContain('not-the-password');
    expect(badPassword.stderr.trim().split('\n')).toHaveLength(1);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
