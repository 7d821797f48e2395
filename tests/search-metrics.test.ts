import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchMetricsNode } from '../operators/search-metrics.js';
import { ContextSchema, type ContextInput } from '../src/context/context-schema.js';
import { loadMetrics } from '../src/metrics/load-metrics.js';
import { rankMetrics } from '../src/metrics/rank-metrics.js';
import { catalogTestRuntime, testCall } from './helpers/catalog-test-runtime.js';

const METRICS_YAML = `
metrics:
  - name: revenue
    description: Gross revenue, quantity times unit price of the items of orders that were not cancelled.
    expression: SUM(order_items.quantity * order_items.unit_price)
    table: orders
    joins: JOIN order_items ON order_items.order_id = orders.order_id
    filter: "orders.status <> 'cancelled'"
    time_column: orders.order_date
    dimensions: [categories.name, customers.state]
    synonyms: [sales, gross revenue, turnover]
    grain: month
  - name: net_revenue
    description: Revenue minus the refunds paid for returned items.
    expression: SUM(order_items.quantity * order_items.unit_price - COALESCE(returns.refund_amount, 0))
    table: orders
    joins: JOIN order_items ON order_items.order_id = orders.order_id LEFT JOIN returns USING (order_item_id)
    time_column: orders.order_date
    synonyms: [net sales, revenue after refunds]
  - name: return_rate
    description: Share of units sold that were returned.
    expression: SUM(returns.quantity) / SUM(order_items.quantity)
    table: order_items
    synonyms: [returns rate, share returned]
  - name: daily_active_users
    description: Distinct customers with at least one event on a day.
    expression: COUNT(DISTINCT user_activity.customer_id)
    table: user_activity
    time_column: user_activity.event_date
    synonyms: [DAU, daily actives]
    grain: day
  - name: monthly_active_users
    description: Distinct customers with at least one event in a calendar month.
    expression: COUNT(DISTINCT user_activity.customer_id)
    table: user_activity
    time_column: user_activity.event_date
    dimensions: [user_activity.event_type]
    synonyms: [monthly actives]
    grain: month
  - name: average_order_value
    description: Average gross revenue per order.
    expression: SUM(order_items.quantity * order_items.unit_price) / COUNT(DISTINCT orders.order_id)
    table: orders
    synonyms: [average basket]
`;

let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'sluice-metrics-'));
  writeFileSync(join(folder, 'metrics.yml'), METRICS_YAML);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function context(text: string, extra: Partial<ContextInput> = {}) {
  return ContextSchema.parse({
    run_id: 'run-1',
    task: { text, namespace: 'shop', plan: 'metric_to_sql', current_date: '2026-11-25', max_iterations: 3 },
    plan: {},
    ...extra,
  });
}

async function search(text: string, metricsFile: string | undefined, extra: Partial<ContextInput> = {}) {
  const runtime = catalogTestRuntime({ database: join(folder, 'unused.duckdb'), metrics: metricsFile });
  return searchMetricsNode.run(context(text, extra), testCall(runtime, 'search_metrics'));
}

const names = (metrics: { name: string }[]) => metrics.map((metric) => metric.name);

describe('rankMetrics', () => {
  let metrics: Awaited<ReturnType<typeof loadMetrics>>['metrics'];
  beforeAll(async () => {
    metrics = (await loadMetrics(join(folder, 'metrics.yml'))).metrics;
  });

  it.each([
    ['Show monthly active users for the last quarter', 'monthly_active_users'],
    ['MAU by event type', 'monthly_active_users'],
    ['DAU yesterday', 'daily_active_users'],
    ['revenue excluding returns by month', 'net_revenue'],
    ['net sales per state', 'net_revenue'],
    ['total sales by category', 'revenue'],
    ['what is the average basket size', 'average_order_value'],
    ['share of units returned', 'return_rate'],
  ])('%s → %s first', (question, first) => {
    const ranked = rankMetrics(metrics, question);
    expect(ranked[0].name).toBe(first);
    expect(ranked[0].score).toBe(1);
    expect(ranked.length).toBeLessThanOrEqual(3);
  });

  it('finds nothing for a question no metric is about', () => {
    expect(rankMetrics(metrics, 'List the email of every supplier')).toEqual([]);
    expect(rankMetrics(metrics, 'suppliers added after March')).toEqual([]);
  });

  it('keeps the fields of the file and defaults the rest', () => {
    const [mau] = rankMetrics(metrics, 'monthly active users');
    expect(mau).toMatchObject({
      name: 'monthly_active_users',
      table: 'user_activity',
      time_column: 'user_activity.event_date',
      dimensions: ['user_activity.event_type'],
      grain: 'month',
    });
    const [aov] = rankMetrics(metrics, 'average order value');
    expect(aov.dimensions).toEqual([]);
  });

  it('ranks a question asked again, with other options, as a fresh ranking does, and a changed answer changes no later one', () => {
    const questions = ['monthly active users', 'revenue excluding returns by month', 'net sales per state', 'share of units returned', 'DAU yesterday'];
    for (const question of questions) {
      const first = rankMetrics(metrics, question);
      first[0]!.name = 'changed by a caller';
      first[0]!.score = 0;
      for (const options of [{}, { top_k: 10, min_score: 0 }, { top_k: 1, min_score: 0.9 }]) {
        expect(rankMetrics(metrics, question, options), `${question} ${JSON.stringify(options)}`).toEqual(rankMetrics([...metrics], question, options));
      }
    }
    expect(rankMetrics(metrics, 'revenue excluding returns by month', { top_k: 10, min_score: 0 }).length).toBeGreaterThan(1);
  });
});

