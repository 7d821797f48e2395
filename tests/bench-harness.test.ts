import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BenchReportSchema, QuestionOutcomeSchema } from '../src/bench/bench-report-schema.js';
import { ensureBenchDatabase } from '../src/bench/build-bench-database.js';
import { compareResults } from '../src/bench/compare-results.js';
import { compareToGold } from '../src/bench/compare-to-gold.js';
import { loadBenchDataset } from '../src/bench/load-bench-dataset.js';
import { runBench } from '../src/bench/run-bench.js';
import { serializeSql } from '../src/sql-tree/serialize-sql.js';
import { sqlReferences } from '../src/bench/sql-references.js';
import { goldTieGroups } from '../src/bench/gold-tie-groups.js';
import type { Connector } from '../src/connectors/connector.js';
import { writeBenchReport } from '../src/bench/write-bench-report.js';
import { runCli } from './helpers/run-cli.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** concert_singer and pets_1 with eight of their questions, copied from spider-dev (tests/fixtures/bench/README.md). */
const dataset = path.join(repoRoot, 'tests/fixtures/bench/spider-mini');
/** Four questions of concert_singer and four of pets_1. */
const FILTER = '^spider_dev_00(0[0-3]|4[5-8])$';

let scratch: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-bench-'));
  env = { ...process.env, SLUICE_CACHE_DIR: path.join(scratch, 'cache') };
  delete env.OPENAI_API_KEY;
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('result comparison (the dataset README rules)', () => {
  const gold = { columns: ['name', 'age'], rows: [['Ann', 30], ['Bob', 25], ['Bob', 25]] };

  it('ignores row order unless the gold SQL orders its output', () => {
    const shuffled = { columns: ['name', 'age'], rows: [['Bob', 25], ['Ann', 30], ['Bob', 25]] };
    expect(compareResults(gold, shuffled, { ordered: false }).match).toBe(true);
    expect(compareResults(gold, shuffled, { ordered: true })).toEqual({ match: false, reason: 'same rows in another order' });
    expect(compareResults(gold, gold, { ordered: true }).match).toBe(true);
  });

  it('compares rows as a multiset: duplicates count', () => {
    const distinct = { columns: ['name', 'age'], rows: [['Ann', 30], ['Bob', 25]] };
    const otherDuplicate = { columns: ['name', 'age'], rows: [['Ann', 30], ['Ann', 30], ['Bob', 25]] };
    expect(compareResults(gold, distinct, { ordered: false }).match).toBe(false);
    expect(compareResults(gold, otherDuplicate, { ordered: false }).match).toBe(false);
  });

  it('matches columns by their values, whatever their order and names', () => {
    const swapped = { columns: ['years', 'singer_name'], rows: [[25, 'Bob'], [30, 'Ann'], [25, 'Bob']] };
    expect(compareResults(gold, swapped, { ordered: false }).match).toBe(true);
    expect(compareResults(gold, { columns: ['name'], rows: [['Ann'], ['Bob'], ['Bob']] }, { ordered: false }).match).toBe(false);
  });

  it('compares numbers with a small relative tolerance, integers and floats alike', () => {
    const averages = { columns: ['avg'], rows: [[1 / 3], [2_000_000.5]] };
    expect(compareResults(averages, { columns: ['a'], rows: [[0.3333333333333333], [2_000_000.5000001]] }, { ordered: false }).match).toBe(true);
    expect(compareResults(averages, { columns: ['a'], rows: [[0.33], [2_000_000.5]] }, { ordered: false }).match).toBe(false);
    expect(compareResults({ columns: ['n'], rows: [[3]] }, { columns: ['n'], rows: [[3.0]] }, { ordered: false }).match).toBe(true);
    expect(compareResults({ columns: ['n'], rows: [[3]] }, { columns: ['n'], rows: [['3']] }, { ordered: false }).match).toBe(false);
  });

  it('treats nulls as equal and empty results as equal', () => {
    expect(compareResults({ columns: ['x'], rows: [[null]] }, { columns: ['y'], rows: [[null]] }, { ordered: false }).match).toBe(true);
    expect(compareResults({ columns: ['x'], rows: [] }, { columns: ['a', 'b'], rows: [] }, { ordered: false }).match).toBe(true);
    expect(compareResults({ columns: ['x'], rows: [[1]] }, { columns: ['x'], rows: [] }, { ordered: false })).toEqual({
      match: false,
      reason: '0 rows, expected 1',
    });
  });
});

