import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoDatabase } from '../src/demo/ensure-demo-database.js';
import { startFakeOpenAiServer, type FakeOpenAiServer, type FakeRequest } from './helpers/fake-openai-server.js';
import { TEST_CACHE_DIR, runCli, tempDir } from './helpers/run-cli.js';

/** Status, exit code, checks and confidence of real runs on the demo database with the offline model. */
const DATE = ['--current_date', '2026-11-25'];

let query: (sql: string) => Promise<unknown[][]>;

beforeAll(async () => {
  const demo = await ensureDemoDatabase(TEST_CACHE_DIR);
  const connection = await (await DuckDBInstance.create(demo.database, { access_mode: 'READ_ONLY' })).connect();
  query = async (sql) => (await connection.runAndReadAll(sql)).getRowsJson() as unknown[][];
}, 120_000);

/**
 * Hand-written answers for the questions, which the offline model is learning to answer: a success
 * must carry these values in one of its columns (a share as a percent or a fraction).
 */
const REVENUE = "SUM(oi.quantity * oi.unit_price) FROM order_items oi JOIN orders o USING (order_id) JOIN customers c USING (customer_id) WHERE o.status <> 'cancelled'";
const RIGHT_ANSWERS: Record<string, string> = {
  'customers who never placed an order': 'SELECT customer_id FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)',
  'what percent of orders were cancelled': "SELECT 100.0 * COUNT(*) FILTER (WHERE status = 'cancelled') / COUNT(*) FROM orders",
  'share of revenue from mobile': `SELECT 100.0 * SUM(oi.quantity * oi.unit_price) FILTER (WHERE o.channel = 'mobile') / ${REVENUE}`,
  'cancellation rate': "SELECT 100.0 * COUNT(*) FILTER (WHERE status = 'cancelled') / COUNT(*) FROM orders",
  'return rate by category':
    "SELECT SUM(COALESCE(r.quantity, 0)) / SUM(oi.quantity) FROM order_items oi JOIN orders o USING (order_id) JOIN products p USING (product_id) LEFT JOIN returns r ON r.order_item_id = oi.order_item_id WHERE o.status <> 'cancelled' GROUP BY p.category_id",
  'average items per order': 'SELECT AVG(n) FROM (SELECT order_id, COUNT(*) AS n FROM order_items GROUP BY 1)',
  'average orders per customer': 'SELECT AVG(n) FROM (SELECT customer_id, COUNT(*) AS n FROM orders GROUP BY 1)',
  'revenue in 2024 vs 2025': `SELECT ${REVENUE} AND year(o.order_date) IN (2024, 2025) GROUP BY year(o.order_date)`,
  'enterprise vs consumer revenue': `SELECT ${REVENUE} AND c.segment IN ('enterprise', 'consumer') GROUP BY c.segment`,
  'orders by day of week': 'SELECT COUNT(*) FROM orders GROUP BY dayofweek(order_date)',
  'most common return reason': 'SELECT reason FROM returns WHERE reason IS NOT NULL GROUP BY reason ORDER BY COUNT(*) DESC LIMIT 1',
  'most expensive product in each category': 'SELECT MAX(unit_price) FROM products GROUP BY category_id',
  'days between order and return': "SELECT date_diff('day', o.order_date, r.return_date) FROM returns r JOIN order_items oi USING (order_item_id) JOIN orders o USING (order_id)",
};

const near = (value: number, expected: number) => [expected, expected / 100].some((e) => Math.abs(value - e) < 0.01 * Math.max(1, Math.abs(e)));

/** Some column holds the expected values: all of them, or (for a truncated answer) only expected ones. */
function holdsValues(rows: unknown[][], truncated: boolean, expected: Array<number | string>): boolean {
  // A picked value ("the most common reason") is text: the column holds exactly the expected values.
  if (expected.some((e) => typeof e === 'string')) return (rows[0] ?? []).some((_, c) => rows.length === expected.length && rows.every((row, i) => String(row[c]) === expected[i]));
  const want = [...(expected as number[])].sort((a, b) => a - b);
  return (rows[0] ?? []).some((_, c) => {
    const got = rows.map((row) => Number(row[c])).sort((a, b) => a - b);
    if (got.some((v) => !Number.isFinite(v))) return false;
    if (truncated) return got.every((v) => want.some((e) => near(v, e)));
    return got.length === want.length && got.every((v, i) => near(v, want[i]!));
  });
}

