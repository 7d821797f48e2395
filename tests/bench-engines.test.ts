import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BenchReportSchema } from '../src/bench/bench-report-schema.js';
import { loadBenchDataset } from '../src/bench/load-bench-dataset.js';
import { runBench, type BenchOptions } from '../src/bench/run-bench.js';
import { splitSqlScript } from '../src/bench/split-sql-script.js';
import { POSTGRES_ADMIN_URL, scratchName, withDatabase, connectPostgresAdmin } from './helpers/real-servers.js';
import { REPO_ROOT, runCli } from './helpers/run-cli.js';

const fixtures = path.join(REPO_ROOT, 'tests/fixtures/bench');
const postgresDataset = path.join(fixtures, 'spider-mini-postgres');
const sqliteDataset = path.join(fixtures, 'spider-mini-sqlite');
const database = scratchName('benchpg');
const databaseUrl = withDatabase(POSTGRES_ADMIN_URL, database);

let scratch: string;
let env: NodeJS.ProcessEnv;
let admin: pg.Client;

beforeAll(async () => {
  admin = await connectPostgresAdmin();
  await admin.query(`CREATE DATABASE ${database}`);
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-bench-engines-'));
  env = { ...process.env, SLUICE_CACHE_DIR: path.join(scratch, 'cache') };
  delete env.OPENAI_API_KEY;
  fs.writeFileSync(path.join(scratch, 'sluice.yml'), `namespaces:\n  benchpg:\n    type: postgres\n    url: ${databaseUrl}\n  other:\n    type: duckdb\n    path: none.duckdb\n`);
});
afterAll(async () => {
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** Runs the bench and keeps its status lines (built / cached per database). */
async function bench(options: Partial<BenchOptions> & { dataset: string }) {
  const status: string[] = [];
  const run = await runBench({ cwd: scratch, env, concurrency: 2, model: 'gold', ...options, onStatus: (line) => status.push(line) });
  return { ...run, status };
}

describe('dataset manifests name their dialect', () => {
  it('reads "dialect" as the engine, not as a database, and defaults to duckdb', () => {
    const postgres = loadBenchDataset(postgresDataset);
    expect(postgres.dialect).toBe('postgres');
    expect(Object.keys(postgres.manifest).sort()).toEqual(['concert_singer', 'pets_1']);
    expect(loadBenchDataset(path.join(fixtures, 'spider-mini')).dialect).toBe('duckdb');
  });

  it('refuses an unknown dialect in one line that says where', () => {
    const copy = path.join(scratch, 'bad-dialect');
    fs.cpSync(postgresDataset, copy, { recursive: true });
    const manifest = JSON.parse(fs.readFileSync(path.join(copy, 'manifest.json'), 'utf8'));
    fs.writeFileSync(path.join(copy, 'manifest.json'), JSON.stringify({ ...manifest, dialect: 'oracle' }));
    expect(() => loadBenchDataset(copy)).toThrow(/manifest\.json: dialect: .*"postgres"/);
  });

  it('splits a schema.sql at semicolons outside quotes and comments', () => {
    expect(splitSqlScript(`-- a; comment\nCREATE TABLE "t;x" (a text);\nINSERT INTO "t;x" VALUES ('a;b'), ('it''s; fine');\n/* ; */ SELECT 1;\n`)).toEqual([
      `-- a; comment\nCREATE TABLE "t;x" (a text)`,
      `INSERT INTO "t;x" VALUES ('a;b'), ('it''s; fine')`,
      '/* ; */ SELECT 1',
    ]);
  });
});

describe('sluice bench on a PostgreSQL dataset (real server)', () => {
  it('loads each database into its own schema and replays the gold SQL at 100%', async () => {
    const { report, outcomes, status } = await bench({ dataset: postgresDataset, namespace: 'benchpg' });
    expect(status.filter((line) => line.startsWith('built '))).toHaveLength(2);
    expect(status.join('\n')).toContain('schema sluice_bench_concert_singer');
    expect(report.dialect).toBe('postgres');
    expect(report.all.questions).toBe(8);
    expect(report.headline.questions).toBeGreaterThan(0);
    expect(report.headline.accuracy).toBe(1);
    expect(report.all.accuracy).toBe(1);
    expect(outcomes.every((outcome) => outcome.attempts.length > 0 && outcome.category === 'correct')).toBe(true);
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client
      .query(`SELECT table_schema, count(*)::int AS tables FROM information_schema.tables WHERE table_schema LIKE 'sluice_bench_%' GROUP BY 1 ORDER BY 1`)
      .finally(() => client.end());
    expect(rows).toEqual([
      { table_schema: 'sluice_bench_concert_singer', tables: 4 },
      { table_schema: 'sluice_bench_pets_1', tables: 3 },
    ]);
  });

  it('reuses the loaded schemas, and rebuilds only the database whose files changed', async () => {
    const again = await bench({ dataset: postgresDataset, namespace: 'benchpg' });
    expect(again.status.filter((line) => line.startsWith('cached '))).toHaveLength(2);
    expect(again.report.all.accuracy).toBe(1);

    const copy = path.join(scratch, 'spider-mini-postgres');
    fs.cpSync(postgresDataset, copy, { recursive: true });
    const schema = path.join(copy, 'databases', 'pets_1', 'schema.sql');
    fs.appendFileSync(schema, "\nINSERT INTO \"Pets\" (\"PetID\", \"PetType\", \"pet_age\", \"weight\") VALUES (9999, 'axolotl', 1, 0.1);\n");
    const edited = await bench({ dataset: copy, namespace: 'benchpg' });
    expect(edited.status.find((line) => line.includes('pets_1'))).toMatch(/^built /);
    expect(edited.status.find((line) => line.includes('concert_singer'))).toMatch(/^cached /);
    const petsCount = edited.outcomes.find((outcome) => outcome.id === 'spider_dev_0045');
    expect(petsCount?.correct).toBe(true);
  });

  it('is `sluice bench --url`: the table on stdout at 100%, and one clear line for a missing server name', async () => {
    const cli = await runCli(['bench', '--dataset', postgresDataset, '--url', databaseUrl, '--model', 'gold', '--limit', '3', '--out', path.join(scratch, 'cli.json')], {
      cwd: scratch,
      env: { SLUICE_CACHE_DIR: env.SLUICE_CACHE_DIR },
    });
    expect(cli.stderr).toContain('[3/3]');
    expect(cli.code).toBe(0);
    expect(cli.stdout).toMatch(/overall\s+│ 100\.0% 3\/3/);
    expect(BenchReportSchema.parse(JSON.parse(fs.readFileSync(path.join(scratch, 'cli.json'), 'utf8'))).dialect).toBe('postgres');
    expect(cli.stderr).not.toContain('sluice:sluice@');

    const missing = await runCli(['bench', '--dataset', postgresDataset, '--model', 'gold'], { cwd: scratch });
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('--namespace NS');
    const wrongType = await runCli(['bench', '--dataset', postgresDataset, '--namespace', 'other', '--model', 'gold'], { cwd: scratch });
    expect(wrongType.code).toBe(2);
    expect(wrongType.stderr).toContain('namespace "other" is a duckdb namespace');
  });
});

describe('sluice bench on a SQLite dataset', () => {
  it('builds one file per database in the cache and replays the gold SQL at 100%', async () => {
    const { report, status } = await bench({ dataset: sqliteDataset });
    expect(status.filter((line) => line.startsWith('built ') && line.endsWith('.sqlite'))).toHaveLength(2);
    expect(report.dialect).toBe('sqlite');
    expect(report.all.questions).toBe(8);
    expect(report.all.accuracy).toBe(1);
    const again = await bench({ dataset: sqliteDataset });
    expect(again.status.filter((line) => line.startsWith('cached '))).toHaveLength(2);
  });
});
