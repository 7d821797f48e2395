import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BenchReportSchema } from '../src/bench/bench-report-schema.js';
import { runCli, tempDir } from './helpers/run-cli.js';

/**
 * A manifest entry {"from": {"dataset": ..., "db_id": ...}} uses another dataset's database (docs/bench-datasets.md),
 * through the real CLI on datasets written into a temp folder:
 *
 *   scratch/datasets/shop      the database's own files
 *   scratch/datasets/quiz      questions whose databases come from ../shop
 *   scratch/elsewhere/shop     a dataset outside datasets/, which only a wider "from_root" may reach
 */
let scratch: string;
let env: Record<string, string>;

const SHOP_MANIFEST = { shop: { tables_in_load_order: ['orders'], csv_present: ['orders'], csv_missing: [] } };

function writeDataset(dir: string, manifest: object, questions: object[] = [], files: Record<string, string> = {}): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  fs.writeFileSync(path.join(dir, 'questions.jsonl'), questions.map((q) => JSON.stringify(q)).join('\n'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function writeShop(dir: string, rows: number[]): string {
  return writeDataset(dir, SHOP_MANIFEST, [{ id: 's1', db_id: 'shop', question: 'How many orders?', gold_sql: 'SELECT count(*) FROM orders' }], {
    'databases/shop/schema.sql': 'CREATE TABLE orders (id INTEGER, amount DOUBLE);\n',
    'databases/shop/data/orders.csv': `id,amount\n${rows.map((amount, index) => `${index + 1},${amount}`).join('\n')}\n`,
  });
}

/** A dataset named quiz whose manifest is `manifest`, with one question per db_id: the sum of its order amounts. */
function writeQuiz(dir: string, manifest: Record<string, unknown>): string {
  const dbIds = Object.keys(manifest).filter((key) => !['dialect', 'current_date', 'from_root'].includes(key));
  return writeDataset(
    dir,
    manifest,
    dbIds.map((dbId) => ({ id: `total_${dbId}`, db_id: dbId, question: 'What do the orders come to?', gold_sql: 'SELECT sum(amount) FROM orders' })),
  );
}

async function bench(dataset: string, extra: string[] = []) {
  return runCli(['bench', '--dataset', dataset, ...extra], { cwd: scratch, env });
}

/** Runs `bench --predictions` with one SQL for every question of the dataset and returns the report. */
async function scorePredictions(dataset: string, sql: string) {
  const ids = fs
    .readFileSync(path.join(dataset, 'questions.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { id: string }).id);
  const predictions = path.join(scratch, `predictions-${path.basename(dataset)}-${ids.length}.jsonl`);
  fs.writeFileSync(predictions, ids.map((id) => JSON.stringify({ id, sql })).join('\n'));
  const out = path.join(scratch, `report-${path.basename(dataset)}-${Date.now()}.json`);
  const result = await bench(dataset, ['--predictions', predictions, '--out', out]);
  expect(result.code, result.stderr).toBe(0);
  return BenchReportSchema.parse(JSON.parse(fs.readFileSync(out, 'utf8')));
}

function expectOneLineError(result: { code: number | null; stderr: string }, message: RegExp): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr).toMatch(message);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

beforeAll(() => {
  scratch = tempDir('sluice-bench-from-');
  env = { SLUICE_CACHE_DIR: path.join(scratch, 'cache') };
  writeShop(path.join(scratch, 'datasets/shop'), [10, 20, 12.5]);
  writeShop(path.join(scratch, 'elsewhere/shop'), [1000]);
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('a database taken from another dataset', () => {
  it('is built from that dataset\'s files, under this db_id or another', async () => {
    const quiz = writeQuiz(path.join(scratch, 'datasets/quiz'), {
      shop: { from: { dataset: '../shop' } },
      store: { from: { dataset: '../shop', db_id: 'shop' } },
    });
    const gold = await bench(quiz, ['--model', 'gold']);
    expect(gold.code, gold.stderr).toBe(0);
    expect(gold.stdout).toMatch(/overall\s+│ 100\.0% 2\/2 │/);
    // The right total is right and a wrong one wrong: the rows are the shop's, 10 + 20 + 12.5.
    expect((await scorePredictions(quiz, 'SELECT 42.5')).all).toMatchObject({ questions: 2, correct: 2 });
    expect((await scorePredictions(quiz, 'SELECT 42')).all).toMatchObject({ questions: 2, correct: 0 });
  }, 120_000);

  it('works the same on another engine: a sqlite dataset\'s database, rows as INSERTs', async () => {
    writeDataset(path.join(scratch, 'datasets/lite'), { dialect: 'sqlite', shop: { tables_in_load_order: ['orders'], csv_present: [], csv_missing: [] } }, [], {
      'databases/shop/schema.sql': 'CREATE TABLE orders (id INTEGER, amount REAL);\nINSERT INTO orders VALUES (1, 40), (2, 2.5);\n',
    });
    const quiz = writeQuiz(path.join(scratch, 'datasets/lite-quiz'), { dialect: 'sqlite', shop: { from: { dataset: '../lite' } } });
    expect((await scorePredictions(quiz, 'SELECT 42.5')).all.correct).toBe(1);
    expect((await scorePredictions(quiz, 'SELECT 42')).all.correct).toBe(0);
  }, 120_000);

  it('follows the files: an edited CSV of the other dataset gives a rebuild and new answers', async () => {
    const shop = writeShop(path.join(scratch, 'datasets/shop2'), [1, 2]);
    const quiz = writeQuiz(path.join(scratch, 'datasets/quiz2'), { shop: { from: { dataset: '../shop2' } } });
    expect((await scorePredictions(quiz, 'SELECT 3')).all.correct).toBe(1);
    fs.writeFileSync(path.join(shop, 'databases/shop/data/orders.csv'), 'id,amount\n1,1\n2,2\n3,4\n');
    expect((await scorePredictions(quiz, 'SELECT 3')).all.correct).toBe(0);
    expect((await scorePredictions(quiz, 'SELECT 7')).all.correct).toBe(1);
  }, 120_000);

  it('reaches past the folder holding this dataset only as far as "from_root" allows', async () => {
    const outside = writeQuiz(path.join(scratch, 'datasets/outside'), { shop: { from: { dataset: '../../elsewhere/shop' } } });
    expectOneLineError(await bench(outside, ['--model', 'gold']), /elsewhere[/\\]shop is outside .*datasets, the folder this dataset's "from_root" \(".."\) lets it reach/);
    const allowed = writeQuiz(path.join(scratch, 'datasets/allowed'), { from_root: '../..', shop: { from: { dataset: '../../elsewhere/shop' } } });
    expect((await scorePredictions(allowed, 'SELECT 1000')).all.correct).toBe(1);
  }, 120_000);

  it('does not escape through a symbolic link', async () => {
    fs.symlinkSync(path.join(scratch, 'elsewhere/shop'), path.join(scratch, 'datasets/linked'), 'dir');
    const quiz = writeQuiz(path.join(scratch, 'datasets/via-link'), { shop: { from: { dataset: '../linked' } } });
    expectOneLineError(await bench(quiz, ['--model', 'gold']), /elsewhere[/\\]shop is outside/);
  }, 60_000);

  it('refuses what is not a reference it can follow, in one line naming the database', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ shop: { from: { dataset: '../nowhere' } } }, /database "shop": from "..\/nowhere": no dataset there \(.*nowhere[/\\]manifest.json not found\)/],
      [{ shop: { from: { dataset: path.join(scratch, 'datasets/shop') } } }, /shop.from.dataset: a path relative to this dataset folder/],
      [{ from_root: '/', shop: { from: { dataset: '../shop' } } }, /from_root: an ancestor of the dataset folder: "..", "..\/..", .../],
      [{ from_root: '../datasets', shop: { from: { dataset: '../shop' } } }, /from_root: an ancestor of the dataset folder/],
      [{ shop: { from: { dataset: '../shop', db_id: 'warehouse' } } }, /from "..\/shop": that dataset has no database "warehouse"/],
      [{ shop: { from: { dataset: '../shop' }, csv_present: [] } }, /shop: Unrecognized key: "csv_present"/],
      [{ shop: { from: { dataset: '.' } } }, /from ".": that is this dataset itself/],
      [{ shop: { from: { dataset: '../quiz' } } }, /"shop" there takes its files from yet another dataset; name that one instead/],
      [{ dialect: 'sqlite', shop: { from: { dataset: '../shop' } } }, /that dataset is duckdb, this one sqlite/],
    ];
    for (const [index, [manifest, message]] of cases.entries()) {
      const dataset = writeQuiz(path.join(scratch, `datasets/bad-${index}`), manifest);
      expectOneLineError(await bench(dataset, ['--model', 'gold']), message);
    }
  }, 120_000);
});
