import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaLinkingNode } from '../operators/schema-linking.js';
import { buildCatalogIndex } from '../src/catalog/build-catalog-index.js';
import { linkSchema } from '../src/catalog/link-schema.js';
import { loadCatalog } from '../src/catalog/load-catalog.js';
import { matchValues } from '../src/catalog/match-values.js';
import { renderTableDdl } from '../src/catalog/render-table-ddl.js';
import { buildValueLookup } from '../src/catalog/build-value-lookup.js';
import { splitIdentifier } from '../src/catalog/split-identifier.js';
import type { CatalogTable } from '../src/connectors/connector.js';
import { ContextSchema, type ContextInput } from '../src/context/context-schema.js';
import { ensureDemoDatabase } from '../src/demo/ensure-demo-database.js';
import { catalogTestRuntime, createDuckDbFile, testCall } from './helpers/catalog-test-runtime.js';

const SCHEMA = [
  `CREATE TABLE categories (category_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, description VARCHAR)`,
  `CREATE TABLE products (product_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL,
     category_id INTEGER REFERENCES categories (category_id), unit_price DECIMAL(10, 2), launched_on DATE)`,
  `CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR, email VARCHAR,
     city VARCHAR, state VARCHAR, signup_date DATE, segment VARCHAR)`,
  `CREATE TABLE orders (order_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers (customer_id),
     order_date DATE, status VARCHAR, channel VARCHAR)`,
  `CREATE TABLE order_items (order_item_id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders (order_id),
     product_id INTEGER REFERENCES products (product_id), quantity INTEGER, unit_price DECIMAL(10, 2))`,
  `CREATE TABLE returns (return_id INTEGER PRIMARY KEY, order_item_id INTEGER REFERENCES order_items (order_item_id),
     return_date DATE, quantity INTEGER, reason VARCHAR, refund_amount DECIMAL(10, 2))`,
  `CREATE TABLE user_activity (event_id BIGINT PRIMARY KEY, customer_id INTEGER REFERENCES customers (customer_id),
     event_date DATE, event_type VARCHAR)`,
  `CREATE TABLE "shipmentEvents" ("shipmentId" INTEGER, "carrierName" VARCHAR, "deliveredAt" TIMESTAMP)`,
  `CREATE TABLE wide_survey (${Array.from({ length: 30 }, (_, i) => `answer_${i + 1} INTEGER`).join(', ')})`,
  `COMMENT ON TABLE customers IS 'Registered customers with their location and segment'`,
  `COMMENT ON COLUMN customers.state IS 'Two-letter US state code'`,
  `COMMENT ON COLUMN order_items.unit_price IS 'Price per unit paid; line amount = quantity * unit_price'`,
  `INSERT INTO categories VALUES (1, 'Electronics', 'Gadgets'), (2, 'Home & Kitchen', 'Cookware'), (3, 'Books', 'Reading')`,
  `INSERT INTO products VALUES (1, 'Voltix Earbuds', 1, 49.99, '2023-01-01'), (2, 'Chef Pan', 2, 29.5, '2023-02-01'),
     (3, 'Atlas of Maps', 3, 15, '2023-03-01')`,
  `INSERT INTO customers VALUES
     (1, 'Ann', 'Lee', 'ann@example.com', 'San Jose', 'CA', '2023-01-05', 'consumer'),
     (2, 'Bob', 'Ray', 'bob@example.com', 'New York', 'NY', '2023-02-05', 'enterprise'),
     (3, 'Cy', 'Ng', 'cy@example.com', 'Austin', 'TX', '2023-03-05', 'small_business'),
     (4, 'Di', 'Ho', 'di@example.com', 'Los Angeles', 'CA', '2023-04-05', 'consumer'),
     (5, 'Ed', 'Yu', 'ed@example.com', 'Seattle', 'WA', '2023-05-05', 'consumer')`,
  `INSERT INTO orders VALUES (1, 1, '2024-01-02', 'completed', 'web'), (2, 2, '2024-02-03', 'cancelled', 'store'),
     (3, 4, '2024-03-04', 'shipped', 'mobile')`,
  `INSERT INTO order_items VALUES (1, 1, 1, 2, 45.0), (2, 2, 2, 1, 29.5), (3, 3, 3, 3, 15.0)`,
  `INSERT INTO returns VALUES (1, 1, '2024-01-20', 1, 'Wrong size', 45.0)`,
  `INSERT INTO user_activity VALUES (1, 1, '2024-01-01', 'login'), (2, 2, '2024-01-02', 'purchase')`,
];

