import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  ContextSchema,
  MetricSchema,
  type ColumnSchema,
  type Context,
  type ContextInput,
  type DocPassage,
  type Metric,
  type SqlAttempt,
  type TableSchema,
} from '../src/context/context-schema.js';
import { ensureDemoDatabase } from '../src/demo/ensure-demo-database.js';
import type { ModelCallOptions } from '../src/models/sql-model.js';
import { createOfflineModel } from '../src/models/offline/offline-model.js';

type ColumnSpec = [name: string, type: string, extra?: Partial<ColumnSchema>];

function table(name: string, comment: string, columns: ColumnSpec[], score = 1): TableSchema {
  const cols = columns.map(([columnName, type, extra]) => ({ name: columnName, type, nullable: false, primary_key: false, ...extra }));
  const ddl = `CREATE TABLE ${name} (${cols
    .map((c) => `${c.name} ${c.type}${c.primary_key ? ' PRIMARY KEY' : ''}${c.references ? ` REFERENCES ${c.references}` : ''}${c.comment ? ` /* ${c.comment} */` : ''}`)
    .join(', ')}); -- ${comment}`;
  return { name, comment, columns: cols, ddl, sample_rows: [], score, reason: 'ranked' };
}

const pk = { primary_key: true };
const TABLES: Record<string, TableSchema> = {
  categories: table('categories', 'Product categories of the retail catalog', [
    ['category_id', 'INTEGER', pk],
    ['name', 'VARCHAR', { comment: 'Category name, e.g. Electronics or Home & Kitchen' }],
    ['description', 'VARCHAR'],
  ]),
  products: table('products', 'Products sold by the store with their current list price', [
    ['product_id', 'INTEGER', pk],
    ['name', 'VARCHAR'],
    ['category_id', 'INTEGER', { references: 'categories.category_id' }],
    ['unit_price', 'DECIMAL(10,2)', { comment: 'Current list price in US dollars' }],
    ['launched_on', 'DATE'],
  ]),
  customers: table('customers', 'Registered customers with their location and segment', [
    ['customer_id', 'INTEGER', pk],
    ['first_name', 'VARCHAR'],
    ['last_name', 'VARCHAR'],
    ['email', 'VARCHAR'],
    ['city', 'VARCHAR'],
    ['state', 'VARCHAR', { comment: 'Two-letter US state code, e.g. CA for California' }],
    ['signup_date', 'DATE'],
    ['segment', 'VARCHAR', { comment: 'Customer segment: consumer, small_business or enterprise' }],
  ]),
  orders: table('orders', 'Customer orders, one row per order', [
    ['order_id', 'INTEGER', pk],
    ['customer_id', 'INTEGER', { references: 'customers.customer_id' }],
    ['order_date', 'DATE'],
    ['status', 'VARCHAR', { comment: 'Order status: completed, shipped or cancelled (not a sale)' }],
    ['channel', 'VARCHAR'],
  ]),
  order_items: table('order_items', 'Lines of an order', [
    ['order_item_id', 'INTEGER', pk],
    ['order_id', 'INTEGER', { references: 'orders.order_id' }],
    ['product_id', 'INTEGER', { references: 'products.product_id' }],
    ['quantity', 'INTEGER'],
    ['unit_price', 'DECIMAL(10,2)', { comment: 'Price per unit actually paid' }],
  ]),
  returns: table('returns', 'Returned order items with the refund paid', [
    ['return_id', 'INTEGER', pk],
    ['order_item_id', 'INTEGER', { references: 'order_items.order_item_id' }],
    ['return_date', 'DATE'],
    ['quantity', 'INTEGER'],
    ['reason', 'VARCHAR'],
    ['refund_amount', 'DECIMAL(10,2)'],
  ]),
  user_activity: table('user_activity', 'Events of customers on the web site and app', [
    ['event_id', 'BIGINT', pk],
    ['customer_id', 'INTEGER', { references: 'customers.customer_id' }],
    ['event_date', 'DATE'],
    ['event_type', 'VARCHAR'],
  ]),
};

function tables(...names: string[]): TableSchema[] {
  return names.map((name, i) => ({ ...TABLES[name]!, score: names.length - i }));
}

let runCounter = 0;
function context(text: string, extra: Partial<ContextInput> = {}, currentDate = '2026-11-25'): Context {
  return ContextSchema.parse({
    run_id: `offline-test-${++runCounter}`,
    task: { text, namespace: 'demo', plan: 'reflection', current_date: currentDate, max_iterations: 3 },
    plan: { done: [], pending: [], next_step_id: 0 },
    ...extra,
  });
}

const options: ModelCallOptions = { signal: new AbortController().signal, dialect: 'duckdb', node: 'test' };
const model = createOfflineModel();

let cacheDir: string;
let instance: DuckDBInstance;
let connection: DuckDBConnection;

