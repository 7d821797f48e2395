import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_DATA_END } from '../src/demo/demo-files.js';
import { useScratchDemo } from './helpers/scratch-demo.js';

// What an analyst would check before trusting the demo: every query counts the rows that break a rule
// the demo's own docs state, and expects none.

const scratch = useScratchDemo('sluice-demo-consistency-');
const { value } = scratch;

async function column(sql: string): Promise<unknown[]> {
  return (await scratch.connector.execute(sql)).rows.map((row) => row[0]);
}

async function comment(table: string, name: string): Promise<string> {
  return String(await value(`SELECT comment FROM duckdb_columns() WHERE table_name = '${table}' AND column_name = '${name}'`));
}

const END = `DATE '${DEMO_DATA_END}'`;

describe('demo dates', () => {
  it('nothing happens after the last day of data, which the data model names', async () => {
    for (const [table, date] of [
      ['orders', 'order_date'], ['returns', 'return_date'], ['customers', 'signup_date'],
      ['user_activity', 'event_date'], ['products', 'launched_on'],
    ]) {
      expect(await value(`SELECT COUNT(*) FROM ${table} WHERE ${date} > ${END}`), `${table}.${date}`).toBe(0);
    }
    const model = readFileSync(join(scratch.demo.docs, 'data-model.md'), 'utf8');
    expect(model).toContain(String(await value(`SELECT MIN(order_date) FROM orders`)));
    expect(model).toContain(DEMO_DATA_END);
  });

  it('customers sign up once the store is open, and order only after signing up', async () => {
    expect(await value(`SELECT COUNT(*) FROM customers WHERE signup_date < (SELECT MIN(order_date) FROM orders)`)).toBe(0);
    expect(await value(`SELECT COUNT(*) FROM orders JOIN customers USING (customer_id) WHERE order_date < signup_date`)).toBe(0);
    expect(await value(`SELECT COUNT(*) FROM user_activity JOIN customers USING (customer_id) WHERE event_date < signup_date`)).toBe(0);
  });

  it('most customers who buy place their first order on the day they sign up', async () => {
    const share = await value(`SELECT AVG(CASE WHEN first_order = signup_date THEN 1 ELSE 0 END)
                               FROM (SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY ALL)
                               JOIN customers USING (customer_id)`);
    expect(Number(share)).toBeGreaterThan(0.5);
    expect(await value(`SELECT COUNT(*) FROM customers WHERE customer_id NOT IN (SELECT customer_id FROM orders)`)).toBeLessThan(100);
  });

  it('keeps signing customers up until the last month of data', async () => {
    expect(await value(`SELECT COUNT(*) FROM customers WHERE signup_date > ${END} - 30`)).toBeGreaterThan(0);
  });
});

