import Database from 'better-sqlite3';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectFor } from '../src/dialects/dialect-for.js';
import type { DialectName } from '../src/dialects/dialect-name.js';
import type { DateGrain, DatePart, SqlDialect } from '../src/dialects/sql-dialect.js';
import { quoteName } from '../src/loaders/quote-name.js';
import { MYSQL_ADMIN_URL, POSTGRES_ADMIN_URL, missingServerMessage, scratchName, withDatabase } from './helpers/real-servers.js';

/** Every fragment runs on the real engine; results are normalised (dates as text, booleans as 1/0, numeric strings as numbers). */
type Evaluate = (sql: string) => Promise<unknown[]>;

const normalise = (value: unknown): unknown => {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return value;
};

const engines = {} as Record<DialectName, Evaluate>;
const closers: (() => Promise<void>)[] = [];
const pgScratch = scratchName('dialects');
const myScratch = scratchName('dialects');
const TABLE_COLUMNS = ['order', 'key', 'rank', 'Mixed Case', 'group', 'user', 'values', 'plain_name'];

beforeAll(async () => {
  const duck = await DuckDBInstance.create(':memory:');
  const duckConnection: DuckDBConnection = await duck.connect();
  engines.duckdb = async (sql) => ((await duckConnection.runAndReadAll(sql)).getRowsJson()[0] ?? []).map(normalise);
  closers.push(async () => (duckConnection.closeSync(), duck.closeSync()));

  const lite = new Database(':memory:');
  engines.sqlite = async (sql) => {
    const statement = lite.prepare(sql);
    if (!statement.reader) return (statement.run(), []);
    return ((statement.raw().get() as unknown[] | undefined) ?? []).map(normalise);
  };
  closers.push(async () => void lite.close());

  const pgClient = new pg.Client({
    connectionString: POSTGRES_ADMIN_URL,
    types: { getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === 1082 ? (v: string) => v : pg.types.getTypeParser(oid, format)) },
  });
  try {
    await pgClient.connect();
  } catch (error) {
    throw new Error(missingServerMessage('PostgreSQL', POSTGRES_ADMIN_URL, error));
  }
  await pgClient.query(`CREATE SCHEMA ${pgScratch}`);
  await pgClient.query(`SET search_path TO ${pgScratch}`);
  engines.postgres = async (sql) => Object.values((await pgClient.query(sql)).rows[0] ?? {}).map(normalise);
  closers.push(async () => {
    await pgClient.query(`DROP SCHEMA ${pgScratch} CASCADE`);
    await pgClient.end();
  });

  let admin: mysql.Connection;
  try {
    admin = await mysql.createConnection(MYSQL_ADMIN_URL);
  } catch (error) {
    throw new Error(missingServerMessage('MariaDB', MYSQL_ADMIN_URL, error));
  }
  await admin.query(`CREATE DATABASE ${myScratch}`);
  const my = await mysql.createConnection({ uri: withDatabase(MYSQL_ADMIN_URL, myScratch), dateStrings: true, rowsAsArray: true });
  engines.mysql = async (sql) => (((await my.query(sql))[0] as unknown[][])[0] ?? []).map(normalise);
  closers.push(async () => {
    await my.end();
    await admin.query(`DROP DATABASE ${myScratch}`);
    await admin.end();
  });

  for (const name of ['duckdb', 'postgres', 'mysql', 'sqlite'] as const) {
    const columns = TABLE_COLUMNS.map((c) => `${quoteName(c, name)} INTEGER`).join(', ');
    await engines[name](`CREATE TABLE odd_names (${columns})`);
    await engines[name](`INSERT INTO odd_names VALUES (${TABLE_COLUMNS.map((_, i) => i + 1).join(', ')})`);
  }
});

afterAll(async () => {
  for (const close of closers.reverse()) await close().catch(() => undefined);
});

const DIALECTS = ['duckdb', 'postgres', 'mysql', 'sqlite'] as const;
/** Thursday 14 August 2025. */
const DAY = '2025-08-14';

async function value(name: DialectName, build: (d: SqlDialect) => string): Promise<unknown> {
  return (await engines[name](`SELECT ${build(dialectFor(name))} AS v`))[0];
}