beforeAll(async () => {
  cacheDir = mkdtempSync(join(tmpdir(), 'sluice-offline-'));
  const demo = await ensureDemoDatabase(cacheDir);
  instance = await DuckDBInstance.create(demo.database, { access_mode: 'READ_ONLY' });
  connection = await instance.connect();
});

afterAll(() => {
  connection?.closeSync();
  instance?.closeSync();
  rmSync(cacheDir, { recursive: true, force: true });
});

interface Result {
  columns: string[];
  rows: unknown[][];
}

async function run(sql: string): Promise<Result> {
  const reader = await connection.runAndReadAll(sql);
  return { columns: reader.columnNames(), rows: reader.getRowsJson() as unknown[][] };
}

/** The context after execute_sql ran `sql`. */
async function executed(ctx: Context, sql: string, source = 'generate_sql'): Promise<Context> {
  let attempt: Partial<SqlAttempt>;
  try {
    const result = await run(sql);
    attempt = { sql, source, executed: true, columns: result.columns, row_count: result.rows.length, rows: result.rows.slice(0, 20) };
  } catch (error) {
    const message = (error as Error).message.split(/\n\s*LINE \d+:/)[0]!.trim();
    attempt = { sql, source, executed: true, error: message, error_kind: /^Parser/.test(message) ? 'syntax' : /^(Binder|Catalog)/.test(message) ? 'binder' : 'runtime' };
  }
  return ContextSchema.parse({ ...ctx, sql_attempts: [...ctx.sql_attempts, attempt] });
}


const DEMO_DIR = join(import.meta.dirname, '..', 'demo');

function glossarySection(heading: string): DocPassage {
  const text = readFileSync(join(DEMO_DIR, 'docs', 'glossary.md'), 'utf8');
  const start = text.indexOf(`## ${heading}\n`);
  if (start < 0) throw new Error(`glossary has no section "${heading}"`);
  const end = text.indexOf('\n## ', start + 1);
  return { source: 'glossary.md', heading, text: text.slice(start + heading.length + 4, end < 0 ? undefined : end).trim(), score: 1 };
}

function demoMetrics(): Metric[] {
  const file = parseYaml(readFileSync(join(DEMO_DIR, 'metrics.yml'), 'utf8')) as { metrics: unknown[] };
  return file.metrics.map((metric) => MetricSchema.parse(metric));
}

/** Rows as comparable strings, numbers rounded to cents so DECIMAL and DOUBLE meet. */
function normalized(rows: unknown[][]): string[] {
  return rows.map((row) =>
    JSON.stringify(
      row.map((value) => {
        const number = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : undefined;
        return number === undefined ? value : Math.round(number * 100) / 100;
      }),
    ),
  );
}

async function expectSameRows(actualSql: string, expectedSql: string, ordered = true): Promise<Result> {
  const actual = await run(actualSql);
  const expected = await run(expectedSql);
  const a = normalized(actual.rows);
  const e = normalized(expected.rows);
  expect(a.length).toBeGreaterThan(0);
  if (ordered) expect(a).toEqual(e);
  else expect([...a].sort()).toEqual([...e].sort());
  return actual;
}

async function generated(text: string, extra: Partial<ContextInput> = {}): Promise<string> {
  const result = await model.generateSql(context(text, extra), options);
  expect(result.sql).not.toMatch(/;\s*$/);
  return result.sql;
}

const ALL = () => tables('customers', 'orders', 'order_items', 'products', 'categories', 'returns', 'user_activity');

const SEASONAL_QUESTION = 'Show me quarterly revenue trends by product category, excluding returns and considering seasonal adjustments';

/** Quarterly net revenue per category, written by hand from the glossary's "Net revenue and returns". */
const NET_REVENUE_BY_QUARTER_SQL = `
SELECT CAST(date_trunc('quarter', o.order_date) AS DATE) AS quarter, c.name AS category,
       SUM(oi.quantity * oi.unit_price - COALESCE(r.refund_amount, 0)) AS net_revenue
FROM orders o
JOIN order_items oi ON oi.order_id = o.order_id
JOIN products p ON p.product_id = oi.product_id
JOIN categories c ON c.category_id = p.category_id
LEFT JOIN returns r ON r.order_item_id = oi.order_item_id
WHERE o.status <> 'cancelled'
GROUP BY 1, 2
ORDER BY 1, 2`;

/**
 * Seasonally adjusted quarterly net revenue per category, written by hand from the glossary's "Seasonal adjustment":
 * index(category, q) = avg net revenue of quarter-of-year q over the full years (years with data in all four quarters)
 * / avg quarterly net revenue of the category over those years; adjusted = net revenue / index.
 */