let folder: string;
let database: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'sluice-linking-'));
  database = join(folder, 'shop.duckdb');
  await createDuckDbFile(database, SCHEMA);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function context(text: string, extra: Partial<ContextInput> = {}) {
  return ContextSchema.parse({
    run_id: 'run-1',
    task: { text, namespace: 'shop', plan: 'fixed', current_date: '2026-11-25', max_iterations: 3 },
    plan: {},
    ...extra,
  });
}

async function runLinking(text: string, extra: Partial<ContextInput> = {}) {
  const runtime = catalogTestRuntime({ database });
  try {
    return await schemaLinkingNode.run(context(text, extra), testCall(runtime, 'schema_linking'));
  } finally {
    await runtime.close();
  }
}

describe('splitIdentifier', () => {
  it.each([
    ['order_items', ['order', 'items']],
    ['orderItems', ['order', 'items']],
    ['OrderItems', ['order', 'items']],
    ['HTTPRequestLog', ['http', 'request', 'log']],
    ['customer_id', ['customer', 'id']],
    ['address2Line', ['address', '2', 'line']],
    ['shipment-events.v2', ['shipment', 'events', 'v', '2']],
  ])('%s → %j', (name, words) => {
    expect(splitIdentifier(name)).toEqual(words);
  });
});

describe('loadCatalog', () => {
  it('introspects once per runtime and collects low-cardinality text values', async () => {
    const runtime = catalogTestRuntime({ database });
    try {
      const [first, second] = await Promise.all([loadCatalog(runtime, 'shop'), loadCatalog(runtime, 'shop')]);
      expect(first).toBe(second);
      expect(runtime.connectorsOpened).toBe(1);
      expect(first.tables.map((table) => table.name)).toContain('customers');
      const values = Object.fromEntries(first.values.map((set) => [`${set.table}.${set.column}`, [...set.values].sort()]));
      expect(values['customers.state']).toEqual(['CA', 'NY', 'TX', 'WA']);
      expect(values['orders.status']).toEqual(['cancelled', 'completed', 'shipped']);
      expect(values['categories.name']).toEqual(['Books', 'Electronics', 'Home & Kitchen']);
    } finally {
      await runtime.close();
    }
  });
});

