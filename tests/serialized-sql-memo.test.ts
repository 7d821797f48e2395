import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertReadOnlySql } from '../src/connectors/sql-guard.js';
import { parseLossless } from '../src/sql-tree/lossless-json.js';
import { serializeSql } from '../src/sql-tree/serialize-sql.js';
import { serializedSqlMemo } from '../src/sql-tree/serialized-sql-memo.js';
import { pooledDuckDbConnector } from '../src/connectors/pooled-duckdb-connector.js';

/** The sandbox checks an answer's SQL on the database's own connection; the answer checks parse it again afterwards. */
let database: DuckDBInstance;
let sandbox: DuckDBConnection;
let reference: DuckDBConnection;

beforeAll(async () => {
  database = await DuckDBInstance.create(':memory:', { enable_external_access: 'false' });
  sandbox = await database.connect();
  reference = await (await DuckDBInstance.create(':memory:')).connect();
});

afterAll(() => {
  sandbox?.closeSync();
  reference?.closeSync();
});

/** DuckDB's parse tree of one statement, straight from the parser. */
async function parsedByDuckDb(sql: string): Promise<unknown> {
  const reader = await reference.runAndReadAll('SELECT json_serialize_sql(?::VARCHAR)', [sql]);
  return (parseLossless(String(reader.getRows()[0]?.[0])) as { statements: unknown[] }).statements[0];
}

describe('an answer parsed once', () => {
  it('reads the tree the sandbox parsed as the SQL ran, without asking DuckDB again, and it is the parser’s own tree', async () => {
    const sql = "SELECT COUNT(*) AS n FROM orders WHERE status = 'cancelled' AND order_date >= DATE '2024-01-01' -- memo test 1";
    const memo = serializedSqlMemo();
    await assertReadOnlySql(sql, sandbox, memo);
    const closed = await database.connect();
    closed.closeSync();
    const parsed = await serializeSql(closed, sql, memo);
    expect(parsed).toEqual({ ok: true, statement: await parsedByDuckDb(sql) });
    // Another memo (another connector's) holds nothing of it: the closed connection is asked, and fails.
    await expect(serializeSql(closed, sql, serializedSqlMemo())).rejects.toThrow();
  });

  it('asks DuckDB for SQL nobody parsed yet (the closed connection then fails)', async () => {
    const closed = await database.connect();
    closed.closeSync();
    await expect(serializeSql(closed, 'SELECT 1 AS never_parsed_before -- memo test 2', serializedSqlMemo())).rejects.toThrow();
  });

  it('remembers the parser’s message for SQL that does not parse, as a fresh parse would give it', async () => {
    const sql = 'SELECT FROM WHERE -- memo test 3';
    const memo = serializedSqlMemo();
    await expect(assertReadOnlySql(sql, sandbox, memo)).rejects.toThrow(/Parser Error/);
    const closed = await database.connect();
    closed.closeSync();
    const parsed = await serializeSql(closed, sql, memo);
    expect(parsed.ok).toBe(false);
  });

  it('is the connector’s own: the SQL its sandbox ran is in its parsedSql, as the parser reads it', async () => {
    const opening = DuckDBInstance.create(':memory:', { enable_external_access: 'false' });
    const connector = await pooledDuckDbConnector(opening, { location: ':memory:', readCatalog: async () => [], access: { canWrite: false, findings: [] } });
    try {
      const sql = 'SELECT 41 + 1 AS answer -- memo test 4';
      expect(connector.parsedSql?.recall(sql)).toBeUndefined();
      await connector.execute(sql);
      const closed = await database.connect();
      closed.closeSync();
      expect(await serializeSql(closed, sql, connector.parsedSql)).toEqual({ ok: true, statement: await parsedByDuckDb(sql) });
    } finally {
      await connector.close();
    }
  });
});

describe('the sandbox’s tree handed on once', () => {
  it('goes to the first reader, equal to a fresh parse; a later reader gets a tree of its own (the first may change its copy)', async () => {
    // A big integer (query_location) is in every serialized statement: both readings keep it lossless.
    const sql = "SELECT city, COUNT(*) AS n FROM customers WHERE city <> 'Mesa' GROUP BY city -- memo test 5";
    const memo = serializedSqlMemo();
    await assertReadOnlySql(sql, sandbox, memo);
    const closed = await database.connect();
    closed.closeSync();
    const first = await serializeSql(closed, sql, memo);
    expect(first).toEqual({ ok: true, statement: await parsedByDuckDb(sql) });
    if (!first.ok) throw new Error('unreachable');
    first.statement.changed_by_its_reader = true;
    const second = await serializeSql(closed, sql, memo);
    expect(second).toEqual({ ok: true, statement: await parsedByDuckDb(sql) });
    if (!second.ok) throw new Error('unreachable');
    expect(second.statement).not.toBe(first.statement);
    expect(memo.takeParsed(sql)).toBeUndefined();
  });

  it('keeps nothing to hand on for text remembered without a tree (serializeSql’s own trip to DuckDB)', () => {
    const memo = serializedSqlMemo();
    memo.remember('SELECT 1', '{"error":false,"statements":[]}');
    expect(memo.recall('SELECT 1')).toBe('{"error":false,"statements":[]}');
    expect(memo.takeParsed('SELECT 1')).toBeUndefined();
    const tree = { error: false, statements: [] };
    memo.remember('SELECT 1', '{"error":false,"statements":[]}', tree);
    expect(memo.takeParsed('SELECT 1')).toBe(tree);
    expect(memo.takeParsed('SELECT 1')).toBeUndefined();
  });
});
