import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqlError } from '../src/connectors/connector.js';
import { lockToFiles } from '../src/connectors/files/lock-to-files.js';
import { runCappedQuery } from '../src/connectors/run-capped-query.js';
import { startFakeOpenAiServer, type FakeOpenAiServer, type FakeRequest } from './helpers/fake-openai-server.js';
import { fileHashesUnder } from './helpers/files-under.js';
import { runCli, tempDir } from './helpers/run-cli.js';

/**
 * A files namespace writes nothing, even with SQL that got past the SQL check: DuckDB may open the data files (its
 * allow-list does not tell reading from writing), so the query connection itself runs only one statement that
 * DuckDB bound as a SELECT. Checked on the query path beneath the check, and through the real CLI with an
 * OpenAI-protocol model on loopback that writes hostile SQL.
 */
const CUSTOMERS = 'id,name,state\n1,Ann,CA\n2,Bob,NY\n3,Cy,CA\n';

let root: string;
let data: string;

const snapshot = () => fileHashesUnder(root);

beforeAll(() => {
  root = tempDir('sluice-files-writes-');
  data = path.join(root, 'data');
  fs.mkdirSync(data);
  fs.writeFileSync(path.join(data, 'customers.csv'), CUSTOMERS);
  fs.writeFileSync(path.join(root, 'secret.csv'), 'secret\nhunter2\n');
});

const literal = (file: string) => `'${file.replaceAll("'", "''")}'`;

/** Statements DuckDB's allow-list alone lets through: they open only the data file the view reads. */
const hostile = () => [
  `COPY (SELECT 9 AS id, 'Mallory' AS name, 'XX' AS state) TO ${literal(path.join(data, 'customers.csv'))} (USE_TMP_FILE false)`,
  `COPY (SELECT 9 AS id) TO ${literal(path.join(data, 'customers.csv'))} (FORMAT parquet, USE_TMP_FILE false); SELECT 1`,
  `ATTACH ${literal(path.join(data, 'customers.csv'))} AS overwritten`,
];

describe('the query connection beneath the SQL check', () => {
  it('refuses a write to a data file DuckDB may open, and a statement before the last, before either runs', async () => {
    const database = await DuckDBInstance.create(':memory:', { temp_directory: '' });
    const connection = await database.connect();
    try {
      await connection.run(`CREATE VIEW customers AS SELECT * FROM read_csv(${literal(path.join(data, 'customers.csv'))})`);
      await lockToFiles(connection, [path.join(data, 'customers.csv')]);
      const before = snapshot();
      for (const sql of hostile()) {
        const error = await runCappedQuery(connection, sql, {}, performance.now()).then(() => undefined, (caught: unknown) => caught);
        expect(error, sql).toBeInstanceOf(SqlError);
        expect((error as SqlError).kind, sql).toBe('refused');
        expect((error as SqlError).message, sql).toMatch(/^refused: (only one read-only SELECT statement may run \(got (COPY|ATTACH)\)|multiple statements \(got 2\))/);
      }
      expect(snapshot()).toEqual(before);
      expect(fs.readFileSync(path.join(data, 'customers.csv'), 'utf8')).toBe(CUSTOMERS);
      const read = await runCappedQuery(connection, 'SELECT count(*) AS n FROM customers', {}, performance.now());
      expect(read.rows).toEqual([[3]]);
      const outside = await runCappedQuery(connection, `SELECT * FROM read_csv(${literal(path.join(root, 'secret.csv'))})`, {}, performance.now()).catch((caught: unknown) => caught);
      expect((outside as SqlError).message).toMatch(/^Permission Error: Cannot access file/);
    } finally {
      connection.closeSync();
      database.closeSync();
    }
  });
});

describe('hostile SQL from a model, through the CLI', () => {
  let server: FakeOpenAiServer;
  let cwd: string;
  let nextSql = '';

  function answer(request: FakeRequest) {
    const schema: string = request.body?.response_format?.json_schema?.name ?? '';
    const usage = { prompt_tokens: 100, completion_tokens: 10 };
    if (schema === 'reflection_decision') return { content: { strategy: 'success', reason: 'answers the question', unaddressed: [] }, usage };
    return { content: { sql: nextSql, explanation: 'the customers', tables_used: ['customers'], unanswerable: null }, usage };
  }

  beforeAll(async () => {
    server = await startFakeOpenAiServer({ script: answer, models: ['fake-coder'] });
    cwd = path.join(root, 'project');
    fs.mkdirSync(cwd);
    fs.writeFileSync(
      path.join(cwd, 'sluice.yml'),
      `namespaces:\n  files: {type: files, path: ../data}\nmodels:\n  local:\n    provider: openai\n    model: fake-coder\n    base_url: ${server.url}\n    api_key: none\n    retries: 0\ndefaults:\n  model: local\n  namespace: files\n`,
    );
  });
  afterAll(async () => server?.close());

  const ask = (sql: string) => {
    nextSql = sql;
    return runCli(['run', '--task', 'list the customers', '--format', 'json', '--no-cache', '--save_dir', path.join(root, 'save')], { cwd });
  };

  it('each fails with one clear line and writes no file', async () => {
    const before = snapshot();
    for (const sql of [...hostile(), `EXPORT DATABASE ${literal(path.join(data, 'export'))}`, `COPY customers TO ${literal(path.join(data, 'stolen.csv'))}`]) {
      const result = await ask(sql);
      expect(result.code, sql).toBe(1);
      expect(result.stderr.trimEnd().split('\n').at(-1), sql).toMatch(/^sluice: not answered: the last SQL failed: refused: /);
      expect(result.stderr, sql).not.toMatch(/^\s+at /m);
      expect(JSON.parse(result.stdout).status, sql).toBe('failed');
      const written = Object.keys(snapshot()).filter((name) => !name.startsWith(`save${path.sep}`));
      expect(written, sql).toEqual(Object.keys(before).filter((name) => !name.startsWith(`save${path.sep}`)));
    }
    expect(fs.readFileSync(path.join(data, 'customers.csv'), 'utf8')).toBe(CUSTOMERS);
    expect(snapshot()[path.join('data', 'customers.csv')]).toBe(before[path.join('data', 'customers.csv')]);
  }, 120_000);

  it('an ordinary question over the files still answers', async () => {
    const result = await ask('SELECT name FROM customers ORDER BY id');
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as { status: string; rows: unknown[][] };
    expect(json.status).toBe('success');
    expect(json.rows).toEqual([['Ann'], ['Bob'], ['Cy']]);
  }, 60_000);
});
