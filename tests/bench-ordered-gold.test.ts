import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BenchReportSchema, QuestionOutcomeSchema, type QuestionOutcome } from '../src/bench/bench-report-schema.js';
import { ensureBenchDatabase } from '../src/bench/build-bench-database.js';
import { compareResults, type ResultSet } from '../src/bench/compare-results.js';
import { compareToGold } from '../src/bench/compare-to-gold.js';
import { loadBenchDataset } from '../src/bench/load-bench-dataset.js';
import { parseLossless, stringifyLossless } from '../src/sql-tree/lossless-json.js';
import { startFakeOpenAiServer, type FakeRequest } from './helpers/fake-openai-server.js';
import { REPO_ROOT, runCli } from './helpers/run-cli.js';

/** A shop whose rows tie on purpose, with gold SQL using subqueries, CTEs, windows, QUALIFY, set operations and ORDER BY on expressions, aliases and positions. */
const dataset = path.join(REPO_ROOT, 'tests/fixtures/bench/ordered-gold');

let scratch: string;
let env: Record<string, string>;
let instance: DuckDBInstance;
let shop: DuckDBConnection;

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-bench-ordered-'));
  env = { SLUICE_CACHE_DIR: path.join(scratch, 'cache') };
  const built = await ensureBenchDatabase(dataset, 'shop', loadBenchDataset(dataset).manifest.shop!, path.join(scratch, 'db'));
  instance = await DuckDBInstance.create(built.file, { access_mode: 'READ_ONLY' });
  shop = await instance.connect();
});
afterAll(() => {
  shop?.closeSync();
  instance?.closeSync();
  fs.rmSync(scratch, { recursive: true, force: true });
});

async function resultOf(sql: string): Promise<ResultSet> {
  const reader = await shop.runAndReadAll(sql);
  return { columns: reader.columnNames(), rows: reader.getRowsJson() as unknown[][] };
}

const goldOf = (id: string): string => loadBenchDataset(dataset).questions.find((question) => question.id === id)!.gold_sql!;

function outcomesOf(reportFile: string): Map<string, QuestionOutcome> {
  const report = BenchReportSchema.parse(JSON.parse(fs.readFileSync(reportFile, 'utf8')));
  const lines = fs.readFileSync(report.questions_file!, 'utf8').trim().split('\n');
  return new Map(lines.map((line) => QuestionOutcomeSchema.parse(JSON.parse(line))).map((outcome) => [outcome.id, outcome]));
}

describe('DuckDB statements through JSON', () => {
  it('keep query_location = 2^64−1 exact, so a statement reading a subquery in FROM deserializes again', async () => {
    const sql = goldOf('q01');
    const text = String((await shop.runAndReadAll('SELECT json_serialize_sql(?::VARCHAR)', [sql])).getRows()[0]![0]);
    expect(text).toContain('18446744073709551615');
    const back = stringifyLossless(parseLossless(text));
    expect(back).toBe(text);
    const rendered = (await shop.runAndReadAll('SELECT json_deserialize_sql(?::JSON)', [back])).getRows()[0]![0];
    // Same columns and row count: which of the rows tied at the LIMIT come back may differ between two executions.
    const [again, original] = [await resultOf(String(rendered)), await resultOf(sql)];
    expect(again.columns).toEqual(original.columns);
    expect(again.rows).toHaveLength(original.rows.length);
    // The lossy round trip the tie check used to make: DuckDB refuses what comes back.
    await expect(shop.runAndReadAll('SELECT json_deserialize_sql(?::JSON)', [JSON.stringify(JSON.parse(text))])).rejects.toThrow(/query_location/);
  });

  it('leave strings that look like big numbers and ordinary numbers alone', () => {
    const text = '{"a":"18446744073709551615","b":[-9223372036854775808,1.5e+300,3,-2],"c":"x\\"9007199254740993\\\\"}';
    const parsed = parseLossless(text) as { a: string; b: unknown[] };
    expect(parsed.a).toBe('18446744073709551615');
    expect(parsed.b.slice(1)).toEqual([1.5e300, 3, -2]);
    expect(stringifyLossless(parsed)).toBe(text);
  });
});

