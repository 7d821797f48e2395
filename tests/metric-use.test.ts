import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoDatabase } from '../src/demo/ensure-demo-database.js';
import { TEST_CACHE_DIR, runCli, tempDir } from './helpers/run-cli.js';

/**
 * Metrics are used, and used right (issue 9, part 4): the default plan searches the demo's metrics, generate_sql
 * builds on a found metric's definition as written, and the question's own breakdowns and filters win over the
 * metric's default filter. Every answer is checked against SQL written by hand from demo/metrics.yml.
 */
let query: (sql: string) => Promise<unknown[][]>;

beforeAll(async () => {
  const demo = await ensureDemoDatabase(TEST_CACHE_DIR);
  const connection = await (await DuckDBInstance.create(demo.database, { access_mode: 'READ_ONLY' })).connect();
  query = async (sql) => (await connection.runAndReadAll(sql)).getRowsJson() as unknown[][];
});

interface RunJson {
  status: string;
  sql: string;
  columns: string[];
  rows: unknown[][];
  nodes: string[];
}

async function ask(task: string, plan?: string, cwd?: string, extra: string[] = []): Promise<RunJson> {
  const args = ['run', '--task', task, '--format', 'json', '--current_date', '2026-11-25', ...(plan ? ['--plan', plan] : []), ...extra];
  const result = await runCli(args, { cwd });
  expect(result.code, `${task}\n${result.stdout}\n${result.stderr}`).toBe(0);
  return JSON.parse(result.stdout) as RunJson;
}

/** Dates as their first 10 characters, numbers to 6 places, so DuckDB's JSON and the CLI's JSON compare. */
const normal = (rows: unknown[][]) =>
  rows.map((row) =>
    row.map((value) => {
      if (typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value))) return Math.round(Number(value) * 1e6) / 1e6;
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
      return value;
    }),
  );

async function expectAnswer(json: RunJson, expectedSql: string, columns?: number[]): Promise<void> {
  const expected = normal(await query(expectedSql));
  expect(expected.length).toBeGreaterThan(0);
  const got = normal(json.rows).map((row) => (columns ? columns.map((i) => row[i]) : row));
  expect(got, json.sql).toEqual(expected);
}

const Y2025 = "o.order_date >= DATE '2025-01-01' AND o.order_date < DATE '2026-01-01'";
const CANCELLATION_RATE = "COUNT(*) FILTER (WHERE o.status = 'cancelled') / COUNT(*)";

describe('metrics in the default reflection plan', () => {
  it('on the demo (which has metrics) the plan gains search_metrics right after schema_linking', async () => {
    const json = await ask('cancellation rate');
    expect(json.nodes.slice(0, 3)).toEqual(['schema_linking', 'search_metrics', 'generate_sql']);
    expect(json.nodes.filter((node) => node === 'search_metrics')).toHaveLength(1);
  });

  it('the fixed plan stays fixed, and a namespace without a metrics file gets no search_metrics', async () => {
    expect((await ask('number of orders by channel', 'fixed')).nodes).toEqual(['schema_linking', 'generate_sql', 'execute_sql', 'output']);
    const cwd = tempDir('sluice-metric-use-');
    fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'namespaces:\n  shop:\n    type: demo\n    metrics: ./no-metrics.yml\n');
    const result = await runCli(['run', '--namespace', 'shop', '--task', 'number of orders by channel', '--format', 'json', '--current_date', '2026-11-25'], { cwd });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).nodes).not.toContain('search_metrics');
  });
});