interface Summary {
  status: string;
  sql: string | null;
  checks: Array<{ name: string; passed: boolean; detail: string }>;
  confidence: number;
  reason?: string;
  row_count: number;
}

async function ask(question: string, extra: string[] = []) {
  const result = await runCli(['run', '--format', 'json', ...DATE, ...extra, '--task', question]);
  return { ...result, json: JSON.parse(result.stdout) as Summary };
}

describe('honest status through the CLI', () => {
  it('a checked answer is success: exit 0, every check passed, confidence 1', async () => {
    const { code, json, stderr } = await ask('How many customers are in each segment?', ['--plan', 'fixed']);
    expect(code, stderr).toBe(0);
    expect(json.status).toBe('success');
    expect(json.checks.length).toBeGreaterThan(0);
    expect(json.checks.every((check) => check.passed)).toBe(true);
    expect(json.confidence).toBe(1);
    expect(json.reason).toBeUndefined();
  });

  it('a question the data cannot answer is unanswerable: exit 4, one line why, no query run and no result files', async () => {
    const saveDir = tempDir('sluice-honest-');
    const { code, json, stderr } = await ask('What is the national animal of Canada?', ['--save_dir', saveDir]);
    expect(code, stderr).toBe(4);
    expect(json.status).toBe('unanswerable');
    expect(json.sql).toBeNull();
    expect(json.row_count).toBe(0);
    expect(json.confidence).toBe(0);
    expect(json.reason).toMatch(/'national animal' or 'Canada'.*cannot answer/);
    expect(stderr.match(/^sluice: unanswerable: .+$/gm)).toHaveLength(1);
    const [runDir] = fs.readdirSync(saveDir);
    expect(fs.existsSync(path.join(saveDir, runDir!, 'result.sql'))).toBe(false);
    const state = JSON.parse(fs.readFileSync(path.join(saveDir, runDir!, 'state.json'), 'utf8'));
    expect(state.context.status).toBe('unanswerable');
    expect(state.context.sql_attempts).toHaveLength(0);
  });

  it('batch lines carry status, checks and confidence; the issue\'s wrong answers and off-topic questions never come back success', async () => {
    const questions = [
      'customers who never placed an order',
      'what percent of orders were cancelled',
      'share of revenue from mobile',
      'cancellation rate',
      'return rate by category',
      'average items per order',
      'average orders per customer',
      'revenue in 2024 vs 2025',
      'enterprise vs consumer revenue',
      'orders by day of week',
      'most common return reason',
      'most expensive product in each category',
      'top 3 categories by units sold in 2025',
      'distinct customers who ordered in the last 30 days',
      'month-over-month growth',
      'days between order and return',
      'What is the national animal of Canada?',
      'Who won the 2018 World Cup?',
      "What's the weather tomorrow?",
      'Write me a poem',
      'How many orders were placed in 2025?',
    ];
    const input = questions.map((task, i) => JSON.stringify({ id: i, task })).join('\n');
    const result = await runCli(['run', '--concurrency', '2', ...DATE], { input, timeoutMs: 240_000 });
    expect(result.code, result.stderr).toBe(1);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Summary & { id: number });
    expect(lines).toHaveLength(questions.length);
    const byId = new Map(lines.map((line) => [line.id, line]));
    for (const [i, question] of questions.entries()) {
      const line = byId.get(i)!;
      expect(Array.isArray(line.checks), question).toBe(true);
      expect(typeof line.confidence, question).toBe('number');
      if (i === questions.length - 1) {
        expect(line.status, question).toBe('success');
        continue;
      }
      if (line.status === 'success') {
        // Never a wrong success: a success is allowed only where a hand-written query agrees.
        expect(RIGHT_ANSWERS[question], `${question} came back success: ${line.sql}`).toBeDefined();
        const expected = (await query(RIGHT_ANSWERS[question]!)).map((row) => (typeof row[0] === 'string' && !/^-?\d+(\.\d+)?$/.test(row[0]) ? row[0] : Number(row[0])));
        const answer = line as unknown as { rows: unknown[][]; truncated: boolean };
        expect(holdsValues(answer.rows, answer.truncated, expected), `${question}: ${line.sql}`).toBe(true);
        continue;
      }
      expect(['unsure', 'unanswerable'], `${question}: ${line.sql}`).toContain(line.status);
      expect(line.reason, question).toBeTruthy();
    }
    for (let i = 16; i < 20; i++) {
      expect(byId.get(i)!.status, questions[i]).toBe('unanswerable');
      expect(byId.get(i)!.sql, questions[i]).toBeNull();
    }
  }, 300_000);
});