const SEASONALLY_ADJUSTED_SQL = `
WITH q AS (
  SELECT c.name AS category, year(o.order_date) AS yr, quarter(o.order_date) AS qoy,
         SUM(oi.quantity * oi.unit_price - COALESCE(r.refund_amount, 0)) AS net_revenue
  FROM orders o
  JOIN order_items oi ON oi.order_id = o.order_id
  JOIN products p ON p.product_id = oi.product_id
  JOIN categories c ON c.category_id = p.category_id
  LEFT JOIN returns r ON r.order_item_id = oi.order_item_id
  WHERE o.status <> 'cancelled'
  GROUP BY 1, 2, 3
),
full_years AS (SELECT yr FROM q GROUP BY yr HAVING COUNT(DISTINCT qoy) = 4),
by_quarter AS (
  SELECT category, qoy, AVG(net_revenue) AS avg_q FROM q WHERE yr IN (SELECT yr FROM full_years) GROUP BY 1, 2
),
overall AS (
  SELECT category, AVG(net_revenue) AS avg_all FROM q WHERE yr IN (SELECT yr FROM full_years) GROUP BY 1
)
SELECT make_date(q.yr, 3 * q.qoy - 2, 1) AS quarter, q.category,
       ROUND(q.net_revenue / (b.avg_q / o.avg_all), 2) AS seasonally_adjusted
FROM q
JOIN by_quarter b ON b.category = q.category AND b.qoy = q.qoy
JOIN overall o ON o.category = q.category
ORDER BY 1, 2`;

describe('offline model: the spec examples on the demo database', () => {
  it('lists the customers from California', async () => {
    const sql = await generated('List all customers from California', {
      table_schemas: tables('customers'),
      matched_values: [{ table: 'customers', column: 'state', value: 'CA', matched_text: 'California' }],
    });
    expect(sql).toBe("SELECT * FROM customers WHERE state = 'CA'");
    const result = await run(`SELECT customer_id FROM (${sql}) ORDER BY 1`);
    const expected = await run("SELECT customer_id FROM customers WHERE state = 'CA' ORDER BY 1");
    expect(result.rows.length).toBeGreaterThan(0);
    expect(result.rows).toEqual(expected.rows);
  });

  it('shows monthly active users for the last quarter from the metric and the date range', async () => {
    const metrics = demoMetrics();
    expect(metrics.some((m) => m.name === 'monthly_active_users')).toBe(true);
    const sql = await generated('Show monthly active users for the last quarter', {
      table_schemas: tables('user_activity', 'customers'),
      metrics,
      date_ranges: [{ phrase: 'last quarter', start: '2026-07-01', end: '2026-10-01', grain: 'quarter' }],
    });
    expect(sql).toMatch(/monthly_active_users/);
    const result = await expectSameRows(
      sql,
      `SELECT CAST(date_trunc('month', event_date) AS DATE), COUNT(DISTINCT customer_id)
       FROM user_activity WHERE event_date >= DATE '2026-07-01' AND event_date < DATE '2026-10-01'
       GROUP BY 1 ORDER BY 1`,
    );
    expect(result.rows.map((row) => String(row[0]).slice(0, 7))).toEqual(['2026-07', '2026-08', '2026-09']);
  });

  it('reflects its way to seasonally adjusted net revenue per category', async () => {
    let ctx = context(SEASONAL_QUESTION, { table_schemas: tables('orders', 'order_items', 'products', 'categories', 'returns') });

    const first = await model.generateSql(ctx, options);
    await expectSameRows(first.sql, NET_REVENUE_BY_QUARTER_SQL);
    ctx = await executed(ctx, first.sql);

    const judged = await model.reflect(ctx, options);
    expect(judged.strategy).toBe('doc_search');
    expect(judged.unaddressed.join(' ')).toMatch(/seasonal/);
    expect(judged.reason).toMatch(/seasonal adjustments/);

    // doc_search brings the glossary's definition; fix regenerates with it
    ctx = ContextSchema.parse({
      ...ctx,
      reflections: [{ ...judged, iteration: 1 }],
      doc_passages: [glossarySection('Seasonal adjustment'), glossarySection('Fiscal quarters')],
    });
    const repaired = await model.fix(ctx, options);
    expect(repaired.sql).not.toBe(first.sql);
    expect(repaired.explanation).toMatch(/season/i);
    const result = await run(repaired.sql);
    expect(result.columns).toContain('seasonally_adjusted_net_revenue');
    const adjusted = result.columns.indexOf('seasonally_adjusted_net_revenue');
    const actualRows = result.rows.map((row) => [row[0], row[1], row[adjusted]]);
    const expected = await run(SEASONALLY_ADJUSTED_SQL);
    expect(actualRows.length).toBe(8 * 4 * 4);
    expect(normalized(actualRows)).toEqual(normalized(expected.rows));

    ctx = await executed(ctx, repaired.sql, 'fix');
    const final = await model.reflect(ctx, options);
    expect(final.strategy).toBe('success');
    expect(final.unaddressed).toEqual([]);
  });

  it('converges in a loop that acts on reflect like the engine does', async () => {
    const passages = ['Revenue', 'Net revenue and returns', 'Fiscal quarters', 'Seasonal adjustment', 'Active users'].map(glossarySection);
    let ctx = context(SEASONAL_QUESTION, { table_schemas: tables('orders', 'order_items', 'products', 'categories', 'returns', 'customers') });
    ctx = await executed(ctx, (await model.generateSql(ctx, options)).sql);
    const strategies: string[] = [];
    for (let round = 1; round <= 3; round++) {
      const decision = await model.reflect(ctx, options);
      strategies.push(decision.strategy);
      if (decision.strategy === 'success') break;
      const found = decision.strategy === 'doc_search' ? passages.filter((p) => decision.unaddressed.some((u) => `${p.heading} ${p.text}`.toLowerCase().includes(u.split(' ')[0]!))) : [];
      ctx = ContextSchema.parse({ ...ctx, reflections: [...ctx.reflections, { ...decision, iteration: round }], doc_passages: [...ctx.doc_passages, ...found] });
      ctx = await executed(ctx, (await model.fix(ctx, options)).sql, 'fix');
    }
    expect(strategies).toEqual(['doc_search', 'success']);
    expect(ctx.sql_attempts.at(-1)!.columns).toContain('seasonally_adjusted_net_revenue');
  });
});