describe.each(DIALECTS)('%s dialect on the real engine', (name) => {
  const truncations: [DateGrain, string][] = [
    ['day', '2025-08-14'],
    ['week', '2025-08-11'],
    ['month', '2025-08-01'],
    ['quarter', '2025-07-01'],
    ['year', '2025-01-01'],
  ];
  it.each(truncations)('truncates a date to its %s', async (grain, expected) => {
    expect(await value(name, (d) => d.castToText(d.truncate(grain, d.date(DAY))))).toBe(expected);
    // Sunday belongs to the week that started the Monday before.
    if (grain === 'week') expect(await value(name, (d) => d.castToText(d.truncate('week', d.date('2025-08-17'))))).toBe('2025-08-11');
  });

  it('truncates to a quarter in every month of the year', async () => {
    for (let month = 1; month <= 12; month++) {
      const day = `2025-${String(month).padStart(2, '0')}-15`;
      const first = `2025-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
      expect(await value(name, (d) => d.castToText(d.truncate('quarter', d.date(day))))).toBe(first);
    }
  });

  const parts: [DatePart, number][] = [
    ['year', 2025],
    ['quarter', 3],
    ['month', 8],
    ['day', 14],
    ['day_of_week', 4],
  ];
  it.each(parts)('extracts the %s', async (part, expected) => {
    expect(await value(name, (d) => d.extract(part, d.date(DAY)))).toBe(expected);
  });

  it('counts days between dates, compares date literals and reads the current date', async () => {
    expect(await value(name, (d) => d.daysBetween(d.date('2025-01-01'), d.date(DAY)))).toBe(225);
    expect(await value(name, (d) => `CASE WHEN ${d.date('2025-01-31')} < ${d.date('2025-02-01')} THEN 1 ELSE 0 END`)).toBe(1);
    expect(String(await value(name, (d) => d.castToText(d.currentDate)))).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('matches text ignoring case, and quotes strings with quotes and backslashes', async () => {
    expect(await value(name, (d) => `CASE WHEN ${d.containsIgnoringCase(d.string('Home & Kitchen'), 'KITCH')} THEN 1 ELSE 0 END`)).toBe(1);
    expect(await value(name, (d) => `CASE WHEN ${d.containsIgnoringCase(d.string('Books'), 'kitch')} THEN 1 ELSE 0 END`)).toBe(0);
    expect(await value(name, (d) => d.string("O'Brien \\ Sons"))).toBe("O'Brien \\ Sons");
  });

  it('divides integers without truncating and rounds any numeric type', async () => {
    expect(await value(name, (d) => d.divide('7', '2'))).toBeCloseTo(3.5);
    expect(await value(name, (d) => d.round(d.divide('2', '3'), 2))).toBeCloseTo(0.67);
    expect(await value(name, (d) => d.round('CAST(2.3456 AS DECIMAL(10, 4))', 2))).toBeCloseTo(2.35);
  });

  it('compares NULLs as equal, writes booleans, limits and aggregates strings', async () => {
    expect(await value(name, (d) => `CASE WHEN ${d.nullSafeEquals('NULL', 'NULL')} THEN 1 ELSE 0 END`)).toBe(1);
    expect(await value(name, (d) => `CASE WHEN ${d.nullSafeEquals('1', 'NULL')} THEN 1 ELSE 0 END`)).toBe(0);
    expect(await value(name, (d) => `CASE WHEN ${d.boolean(true)} THEN 1 ELSE 0 END`)).toBe(1);
    const d = dialectFor(name);
    const listed = await engines[name](`SELECT ${d.stringAgg('w', ', ')} AS v FROM (SELECT 'a' AS w UNION ALL SELECT 'b') t`);
    expect(String(listed[0]).split(', ').sort()).toEqual(['a', 'b']);
    const limited = await engines[name](`SELECT COUNT(*) FROM (SELECT 1 AS x UNION ALL SELECT 2 UNION ALL SELECT 3 ${d.limit(2)}) t`);
    expect(limited[0]).toBe(2);
  });

  it('sorts NULLs last in both directions, as DuckDB does, so a ranking never picks an unknown value', async () => {
    const d = dialectFor(name);
    const rows = `(SELECT NULL AS v UNION ALL SELECT 2 UNION ALL SELECT 1) t`;
    for (const [key, first] of [['v ASC', 1], ['v', 1], ['v DESC', 2]] as const) {
      expect(await engines[name](`SELECT v FROM ${rows} ORDER BY ${d.nullsLast(key)} ${d.limit(1)}`)).toEqual([first]);
      // The first two rows hold no NULL: COUNT(v) skips NULLs.
      expect(await engines[name](`SELECT COUNT(v) FROM (SELECT v FROM ${rows} ORDER BY ${d.nullsLast(key)} ${d.limit(2)}) u`)).toEqual([2]);
    }
  });

  it('casts text to numbers and dates, NULL where it does not read as one', async () => {
    expect(await value(name, (d) => d.tryCastNumber(d.string('12.5')))).toBeCloseTo(12.5);
    expect(await value(name, (d) => d.tryCastNumber(d.string('-3')))).toBe(-3);
    expect(await value(name, (d) => d.tryCastNumber(d.string('abc')))).toBeNull();
    expect(await value(name, (d) => d.tryCastNumber('2014'))).toBe(2014);
    expect(await value(name, (d) => d.tryCastNumber('2.5'))).toBeCloseTo(2.5);
    expect(await value(name, (d) => d.castToText(d.tryCastDate(d.string(DAY))))).toBe(DAY);
    expect(await value(name, (d) => d.tryCastDate(d.string('soon')))).toBeNull();
  });

  it('quotes reserved and mixed-case identifiers and leaves plain ones bare', async () => {
    const d = dialectFor(name);
    expect(d.identifier('plain_name')).toBe('plain_name');
    const row = await engines[name](`SELECT ${TABLE_COLUMNS.map((c) => d.identifier(c)).join(', ')} FROM ${d.identifier('odd_names')}`);
    expect(row).toEqual(TABLE_COLUMNS.map((_, i) => i + 1));
  });
});

describe('dialectFor', () => {
  it('renders DuckDB exactly as the offline model always has', () => {
    const d = dialectFor('duckdb');
    expect(d.truncate('month', 'orders.order_date')).toBe("CAST(date_trunc('month', orders.order_date) AS DATE)");
    expect(d.date('2025-01-01')).toBe("DATE '2025-01-01'");
    expect(d.identifier('order')).toBe('"order"');
    expect(dialectFor('mysql').identifier('order')).toBe('`order`');
    expect(dialectFor('unknown').name).toBe('duckdb');
  });
});