describe('schema_linking node', () => {
  it('ranks customers first for "List all customers from California" and matches state = CA', async () => {
    const outcome = await runLinking('List all customers from California');
    const [first] = outcome.context.table_schemas;
    expect(first.name).toBe('customers');
    expect(first.reason).toBe('value match');
    expect(first.score).toBe(1);
    expect(outcome.context.matched_values).toEqual([
      { table: 'customers', column: 'state', value: 'CA', matched_text: 'California', score: 1 },
    ]);
    expect(outcome.summary).toMatch(/^\d+ tables? linked, 1 value matched \(customers\.state = CA\)$/);

    const state = first.columns.find((column) => column.name === 'state');
    expect(state?.score).toBeGreaterThan(0);
    expect(first.columns.find((column) => column.name === 'customer_id')?.primary_key).toBe(true);
    expect(first.ddl.split('\n').slice(0, 11)).toEqual([
      'CREATE TABLE customers (',
      '  customer_id INTEGER PRIMARY KEY,',
      '  first_name VARCHAR,',
      '  last_name VARCHAR,',
      '  email VARCHAR,',
      '  city VARCHAR,',
      '  state VARCHAR, -- Two-letter US state code',
      '  signup_date DATE,',
      '  segment VARCHAR',
      '); -- Registered customers with their location and segment',
      '-- sample rows:',
    ]);
    expect(first.ddl).toContain("-- (1, 'Ann', 'Lee', 'ann@example.com', 'San Jose', 'CA', '2023-01-05', 'consumer')");
    expect(first.sample_rows).toHaveLength(3);
    expect(first.row_count).toBe(5);
  });

  it('adds join partners on the foreign-key path for a revenue-by-category question', async () => {
    const outcome = await runLinking('Total revenue by product category');
    const names = outcome.context.table_schemas.map((table) => table.name);
    expect(names).toEqual(expect.arrayContaining(['categories', 'products', 'order_items', 'orders']));
    const orders = outcome.context.table_schemas.find((table) => table.name === 'orders');
    expect(orders?.reason).toMatch(/^join partner of /);
    const items = outcome.context.table_schemas.find((table) => table.name === 'order_items');
    expect(items?.ddl).toContain('  order_id INTEGER REFERENCES orders(order_id),');
  });

  it('bridges customers and order_items through orders for "customers and revenue"', async () => {
    const outcome = await runLinking('Which customers bring the most revenue?');
    const names = outcome.context.table_schemas.map((table) => table.name);
    expect(names[0]).toBe('customers');
    expect(names).toEqual(expect.arrayContaining(['customers', 'orders', 'order_items']));
  });

  it('matches values case-insensitively and by near spelling, and links their tables', async () => {
    const outcome = await runLinking('How many canceled orders were there for electronic products?');
    expect(outcome.context.matched_values).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ table: 'orders', column: 'status', value: 'cancelled', matched_text: 'canceled' }),
        expect.objectContaining({ table: 'categories', column: 'name', value: 'Electronics', matched_text: 'electronic' }),
      ]),
    );
    const names = outcome.context.table_schemas.map((table) => table.name);
    expect(names).toEqual(expect.arrayContaining(['orders', 'categories', 'products', 'order_items']));
  });

  it('widens on relink: more tables and all columns', async () => {
    const question = 'wide survey results';
    const normal = await runLinking(question);
    const widened = await runLinking(question, { relink_count: 1 });
    const survey = (outcome: typeof normal) => outcome.context.table_schemas.find((table) => table.name === 'wide_survey');
    expect(survey(normal)?.columns).toHaveLength(20);
    expect(survey(widened)?.columns).toHaveLength(30);
    expect(widened.context.table_schemas.length).toBeGreaterThanOrEqual(normal.context.table_schemas.length);
    expect(widened.summary).toContain('(widened)');

    const narrow = await runLinking('customers', { relink_count: 0 });
    const wide = await runLinking('customers', { relink_count: 1 });
    expect(wide.context.table_schemas.length).toBeGreaterThan(narrow.context.table_schemas.length);
  });

  it("links the tables of metrics search_metrics put in the context", async () => {
    const outcome = await runLinking('List all customers from California', {
      metrics: [
        {
          name: 'net_revenue',
          expression: 'SUM(order_items.quantity * order_items.unit_price)',
          table: 'orders',
          joins: 'JOIN order_items ON order_items.order_id = orders.order_id',
        },
      ],
    });
    const reasons = Object.fromEntries(outcome.context.table_schemas.map((table) => [table.name, table.reason]));
    expect(reasons.orders).toBe('metric net_revenue');
    expect(reasons.order_items).toBe('metric net_revenue');
  });

  it('splits camelCase names when ranking', async () => {
    const outcome = await runLinking('When was each shipment delivered and by which carrier?');
    const [first] = outcome.context.table_schemas;
    expect(first.name).toBe('shipmentEvents');
    expect(first.ddl).toContain('CREATE TABLE "shipmentEvents" (\n  "shipmentId" INTEGER,\n  "carrierName" VARCHAR,');
  });

  it('writes a context the engine accepts and names bad parameters', async () => {
    const outcome = await runLinking('Total revenue by product category in New York');
    expect(() => ContextSchema.parse(outcome.context)).not.toThrow();

    const runtime = catalogTestRuntime({ database });
    try {
      await expect(
        schemaLinkingNode.run(context('orders'), testCall(runtime, 'schema_linking', { top_tables: 'five' })),
      ).rejects.toThrow(/^schema_linking parameters: .*top_tables/);
      const narrow = await schemaLinkingNode.run(context('customers and revenue'), testCall(runtime, 'schema_linking', { top_tables: 1 }));
      expect(narrow.context.table_schemas.filter((table) => table.reason === 'ranked')).toHaveLength(1);
    } finally {
      await runtime.close();
    }
  });

  it('parses its parameters once per distinct set: a bad set is refused every time, the context sets relink and required tables', async () => {
    const runtime = catalogTestRuntime({ database });
    try {
      for (let round = 0; round < 2; round++) {
        await expect(
          schemaLinkingNode.run(context('orders'), testCall(runtime, 'schema_linking', { top_tables: 'five' })),
        ).rejects.toThrow(/^schema_linking parameters: .*top_tables/);
      }
      const ranked = (outcome: Awaited<ReturnType<typeof schemaLinkingNode.run>>) => outcome.context.table_schemas.filter((table) => table.reason === 'ranked').length;
      const one = await schemaLinkingNode.run(context('customers and revenue'), testCall(runtime, 'schema_linking', { top_tables: 1 }));
      const wide = await schemaLinkingNode.run(context('customers and revenue'), testCall(runtime, 'schema_linking', { top_tables: 5 }));
      const oneAgain = await schemaLinkingNode.run(context('customers and revenue'), testCall(runtime, 'schema_linking', { top_tables: 1 }));
      expect(ranked(one)).toBe(1);
      expect(ranked(wide)).toBeGreaterThan(1);
      expect(oneAgain.context.table_schemas).toEqual(one.context.table_schemas);
      // relink and required_tables in workflow.yml were always overridden by the context's, never refused.
      const plain = await schemaLinkingNode.run(context('customers and revenue'), testCall(runtime, 'schema_linking'));
      const overridden = await schemaLinkingNode.run(context('customers and revenue'), testCall(runtime, 'schema_linking', { relink: -1, required_tables: 'none' }));
      expect(overridden.context.table_schemas).toEqual(plain.context.table_schemas);
      const widened = await schemaLinkingNode.run({ ...plain.context, relink_count: 1 }, testCall(runtime, 'schema_linking', { relink: 0 }));
      const widenedPlain = await schemaLinkingNode.run({ ...plain.context, relink_count: 1 }, testCall(runtime, 'schema_linking'));
      expect(widened.context.table_schemas).toEqual(widenedPlain.context.table_schemas);
      expect(widened.summary).toContain('(widened)');
    } finally {
      await runtime.close();
    }
  });

  it('gives every linked table the DDL its columns and sample render to, whether or not an earlier question rendered it', async () => {
    // One runtime, so its catalog (and what it rendered) is shared by the questions, as in a batch.
    const runtime = catalogTestRuntime({ database });
    try {
      for (let round = 0; round < 2; round++) {
        for (const question of ['Total revenue by product category in New York', 'Total revenue by product category in Boston', 'List all customers from California']) {
          const outcome = await schemaLinkingNode.run(context(question), testCall(runtime, 'schema_linking'));
          for (const table of outcome.context.table_schemas) {
            const shape = { name: table.name, ...(table.comment ? { comment: table.comment } : {}), columns: table.columns };
            expect(table.ddl).toBe(renderTableDdl(shape, table.sample_rows));
          }
        }
      }
    } finally {
      await runtime.close();
    }
  });

  it('keeps the tables linked before when it widens', async () => {
    const first = await runLinking('List all customers from California');
    const runtime = catalogTestRuntime({ database });
    try {
      const again = await schemaLinkingNode.run({ ...first.context, relink_count: 1 }, testCall(runtime, 'schema_linking'));
      const before = first.context.table_schemas.map((table) => table.name);
      expect(again.context.table_schemas.slice(0, before.length).map((table) => table.name)).toEqual(before);
      expect(again.context.matched_values).toHaveLength(first.context.matched_values.length);
    } finally {
      await runtime.close();
    }
  });

  it('falls back to the largest tables when nothing matches', async () => {
    const outcome = await runLinking('zzz qqq');
    expect(outcome.context.table_schemas[0]).toMatchObject({ name: 'customers', reason: 'largest table (nothing matched)' });
  });

  it('reports progress', async () => {
    const runtime = catalogTestRuntime({ database });
    const messages: string[] = [];
    try {
      await schemaLinkingNode.run(context('orders'), testCall(runtime, 'schema_linking', undefined, (message) => messages.push(message)));
    } finally {
      await runtime.close();
    }
    expect(messages[0]).toBe('loading catalog');
    expect(messages.length).toBeGreaterThanOrEqual(3);
  });
});