describe('answers tied at the gold LIMIT', () => {
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;
  let connector: Connector;
  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
    connection = await instance.connect();
    await connection.run("CREATE TABLE t AS SELECT * FROM (VALUES ('a', 3), ('b', 2), ('c', 2), ('d', 1)) v(name, score)");
    connector = {
      dialect: 'duckdb',
      introspect: async () => [],
      execute: async (sql) => {
        const reader = await connection.runAndReadAll(sql);
        const rows = reader.getRows() as unknown[][];
        return { columns: reader.columnNames(), column_types: [], rows, row_count: rows.length, truncated: false, duration_ms: 0 };
      },
      close: async () => {},
    };
  });
  afterAll(() => {
    connection.closeSync();
    instance.closeSync();
  });
  const tiesOf = async (sql: string) => {
    const parsed = await serializeSql(connection, sql);
    if (!parsed.ok) throw new Error(parsed.error);
    return goldTieGroups(parsed.statement, connector, connection);
  };

  it('finds the rows that tie with the last one the LIMIT keeps, also when ORDER BY names an output alias', async () => {
    expect(await tiesOf('SELECT name FROM t ORDER BY score DESC LIMIT 2')).toEqual({ groups: [1, 1], cut: [['b'], ['c']] });
    expect(await tiesOf('SELECT name, score * 10 AS points FROM t ORDER BY points DESC LIMIT 2')).toEqual({
      groups: [1, 1],
      cut: [['b', 20], ['c', 20]],
    });
    expect(await tiesOf('SELECT name FROM t ORDER BY score DESC LIMIT 1')).toBeUndefined();
    expect(await tiesOf('SELECT name FROM t ORDER BY score DESC LIMIT 3')).toEqual({ groups: [1, 2] });
    expect(await tiesOf('SELECT name FROM t ORDER BY score')).toEqual({ groups: [1, 2, 1] });
    expect(await tiesOf('SELECT name FROM t ORDER BY name')).toBeUndefined();
    expect(await tiesOf("SELECT name, score FROM t WHERE score > 1 UNION ALL SELECT 'e', 1 ORDER BY 2 DESC LIMIT 2")).toEqual({
      groups: [1, 1],
      cut: [['b', 2], ['c', 2]],
    });
    expect(await tiesOf("WITH s AS (SELECT * FROM t) SELECT name, score FROM s UNION SELECT 'e', 1 ORDER BY score * 2 DESC")).toEqual({ groups: [1, 2, 2] });
    expect(await tiesOf("SELECT name, score FROM t UNION SELECT 'e', 1 ORDER BY score")).toEqual({ groups: [2, 2, 1] });
  });

  it('accepts any of the tied rows, and nothing else', () => {
    const gold = { result: { columns: ['name'], rows: [['a'], ['b']] }, ordered: true, ties: { groups: [1, 1], cut: [['b'], ['c']] } };
    expect(compareToGold(gold, { columns: ['n'], rows: [['a'], ['c']] }).match).toBe(true);
    expect(compareToGold(gold, { columns: ['n'], rows: [['a'], ['b']] }).match).toBe(true);
    expect(compareToGold(gold, { columns: ['n'], rows: [['a'], ['d']] }).match).toBe(false);
    expect(compareToGold(gold, { columns: ['n'], rows: [['c'], ['a']] }).match).toBe(false);
    expect(compareToGold({ ...gold, ties: undefined }, { columns: ['n'], rows: [['a'], ['c']] }).match).toBe(false);
  });
});

describe('gold SQL references', () => {
  let instance: DuckDBInstance;
  let parser: DuckDBConnection;
  const catalog = {
    tables: [
      { name: 'Student', columns: ['StuID', 'Major', 'Age'] },
      { name: 'Has_Pet', columns: ['StuID', 'PetID'] },
      { name: 'Pets', columns: ['PetID', 'PetType', 'weight'] },
    ],
  };
  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
    parser = await instance.connect();
  });
  afterAll(() => {
    parser.closeSync();
    instance.closeSync();
  });
  const referencesOf = async (sql: string) => {
    const parsed = await serializeSql(parser, sql);
    if (!parsed.ok) throw new Error(parsed.error);
    return sqlReferences(parsed.statement, catalog);
  };

  it('resolves aliases per scope, subqueries and unqualified columns to catalog names', async () => {
    const references = await referencesOf(
      "SELECT major, age FROM student WHERE stuid NOT IN (SELECT T1.stuid FROM student AS T1 JOIN has_pet AS T2 ON T1.stuid = T2.stuid JOIN pets AS T3 ON T3.petid = T2.petid WHERE T3.pettype = 'cat')",
    );
    expect(references).toEqual({
      tables: ['Has_Pet', 'Pets', 'Student'],
      columns: ['Has_Pet.PetID', 'Has_Pet.StuID', 'Pets.PetID', 'Pets.PetType', 'Student.Age', 'Student.Major', 'Student.StuID'],
      ordered: false,
    });
  });

  it('leaves out output aliases and CTE names, expands *, and sees a top-level ORDER BY', async () => {
    const references = await referencesOf(
      'WITH heavy AS (SELECT petid AS id FROM pets WHERE weight > 10) SELECT count(*) AS n, T.* FROM heavy JOIN has_pet AS T ON T.petid = heavy.id GROUP BY ALL ORDER BY n',
    );
    expect(references.tables).toEqual(['Has_Pet', 'Pets']);
    expect(references.columns).toEqual(['Has_Pet.PetID', 'Has_Pet.StuID', 'Pets.PetID', 'Pets.weight']);
    expect(references.ordered).toBe(true);
    expect((await referencesOf('SELECT petid FROM pets UNION SELECT petid FROM has_pet')).ordered).toBe(false);
  });
});

