import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { MetricSchema, type Metric } from '../src/context/context-schema.js';
import { buildDemoDatabase } from '../src/demo/build-demo-database.js';
import { DEMO_DATA_END, DEMO_VERSION } from '../src/demo/demo-files.js';
import { ensureDemoDatabase } from '../src/demo/ensure-demo-database.js';
import { useScratchDemo } from './helpers/scratch-demo.js';

const TABLES = ['categories', 'products', 'customers', 'orders', 'order_items', 'returns', 'user_activity'];
const TODAY = '2026-11-25';

const scratch = useScratchDemo('sluice-demo-');
const { value } = scratch;

/** Row count and an order-independent checksum of every row, per table. */
async function fingerprint(path: string): Promise<Record<string, string>> {
  const instance = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  try {
    const result: Record<string, string> = {};
    for (const table of TABLES) {
      const reader = await connection.runAndReadAll(`SELECT COUNT(*) || ':' || SUM(hash(t)::HUGEINT) FROM ${table} t`);
      result[table] = String(reader.getRows()[0][0]);
    }
    return result;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe('building the demo database', () => {
  it('is fast and deterministic', async () => {
    const first = join(scratch.workDir, 'first.duckdb');
    const second = join(scratch.workDir, 'second.duckdb');
    const started = performance.now();
    await buildDemoDatabase(first);
    const elapsed = Math.round(performance.now() - started);
    console.log(`demo database build took ${elapsed} ms`);
    expect(elapsed).toBeLessThan(15_000);
    await buildDemoDatabase(second);
    const [a, b] = [await fingerprint(first), await fingerprint(second)];
    expect(a).toEqual(b);
    expect(a).toEqual(await fingerprint(scratch.demo.database));
  });

  it('caches the database under a versioned name and reuses it', async () => {
    expect(basename(scratch.demo.database)).toBe(`demo-v${DEMO_VERSION}.duckdb`);
    const before = statSync(scratch.demo.database).mtimeMs;
    const again = await ensureDemoDatabase(join(scratch.workDir, 'cache'));
    expect(again).toEqual(scratch.demo);
    expect(statSync(scratch.demo.database).mtimeMs).toBe(before);
  });

  it('builds once when called concurrently and leaves no temporary files', async () => {
    const cache = join(scratch.workDir, 'concurrent');
    const results = await Promise.all([ensureDemoDatabase(cache), ensureDemoDatabase(cache), ensureDemoDatabase(cache)]);
    expect(new Set(results.map((result) => result.database)).size).toBe(1);
    expect(readdirSync(cache)).toEqual([`demo-v${DEMO_VERSION}.duckdb`]);
  });

  it('points at the package metrics and docs', () => {
    expect(existsSync(scratch.demo.metrics)).toBe(true);
    expect(existsSync(join(scratch.demo.docs, 'glossary.md'))).toBe(true);
  });
});

describe('demo data', () => {
  it('has the expected tables and sizes', async () => {
    const counts = Object.fromEntries(
      await Promise.all(TABLES.map(async (table) => [table, Number(await value(`SELECT COUNT(*) FROM ${table}`))])),
    );
    expect(counts.categories).toBe(8);
    expect(counts.products).toBe(200);
    expect(counts.customers).toBe(2000);
    expect(counts.orders).toBeGreaterThan(16_000);
    expect(counts.orders).toBeLessThan(21_000);
    expect(counts.order_items / counts.orders).toBeGreaterThan(1.5);
    expect(counts.returns / counts.order_items).toBeGreaterThan(0.04);
    expect(counts.returns / counts.order_items).toBeLessThan(0.08);
    expect(counts.user_activity).toBeLessThan(400_000);
  });

  it('covers at least two years before today, every day of user activity', async () => {
    expect(await value(`SELECT MIN(order_date) <= DATE '${TODAY}' - INTERVAL 2 YEAR FROM orders`)).toBe(true);
    expect(await value(`SELECT MAX(order_date) >= DATE '${TODAY}' FROM orders`)).toBe(true);
    expect(await value(`SELECT COUNT(DISTINCT date_trunc('month', order_date)) FROM orders`)).toBe(47);
    expect(await value(`SELECT COUNT(DISTINCT event_date) FROM user_activity`)).toBe(
      await value(`SELECT DATE '${DEMO_DATA_END}' - DATE '2023-01-01' + 1`),
    );
  });

  it('ends on a fixed day no later than anyone runs it: no future orders, sign-ups, launches or activity', async () => {
    expect(DEMO_DATA_END <= new Date().toISOString().slice(0, 10)).toBe(true);
    for (const [table, column] of [['orders', 'order_date'], ['customers', 'signup_date'], ['products', 'launched_on'], ['user_activity', 'event_date']]) {
      expect(await value(`SELECT MAX(${column}) <= DATE '${DEMO_DATA_END}' FROM ${table}`), `${table}.${column}`).toBe(true);
    }
    expect(await value(`SELECT MAX(order_date) FROM orders`)).toBe(DEMO_DATA_END);
  });

  it('has California customers', async () => {
    const share = Number(await value(`SELECT AVG(CASE WHEN state = 'CA' THEN 1 ELSE 0 END) FROM customers`));
    expect(share).toBeGreaterThan(0.09);
    expect(share).toBeLessThan(0.16);
    expect(await value(`SELECT COUNT(DISTINCT city) FROM customers WHERE state = 'CA'`)).toBeGreaterThan(3);
  });

  it('is seasonal: Q4 strongest and Q1 weakest in every year', async () => {
    const result = await scratch.connector.execute(`
      SELECT year, arg_max(quarter, revenue), arg_min(quarter, revenue)
      FROM (SELECT year(o.order_date) AS year, quarter(o.order_date) AS quarter, SUM(i.quantity * i.unit_price) AS revenue
            FROM orders o JOIN order_items i ON i.order_id = o.order_id
            WHERE o.status <> 'cancelled' GROUP BY ALL)
      GROUP BY year ORDER BY year`);
    // 2026 ends with November, so its fourth quarter is incomplete: the complete years show the pattern.
    expect(result.rows.filter((row) => Number(row[0]) < 2026)).toEqual([2023, 2024, 2025].map((year) => [year, 4, 1]));
  });

  it('keeps orders after signup and items after product launch', async () => {
    expect(
      await value(`SELECT COUNT(*) FROM orders JOIN customers USING (customer_id) WHERE order_date < signup_date`),
    ).toBe(0);
    expect(
      await value(`SELECT COUNT(*) FROM order_items JOIN orders USING (order_id) JOIN products USING (product_id)
                   WHERE order_date < launched_on`),
    ).toBe(0);
    expect(await value(`SELECT COUNT(*) FROM returns JOIN order_items USING (order_item_id)
                        WHERE refund_amount <> returns.quantity * unit_price OR returns.quantity > order_items.quantity`)).toBe(0);
  });
});

describe('demo metrics and docs', () => {
  const metrics = (): Metric[] => {
    const document = parse(readFileSync(scratch.demo.metrics, 'utf8')) as { metrics: unknown[] };
    return document.metrics.map((metric) => MetricSchema.parse(metric));
  };

  it('defines the core metrics', () => {
    const names = metrics().map((metric) => metric.name);
    for (const name of [
      'revenue', 'net_revenue', 'order_count', 'average_order_value', 'daily_active_users',
      'monthly_active_users', 'return_rate', 'customer_count',
    ]) {
      expect(names).toContain(name);
    }
    expect(metrics().find((metric) => metric.name === 'monthly_active_users')?.synonyms).toContain('MAU');
  });

  it('every metric runs, overall and by its time column and dimensions', async () => {
    const tables = await scratch.connector.introspect();
    const columnExists = (qualified: string) => {
      const [table, column] = qualified.split('.');
      return tables.find((t) => t.name === table)?.columns.some((c) => c.name === column) ?? false;
    };
    for (const metric of metrics()) {
      const from = `FROM ${metric.table} ${metric.joins ?? ''} ${metric.filter ? `WHERE ${metric.filter}` : ''}`;
      const total = await scratch.connector.execute(`SELECT ${metric.expression} AS value ${from}`);
      expect(typeof total.rows[0][0], metric.name).toBe('number');
      expect(total.rows[0][0] as number, metric.name).toBeGreaterThan(0);
      if (metric.time_column) {
        expect(columnExists(metric.time_column), `${metric.name} time_column`).toBe(true);
        const grain = metric.grain ?? 'month';
        const byTime = await scratch.connector.execute(
          `SELECT date_trunc('${grain}', ${metric.time_column}) AS period, ${metric.expression} AS value ${from} GROUP BY period`,
        );
        expect(byTime.row_count, metric.name).toBeGreaterThan(12);
      }
      for (const dimension of metric.dimensions) expect(columnExists(dimension), `${metric.name}: ${dimension}`).toBe(true);
    }
  });

  it('metric values are consistent with each other', async () => {
    const byName = new Map(metrics().map((metric) => [metric.name, metric]));
    const run = async (name: string) => {
      const metric = byName.get(name)!;
      return value(`SELECT ${metric.expression} FROM ${metric.table} ${metric.joins ?? ''} ${metric.filter ? `WHERE ${metric.filter}` : ''}`) as Promise<number>;
    };
    const [revenue, net, refunds, orders, aov, returnRate] = await Promise.all(
      ['revenue', 'net_revenue', 'refunds', 'order_count', 'average_order_value', 'return_rate'].map(run),
    );
    expect(net).toBeLessThan(revenue);
    expect(revenue - refunds).toBeCloseTo(net, 2);
    expect(revenue / orders).toBeCloseTo(aov, 6);
    expect(returnRate).toBeGreaterThan(0.02);
    expect(returnRate).toBeLessThan(0.1);
  });

  it('every SQL example in the docs runs', async () => {
    for (const file of readdirSync(scratch.demo.docs).filter((name) => name.endsWith('.md'))) {
      const markdown = readFileSync(join(scratch.demo.docs, file), 'utf8');
      for (const [, sql] of markdown.matchAll(/```sql\n([\s\S]*?)```/g)) {
        const result = await scratch.connector.execute(sql);
        expect(result.row_count, `${file}: ${sql.slice(0, 60)}`).toBeGreaterThan(0);
      }
    }
  });

  it('the glossary seasonal adjustment SQL gives indexes that match the seasons it describes', async () => {
    const glossary = readFileSync(join(scratch.demo.docs, 'glossary.md'), 'utf8');
    const section = glossary.split(/^## /m).find((part) => part.startsWith('Seasonal adjustment'))!;
    const sql = /```sql\n([\s\S]*?)```/.exec(section)![1];
    const result = await scratch.connector.execute(sql);
    expect(result.columns).toEqual(['category', 'year', 'quarter', 'net_revenue', 'seasonal_index', 'seasonally_adjusted_net_revenue']);
    expect(result.row_count).toBe(8 * 4 * 4);
    const indexes = new Map<string, number[]>();
    for (const [category, year, , , index] of result.rows as [string, number, number, number, number][]) {
      if (year === 2023) indexes.set(category, [...(indexes.get(category) ?? []), index]);
      expect(index).toBeGreaterThan(0);
    }
    expect(indexes.size).toBe(8);
    for (const [category, quarters] of indexes) {
      expect(quarters.reduce((sum, index) => sum + index, 0), category).toBeCloseTo(4, 2);
      expect(quarters[0], category).toBeLessThan(1);
    }
    expect(indexes.get('Electronics')![3]).toBeGreaterThan(1.5);
    expect(indexes.get('Toys & Games')![3]).toBeGreaterThan(1.5);
    const sports = indexes.get('Sports & Outdoors')!;
    expect(sports.indexOf(Math.max(...sports))).toBe(1);
  });
});