describe('value matching', () => {
  const lookup = buildValueLookup([
    { table: 'customers', column: 'state', values: ['CA', 'NY', 'IN', 'OR', 'TX'] },
    { table: 'orders', column: 'status', values: ['cancelled', 'completed'] },
    { table: 'categories', column: 'name', values: ['Home & Kitchen', 'Electronics'] },
  ]);

  it('maps state names to codes, longest phrase first', () => {
    expect(matchValues(lookup, 'customers in New York and Oregon').map((match) => [match.value, match.matched_text])).toEqual([
      ['NY', 'New York'],
      ['OR', 'Oregon'],
    ]);
  });

  it('matches short codes only with the same case', () => {
    expect(matchValues(lookup, 'orders in CA or TX').map((match) => match.value)).toEqual(['CA', 'TX']);
    expect(matchValues(lookup, 'customers in ca')).toEqual([]);
  });

  it('does not take a common word for a misspelt name, but takes a misspelling or a spelling variant', () => {
    const cities = buildValueLookup([
      { table: 'customers', column: 'city', values: ['Salem', 'Portland'] },
      { table: 'orders', column: 'status', values: ['cancelled'] },
    ]);
    expect(matchValues(cities, 'total sales in 2025')).toEqual([]);
    expect(matchValues(cities, 'orders from Salen')[0]).toMatchObject({ value: 'Salem', matched_text: 'Salen' });
    expect(matchValues(cities, 'customers in portlnd')[0]).toMatchObject({ value: 'Portland' });
    expect(matchValues(cities, 'canceled orders')[0]).toMatchObject({ value: 'cancelled', matched_text: 'canceled' });
  });

  it('matches "&" and "and" alike and ignores case', () => {
    expect(matchValues(lookup, 'home and kitchen revenue')[0]).toMatchObject({ value: 'Home & Kitchen', score: 1 });
    expect(matchValues(lookup, 'CANCELLED orders')[0]).toMatchObject({ value: 'cancelled', matched_text: 'CANCELLED' });
  });
});