describe('database cache', () => {
  it('reuses a built database and rebuilds it when a source file changes', async () => {
    const copy = path.join(scratch, 'mini-dataset');
    fs.mkdirSync(path.join(copy, 'databases'), { recursive: true });
    fs.cpSync(path.join(dataset, 'databases', 'pets_1'), path.join(copy, 'databases', 'pets_1'), { recursive: true });
    const entry = { ...loadBenchDataset(dataset).manifest.pets_1!, dir: path.join(copy, 'databases', 'pets_1') };
    const cache = path.join(scratch, 'db-cache');
    const first = await ensureBenchDatabase(copy, 'pets_1', entry, cache);
    const again = await ensureBenchDatabase(copy, 'pets_1', entry, cache);
    expect(first.built).toBe(true);
    expect(again).toEqual({ ...first, built: false });
    const schema = path.join(copy, 'databases', 'pets_1', 'schema.sql');
    fs.chmodSync(schema, 0o644);
    fs.appendFileSync(schema, '\n-- edited\n');
    const rebuilt = await ensureBenchDatabase(copy, 'pets_1', entry, cache);
    expect(rebuilt.built).toBe(true);
    expect(rebuilt.file).not.toBe(first.file);
    // Another checkout or an older sluice may still be reading the earlier build: it stays until unused for a day.
    expect(fs.existsSync(first.file)).toBe(true);
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    fs.utimesSync(first.file, twoDaysAgo, twoDaysAgo);
    fs.utimesSync(rebuilt.file, twoDaysAgo, twoDaysAgo);
    const reused = await ensureBenchDatabase(copy, 'pets_1', entry, cache);
    expect(reused.built).toBe(false);
    expect(fs.statSync(reused.file).mtimeMs).toBeGreaterThan(twoDaysAgo.getTime() + 1000);
    fs.appendFileSync(schema, '\n-- edited again\n');
    const third = await ensureBenchDatabase(copy, 'pets_1', entry, cache);
    expect(third.built).toBe(true);
    expect(fs.existsSync(first.file)).toBe(false);
    expect(fs.existsSync(rebuilt.file)).toBe(true);
  });
});

describe('sluice bench on eight public spider-dev questions', () => {
  const common = () => ({ dataset, filter: FILTER, limit: 8, concurrency: 2, cwd: scratch, env });

  it('scores 100% on the headline questions when replaying the gold SQL', async () => {
    const { report, outcomes } = await runBench({ ...common(), model: 'gold' });
    expect(report.all.questions).toBe(8);
    expect(Object.keys(report.per_db).sort()).toEqual(['concert_singer', 'pets_1']);
    expect(report.headline.questions).toBeGreaterThan(0);
    expect(report.headline.accuracy).toBe(1);
    expect(report.all.accuracy).toBe(1);
    expect(outcomes.every((outcome) => outcome.category === 'correct' && outcome.nodes.includes('execute_sql'))).toBe(true);
  });

  it('runs the offline model the same way and writes a well-formed report and JSONL log', async () => {
    const { report, outcomes } = await runBench({ ...common(), model: 'offline' });
    const out = path.join(scratch, 'report.json');
    writeBenchReport(out, report, outcomes);
    const written = BenchReportSchema.parse(JSON.parse(fs.readFileSync(out, 'utf8')));
    expect(written.model).toBe('offline');
    for (const share of [
      written.headline.accuracy,
      written.all.accuracy,
      written.schema_recall.tables,
      written.schema_recall.columns,
      ...Object.values(written.per_db).map((db) => db.all.accuracy),
    ]) {
      expect(share).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThanOrEqual(1);
    }
    expect(written.latency_ms.p95).toBeGreaterThanOrEqual(written.latency_ms.p50);
    const lines = fs.readFileSync(path.join(scratch, 'report.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(8);
    for (const line of lines) QuestionOutcomeSchema.parse(JSON.parse(line));
  });

  it('is the `sluice bench` command: a table on stdout, the report and the JSONL log with --out', async () => {
    const out = path.join(scratch, 'cli', 'gold.json');
    const result = await runCli(['bench', '--dataset', dataset, '--model', 'gold', '--filter', FILTER, '--limit', '3', '--out', out], {
      cwd: scratch,
      env: { SLUICE_CACHE_DIR: env.SLUICE_CACHE_DIR },
    });
    expect(result.stderr).toContain('[3/3]');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/overall\s+│ 100\.0% 3\/3/);
    const report = BenchReportSchema.parse(JSON.parse(fs.readFileSync(out, 'utf8')));
    expect(report.questions_file).toBe(path.join(scratch, 'cli', 'gold.jsonl'));
    expect(fs.readFileSync(report.questions_file!, 'utf8').trim().split('\n')).toHaveLength(3);
    const usage = await runCli(['bench', '--dataset', path.join(scratch, 'no-such-dataset')], { cwd: scratch });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('dataset folder not found');
  });
});
