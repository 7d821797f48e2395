import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { BenchQuestionSchema, type BenchQuestion } from '../src/bench/bench-dataset-schema.js';
import { BenchReportSchema, QuestionOutcomeSchema, type QuestionOutcome } from '../src/bench/bench-report-schema.js';
import { renderBenchTable } from '../src/bench/render-bench-table.js';
import { scoreQuestion, type QuestionRun } from '../src/bench/score-question.js';
import { summarizeOutcomes } from '../src/bench/summarize-outcomes.js';
import { unnamedParts } from '../src/bench/unnamed-parts.js';
import { madeUpRows } from './helpers/made-up-rows.js';
import { runCli, tempDir } from './helpers/run-cli.js';

/**
 * Partly answerable questions in the bench (issue 14: "unsure with the ungrounded part named, not success"): a question
 * marked "answerable": "partly" is right when the run ends unsure or unanswerable and its reason names each part listed
 * in "ungrounded"; success is a wrong claim. The abstention block keeps counting only "answerable": false questions.
 */
const partlyQuestion = (extra: Record<string, unknown> = {}): BenchQuestion =>
  BenchQuestionSchema.parse({ id: 'p1', db_id: 'bakery', question: 'Show the revenue per city and the ad spend behind each city.', answerable: 'partly', ...extra });