describe('generate_sql builds on the metric definition', () => {
  it('"cancellation rate": cancelled orders over all orders, from orders as the metric says', async () => {
    const json = await ask('cancellation rate');
    expect(json.sql).toMatch(/FROM orders/);
    await expectAnswer(json, `SELECT ${CANCELLATION_RATE} FROM orders o`);
  });

  it('"cancellation rate" with --plan metric_to_sql', async () => {
    await expectAnswer(await ask('cancellation rate', 'metric_to_sql'), `SELECT ${CANCELLATION_RATE} FROM orders o`);
  });

  it('"cancellation rate by channel"', async () => {
    await expectAnswer(await ask('cancellation rate by channel'), `SELECT o.channel, ${CANCELLATION_RATE} FROM orders o GROUP BY 1 ORDER BY 1`);
  });

  it('"cancellation rate by month in 2025": twelve months of the metric time column', async () => {
    const json = await ask('cancellation rate by month in 2025');
    await expectAnswer(json, `SELECT CAST(date_trunc('month', o.order_date) AS DATE), ${CANCELLATION_RATE} FROM orders o WHERE ${Y2025} GROUP BY 1 ORDER BY 1`);
    expect(json.rows).toHaveLength(12);
  });

  it('"return rate by category": returned units over units sold of non-cancelled orders, per category', async () => {
    await expectAnswer(
      await ask('return rate by category'),
      `SELECT c.name, SUM(COALESCE(r.quantity, 0)) / SUM(oi.quantity)
       FROM order_items oi JOIN orders o USING (order_id) JOIN products p USING (product_id) JOIN categories c USING (category_id)
       LEFT JOIN returns r ON r.order_item_id = oi.order_item_id
       WHERE o.status <> 'cancelled' GROUP BY 1 ORDER BY 1`,
    );
  });

  const revenueBySegment = `SELECT cu.segment, SUM(oi.quantity * oi.unit_price)
    FROM order_items oi JOIN orders o USING (order_id) JOIN customers cu ON cu.customer_id = o.customer_id
    WHERE o.status <> 'cancelled' AND ${Y2025} GROUP BY 1 ORDER BY 1`;

  it('"revenue by segment in 2025" with --plan metric_to_sql', async () => {
    const json = await ask('revenue by segment in 2025', 'metric_to_sql');
    expect(json.nodes).toContain('search_metrics');
    await expectAnswer(json, revenueBySegment);
  });

  it('"revenue by segment in 2025" with the default plan', async () => {
    await expectAnswer(await ask('revenue by segment in 2025'), revenueBySegment);
  });

  it('"Show monthly active users for the last quarter" (metric_to_sql) stays one row per month', async () => {
    const json = await ask('Show monthly active users for the last quarter', 'metric_to_sql');
    await expectAnswer(
      json,
      `SELECT CAST(date_trunc('month', event_date) AS DATE), COUNT(DISTINCT customer_id) FROM user_activity
       WHERE event_date >= DATE '2026-07-01' AND event_date < DATE '2026-10-01' GROUP BY 1 ORDER BY 1`,
    );
  });
});

describe("the question's breakdowns and filters win over a metric's default filter", () => {
  it('"how many orders per status" with --plan metric_to_sql keeps every status, cancelled too', async () => {
    const json = await ask('how many orders per status', 'metric_to_sql');
    await expectAnswer(json, 'SELECT status, COUNT(*) FROM orders GROUP BY 1 ORDER BY 1');
    expect(json.rows.map((row) => row[0])).toContain('cancelled');
  });

  it('"order count by status" uses order_count yet groups every status: its filter on status is dropped', async () => {
    const json = await ask('order count by status');
    expect(json.sql).toMatch(/COUNT\(DISTINCT orders\.order_id\)/);
    await expectAnswer(json, 'SELECT status, COUNT(DISTINCT order_id) FROM orders GROUP BY 1 ORDER BY 1');
  });

  it('"order count by channel" uses order_count with its filter, as the metric defines it', async () => {
    await expectAnswer(await ask('order count by channel'), "SELECT channel, COUNT(*) FROM orders WHERE status <> 'cancelled' GROUP BY 1 ORDER BY 1");
  });
});

describe('a metric whose measure contradicts the question is not picked', () => {
  const topSpenders = `SELECT o.customer_id, SUM(oi.quantity * oi.unit_price) AS spend
    FROM order_items oi JOIN orders o USING (order_id) WHERE o.status <> 'cancelled'
    GROUP BY 1 ORDER BY spend DESC, 1 LIMIT 10`;

  for (const plan of ['metric_to_sql', 'reflection']) {
    it(`"top 10 customers by total spend" (${plan}) sums money per customer, not COUNT(DISTINCT customer_id)`, async () => {
      const json = await ask('top 10 customers by total spend', plan);
      expect(json.sql).not.toMatch(/COUNT\(DISTINCT/i);
      const id = json.columns.indexOf('customer_id');
      const spend = json.columns.length - 1;
      expect(id).toBeGreaterThanOrEqual(0);
      await expectAnswer(json, topSpenders, [id, spend]);
    });
  }
});