/** An LLM writes the SQL here, so the answer's shape is fixed by the test, not by the offline model's progress. */
describe('the same status with an LLM', () => {
  let server: FakeOpenAiServer;
  /** An LLM that lists orders for every question and is always satisfied with itself. */
  const overconfident = (request: FakeRequest) => {
    const schema: string = request.body?.response_format?.json_schema?.name ?? '';
    if (schema === 'reflection_decision') return { content: { strategy: 'success', reason: 'looks right', unaddressed: [] } };
    return { content: { sql: 'SELECT * FROM orders', explanation: 'the orders', tables_used: ['orders'] } };
  };
  beforeAll(async () => {
    server = await startFakeOpenAiServer({ script: overconfident, models: ['fake-coder'] });
  });
  afterAll(async () => server.close());

  const project = () => {
    const cwd = tempDir('sluice-honest-llm-');
    fs.writeFileSync(path.join(cwd, 'sluice.yml'), `models:\n  local:\n    provider: openai\n    model: fake-coder\n    base_url: ${server.url}\n    api_key: none\n    retries: 0\ndefaults:\n  model: local\n`);
    return cwd;
  };

  it('an answer of the wrong shape is unsure: exit 3, the failed check and its reason on stderr and in the JSON', async () => {
    const { code, stdout, stderr } = await runCli(['run', '--format', 'json', ...DATE, '--no-cache', '--task', 'average number of orders per customer'], { cwd: project() });
    expect(code, stderr).toBe(3);
    const json = JSON.parse(stdout) as Summary;
    expect(json.status).toBe('unsure');
    expect(json.checks.filter((check) => !check.passed).map((check) => check.name)).toContain('average');
    expect(json.confidence).toBeGreaterThan(0);
    expect(json.confidence).toBeLessThan(1);
    expect(json.reason).toMatch(/average/);
    expect(stderr).toMatch(/^sluice: unsure: .*average/m);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('table, CSV and markdown output end with a note saying why the answer is unsure', async () => {
    const cwd = project();
    for (const [format, note] of [
      ['table', /^Unsure \(confidence 0\.\d+\): .*average/m],
      ['csv', /^# unsure \(confidence 0\.\d+\): .*average/m],
      ['markdown', /^> \*\*Unsure\*\* \(confidence 0\.\d+\): .*average/m],
    ] as const) {
      const result = await runCli(['run', '--format', format, ...DATE, '--task', 'average number of orders per customer'], { cwd });
      expect(result.code, result.stderr).toBe(3);
      expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(note);
    }
  });

  it('a wrong-shaped answer the LLM calls good is unsure; an off-topic question never reaches the LLM', async () => {
    const cwd = project();
    const counted = await runCli(['run', '--format', 'json', ...DATE, '--no-cache', '--task', 'How many orders were cancelled?'], { cwd });
    expect(counted.code, counted.stderr).toBe(3);
    const json = JSON.parse(counted.stdout) as Summary;
    expect(json.status).toBe('unsure');
    expect(json.checks.filter((c) => !c.passed).map((c) => c.name)).toEqual(expect.arrayContaining(['count_shape']));

    const before = server.chatRequests().length;
    const offTopic = await runCli(['run', '--format', 'json', ...DATE, '--no-cache', '--task', 'Who won the 2018 World Cup?'], { cwd });
    expect(offTopic.code, offTopic.stderr).toBe(4);
    expect(JSON.parse(offTopic.stdout).status).toBe('unanswerable');
    expect(server.chatRequests().length).toBe(before);
  });
});
