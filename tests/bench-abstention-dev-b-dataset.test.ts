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
 * abstention-dev-b, the development set for abstention, is a valid dataset: this checks the set, not how sluice's
 * abstention rule scores on it.
 */
const CATEGORIES: Record<string, string[]> = {
  unanswerable: ['general_knowledge', 'opinion', 'other_company', 'missing_column', 'future', 'table_only', 'partly_answerable'],
  near_miss: ['synonym', 'paraphrase', 'abbreviation', 'value', 'jargon', 'verb_form'],
};
const FOLDER = path.join('bench', 'datasets', 'abstention-dev-b');
const GENERATED = ['factory', 'charity', 'cinema'];
const HOMES = { course_teach: path.join('bench', 'datasets', 'abstention'), network_1: path.join('bench', 'datasets', 'abstention'), factory: FOLDER, charity: FOLDER, cinema: FOLDER };

describe('the abstention development set abstention-dev-b', () => {
  const datasetDir = path.join(REPO_ROOT, FOLDER);
  let scratch: string;
  beforeAll(() => {
    scratch = tempDir('sluice-abstention-dev-b-');
  });
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('loads, with unique ids, and tags every question dev_b and exactly one category of its kind', () => {
    const dataset = loadBenchDataset(datasetDir);
    const { questions } = dataset;
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    expect(new Set(questions.map((q) => q.question.toLowerCase())).size).toBe(questions.length);
    const untagged = questions.filter((q) => {
      const categories = CATEGORIES[q.kind ?? ''] ?? [];
      return !q.tags.includes('dev_b') || q.tags.filter((tag) => categories.includes(tag)).length !== 1;
    });
    expect(untagged.map((q) => q.id)).toEqual([]);
    const misfiled = questions.filter((q) => (q.kind === 'unanswerable') !== (q.answerable === false) || (q.answerable && !q.gold_sql));
    expect(misfiled.map((q) => q.id)).toEqual([]);
    for (const dbId of Object.keys(dataset.manifest)) {
      const own = questions.filter((q) => q.db_id === dbId);
      expect(own.filter((q) => q.kind === 'unanswerable').length, dbId).toBeGreaterThanOrEqual(10);
      expect(own.filter((q) => q.kind === 'near_miss').length, dbId).toBeGreaterThanOrEqual(7);
    }
    const unanswerable = questions.filter((q) => q.kind === 'unanswerable');
    expect(unanswerable.length).toBeGreaterThanOrEqual(70);
    expect(questions.filter((q) => q.kind === 'near_miss').length).toBeGreaterThanOrEqual(50);
    // Every category has questions; missing columns, the most common real case, are about half the unanswerable ones.
    for (const [kind, categories] of Object.entries(CATEGORIES)) {
      for (const category of categories) expect(questions.filter((q) => q.kind === kind && q.tags.includes(category)).length, category).toBeGreaterThanOrEqual(4);
    }
    const missing = unanswerable.filter((q) => q.tags.includes('missing_column')).length;
    expect(missing / unanswerable.length).toBeGreaterThanOrEqual(0.4);
    expect(missing / unanswerable.length).toBeLessThanOrEqual(0.65);
  });

  it('takes the Spider databases from the folder that holds them, and holds its own', () => {
    const dataset = loadBenchDataset(datasetDir);
    const where = Object.fromEntries(Object.entries(dataset.manifest).map(([dbId, entry]) => [dbId, path.relative(REPO_ROOT, path.dirname(path.dirname(entry.dir)))]));
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
      expect(stale, `${dbId}: run node ${FOLDER}/make-databases.mjs and re-check the gold SQL`).toEqual([]);
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