describe('rows tied on the ORDER BY keys', () => {
  const gold = {
    result: { columns: ['city', 'n'], rows: [['Oslo', 3], ['Lima', 2], ['Rome', 2], ['Kyiv', 1]] },
    ordered: true,
    ties: { groups: [1, 2, 1] },
  };
  const answer = (...cities: string[]) => ({
    columns: ['c', 'k'],
    rows: cities.map((city) => [city, { Oslo: 3, Lima: 2, Rome: 2, Kyiv: 1 }[city]!]),
  });

  it('may come in any order within their tie, and only there', () => {
    expect(compareToGold(gold, answer('Oslo', 'Rome', 'Lima', 'Kyiv')).match).toBe(true);
    expect(compareToGold(gold, answer('Oslo', 'Lima', 'Rome', 'Kyiv')).match).toBe(true);
    expect(compareToGold(gold, answer('Lima', 'Oslo', 'Rome', 'Kyiv'))).toEqual({ match: false, reason: 'same rows in another order' });
    expect(compareToGold(gold, answer('Oslo', 'Rome', 'Kyiv', 'Lima')).match).toBe(false);
    expect(compareToGold({ ...gold, ties: undefined }, answer('Oslo', 'Rome', 'Lima', 'Kyiv')).match).toBe(false);
    expect(compareResults(gold.result, answer('Oslo', 'Rome', 'Lima', 'Kyiv'), { ordered: true, tieGroups: [1, 2, 1] }).match).toBe(true);
  });

  it('combine with a LIMIT that cuts through a tie', () => {
    const cutGold = { result: { columns: ['n'], rows: [[6], [6], [4]] }, ordered: true, ties: { groups: [2, 1], cut: [[4], [4]] } };
    expect(compareToGold(cutGold, { columns: ['n'], rows: [[6], [6], [4]] }).match).toBe(true);
    expect(compareToGold(cutGold, { columns: ['n'], rows: [[6], [4], [6]] }).match).toBe(false);
  });
});

describe('sluice bench on gold SQL with subqueries, CTEs, windows, set operations and ties', () => {
  it('scores 100% replaying the gold SQL, with every question scored by its kind and tag, date and instructions', async () => {
    const out = path.join(scratch, 'gold', 'report.json');
    // Every question, the two marked unanswerable too: the gold answer to those is to decline.
    const result = await runCli(['bench', '--dataset', dataset, '--model', 'gold', '--out', out], { cwd: scratch, env, timeoutMs: 240_000 });
    expect(result.stderr).not.toContain('gold error');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/overall\s+│ 100\.0% 19\/19\s+│/);
    expect(result.stdout).toMatch(/Not shown, no question has them: headline EX/);
    expect(result.stdout).toMatch(/kind window\s+│ 100\.0% 2\/2\s+│/);
    expect(result.stdout).toMatch(/tag tie\s+│/);
    const report = BenchReportSchema.parse(JSON.parse(fs.readFileSync(out, 'utf8')));
    expect(report.all).toEqual({ questions: 19, correct: 19, accuracy: 1 });
    expect(Object.keys(report.per_kind).sort()).toEqual(
      ['aggregate', 'alias_order', 'cte', 'expression_order', 'general_knowledge', 'join', 'missing_column', 'position_order', 'set_operation', 'star', 'subquery', 'window'],
    );
    expect(report.per_tag.tie!.all.questions).toBe(11);
    expect(report.abstention).toMatchObject({ unanswerable_questions: 2, answerable_questions: 17, false_abstentions: 0 });
    const outcomes = outcomesOf(out);
    expect([...outcomes.values()].filter((outcome) => outcome.category !== 'correct')).toEqual([]);
    expect([outcomes.get('unans01')!.status, outcomes.get('unans02')!.status]).toEqual(['unanswerable', 'unanswerable']);
    expect(outcomes.get('q14')!.current_date).toBe('2024-06-15');
    expect(outcomes.get('q15')!.current_date).toBe('2024-06-30');
    // The gold model answers by the task text, so this also shows the instructions reached the model with the question.
    expect(outcomes.get('q13')!.instructions).toBe("Revenue is the sum of amount over orders whose status is 'delivered'.");
    expect(outcomes.get('q13')!.predicted_sql).toBe(goldOf('q13'));
  }, 300_000);
});

