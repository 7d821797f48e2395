import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBenchDatabase } from '../src/bench/build-bench-database.js';
import { loadBenchDataset } from '../src/bench/load-bench-dataset.js';
import { differingFiles, filesUnder } from './helpers/files-under.js';
import { REPO_ROOT, tempDir } from './helpers/run-cli.js';
import { expectGoldsScoreRight } from './helpers/score-golds-as-predictions.js';

/**
 * bench/datasets/abstention-dev-a, the development set for abstention (tag dev_a), is a valid dataset: this checks the
 * set, not how sluice's abstention rule scores on it.
 */
const CATEGORIES: Record<string, string[]> = {
  unanswerable: ['general_knowledge', 'opinion', 'other_company', 'missing_column', 'future', 'table_only', 'partly_answerable'],
  near_miss: ['synonym', 'paraphrase', 'abbreviation', 'value', 'jargon', 'verb_form'],
};
const TAG = 'dev_a';
const DEV_A = path.join('bench', 'datasets', 'abstention-dev-a');
const GENERATED = ['transit', 'research_grants', 'marketplace'];
const HOMES = {
  flight_2: path.join('bench', 'datasets', 'abstention'),
  wta_1: path.join('bench', 'datasets', 'abstention-blind'),
  transit: DEV_A,
  research_grants: DEV_A,
  marketplace: DEV_A,
};

describe('the abstention development set abstention-dev-a', () => {
  const datasetDir = path.join(REPO_ROOT, DEV_A);
  let scratch: string;
  beforeAll(() => {
    scratch = tempDir('sluice-abstention-dev-a-');
  });
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it(`loads, with unique ids, and tags every question ${TAG} and exactly one category of its kind`, () => {
    const { questions, manifest } = loadBenchDataset(datasetDir);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    const untagged = questions.filter((q) => {
      const categories = CATEGORIES[q.kind ?? ''] ?? [];
      return !q.tags.includes(TAG) || q.tags.filter((tag) => categories.includes(tag)).length !== 1;
    });
    expect(untagged.map((q) => q.id)).toEqual([]);
    const misfiled = questions.filter((q) => (q.kind === 'unanswerable') !== (q.answerable === false) || (q.answerable && !q.gold_sql));
    expect(misfiled.map((q) => q.id)).toEqual([]);
    for (const dbId of Object.keys(manifest)) {
      const own = questions.filter((q) => q.db_id === dbId);
      expect(own.filter((q) => q.kind === 'unanswerable').length, dbId).toBeGreaterThanOrEqual(10);
      expect(own.filter((q) => q.kind === 'near_miss').length, dbId).toBeGreaterThanOrEqual(8);
    }
    const unanswerable = questions.filter((q) => q.kind === 'unanswerable');
    expect(unanswerable.length).toBeGreaterThanOrEqual(70);
    expect(questions.filter((q) => q.kind === 'near_miss').length).toBeGreaterThanOrEqual(50);
    // Missing attributes are the most common real case: about half of the unanswerable questions.
    const missing = unanswerable.filter((q) => q.tags.includes('missing_column')).length;
    expect(missing / unanswerable.length).toBeGreaterThanOrEqual(0.45);
    // Every category is there, and no question text is asked twice.
    for (const category of Object.values(CATEGORIES).flat()) {
      expect(questions.filter((q) => q.tags.includes(category)).length, category).toBeGreaterThanOrEqual(5);
    }
    const texts = questions.map((q) => q.question.toLowerCase().replace(/\W+/g, ' ').trim());
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('takes flight_2 and wta_1 from the datasets that hold them, and holds its three invented databases', () => {
    const { manifest } = loadBenchDataset(datasetDir);
    const where = Object.fromEntries(Object.entries(manifest).map(([dbId, entry]) => [dbId, path.relative(REPO_ROOT, path.dirname(path.dirname(entry.dir)))]));
    expect(where).toEqual(HOMES);
  });

  it('ships the invented databases exactly as make-databases.mjs writes them', () => {
    const out = path.join(scratch, 'generated');
    const result = spawnSync(process.execPath, [path.join(datasetDir, 'make-databases.mjs'), '--out', out], { encoding: 'utf8', timeout: 60_000 });
    expect(result.status, result.stderr).toBe(0);
    for (const dbId of GENERATED) {
      const committed = path.join(datasetDir, 'databases', dbId, 'data');
      const written = path.join(out, 'databases', dbId, 'data');
      expect(filesUnder(committed)).toEqual(filesUnder(written));
      const stale = differingFiles(committed, written);
      expect(stale, `${dbId}: run node ${DEV_A}/make-databases.mjs and re-check the gold SQL`).toEqual([]);
    }
  });

  it('loads every CSV row and has gold SQL that runs on its database and returns rows', async () => {
    const dataset = loadBenchDataset(datasetDir);
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
    await expectGoldsScoreRight(datasetDir, scratch);
  }, 320_000);
});
