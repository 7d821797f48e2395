import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqlError } from '../../src/connectors/connector.js';
import { DUCKDB_SANDBOX_OPTIONS } from '../../src/connectors/duckdb-sandbox-options.js';
import { assertReadOnlySql } from '../../src/connectors/sql-guard.js';

/** The DuckDB guard on generated statements around the refused forms, checked by DuckDB's own parser. */

let instance: DuckDBInstance;
let parser: DuckDBConnection;
beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:', DUCKDB_SANDBOX_OPTIONS);
  parser = await instance.connect();
});
afterAll(() => {
  parser?.closeSync();
  instance?.closeSync();
});

async function verdict(sql: string): Promise<'allowed' | SqlError> {
  try {
    await assertReadOnlySql(sql, parser);
    return 'allowed';
  } catch (error) {
    if (!(error instanceof SqlError)) throw new Error(`${JSON.stringify(sql)} threw ${String(error)}`);
    return error;
  }
}

const randomCase = (text: string) =>
  fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }).map((upper) => [...text].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(''));

const refusedCall = fc.oneof(
  fc.constantFrom('getenv', 'current_setting').chain((name) => randomCase(name).map((n) => `${n}('HOME')`)),
  fc.constantFrom('read_csv', 'read_csv_auto', 'read_parquet', 'read_json', 'read_text', 'read_blob', 'parquet_scan', 'sniff_csv', 'glob', 'sqlite_scan', 'postgres_scan')
    .chain((name) => randomCase(name).map((n) => `${n}('/etc/passwd')`)),
  fc.constantFrom('duckdb_settings', 'duckdb_databases', 'duckdb_extensions', 'duckdb_secrets', 'duckdb_temporary_files', 'pragma_database_list')
    .chain((name) => randomCase(name).map((n) => `${n}()`)),
  fc.constantFrom("query('SELECT 1')", "query_table('t')", 'checkpoint()', 'enable_profiling()'),
);

const tableContext = fc.constantFrom(
  (call: string) => `SELECT * FROM ${call}`,
  (call: string) => `SELECT count(*) FROM (SELECT * FROM ${call}) AS sub`,
  (call: string) => `WITH w AS (SELECT * FROM ${call}) SELECT * FROM w`,
  (call: string) => `SELECT * FROM range(3) r, LATERAL (SELECT * FROM ${call})`,
  (call: string) => `SELECT 1 UNION ALL SELECT count(*) FROM ${call}`,
  (call: string) => `SELECT * FROM range(3) WHERE EXISTS (SELECT 1 FROM ${call})`,
  (call: string) => `FROM ${call}`,
);
const scalarContext = fc.constantFrom(
  (call: string) => `SELECT ${call}`,
  (call: string) => `SELECT upper(${call}::VARCHAR)`,
  (call: string) => `SELECT CASE WHEN true THEN ${call} END`,
  (call: string) => `SELECT * FROM range(3) WHERE ${call} IS NOT NULL`,
  (call: string) => `SELECT * FROM range(3) ORDER BY ${call}`,
  (call: string) => `SELECT [${call}]`,
  (call: string) => `SELECT list_transform([1], x -> ${call})`,
  (call: string) => `SELECT (SELECT ${call})`,
);

/** Quoted in the SQL, so keywords are fine; no dots or slashes, which would read as a file path. */
const identifier = fc.stringMatching(/^[a-z][a-z_]{0,7}$/);

describe('DuckDB SQL guard (property)', () => {
  it('refuses refused functions wherever they appear, in any case', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.tuple(tableContext, refusedCall), fc.tuple(scalarContext, refusedCall)), async ([context, call]) => {
        const outcome = await verdict(context(call));
        expect(outcome).toBeInstanceOf(SqlError);
        expect((outcome as SqlError).kind).toBe('refused');
      }),
      { numRuns: 200 },
    );
  });

  it('refuses writes, settings and file access statements whatever they are wrapped in', async () => {
    const statement = fc.constantFrom(
      'DELETE FROM t',
      "UPDATE t SET a = 'x'",
      'INSERT INTO t VALUES (1)',
      'DROP TABLE t',
      'CREATE TABLE x AS SELECT 1',
      "COPY t TO '/tmp/x.csv'",
      "ATTACH '/tmp/x.db'",
      'SET threads = 64',
      "SET enable_external_access = true",
      'PRAGMA version',
      'INSTALL httpfs',
      'LOAD httpfs',
      'CHECKPOINT',
    );
    const wrap = fc.constantFrom(
      (sql: string) => sql,
      (sql: string) => `/* hi */ ${sql}`,
      (sql: string) => `SELECT 1; ${sql}`,
      (sql: string) => `${sql}; SELECT 1`,
      (sql: string) => `\n\t${sql.toLowerCase()};`,
      (sql: string) => `EXPLAIN ${sql}`,
    );
    await fc.assert(
      fc.asyncProperty(statement, wrap, async (sql, wrapper) => {
        const outcome = await verdict(wrapper(sql));
        expect(outcome).toBeInstanceOf(SqlError);
        expect(['refused', 'syntax']).toContain((outcome as SqlError).kind);
      }),
      { numRuns: 150 },
    );
  });

  it('allows ordinary SELECTs over database tables', async () => {
    const select = fc
      .tuple(identifier, identifier, fc.integer({ min: -1000, max: 1000 }), fc.constantFrom('=', '<', '>', '<>'))
      .map(([table, column, value, op]) => `SELECT "${column}", count(*) FROM "${table}" WHERE "${column}" ${op} ${value} GROUP BY 1 ORDER BY 2 DESC LIMIT 10`);
    await fc.assert(
      fc.asyncProperty(select, async (sql) => {
        expect(await verdict(sql)).toBe('allowed');
      }),
      { numRuns: 150 },
    );
  });

  it('arbitrary text is allowed or one SqlError, never another exception, and fast', async () => {
    const pieces = fc.constantFrom('SELECT', 'FROM', 'WITH', '(', ')', ';', ',', "'", '"', '--', '/*', '*/', 'getenv', 'read_csv', '*', 'x', '1', ' ', '\n', 'UNION', 'DELETE', '$$', '\\');
    const text = fc.oneof(fc.string({ maxLength: 120 }), fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(' ')));
    await fc.assert(
      fc.asyncProperty(text, async (sql) => {
        const started = performance.now();
        await verdict(sql);
        expect(performance.now() - started).toBeLessThan(1000);
      }),
      { numRuns: 200 },
    );
  });
});