describe('instructions', () => {
  it('reach an LLM with the question, as part of the task', async () => {
    const instructions = "Revenue is the sum of amount over orders whose status is 'delivered'.";
    const prompts: string[] = [];
    const answer = (request: FakeRequest) => {
      const schema: string = request.body?.response_format?.json_schema?.name ?? '';
      const prompt = (request.body?.messages ?? []).map((message: { content: string }) => message.content).join('\n');
      if (schema === 'sql_answer' || schema === 'sql_fix') {
        prompts.push(prompt);
        // Only a model told what revenue means filters on the status.
        const sql = prompt.includes(instructions) ? "SELECT sum(amount) AS revenue FROM orders WHERE status = 'delivered'" : 'SELECT sum(amount) AS revenue FROM orders';
        return { content: { sql, explanation: 'revenue', tables_used: ['orders'] } };
      }
      if (schema === 'reflection_decision') return { content: { strategy: 'success', reason: 'answers the question', unaddressed: [] } };
      return { content: { matches: true, differences: [] } };
    };
    const server = await startFakeOpenAiServer({ script: answer, models: ['fake-coder'] });
    try {
      const cwd = path.join(scratch, 'llm');
      fs.mkdirSync(cwd, { recursive: true });
      fs.writeFileSync(path.join(cwd, 'sluice.yml'), `models:\n  local:\n    provider: openai\n    model: fake-coder\n    base_url: ${server.url}\n    api_key: none\n    retries: 0\n`);
      const out = path.join(cwd, 'report.json');
      const result = await runCli(['bench', '--dataset', dataset, '--model', 'local', '--filter', '^q13$', '--no-cache', '--out', out], { cwd, env, timeoutMs: 120_000 });
      expect(result.code).toBe(0);
      expect(prompts.length).toBeGreaterThan(0);
      expect(prompts[0]).toContain('What is the revenue?');
      expect(prompts[0]).toContain(instructions);
      expect(outcomesOf(out).get('q13')).toMatchObject({ correct: true, instructions });
    } finally {
      await server.close();
    }
  }, 180_000);
});