describe('a catalog of 10,000 tables', () => {
  const WORDS = ['account', 'invoice', 'payment', 'ledger', 'shipment', 'vendor', 'warehouse', 'stock', 'employee',
    'payroll', 'campaign', 'click', 'session', 'ticket', 'contract', 'asset', 'budget', 'forecast', 'region', 'store'];
  const pick = (seed: number) => WORDS[seed % WORDS.length];

  function generate(count: number): CatalogTable[] {
    return Array.from({ length: count }, (_, i) => ({
      name: `${pick(i)}_${pick(i * 7 + 3)}_${i}`,
      comment: `Generated ${pick(i * 3)} data, batch ${i % 97}`,
      row_count: i,
      columns: Array.from({ length: 20 }, (_, c) => ({
        name: c === 0 ? 'id' : c === 1 && i > 0 ? `parent${pick(i + c)}Id` : `${pick(i + c * 5)}_${pick(c * 11 + i)}_${c}`,
        type: c % 3 === 0 ? 'INTEGER' : 'VARCHAR',
        nullable: c !== 0,
        primary_key: c === 0,
        ...(c === 1 && i > 0 ? { references: `${pick(Math.floor(i / 2))}_${pick(Math.floor(i / 2) * 7 + 3)}_${Math.floor(i / 2)}.id` } : {}),
      })),
    }));
  }

  it('indexes and links a question (its speed is measured by bench/schema-linking-scale.ts, not asserted here)', () => {
    const tables = generate(10_000);
    tables[4242] = {
      name: 'churned_subscribers',
      row_count: 10,
      comment: 'Subscribers who cancelled their plan',
      columns: [
        { name: 'subscriber_id', type: 'INTEGER', nullable: false, primary_key: true },
        { name: 'churnDate', type: 'DATE', nullable: true, primary_key: false },
        { name: 'planTier', type: 'VARCHAR', nullable: true, primary_key: false },
      ],
    };
    const started = performance.now();
    const index = buildCatalogIndex(tables);
    const buildMs = performance.now() - started;
    const linkStarted = performance.now();
    const link = linkSchema(index, 'Which subscribers churned, by plan tier and churn date?');
    const linkMs = performance.now() - linkStarted;
    console.info(`10,000 tables × 20 columns: index ${Math.round(buildMs)} ms, link ${Math.round(linkMs)} ms`);

    expect(link.tables[0].table.name).toBe('churned_subscribers');
    expect(link.tables[0].columns.find((column) => column.name === 'planTier')?.score).toBeGreaterThan(0);
    expect(link.tables.length).toBeLessThanOrEqual(15);
  });
});

describe('the demo database', () => {
  it('links the spec examples', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'sluice-demo-'));
    const demo = await ensureDemoDatabase(cache);
    const runtime = catalogTestRuntime(demo);
    const run = async (text: string) =>
      (await schemaLinkingNode.run(context(text), testCall(runtime, 'schema_linking'))).context;
    try {
      const california = await run('List all customers from California');
      expect(california.table_schemas[0].name).toBe('customers');
      expect(california.matched_values).toContainEqual(expect.objectContaining({ table: 'customers', column: 'state', value: 'CA' }));

      const quarterly = await run('Show me quarterly revenue trends by product category, excluding returns and considering seasonal adjustments');
      expect(quarterly.table_schemas.map((table) => table.name)).toEqual(
        expect.arrayContaining(['orders', 'products', 'categories', 'order_items']),
      );

      const active = await run('Show monthly active users for the last quarter');
      expect(active.table_schemas[0].name).toBe('user_activity');
    } finally {
      await runtime.close();
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