describe('the dataset layout: "answerable": "partly"', () => {
  it('accepts a partly answerable question without gold SQL, with or without the parts the data cannot answer', () => {
    expect(partlyQuestion().answerable).toBe('partly');
    expect(partlyQuestion().ungrounded).toBeUndefined();
    expect(partlyQuestion({ ungrounded: ['ad spend'] }).ungrounded).toEqual(['ad spend']);
  });

  it('refuses gold SQL on it, ungrounded parts on any other question, an empty or wordless list and other values', () => {
    const base = { id: 'q', db_id: 'bakery', question: 'Revenue per city?' };
    for (const bad of [
      { ...base, answerable: 'partly', gold_sql: 'SELECT 1' },
      { ...base, answerable: 'partly', gold_sql_alternatives: ['SELECT 1'] },
      { ...base, answerable: false, ungrounded: ['ad spend'] },
      { ...base, answerable: true, gold_sql: 'SELECT 1', ungrounded: ['ad spend'] },
      { ...base, answerable: 'partly', ungrounded: [] },
      { ...base, answerable: 'partly', ungrounded: ['--'] },
      { ...base, answerable: 'maybe' },
    ]) {
      expect(BenchQuestionSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('a reason names a part when it says one of the part\'s words', () => {
  it('compares words case- and plural-insensitively, and never on function words', () => {
    expect(unnamedParts('the SQL does not address "Ad spend"', ['ad spend'])).toEqual([]);
    expect(unnamedParts('the question counts "speed camera"', ['cameras'])).toEqual([]);
    expect(unnamedParts("nothing matches 'councillors'", ['councillor'])).toEqual([]);
    expect(unnamedParts('the question asks for each of the homes', ['age of the residents'])).toEqual(['age of the residents']);
    expect(unnamedParts('the SQL does not address "rent"', ['monthly rent', 'ad spend'])).toEqual(['ad spend']);
  });
});

/** A run that ended with `status`, its unsure checks or its unanswerable failure as the reason. */
function runEnding(status: string, reason = ''): QuestionRun {
  const checks = status === 'unsure' ? [{ name: 'asked_items', passed: false, detail: reason }, { name: 'projection', passed: true, detail: 'shows revenue' }] : [];
  const context = { checks, reflections: [], table_schemas: [], ...(status === 'unanswerable' ? { failure: reason } : {}) } as unknown as Context;
  return { status, attempts: [], context, nodesRun: [], durationMs: 5, ...(status === 'failed' ? { error: 'the model failed' } : {}) };
}

describe('scoring a partly answerable question by how its run ended', () => {
  const named = partlyQuestion({ ungrounded: ['ad spend'] });
  const score = (question: BenchQuestion, run: QuestionRun) => scoreQuestion(question, [], run);

  it('scores success wrong: the data cannot answer all of it', () => {
    expect(score(named, runEnding('success'))).toMatchObject({ correct: false, category: 'partly_success', answerable: 'partly' });
    expect(score(partlyQuestion(), runEnding('success'))).toMatchObject({ correct: false, category: 'partly_success' });
  });

  it('scores unsure and unanswerable right when the reason names the part, wrong when it names something else', () => {
    expect(score(named, runEnding('unsure', 'the SQL does not address "ad spend"'))).toMatchObject({ correct: true, category: 'correct', part_named: true });
    expect(score(named, runEnding('unanswerable', "nothing in bakery matches 'spend'"))).toMatchObject({ correct: true, part_named: true });
    const unnamed = score(named, runEnding('unsure', 'the question asks for each city, but the SQL does not group the answer'));
    expect(unnamed).toMatchObject({ correct: false, category: 'part_unnamed', part_named: false });
    expect(unnamed.mismatch).toContain("without naming 'ad spend'");
    expect(unnamed.status_reason).toBe('the question asks for each city, but the SQL does not group the answer');
    expect(score(named, runEnding('unanswerable', "nothing in bakery matches 'city'"))).toMatchObject({ correct: false, category: 'part_unnamed' });
  });

  it('scores unsure and unanswerable right whatever the reason when the dataset lists no part', () => {
    for (const status of ['unsure', 'unanswerable']) {
      const outcome = score(partlyQuestion(), runEnding(status, 'something else'));
      expect(outcome, status).toMatchObject({ correct: true, category: 'correct' });
      expect(outcome.part_named, status).toBeUndefined();
    }
  });

  it('scores a failed run wrong, as the failure it is for any question', () => {
    expect(score(named, runEnding('failed'))).toMatchObject({ correct: false, category: 'no_sql', mismatch: 'the model failed' });
  });
});

describe('the report: a partly block beside an abstention block that counts only "answerable": false', () => {
  const outcome = (id: string, answerable: boolean | 'partly', status: string, correct: boolean, extra: Partial<QuestionOutcome> = {}): QuestionOutcome =>
    QuestionOutcomeSchema.parse({
      id, db_id: 'bakery', question: id, headline: false, answerable, gold_sql: null, predicted_sql: null, attempts: [], status,
      category: correct ? 'correct' : 'wrong_result', correct, first_attempt_correct: false, reflected: false, rescued: false, reflections: [],
      schema: { gold_tables: [], gold_columns: [], linked_tables: [], missed_tables: [], missed_columns: [], parsed: false },
      latency_ms: 1, usage: { prompt_tokens: 0, completion_tokens: 0, calls: 0 }, nodes: [], ...extra,
    });
  const outcomes = [
    outcome('answered', true, 'success', true),
    outcome('declined answerable', true, 'unanswerable', false),
    outcome('declined', false, 'unanswerable', true),
    outcome('answered unanswerable', false, 'unsure', false),
    outcome('partly unsure named', 'partly', 'unsure', true, { ungrounded: ['ad spend'], part_named: true }),
    outcome('partly unanswerable unnamed', 'partly', 'unanswerable', false, { ungrounded: ['rainfall'], part_named: false }),
    outcome('partly unanswerable unlisted', 'partly', 'unanswerable', true),
    outcome('partly success', 'partly', 'success', false, { ungrounded: ['rent'] }),
  ];
  const summary = summarizeOutcomes(outcomes);

  it('counts partly answerable questions by status and names, and leaves them out of recall and false abstentions', () => {
    expect(summary.partly).toEqual({ questions: 4, unsure: 1, unanswerable: 2, success: 1, named: 3, part_named: 1 });
    expect(summary.abstention).toMatchObject({ unanswerable_questions: 2, abstained: 1, recall: 0.5, answerable_questions: 2, false_abstentions: 1 });
    expect(summary.all).toMatchObject({ questions: 8, correct: 4 });
    expect(summary.trust).toMatchObject({ successes: 2, right_successes: 1 });
  });

  it('shows the block in the table', () => {
    const report = BenchReportSchema.parse({
      ...summary, dataset: 'fixture', dataset_dir: '/tmp/fixture', model: 'offline', plan: 'reflection', concurrency: 1,
      started_at: new Date(0).toISOString(), duration_ms: 10, per_db: { bakery: summary },
    });
    expect(renderBenchTable(report)).toMatch(/partly unsure\/unans\/ok named/);
    expect(renderBenchTable(report)).toMatch(/overall[^\n]*│ 1\/2\/1 1\/3 /);
  });
});

describe('sluice bench on a dataset with partly answerable questions (real CLI)', () => {
  const bakery = madeUpRows(
    `CREATE TABLE shops (shop_id INTEGER PRIMARY KEY, name VARCHAR, city VARCHAR, opened DATE);
CREATE TABLE sales (sale_id INTEGER PRIMARY KEY, shop_id INTEGER REFERENCES shops (shop_id), sale_date DATE, loaves INTEGER, revenue DOUBLE);`,
    {
      shops: ['shop_id,name,city,opened', [[1, 'Crumb', 'Leeds', '2019-04-01'], [2, 'Rise', 'York', '2021-09-15'], [3, 'Knead', 'Leeds', '2022-02-10']]],
      sales: ['sale_id,shop_id,sale_date,loaves,revenue', [[1, 1, '2026-01-05', 40, 120.5], [2, 2, '2026-01-05', 25, 80], [3, 1, '2026-02-11', 55, 160], [4, 3, '2026-02-12', 30, 95.5]]],
    },
  );
  const QUESTIONS = [
    { id: 'answerable', db_id: 'bakery', question: 'How many shops are there?', gold_sql: 'SELECT count(*) FROM shops' },
    { id: 'unanswerable', db_id: 'bakery', question: 'What is the national animal of Canada?', answerable: false },
    { id: 'ad spend', db_id: 'bakery', question: 'Show the revenue per city and the ad spend behind each city.', answerable: 'partly', ungrounded: ['ad spend'] },
    { id: 'rainfall', db_id: 'bakery', question: 'What is the revenue by city and by rainfall?', answerable: 'partly', ungrounded: ['rainfall'] },
    { id: 'unlisted', db_id: 'bakery', question: 'Which shops sold the most loaves, and what was the rent of each?', answerable: 'partly' },
  ];
  let dataset: string;
  let scratch: string;
  beforeAll(() => {
    scratch = tempDir('sluice-bench-partly-');
    dataset = path.join(scratch, 'dataset');
    fs.mkdirSync(path.join(dataset, 'databases', 'bakery', 'data'), { recursive: true });
    fs.writeFileSync(path.join(dataset, 'databases', 'bakery', 'schema.sql'), bakery.database.schema);
    for (const [table, csv] of Object.entries(bakery.database.data)) fs.writeFileSync(path.join(dataset, 'databases', 'bakery', 'data', `${table}.csv`), csv);
    fs.writeFileSync(path.join(dataset, 'manifest.json'), JSON.stringify({ current_date: '2026-11-25', bakery: { tables_in_load_order: ['shops', 'sales'], csv_present: ['shops', 'sales'] } }));
    fs.writeFileSync(path.join(dataset, 'questions.jsonl'), `${QUESTIONS.map((q) => JSON.stringify(q)).join('\n')}\n`);
  });
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  const bench = async (args: string[], name: string) => {
    const out = path.join(scratch, `${name}.json`);
    const result = await runCli(['bench', '--dataset', dataset, '--concurrency', '2', '--out', out, ...args], { cwd: scratch, env: { SLUICE_CACHE_DIR: path.join(scratch, 'cache') }, timeoutMs: 120_000 });
    expect(result.code, result.stderr).toBe(0);
    const report = BenchReportSchema.parse(JSON.parse(fs.readFileSync(out, 'utf8')));
    const lines = fs.readFileSync(out.replace(/\.json$/, '.jsonl'), 'utf8').trim().split('\n').map((line) => QuestionOutcomeSchema.parse(JSON.parse(line)));
    return { result, report, lines: new Map(lines.map((line) => [line.id, line])) };
  };

  it('scores the gold model 100%: it declines a partly answerable question naming the parts the dataset lists', async () => {
    const { report, lines, result } = await bench(['--model', 'gold'], 'gold');
    expect(report.all).toMatchObject({ questions: 5, correct: 5 });
    expect(report.partly).toEqual({ questions: 3, unsure: 0, unanswerable: 3, success: 0, named: 2, part_named: 2 });
    expect(report.abstention).toMatchObject({ unanswerable_questions: 1, abstained: 1, answerable_questions: 1, false_abstentions: 0 });
    expect(lines.get('ad spend')).toMatchObject({ answerable: 'partly', status: 'unanswerable', ungrounded: ['ad spend'], part_named: true });
    expect(lines.get('ad spend')!.status_reason).toContain("'ad spend'");
    expect(result.stdout).toMatch(/overall[^\n]*│ 0\/3\/0 2\/2 /);
  }, 150_000);

  it('scores the offline model right on them when it ends unsure naming the part', async () => {
    const { report, lines } = await bench(['--model', 'offline'], 'offline');
    for (const id of ['ad spend', 'rainfall']) {
      expect(lines.get(id), `${id}: ${lines.get(id)!.status_reason}`).toMatchObject({ status: 'unsure', part_named: true, correct: true });
    }
    expect(report.partly).toMatchObject({ questions: 3, success: 0, named: 2, part_named: 2 });
  }, 150_000);

  it('leaves them unscored from predictions, which carry only SQL, and says so', async () => {
    const predictions = path.join(scratch, 'predictions.jsonl');
    fs.writeFileSync(predictions, `${QUESTIONS.map((q) => JSON.stringify({ id: q.id, sql: q.gold_sql ?? null })).join('\n')}\n`);
    const { report, result, lines } = await bench(['--predictions', predictions], 'predictions');
    expect(report.all).toMatchObject({ questions: 2, correct: 2 });
    expect(report.partly_not_scored).toBe(3);
    expect(report.partly.questions).toBe(0);
    expect([...lines.keys()].sort()).toEqual(['answerable', 'unanswerable']);
    expect(result.stdout).toContain('2 questions (3 partly answerable not scored)');
    expect(result.stderr).toContain('3 partly answerable not scored');
  }, 150_000);
});