describe('sluice bench --predictions', () => {
  /** Tied rows in the order the gold did not give them: ascending or descending on a tie-breaker, whichever differs. */
  const reordered: Record<string, (direction: 'ASC' | 'DESC') => string> = {
    q03: (direction) => `SELECT name, city, rank() OVER (ORDER BY signup_date) AS r FROM customers ORDER BY r, name ${direction}`,
    q08: (direction) => `SELECT city, count(*) AS n FROM customers GROUP BY city ORDER BY n DESC, city ${direction}`,
    q16: (direction) => `SELECT name, city FROM customers ORDER BY city, name ${direction} LIMIT 5`,
    q17: (direction) => `SELECT name, city FROM customers ORDER BY city DESC, name ${direction}`,
  };
  const predicted: Record<string, string | null> = {
    q01: 'SELECT city, count(*) FROM customers GROUP BY city ORDER BY count(*) DESC, city DESC LIMIT 2',
    // Rows out of order across ties, and wrong values.
    q09: 'SELECT city, count(*) FROM customers GROUP BY 1 ORDER BY 2 ASC LIMIT 3',
    q05: "SELECT name FROM (SELECT name FROM customers WHERE city IN ('Oslo', 'Rome') ORDER BY name DESC LIMIT 3) AS last_three ORDER BY name",
    q13: 'SELECT sum(amount) FROM orders',
    // Matches the second alternative only.
    q12: 'SELECT DISTINCT customer_id FROM orders WHERE amount > 30',
    q06: 'SELECT no_such_column FROM customers',
    q15: null,
    unans01: null,
    unans02: 'SELECT name FROM customers',
  };

  // The gold's own order among tied rows may change from one execution to the next, so the check below compares
  // with the very gold result each reordered answer was chosen against.
  const goldResults: Record<string, ResultSet> = {};

  beforeAll(async () => {
    for (const [id, sqlFor] of Object.entries(reordered)) {
      const gold = (goldResults[id] = await resultOf(goldOf(id)));
      for (const direction of ['ASC', 'DESC'] as const) {
        if (!compareResults(gold, await resultOf(sqlFor(direction)), { ordered: true }).match) predicted[id] = sqlFor(direction);
      }
    }
  });

  // A set operation's tied rows come back in either order from run to run, so only q03 and q08 are checked here.
  it("has answers for q03 and q08 whose tied rows come in another order than the gold's", async () => {
    for (const id of ['q03', 'q08']) {
      const gold = goldResults[id]!;
      expect(compareResults(gold, await resultOf(predicted[id]!), { ordered: true }).match).toBe(false);
    }
  });

  it('scores SQL written elsewhere on the same harness: ties, alternatives, abstention, missing ids', async () => {
    const file = path.join(scratch, 'predictions.jsonl');
    fs.writeFileSync(file, Object.entries(predicted).map(([id, sql]) => JSON.stringify({ id, sql })).join('\n') + '\n');
    const out = path.join(scratch, 'predicted', 'report.json');
    const result = await runCli(['bench', '--dataset', dataset, '--predictions', file, '--out', out], { cwd: scratch, env, timeoutMs: 120_000 });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('ordered-gold: predictions predictions.jsonl, 19 questions');
    const outcomes = outcomesOf(out);
    const categories = Object.fromEntries([...outcomes].map(([id, outcome]) => [id, outcome.category]));
    expect(categories).toMatchObject({
      q01: 'correct',
      q03: 'correct',
      q08: 'correct',
      q16: 'correct',
      q17: 'correct',
      q12: 'correct',
      q09: 'wrong_result',
      q05: 'wrong_result',
      q13: 'wrong_result',
      q06: 'sql_error',
      q15: 'false_abstention',
      q02: 'no_sql',
      unans01: 'correct',
      unans02: 'missed_abstention',
    });
    expect(outcomes.get('q12')!.matched_gold).toBe(2);
    expect(outcomes.get('q05')!.mismatch).toBe('same rows in another order');
    const report = BenchReportSchema.parse(JSON.parse(fs.readFileSync(out, 'utf8')));
    expect(report.source).toBe('predictions');
    expect(report.all).toEqual({ questions: 19, correct: 7, accuracy: Number((7 / 19).toFixed(4)) });
    expect(report.abstention).toEqual({
      unanswerable_questions: 2,
      abstained: 1,
      recall: 0.5,
      answerable_questions: 17,
      false_abstentions: 1,
      false_abstention_rate: Number((1 / 17).toFixed(4)),
    });
    expect(result.stdout).toMatch(/overall\s+│ 36\.8% 7\/19\s+│ 50\.0% 1\/2\s+│ 5\.9% 1\/17/);
  }, 180_000);

  it('stops at a bad line with one clear error naming the line', async () => {
    const cases: Array<[string, RegExp]> = [
      ['{"id": "q01", "sql": "SELECT 1"}\n{"id": "q02", "sql": \n', /predictions-bad\.jsonl:2: not valid JSON/],
      ['{"id": "q01"}\n', /predictions-bad\.jsonl:1: sql: .*a line is \{"id": "\.\.\.", "sql": "\.\.\."\}/],
      ['{"id": "q01", "sql": "SELECT 1"}\n\n{"id": "q99", "sql": "SELECT 1"}\n', /predictions-bad\.jsonl:3: id "q99" is not a question of the dataset/],
      ['{"id": "q01", "sql": "SELECT 1"}\n{"id": "q01", "sql": "SELECT 2"}\n', /predictions-bad\.jsonl:2: a second prediction for "q01"/],
    ];
    const file = path.join(scratch, 'predictions-bad.jsonl');
    for (const [content, message] of cases) {
      fs.writeFileSync(file, content);
      const result = await runCli(['bench', '--dataset', dataset, '--predictions', file], { cwd: scratch, env });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    const withModel = await runCli(['bench', '--dataset', dataset, '--predictions', file, '--model', 'offline'], { cwd: scratch, env });
    expect(withModel.code).toBe(2);
    expect(withModel.stderr).toContain('--model cannot be given with it');
  }, 120_000);
});