describe('demo orders and returns', () => {
  it('uses only the statuses and channels the column comments describe', async () => {
    const [status, channel] = [await comment('orders', 'status'), await comment('orders', 'channel')];
    for (const value of await column(`SELECT DISTINCT status FROM orders`)) expect(status).toContain(String(value));
    for (const value of await column(`SELECT DISTINCT channel FROM orders`)) expect(channel).toContain(String(value));
    expect(await column(`SELECT DISTINCT status FROM orders ORDER BY 1`)).toEqual(['cancelled', 'completed', 'shipped']);
  });

  it('only recent web and app orders are still on their way; store sales complete at the till', async () => {
    // A web or app order arrives at most 7 days after it is placed (glossary, Order status).
    expect(await value(`SELECT COUNT(*) FROM orders WHERE status = 'shipped' AND order_date + 7 <= ${END}`)).toBe(0);
    expect(await value(`SELECT COUNT(*) FROM orders WHERE status = 'shipped'`)).toBeGreaterThan(0);
    expect(await value(`SELECT COUNT(*) FROM orders WHERE channel = 'store' AND status <> 'completed'`)).toBe(0);
    expect(await value(`SELECT COUNT(*) FROM orders WHERE order_date + 7 <= ${END} AND status NOT IN ('completed', 'cancelled')`)).toBe(0);
  });

  it('has 1 to 4 lines per order, each for a different product', async () => {
    expect(await value(`SELECT COUNT(*) FROM (SELECT order_id, product_id FROM order_items GROUP BY ALL HAVING COUNT(*) > 1)`)).toBe(0);
    expect(await value(`SELECT COUNT(*) FROM orders WHERE order_id NOT IN (SELECT order_id FROM order_items)`)).toBe(0);
    expect(await value(`SELECT MAX(lines) FROM (SELECT COUNT(*) AS lines FROM order_items GROUP BY order_id)`)).toBeLessThanOrEqual(4);
  });

  it('returns only delivered items, after the order and within 30 days of delivery', async () => {
    const returns = `FROM returns JOIN order_items USING (order_item_id) JOIN orders USING (order_id)`;
    expect(await value(`SELECT COUNT(*) ${returns} WHERE return_date <= order_date`)).toBe(0);
    expect(await value(`SELECT COUNT(*) ${returns} WHERE status <> 'completed'`)).toBe(0);
    expect(await value(`SELECT COUNT(*) ${returns} WHERE return_date > order_date + 7 + 30`)).toBe(0);
    expect(await value(`SELECT COUNT(*) FROM (SELECT order_item_id FROM returns GROUP BY ALL HAVING COUNT(*) > 1)`)).toBe(0);
    expect(await value(`SELECT COUNT(*) ${returns} WHERE channel = 'store' AND reason IN ('Damaged in shipping', 'Arrived late')`)).toBe(0);
    expect(await value(`SELECT COUNT(*) ${returns}
                        WHERE returns.quantity > order_items.quantity OR refund_amount <> returns.quantity * unit_price`)).toBe(0);
  });
});

describe('demo activity and places', () => {
  it('logs only the event types the docs list', async () => {
    const documented = await comment('user_activity', 'event_type');
    const types = await column(`SELECT DISTINCT event_type FROM user_activity`);
    expect(types.length).toBe(5);
    for (const type of types) expect(documented).toContain(String(type));
  });

  it('logs one purchase event per web or app order that was not cancelled, on its day, and none for the store', async () => {
    const online = `SELECT customer_id, order_date FROM orders WHERE channel IN ('web', 'mobile') AND status <> 'cancelled'`;
    const purchases = `SELECT customer_id, event_date FROM user_activity WHERE event_type = 'purchase'`;
    expect(await value(`SELECT COUNT(*) FROM (${purchases} EXCEPT ALL ${online})`)).toBe(0);
    expect(await value(`SELECT COUNT(*) FROM (${online} EXCEPT ALL ${purchases})`)).toBe(0);
    expect(await value(`SELECT COUNT(*) FROM (${purchases})`)).toBeGreaterThan(10_000);
  });

  it('puts an add_to_cart before every purchase, so no funnel converts more than it carts', async () => {
    const carts = `SELECT customer_id, event_date FROM user_activity WHERE event_type = 'add_to_cart'`;
    const purchases = `SELECT customer_id, event_date FROM user_activity WHERE event_type = 'purchase'`;
    expect(await value(`SELECT COUNT(*) FROM (${purchases} EXCEPT ALL ${carts})`)).toBe(0);
    expect(await value(`SELECT COUNT(*) FROM user_activity p WHERE event_type = 'purchase' AND NOT EXISTS (
                          SELECT 1 FROM user_activity c WHERE c.customer_id = p.customer_id AND c.event_date = p.event_date
                            AND c.event_type = 'add_to_cart' AND c.event_id < p.event_id)`)).toBe(0);
  });

  it('has no city name shared by two states, so a city alone names a place', async () => {
    expect(await column(`SELECT city FROM customers GROUP BY city HAVING COUNT(DISTINCT state) > 1`)).toEqual([]);
  });
});