describe('loadMetrics', () => {
  it('treats a missing path or file as no metrics', async () => {
    expect(await loadMetrics(undefined)).toEqual({ metrics: [] });
    expect(await loadMetrics(join(folder, 'missing.yml'))).toEqual({ metrics: [] });
  });

  it('names the file and the key of a bad metric', async () => {
    const file = join(folder, 'bad.yml');
    writeFileSync(file, 'metrics:\n  - name: revenue\n    table: orders\n    dimensions: orders.channel\n');
    const error = await loadMetrics(file).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toMatch(/metrics\[0\]\.expression: /);
    expect((error as Error).message).toMatch(/metrics\[0\]\.dimensions: /);
  });

  it('names the file of malformed YAML and rejects duplicate names', async () => {
    const broken = join(folder, 'broken.yml');
    writeFileSync(broken, 'metrics: [\n  name: x\n');
    await expect(loadMetrics(broken)).rejects.toThrow(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: invalid YAML`));

    const duplicate = join(folder, 'duplicate.yml');
    writeFileSync(duplicate, 'metrics:\n  - {name: a, expression: COUNT(*), table: t}\n  - {name: a, expression: SUM(x), table: t}\n');
    await expect(loadMetrics(duplicate)).rejects.toThrow(/metrics\[1\]\.name: duplicate metric name "a"/);
  });

  it('reads the demo metrics file', async () => {
    const demo = await loadMetrics(join(import.meta.dirname, '..', 'demo', 'metrics.yml'));
    expect(demo.metrics.length).toBeGreaterThan(5);
    expect(names(rankMetrics(demo.metrics, 'Show monthly active users for the last quarter'))[0]).toBe('monthly_active_users');
    expect(names(rankMetrics(demo.metrics, 'MAU'))[0]).toBe('monthly_active_users');
    expect(names(rankMetrics(demo.metrics, 'revenue excluding returns'))[0]).toBe('net_revenue');
  });
});

describe('search_metrics node', () => {
  it('writes the relevant metrics and summarises them', async () => {
    const outcome = await search('Show monthly active users for the last quarter', join(folder, 'metrics.yml'));
    expect(outcome.context.metrics[0].name).toBe('monthly_active_users');
    expect(outcome.context.metrics[0].score).toBe(1);
    expect(outcome.summary).toMatch(new RegExp(`^${outcome.context.metrics.length} metrics? found \\(monthly_active_users`));
  });

  it('reports a namespace without a metrics file', async () => {
    const outcome = await search('Show monthly active users', undefined);
    expect(outcome.summary).toBe('no metrics file');
    expect(outcome.context.metrics).toEqual([]);
  });

  it('replaces a metric already in the context instead of duplicating it', async () => {
    const first = await search('monthly active users', join(folder, 'metrics.yml'));
    const again = await searchMetricsNode.run(first.context, testCall(catalogTestRuntime({ database: 'unused', metrics: join(folder, 'metrics.yml') }), 'search_metrics'));
    expect(names(again.context.metrics)).toEqual(names(first.context.metrics));
  });

  it('honours top_k from the workflow parameters', async () => {
    const runtime = catalogTestRuntime({ database: 'unused', metrics: join(folder, 'metrics.yml') });
    const outcome = await searchMetricsNode.run(context('revenue and net revenue and sales'), testCall(runtime, 'search_metrics', { top_k: 1 }));
    expect(outcome.context.metrics).toHaveLength(1);
    expect(outcome.summary).toMatch(/^1 metric found/);
  });

  it('fails with the file and key when the metrics file is invalid', async () => {
    const file = join(folder, 'invalid.yml');
    writeFileSync(file, 'metrics:\n  - name: revenue\n    expression: 42\n    table: orders\n');
    await expect(search('revenue', file)).rejects.toThrow(/invalid\.yml: invalid metrics file: metrics\[0\]\.expression/);
  });
});
