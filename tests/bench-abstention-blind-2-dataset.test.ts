import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BenchReportSchema } from '../src/bench/bench-report-schema.js';
import { ensureBenchDatabase } from '../src/bench/build-bench-database.js';
import { loadBenchDataset } from '../src/bench/load-bench-dataset.js';
import { REPO_ROOT, runCli, tempDir } from './helpers/run-cli.js';

/** bench/datasets/abstention-blind-2 (held_out_4) is a valid dataset; this checks the set, not how sluice's abstention rule scores on it. */
const DATASET = path.join(REPO_ROOT, 'bench/datasets/abstention-blind-2');
const CATEGORIES: Record<string, string[]> = {
  unanswerable: ['general_knowledge', 'opinion', 'other_company', 'missing_column', 'future', 'table_only', 'partly_answerable'],
  near_miss: ['synonym', 'paraphrase', 'abbreviation', 'value', 'jargon', 'verb_form'],
};
const GENERATED = ['bistro', 'football_league', 'issue_tracker'];

let scratch: string;
beforeAll(() => {
  scratch = tempDir('sluice-abstention-blind-2-');
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('the second blind abstention dataset', () => {
  it('loads, with unique ids, and tags every question held_out_4 and exactly one category of its kind', () => {
    const dataset = loadBenchDataset(DATASET);
    const { questions } = dataset;
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    const untagged = questions.filter((q) => {
      const categories = CATEGORIES[q.kind ?? ''] ?? [];
      return !q.tags.includes('held_out_4') || q.tags.filter((tag) => categories.includes(tag)).length !== 1;
    });
    expect(untagged.map((q) => q.id)).toEqual([]);
    const misfiled = questions.filter((q) => (q.kind === 'unanswerable') !== (q.answerable === false) || (q.answerable && !q.gold_sql));
    expect(misfiled.map((q) => q.id)).toEqual([]);
    // Spread over every database: each has questions of both kinds.
    for (const dbId of Object.keys(dataset.manifest)) {
      const own = questions.filter((q) => q.db_id === dbId);
      expect(own.filter((q) => q.kind === 'unanswerable').length, dbId).toBeGreaterThanOrEqual(5);
      expect(own.filter((q) => q.kind === 'near_miss').length, dbId).toBeGreaterThanOrEqual(5);
    }
    expect(questions.filter((q) => q.kind === 'unanswerable').length).toBeGreaterThanOrEqual(45);
    expect(questions.filter((q) => q.kind === 'near_miss').length).toBeGreaterThanOrEqual(45);
  });

  it('takes the demo from the folder that holds it, and holds its own three', () => {
    const dataset = loadBenchDataset(DATASET);
    const where = Object.fromEntries(Object.entries(dataset.manifest).map(([dbId, entry]) => [dbId, path.relative(REPO_ROOT, path.dirname(path.dirname(entry.dir)))]));
    expect(where).toEqual({
      demo: path.join('bench', 'datasets', 'abstention'),
      bistro: path.join('bench', 'datasets', 'abstention-blind-2'),
      football_league: path.join('bench', 'datasets', 'abstention-blind-2'),
      issue_tracker: path.join('bench', 'datasets', 'abstention-blind-2'),
    });
  });

  it('ships the invented databases exactly as make-databases.mjs writes them', () => {
    const out = path.join(scratch, 'generated');
    const result = spawnSync(process.execPath, [path.join(DATASET, 'make-databases.mjs'), '--out', out], { encoding: 'utf8', timeout: 60_000 });
    expect(result.status, result.stderr).toBe(0);
    for (const dbId of GENERATED) {
      const committed = path.join(DATASET, 'databases', dbId, 'data');
      const written = path.join(out, 'databases', dbId, 'data');
      expect(filesUnder(committed)).toEqual(filesUnder(written));
      const stale = filesUnder(written).filter((file) => !fs.readFileSync(path.join(written, file)).equals(fs.readFileSync(path.join(committed, file))));
      expect(stale, `${dbId}: run node bench/datasets/abstention-blind-2/make-databases.mjs and re-check the gold SQL`).toEqual([]);
    }
  });

  it('loads every CSV row and has gold SQL that runs on its database and returns rows', async () => {
    const dataset = loadBenchDataset(DATASET);
    const cache = path.join(scratch, 'cache');
    const empty: string[] = [];
    for (const [dbId, entry] of Object.entries(dataset.manifest)) {
      const { file } = await ensureBenchDatabase(dataset.dir, dbId, entry, cache);
      const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
      const connection = await instance.connect();
      try {
        for (const table of entry.csv_present) {
          const lines = fs.readFileSync(path.join(entry.dir, 'data', `${table}.csv`), 'utf8').trim().split('\n').length - 1;
          const loaded = (await connection.runAndReadAll(`SELECT count(*) FROM "${table}"`)).getRows()[0]?.[0];
          expect(Number(loaded), `${dbId}.${table}`).toBe(lines);
        }
        for (const question of dataset.questions.filter((q) => q.db_id === dbId && q.gold_sql)) {
          for (const sql of [question.gold_sql!, ...question.gold_sql_alternatives]) {
            const rows = (await connection.runAndReadAll(sql)).getRows();
            const blank = rows.length === 0 || rows.every((row) => row.every((value) => value === null));
            if (blank) empty.push(`${question.id}: ${sql}`);
          }
        }
      } finally {
        connection.closeSync();
        instance.closeSync();
      }
    }
    expect(empty).toEqual([]);
  }, 300_000);

  it('scores every near-miss right when the golds are submitted as predictions through the CLI', async () => {
    const dataset = loadBenchDataset(DATASET);
    const predictions = path.join(scratch, 'gold-predictions.jsonl');
    fs.writeFileSync(predictions, dataset.questions.map((q) => JSON.stringify({ id: q.id, sql: q.gold_sql ?? null })).join('\n'));
    const out = path.join(scratch, 'report.json');
    const result = await runCli(['bench', '--dataset', DATASET, '--predictions', predictions, '--concurrency', '2', '--out', out], {
      cwd: scratch,
      env: { SLUICE_CACHE_DIR: path.join(scratch, 'cache') },
      timeoutMs: 300_000,
    });
    expect(result.code, result.stderr).toBe(0);
    const report = BenchReportSchema.parse(JSON.parse(fs.readFileSync(out, 'utf8')));
    expect(report.failures.gold_error).toBe(0);
    expect(report.all).toMatchObject({ questions: dataset.questions.length, correct: dataset.questions.length });
  }, 320_000);
});
