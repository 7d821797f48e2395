import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BenchQuestionSchema } from '../src/bench/bench-dataset-schema.js';
import { loadBenchDataset } from '../src/bench/load-bench-dataset.js';
import { REPO_ROOT, runCli } from './helpers/run-cli.js';

/**
 * The fixtures are Spider's and BIRD's release layouts with each database as the SQL script that makes it
 * (<db>.sql beside where <db>.sqlite belongs): reviewable text in git instead of binary files. The tests copy
 * them to a scratch folder and build each .sqlite there with better-sqlite3, as the releases ship them.
 */
const published = path.join(REPO_ROOT, 'tests/fixtures/published');
const BENCH_TIMEOUT_MS = 240_000;

let scratch: string;
let env: Record<string, string>;
let spiderSrc: string;
let birdSrc: string;

/** A fresh copy of a release fixture with its .sqlite files built from their scripts. */
function release(suite: 'spider' | 'bird', name = suite): string {
  const copy = path.join(scratch, 'releases', name);
  fs.cpSync(path.join(published, suite), copy, { recursive: true });
  for (const entry of fs.readdirSync(copy, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.sql')) continue;
    const script = path.join(entry.parentPath, entry.name);
    const database = new Database(script.replace(/\.sql$/, '.sqlite'));
    database.exec(fs.readFileSync(script, 'utf8'));
    database.close();
    fs.rmSync(script);
  }
  return copy;
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const cli = (args: string[], timeoutMs = 60_000) => runCli(args, { cwd: scratch, env, timeoutMs });
const readQuestions = (dir: string) =>
  fs
    .readFileSync(path.join(dir, 'questions.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => BenchQuestionSchema.parse(JSON.parse(line)));

/** Every file under the dataset's databases/ folder with its hash, to prove the bench wrote nothing there. */
function databaseFiles(dataset: string): Record<string, string> {
  const root = path.join(dataset, 'databases');
  return Object.fromEntries(
    fs
      .readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .map((file) => [path.relative(root, file), sha256(file)]),
  );
}

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-bench-import-'));
  env = { SLUICE_CACHE_DIR: path.join(scratch, 'cache'), SLUICE_STATE_DIR: path.join(scratch, 'state') };
  spiderSrc = release('spider');
  birdSrc = release('bird');
});
afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe('sluice bench import spider', () => {
  it('turns the release into a sqlite dataset that --model gold scores 100% without writing to the databases', async () => {
    const out = path.join(scratch, 'spider-dataset');
    const imported = await cli(['bench', 'import', 'spider', spiderSrc, out]);
    expect(imported.stderr).toMatch(/^\[1\/2\] city_library: .*3 tables, 8 questions$/m);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`imported 15 questions over 2 databases into ${out}`);
    expect(imported.stdout).toContain('gold SQL rejected by SQLite: 0');
    expect(imported.stdout).toContain('put in single quotes: 4');

    const dataset = loadBenchDataset(out);
    expect(dataset.dialect).toBe('sqlite');
    // tables.json lists a third database no question uses: it is not imported.
    expect(Object.keys(dataset.manifest).sort()).toEqual(['city_library', 'football_league']);
    expect(dataset.manifest.city_library).toMatchObject({ sqlite_file: 'city_library.sqlite', tables_in_load_order: ['branch', 'member', 'loan'] });
    expect(sha256(path.join(out, 'databases/city_library/city_library.sqlite'))).toBe(sha256(path.join(spiderSrc, 'database/city_library/city_library.sqlite')));
    const questions = readQuestions(out);
    expect(questions.map((question) => question.id).slice(0, 2)).toEqual(['spider_dev_0000', 'spider_dev_0001']);
    const springfield = questions.find((question) => question.question.includes('Springfield'))!;
    expect(springfield.gold_sql).toBe(`SELECT Name FROM branch WHERE City  =  'Springfield'`);
    expect(springfield.tags).toEqual(['gold_string_literals_requoted']);
    expect(questions.every((question) => question.verified_against_sqlite)).toBe(true);

    const before = databaseFiles(out);
    const reportFile = path.join(scratch, 'spider-gold.json');
    const bench = await cli(['bench', '--dataset', out, '--model', 'gold', '--concurrency', '2', '--out', reportFile], BENCH_TIMEOUT_MS);
    expect(bench.stderr).toContain(`opened read-only city_library: ${path.join(out, 'databases/city_library/city_library.sqlite')}`);
    expect(bench.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
    expect(report.dialect).toBe('sqlite');
    expect(report.all).toMatchObject({ questions: 15, correct: 15, accuracy: 1 });
    expect(databaseFiles(out)).toEqual(before);
  }, BENCH_TIMEOUT_MS);

  it('keeps a gold query SQLite rejects, tags it and counts it', async () => {
    const src = release('spider', 'spider-bad-gold');
    const devFile = path.join(src, 'dev.json');
    const dev = JSON.parse(fs.readFileSync(devFile, 'utf8'));
    dev.push({ db_id: 'city_library', question: 'Which branch names are there?', query: 'SELECT Nmae FROM branch' });
    dev.push({ db_id: 'city_library', question: 'Which branches opened before 1980?', query: 'SELECT Name FROM branch WHERE Opened_Year < 1980; ' });
    fs.writeFileSync(devFile, JSON.stringify(dev));
    const out = path.join(scratch, 'spider-bad-gold-dataset');
    const imported = await cli(['bench', 'import', 'spider', src, out]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('imported 17 questions');
    expect(imported.stdout).toContain('gold SQL rejected by SQLite: 1');
    expect(imported.stderr).toContain('gold rejected by SQLite: spider_dev_0015: no such column: Nmae');
    const rejected = readQuestions(out).find((question) => question.id === 'spider_dev_0015')!;
    expect(rejected).toMatchObject({ gold_sql: 'SELECT Nmae FROM branch', verified_against_sqlite: false, tags: ['gold_rejected_by_sqlite'] });
    // A trailing semicolon is no second statement.
    const semicolon = readQuestions(out).find((question) => question.id === 'spider_dev_0016')!;
    expect(semicolon).toMatchObject({ gold_sql: 'SELECT Name FROM branch WHERE Opened_Year < 1980', verified_against_sqlite: true, tags: [] });
  });
});

describe('sluice bench import bird', () => {
  it('carries evidence, difficulty and column descriptions, and --model gold scores 100%', async () => {
    const out = path.join(scratch, 'bird-dataset');
    const imported = await cli(['bench', 'import', 'bird', birdSrc, out]);
    expect(imported.stderr).toMatch(/^\[2\/2\] school_grades: .*2 tables, 5 questions$/m);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('imported 10 questions over 2 databases');
    expect(imported.stdout).toContain('4 column-description docs');
    expect(imported.stderr).not.toContain('warning');

    const questions = readQuestions(out);
    expect(questions[0]).toMatchObject({
      id: 'bird_dev_0000',
      db_id: 'bike_share',
      instructions: "subscriber refers to subscription_type = 'Subscriber'; more than an hour refers to duration > 3600",
      kind: 'simple',
    });
    // BIRD's empty evidence gives no instructions rather than an empty string.
    expect(questions.find((question) => question.question.startsWith('How many students'))!.instructions).toBeUndefined();
    expect(new Set(questions.map((question) => question.kind))).toEqual(new Set(['simple', 'moderate', 'challenging']));

    const dataset = loadBenchDataset(out);
    expect(dataset.manifest.bike_share).toMatchObject({ sqlite_file: 'bike_share.sqlite', docs: 'docs' });
    const trip = fs.readFileSync(path.join(out, 'databases/bike_share/docs/trip.md'), 'utf8');
    expect(trip).toContain('## trip.duration\n\nthe length of the trip\nFormat: integer.\nValues:\nunit: second');
    expect(trip).toContain('Values:\n• Subscriber: an annual member\n• Customer: a 24-hour or 3-day pass user');
    // schools.csv is latin-1, as some of BIRD's description files are.
    expect(fs.readFileSync(path.join(out, 'databases/school_grades/docs/schools.md'), 'utf8')).toContain('Café Academy is spelt with é');

    const before = databaseFiles(out);
    const reportFile = path.join(scratch, 'bird-gold.json');
    const bench = await cli(['bench', '--dataset', out, '--model', 'gold', '--concurrency', '2', '--out', reportFile], BENCH_TIMEOUT_MS);
    expect(bench.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
    expect(report.all).toMatchObject({ questions: 10, correct: 10, accuracy: 1 });
    expect(databaseFiles(out)).toEqual(before);
  }, BENCH_TIMEOUT_MS);

  it('runs the offline model end to end on both imported sets', async () => {
    for (const [suite, src, count] of [
      ['spider', spiderSrc, 15],
      ['bird', birdSrc, 10],
    ] as const) {
      const out = path.join(scratch, `${suite}-offline-dataset`);
      expect((await cli(['bench', 'import', suite, src, out])).code).toBe(0);
      const reportFile = path.join(scratch, `${suite}-offline.json`);
      const bench = await cli(['bench', '--dataset', out, '--model', 'offline', '--concurrency', '2', '--out', reportFile], BENCH_TIMEOUT_MS);
      expect(bench.stderr).not.toMatch(/^sluice: /m);
      expect(bench.code).toBe(0);
      const outcomes = fs.readFileSync(reportFile.replace(/\.json$/, '.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
      expect(outcomes).toHaveLength(count);
      // Each question ran through the workflow: SQL was tried, or the run declined it; the gold always ran.
      for (const outcome of outcomes) {
        expect(outcome.attempts.length > 0 || outcome.status === 'unanswerable', outcome.id).toBe(true);
        expect(outcome.category, outcome.id).not.toBe('gold_error');
      }
    }
  }, 2 * BENCH_TIMEOUT_MS);
});

describe('bad input to sluice bench import', () => {
  const oneLine = (stderr: string) => stderr.trim().split('\n');

  it('names the file a release is missing', async () => {
    const noTables = release('spider', 'spider-no-tables');
    fs.rmSync(path.join(noTables, 'tables.json'));
    const missingTables = await cli(['bench', 'import', 'spider', noTables, path.join(scratch, 'never-1')]);
    expect(missingTables.code).toBe(2);
    expect(oneLine(missingTables.stderr)).toEqual([`sluice: ${noTables} is not a Spider release: tables.json is missing (expected ${path.join(noTables, 'tables.json')})`]);

    const noDatabase = release('spider', 'spider-no-database');
    const gone = path.join(noDatabase, 'database/football_league/football_league.sqlite');
    fs.rmSync(gone);
    const missingDatabase = await cli(['bench', 'import', 'spider', noDatabase, path.join(scratch, 'never-2')]);
    expect(missingDatabase.code).toBe(2);
    expect(oneLine(missingDatabase.stderr)).toEqual([`sluice: database "football_league" (used by dev.json) has no SQLite file: ${gone} is missing`]);

    const zipped = release('bird', 'bird-zipped');
    fs.rmSync(path.join(zipped, 'dev_databases'), { recursive: true });
    fs.writeFileSync(path.join(zipped, 'dev_databases.zip'), '');
    const stillZipped = await cli(['bench', 'import', 'bird', zipped, path.join(scratch, 'never-3')]);
    expect(stillZipped.code).toBe(2);
    expect(oneLine(stillZipped.stderr)).toEqual([
      `sluice: ${zipped} is not a BIRD release: dev_databases/ is missing (expected ${path.join(zipped, 'dev_databases')}) (unzip dev_databases.zip there first)`,
    ]);

    const notJson = release('bird', 'bird-bad-json');
    fs.writeFileSync(path.join(notJson, 'dev.json'), '[{"db_id": "bike_share", "question": "q?"}]');
    const badElement = await cli(['bench', 'import', 'bird', notJson, path.join(scratch, 'never-4')]);
    expect(badElement.code).toBe(2);
    expect(oneLine(badElement.stderr)).toHaveLength(1);
    expect(badElement.stderr).toContain(`${path.join(notJson, 'dev.json')}: element 0: SQL:`);

    const escaping = release('spider', 'spider-escaping-db-id');
    fs.writeFileSync(path.join(escaping, 'dev.json'), JSON.stringify([{ db_id: '../../outside', question: 'q?', query: 'SELECT 1' }]));
    const outside = await cli(['bench', 'import', 'spider', escaping, path.join(scratch, 'never-7')]);
    expect(outside.code).toBe(2);
    expect(oneLine(outside.stderr)).toEqual([`sluice: ${path.join(escaping, 'dev.json')}: element 0: db_id: a db_id is letters, digits, _ . - (it names a folder)`]);
    expect(fs.existsSync(path.join(scratch, 'never-7'))).toBe(false);

    const unknown = await cli(['bench', 'import', 'wikisql', spiderSrc, path.join(scratch, 'never-5')]);
    expect(unknown.code).toBe(2);
    expect(oneLine(unknown.stderr)).toEqual(['sluice: unknown suite "wikisql": sluice bench import reads spider or bird']);
    const nowhere = await cli(['bench', 'import', 'spider', path.join(scratch, 'no-such-release'), path.join(scratch, 'never-6')]);
    expect(oneLine(nowhere.stderr)).toEqual([`sluice: release folder not found: ${path.join(scratch, 'no-such-release')}`]);
    for (let i = 1; i <= 6; i++) expect(fs.existsSync(path.join(scratch, `never-${i}`))).toBe(false);
  });

  it('names a database file that is not SQLite or is cut short, and writes no half-made OUT', async () => {
    const garbage = release('spider', 'spider-garbage-db');
    const notSqlite = path.join(garbage, 'database/city_library/city_library.sqlite');
    fs.writeFileSync(notSqlite, 'not a database at all, but long enough to read a header from');
    const refused = await cli(['bench', 'import', 'spider', garbage, path.join(scratch, 'never-8')]);
    expect(refused.code).toBe(2);
    expect(oneLine(refused.stderr)).toEqual([
      `sluice: database "city_library" (used by dev.json): ${notSqlite} is not a SQLite database file (its first bytes are not SQLite's header)`,
    ]);

    const truncated = release('spider', 'spider-truncated-db');
    const cut = path.join(truncated, 'database/city_library/city_library.sqlite');
    fs.truncateSync(cut, 100);
    const damaged = await cli(['bench', 'import', 'spider', truncated, path.join(scratch, 'never-9')]);
    expect(damaged.code).toBe(2);
    expect(oneLine(damaged.stderr)).toEqual([
      `sluice: database "city_library" (used by dev.json): SQLite cannot read ${cut}: database disk image is malformed (a partial download or copy? fetch the release again)`,
    ]);
    for (const name of ['never-8', 'never-9']) expect(fs.existsSync(path.join(scratch, name))).toBe(false);
  });

  it('refuses a non-empty OUT unless --force, which replaces only the dataset', async () => {
    const out = path.join(scratch, 'busy');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'notes.txt'), 'mine');
    const refused = await cli(['bench', 'import', 'spider', spiderSrc, out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim()).toBe(`sluice: OUT ${out} is not empty (1 entries): choose an empty folder, or add --force to replace the dataset in it`);
    expect(fs.readdirSync(out)).toEqual(['notes.txt']);

    expect((await cli(['bench', 'import', 'bird', birdSrc, out, '--force'])).code).toBe(0);
    expect((await cli(['bench', 'import', 'spider', spiderSrc, out, '--force'])).code).toBe(0);
    expect(fs.readFileSync(path.join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect(fs.readdirSync(path.join(out, 'databases')).sort()).toEqual(['city_library', 'football_league']);

    const around = await cli(['bench', 'import', 'spider', spiderSrc, path.dirname(spiderSrc), '--force']);
    expect(around.code).toBe(2);
    expect(around.stderr).toContain('holds the release folder');
  });

  it('lets only a sqlite dataset name a sqlite_file', () => {
    const dir = path.join(scratch, 'duckdb-with-file');
    fs.mkdirSync(path.join(dir, 'databases/a'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'databases/a/a.sqlite'), '');
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ a: { tables_in_load_order: [], csv_present: [], sqlite_file: 'a.sqlite' } }));
    fs.writeFileSync(path.join(dir, 'questions.jsonl'), '');
    expect(() => loadBenchDataset(dir)).toThrow(/database "a" names a sqlite_file, which only a "dialect": "sqlite" dataset can use/);
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ dialect: 'sqlite', a: { tables_in_load_order: [], csv_present: [], sqlite_file: '../a.sqlite' } }));
    expect(() => loadBenchDataset(dir)).toThrow(/a\.sqlite_file: a name inside the database folder/);
  });

  it('documents the command in sluice bench --help', async () => {
    const help = await cli(['bench', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/import \[options\] <suite> <src> <out>/);
    const missing = await cli(['bench']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option '--dataset <dir>' not specified");
  });
});