describe('offline model: question shapes on the demo database', () => {
  it('ranks the top 5 products by revenue', async () => {
    await expectSameRows(
      await generated('top 5 products by revenue', { table_schemas: ALL() }),
      `SELECT p.name, SUM(oi.quantity * oi.unit_price) AS revenue
       FROM order_items oi JOIN orders o ON o.order_id = oi.order_id JOIN products p ON p.product_id = oi.product_id
       WHERE o.status <> 'cancelled' GROUP BY p.name ORDER BY revenue DESC LIMIT 5`,
    );
  });

  it('finds the state with the most customers', async () => {
    const sql = await generated('Which state has the most customers?', { table_schemas: ALL() });
    await expectSameRows(sql, 'SELECT state FROM customers GROUP BY state ORDER BY COUNT(*) DESC LIMIT 1');
  });

  it('counts orders per channel', async () => {
    await expectSameRows(
      await generated('How many orders per channel?', { table_schemas: ALL() }),
      'SELECT channel, COUNT(*) FROM orders GROUP BY channel ORDER BY channel',
    );
  });

  it('counts with a value filter and a year', async () => {
    await expectSameRows(
      await generated('How many customers from Texas signed up in 2024?', {
        table_schemas: ALL(),
        matched_values: [{ table: 'customers', column: 'state', value: 'TX', matched_text: 'Texas' }],
      }),
      "SELECT COUNT(*) FROM customers WHERE state = 'TX' AND year(signup_date) = 2024",
    );
  });

  it('counts the filtered table when the counted noun names no table ("How many patrons …")', async () => {
    await expectSameRows(
      await generated('How many patrons are from Texas?', {
        table_schemas: ALL(),
        matched_values: [{ table: 'customers', column: 'state', value: 'TX', matched_text: 'Texas' }],
      }),
      "SELECT COUNT(*) FROM customers WHERE state = 'TX'",
    );
  });

  it('answers "when" with the date a superlative ranks by, not the whole row', async () => {
    const sql = await generated('When did the newest customer join?', { table_schemas: ALL() });
    expect(sql).not.toMatch(/SELECT \*/);
    await expectSameRows(sql, 'SELECT MAX(signup_date) FROM customers');
  });

  it('reads "first and last names" as both name columns: the modifier shares the next head noun', async () => {
    await expectSameRows(
      await generated('List the first and last names of patrons from Texas.', {
        table_schemas: ALL(),
        matched_values: [{ table: 'customers', column: 'state', value: 'TX', matched_text: 'Texas' }],
      }),
      "SELECT first_name, last_name FROM customers WHERE state = 'TX'",
    );
  });

  it('finds an asked attribute named by a WordNet synonym of its column (nation → country)', async () => {
    const ships = table('ships', 'Ships of the fleet', [
      ['ship_id', 'INTEGER', pk],
      ['ship_name', 'VARCHAR'],
      ['country', 'VARCHAR'],
      ['tonnage', 'INTEGER'],
    ]);
    const sql = await generated('Which nation is the Polaris registered in?', {
      table_schemas: [ships],
      matched_values: [{ table: 'ships', column: 'ship_name', value: 'Polaris', matched_text: 'Polaris' }],
    });
    expect(sql).toMatch(/^SELECT country FROM ships WHERE ship_name = 'Polaris'/);
  });

  it('averages a column per group across a join', async () => {
    await expectSameRows(
      await generated('What is the average unit price of products for each category?', { table_schemas: ALL() }),
      `SELECT c.name, AVG(p.unit_price) FROM products p JOIN categories c ON c.category_id = p.category_id
       GROUP BY c.name ORDER BY c.name`,
    );
  });

  it('orders by an attribute for a superlative', async () => {
    await expectSameRows(
      await generated('What are the 3 most expensive products?', { table_schemas: ALL() }),
      'SELECT * FROM products ORDER BY unit_price DESC, product_id LIMIT 3',
    );
    await expectSameRows(
      // "who" asks for the person, told by name.
      await generated('Who is the oldest customer?', { table_schemas: tables('customers') }),
      'SELECT first_name, last_name FROM customers ORDER BY signup_date ASC, customer_id LIMIT 1',
    );
  });

  it('sums revenue per state along the foreign keys and per month within a year', async () => {
    await expectSameRows(
      await generated('Total revenue by state', { table_schemas: ALL() }),
      `SELECT cu.state, SUM(oi.quantity * oi.unit_price) FROM order_items oi
       JOIN orders o ON o.order_id = oi.order_id JOIN customers cu ON cu.customer_id = o.customer_id
       WHERE o.status <> 'cancelled' GROUP BY cu.state ORDER BY cu.state`,
    );
    await expectSameRows(
      await generated('monthly sales', {
        table_schemas: ALL(),
        date_ranges: [{ phrase: 'in 2025', start: '2025-01-01', end: '2026-01-01' }],
      }),
      `SELECT CAST(date_trunc('month', o.order_date) AS DATE), SUM(oi.quantity * oi.unit_price) FROM order_items oi
       JOIN orders o ON o.order_id = oi.order_id
       WHERE o.status <> 'cancelled' AND o.order_date >= DATE '2025-01-01' AND o.order_date < DATE '2026-01-01'
       GROUP BY 1 ORDER BY 1`,
    );
  });

  it('ranks customers by how many orders they placed', async () => {
    await expectSameRows(
      await generated('top 3 customers by number of orders', { table_schemas: ALL() }),
      `SELECT cu.customer_id, cu.first_name, cu.last_name, COUNT(*) AS n FROM orders o
       JOIN customers cu ON cu.customer_id = o.customer_id GROUP BY 1, 2, 3 ORDER BY n DESC, 1 LIMIT 3`,
    );
  });

  it('uses a metric with a dimension joined along the foreign keys', async () => {
    await expectSameRows(
      await generated('revenue by product category in 2026', {
        table_schemas: ALL(),
        metrics: demoMetrics().filter((m) => m.name === 'revenue'),
        date_ranges: [{ phrase: 'in 2026', start: '2026-01-01', end: '2027-01-01' }],
      }),
      `SELECT c.name, SUM(oi.quantity * oi.unit_price) FROM orders o
       JOIN order_items oi ON oi.order_id = o.order_id JOIN products p ON p.product_id = oi.product_id
       JOIN categories c ON c.category_id = p.category_id
       WHERE o.status <> 'cancelled' AND o.order_date >= DATE '2026-01-01' AND o.order_date < DATE '2027-01-01'
       GROUP BY 1 ORDER BY 1`,
    );
  });

  it('filters on a joined table and ranks by an attribute', async () => {
    await expectSameRows(
      await generated('List the 5 cheapest products in Electronics', {
        table_schemas: ALL(),
        matched_values: [{ table: 'categories', column: 'name', value: 'Electronics', matched_text: 'Electronics' }],
      }),
      `SELECT p.* FROM products p JOIN categories c ON c.category_id = p.category_id
       WHERE c.name = 'Electronics' ORDER BY p.unit_price, p.product_id LIMIT 5`,
    );
  });

  it('computes the average order value per channel', async () => {
    await expectSameRows(
      await generated('Average order value by channel', { table_schemas: ALL() }),
      `SELECT o.channel, SUM(oi.quantity * oi.unit_price) / COUNT(DISTINCT o.order_id) FROM orders o
       JOIN order_items oi ON oi.order_id = o.order_id WHERE o.status <> 'cancelled' GROUP BY 1 ORDER BY 1`,
    );
  });

  it('counts active users as distinct customers of the activity table, resolving "yesterday" itself', async () => {
    await expectSameRows(
      await generated('How many active users did we have yesterday?', { table_schemas: tables('user_activity', 'customers') }),
      "SELECT COUNT(DISTINCT customer_id) FROM user_activity WHERE event_date = DATE '2026-11-24'",
    );
  });

  it('answers "which day" and "returned most often" with a grouped ranking', async () => {
    await expectSameRows(
      await generated('Which day had the highest number of orders?', { table_schemas: ALL() }),
      'SELECT order_date FROM orders GROUP BY 1 ORDER BY COUNT(*) DESC, 1 LIMIT 1',
    );
    await expectSameRows(
      await generated('Which product was returned most often?', { table_schemas: ALL() }),
      `SELECT p.name FROM returns r JOIN order_items oi ON oi.order_item_id = r.order_item_id
       JOIN products p ON p.product_id = oi.product_id GROUP BY 1 ORDER BY COUNT(*) DESC, 1 LIMIT 1`,
    );
  });

  it('sums a column with a relative date range it parses from the task', async () => {
    await expectSameRows(
      await generated('Total refunds by return reason last month', { table_schemas: ALL() }),
      `SELECT r.reason, SUM(r.refund_amount) FROM returns r
       WHERE r.return_date >= DATE '2026-10-01' AND r.return_date < DATE '2026-11-01' GROUP BY 1 ORDER BY 1`,
    );
  });

  it('filters on numeric comparisons and keeps groups by a count condition', async () => {
    await expectSameRows(
      await generated('How many products have a unit price between 100 and 200?', { table_schemas: tables('products', 'categories') }),
      'SELECT COUNT(*) FROM products WHERE unit_price BETWEEN 100 AND 200',
    );
    await expectSameRows(
      await generated('Customers with more than 40 orders', { table_schemas: tables('customers', 'orders') }),
      `SELECT c.customer_id, c.first_name, c.last_name FROM orders o JOIN customers c ON c.customer_id = o.customer_id
       GROUP BY 1, 2, 3 HAVING COUNT(*) > 40 ORDER BY 1`,
    );
  });

  it('lists named columns in the asked order, sorted as asked', async () => {
    await expectSameRows(
      await generated('Show the name and unit price of products in descending order of unit price', { table_schemas: tables('products') }),
      'SELECT name, unit_price FROM products ORDER BY unit_price DESC, product_id',
    );
  });

  it('computes several aggregates of one column and counts distinct values', async () => {
    await expectSameRows(
      await generated('What is the average, minimum and maximum unit price of products?', { table_schemas: tables('products') }),
      'SELECT AVG(unit_price), MIN(unit_price), MAX(unit_price) FROM products',
    );
    await expectSameRows(
      await generated('How many different states do customers come from?', { table_schemas: tables('customers') }),
      'SELECT COUNT(DISTINCT state) FROM customers',
    );
  });

  it('still returns a plausible SELECT when nothing maps, and is deterministic', async () => {
    const ctx = context('something about the weather', { table_schemas: ALL() });
    const first = await model.generateSql(ctx, options);
    const second = await model.generateSql(ctx, options);
    expect(first).toEqual(second);
    expect(first.sql).toBe('SELECT * FROM customers LIMIT 100');
    expect(first.explanation).toMatch(/could not map/i);
    expect((await run(first.sql)).rows.length).toBe(100);
  });

  it('does not repeat SQL that already failed', async () => {
    const ctx = context('List all customers from California', {
      table_schemas: tables('customers'),
      matched_values: [{ table: 'customers', column: 'state', value: 'CA', matched_text: 'California' }],
      sql_attempts: [{ sql: "SELECT * FROM customers WHERE state = 'CA'", source: 'generate_sql', executed: true, error: 'Binder Error: made up', error_kind: 'binder' }],
    });
    const result = await model.generateSql(ctx, options);
    expect(result.sql).not.toBe("SELECT * FROM customers WHERE state = 'CA'");
    await run(result.sql);
  });
});

describe('offline model: fix', () => {
  async function fixed(sql: string, linked: TableSchema[] = ALL(), question = 'fix me'): Promise<string> {
    const ctx = await executed(context(question, { table_schemas: linked }), sql);
    expect(ctx.sql_attempts.at(-1)!.error).toBeDefined();
    const reflection = await model.reflect(ctx, options);
    const withReflection = ContextSchema.parse({ ...ctx, reflections: [{ ...reflection, iteration: 1 }] });
    return (await model.fix(withReflection, options)).sql;
  }

  it('corrects a misspelled column, bare and qualified', async () => {
    const bare = await fixed("SELECT first_name, stat FROM customers WHERE stat = 'CA'");
    expect(bare).toBe("SELECT first_name, state FROM customers WHERE state = 'CA'");
    await expectSameRows(bare, "SELECT first_name, state FROM customers WHERE state = 'CA'");
    const qualified = await fixed('SELECT c.stat, COUNT(*) FROM orders o JOIN customers c ON c.customer_id = o.customer_id GROUP BY 1 ORDER BY 1');
    await expectSameRows(qualified, 'SELECT c.state, COUNT(*) FROM orders o JOIN customers c ON c.customer_id = o.customer_id GROUP BY 1 ORDER BY 1');
  });

  it('corrects a misspelled column that DuckDB offers no candidate for', async () => {
    const ctx = ContextSchema.parse({
      ...context('x', { table_schemas: ALL() }),
      sql_attempts: [{ sql: 'SELECT custmer_id FROM orders', source: 'generate_sql', executed: true, error: 'Binder Error: column custmer_id does not exist', error_kind: 'binder' }],
    });
    expect((await model.fix(ctx, options)).sql).toBe('SELECT customer_id FROM orders');
  });

  it('corrects a misspelled table', async () => {
    const sql = await fixed("SELECT COUNT(*) FROM custmers WHERE custmers.state = 'NY'");
    await expectSameRows(sql, "SELECT COUNT(*) FROM customers WHERE state = 'NY'");
  });

  it('adds a missing GROUP BY column', async () => {
    const sql = await fixed('SELECT c.name, p.name, COUNT(*) AS n FROM products p JOIN categories c ON c.category_id = p.category_id GROUP BY c.name ORDER BY n DESC');
    await expectSameRows(
      sql,
      'SELECT c.name, p.name, COUNT(*) AS n FROM products p JOIN categories c ON c.category_id = p.category_id GROUP BY c.name, p.name ORDER BY n DESC',
      false,
    );
    const noGroup = await fixed('SELECT channel, COUNT(*) FROM orders ORDER BY 1');
    await expectSameRows(noGroup, 'SELECT channel, COUNT(*) FROM orders GROUP BY channel ORDER BY 1');
  });

  it('adds explicit casts on a type mismatch', async () => {
    const year = await fixed('SELECT COUNT(*) FROM orders WHERE order_date >= 2026');
    expect(year).toMatch(/year\(order_date\)/);
    await expectSameRows(year, "SELECT COUNT(*) FROM orders WHERE order_date >= DATE '2026-01-01'");
    const number = await fixed('SELECT COUNT(*) FROM customers WHERE email > 5');
    expect(number).toMatch(/CAST\(email AS/);
    await run(number);
    const text = await fixed("SELECT * FROM orders WHERE customer_id = 'abc'");
    expect(text).toMatch(/CAST\(customer_id AS VARCHAR\)/);
    await run(text);
  });

  it('narrows a query that timed out', async () => {
    const sql = 'SELECT * FROM user_activity a JOIN user_activity b ON a.customer_id = b.customer_id';
    const ctx = ContextSchema.parse({
      ...context('all pairs of events', { table_schemas: ALL() }),
      sql_attempts: [{ sql, source: 'generate_sql', executed: true, error: 'query timed out after 30000 ms', error_kind: 'timeout' }],
    });
    const reflection = await model.reflect(ctx, options);
    expect(reflection.strategy).toBe('narrow');
    expect(reflection.reason).toMatch(/timed out/);
    const narrowed = await model.fix(ContextSchema.parse({ ...ctx, reflections: [{ ...reflection, iteration: 1 }] }), options);
    expect(narrowed.sql).toBe(`${sql}\nLIMIT 1000`);
  });

  it('loosens a text filter after an empty result', async () => {
    const ctx = await executed(context('customers in san jose', { table_schemas: ALL() }), "SELECT * FROM customers WHERE city = 'san jose'");
    const reflection = await model.reflect(ctx, options);
    expect(['fix', 'relink']).toContain(reflection.strategy);
    const repaired = await model.fix(ContextSchema.parse({ ...ctx, relink_count: 1, reflections: [{ ...reflection, iteration: 1 }] }), options);
    await expectSameRows(repaired.sql, "SELECT * FROM customers WHERE city = 'San Jose'", false);
  });
});

describe('offline model: reflect', () => {
  const attempt = (fields: Partial<SqlAttempt>): ContextInput['sql_attempts'] => [{ sql: 'SELECT 1', source: 'generate_sql', executed: true, ...fields }];

  it('asks for a fix on binder and syntax errors, naming the column', async () => {
    const ctx = await executed(context('x', { table_schemas: ALL() }), 'SELECT stat FROM customers');
    const decision = await model.reflect(ctx, options);
    expect(decision.strategy).toBe('fix');
    expect(decision.reason).toContain("column 'stat' not found");
    const syntax = await executed(context('x', { table_schemas: ALL() }), 'SELEC * FROM customers');
    expect((await model.reflect(syntax, options)).strategy).toBe('fix');
  });

  it('asks to relink for a table that is not linked, once', async () => {
    const ctx = await executed(context('x', { table_schemas: tables('customers') }), 'SELECT * FROM warehouse_stock');
    expect((await model.reflect(ctx, options)).strategy).toBe('relink');
    expect((await model.reflect(ContextSchema.parse({ ...ctx, relink_count: 1 }), options)).strategy).toBe('fix');
    const typo = await executed(context('x', { table_schemas: tables('customers') }), 'SELECT * FROM custmers');
    expect((await model.reflect(typo, options)).strategy).toBe('fix');
  });

  it('regenerates refused SQL', async () => {
    const ctx = context('x', { table_schemas: ALL(), sql_attempts: attempt({ sql: 'DROP TABLE customers', error: 'only SELECT statements may run', error_kind: 'refused' }) });
    expect((await model.reflect(ctx, options)).strategy).toBe('regenerate');
  });

  it('judges empty results by their filters', async () => {
    const filtered = context('x', { table_schemas: ALL(), sql_attempts: attempt({ sql: "SELECT * FROM customers WHERE state = 'ZZ'", row_count: 0 }) });
    const decision = await model.reflect(filtered, options);
    expect(['fix', 'relink']).toContain(decision.strategy);
    expect(decision.reason).toMatch(/no rows/);
    const unfiltered = context('x', { table_schemas: ALL(), sql_attempts: attempt({ sql: 'SELECT * FROM customers', row_count: 0 }) });
    expect((await model.reflect(unfiltered, options)).strategy).toBe('success');
  });

  it('asks for validation of implausible results', async () => {
    const negative = context('How many orders per channel?', {
      table_schemas: ALL(),
      sql_attempts: attempt({ columns: ['channel', 'order_count'], rows: [['web', -3]], row_count: 1 }),
    });
    expect((await model.reflect(negative, options)).strategy).toBe('validation');
    const nulls = context('list customers', {
      table_schemas: ALL(),
      sql_attempts: attempt({ columns: ['customer_id', 'email'], rows: [[1, null], [2, null]], row_count: 2 }),
    });
    const decision = await model.reflect(nulls, options);
    expect(decision.strategy).toBe('validation');
    expect(decision.reason).toContain("'email'");
  });

  it('says success for a good answer, ignoring filler words', async () => {
    let ctx = context('Please show me the trends of total revenue by state, considering everything', { table_schemas: ALL() });
    ctx = await executed(ctx, (await model.generateSql(ctx, options)).sql);
    const decision = await model.reflect(ctx, options);
    expect(decision).toMatchObject({ strategy: 'success', unaddressed: [] });
  });

  it('asks to regenerate when the docs explain a phrase the SQL ignores, and does not loop', async () => {
    let ctx = context(SEASONAL_QUESTION, {
      table_schemas: tables('orders', 'order_items', 'products', 'categories', 'returns'),
      doc_passages: [glossarySection('Seasonal adjustment')],
    });
    ctx = await executed(ctx, NET_REVENUE_BY_QUARTER_SQL);
    const decision = await model.reflect(ctx, options);
    expect(decision.strategy).toBe('regenerate');
    expect(decision.unaddressed).toEqual(['seasonal adjustments']);
    const again = ContextSchema.parse({ ...ctx, reflections: [{ ...decision, iteration: 1 }] });
    expect((await model.reflect(again, options)).strategy).toBe('success');
  });

  it('does not ask for the same doc search twice', async () => {
    let ctx = context('revenue by state with a hedonic adjustment', { table_schemas: ALL() });
    ctx = await executed(ctx, (await model.generateSql(ctx, options)).sql);
    const first = await model.reflect(ctx, options);
    expect(first).toMatchObject({ strategy: 'doc_search', unaddressed: ['hedonic adjustment'] });
    const second = await model.reflect(ContextSchema.parse({ ...ctx, reflections: [{ ...first, iteration: 1 }] }), options);
    expect(second.strategy).toBe('success');
    expect(second.reason).toMatch(/hedonic adjustment/);
  });
});

describe('offline model: compare', () => {
  const withResult = (text: string, attempts: Partial<SqlAttempt>[]): Context =>
    context(text, { sql_attempts: attempts.map((a) => ({ sql: 'SELECT 1', source: 'generate_sql', executed: true, ...a })) });

  it('checks a stated row count', async () => {
    const twelve = Array.from({ length: 12 }, (_, i) => [i]);
    expect(await model.compare(withResult('monthly revenue in 2025, expect 12 rows', [{ columns: ['m'], rows: twelve, row_count: 12 }]), options)).toMatchObject({ matches: true, differences: [] });
    const judged = await model.compare(withResult('monthly revenue in 2025, expect 12 rows', [{ columns: ['m'], rows: twelve.slice(0, 11), row_count: 11 }]), options);
    expect(judged.matches).toBe(false);
    expect(judged.differences[0]).toMatch(/12/);
  });

  it('checks a stated value, exactly or approximately', async () => {
    expect((await model.compare(withResult('how many orders? should be 42', [{ columns: ['n'], rows: [['42']], row_count: 1 }]), options)).matches).toBe(true);
    expect((await model.compare(withResult('how many orders? should be 42', [{ columns: ['n'], rows: [[41]], row_count: 1 }]), options)).matches).toBe(false);
    expect((await model.compare(withResult('customers in CA, about 1000', [{ columns: ['n'], rows: [[950]], row_count: 1 }]), options)).matches).toBe(true);
    expect((await model.compare(withResult('customers in CA, about 1000', [{ columns: ['n'], rows: [[800]], row_count: 1 }]), options)).matches).toBe(false);
  });

  it('compares with the previous successful attempt when nothing is stated', async () => {
    const same = await model.compare(
      withResult('revenue by state', [
        { columns: ['state', 'revenue'], rows: [['CA', '10.00']], row_count: 1 },
        { sql: 'SELECT 2', error: 'boom', error_kind: 'runtime' },
        { columns: ['state', 'revenue'], rows: [['CA', 10]], row_count: 1 },
      ]),
      options,
    );
    expect(same).toMatchObject({ matches: true, differences: [] });
    expect(same.against).toMatch(/attempt 1/);
    const different = await model.compare(
      withResult('revenue by state', [
        { columns: ['state', 'revenue'], rows: [['CA', 10]], row_count: 1 },
        { columns: ['state', 'net_revenue'], rows: [['CA', 9], ['NY', 3]], row_count: 2 },
      ]),
      options,
    );
    expect(different.matches).toBe(false);
    expect(different.differences.join('\n')).toMatch(/row count 2 vs 1/);
  });
});
