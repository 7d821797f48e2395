import { DuckDBInstance } from '@duckdb/node-api';
import { DEMO_DATA_END, DEMO_DATA_END_EXCLUSIVE } from './demo-files.js';
import {
  CATEGORIES,
  PRODUCT_LINES,
  STATES,
  FIRST_NAMES,
  LAST_NAMES,
  EMAIL_DOMAINS,
  MONTH_FACTORS,
  RETURN_CHANCE,
} from './demo-vocabulary.js';

type Literal = string | number;
const SCHEMA = `
CREATE TABLE categories (
  category_id INTEGER PRIMARY KEY,
  name VARCHAR NOT NULL,
  description VARCHAR
);
CREATE TABLE products (
  product_id INTEGER PRIMARY KEY,
  name VARCHAR NOT NULL,
  category_id INTEGER NOT NULL REFERENCES categories (category_id),
  unit_price DECIMAL(10, 2) NOT NULL,
  launched_on DATE NOT NULL
);
CREATE TABLE customers (
  customer_id INTEGER PRIMARY KEY,
  first_name VARCHAR NOT NULL,
  last_name VARCHAR NOT NULL,
  email VARCHAR NOT NULL,
  city VARCHAR NOT NULL,
  state VARCHAR NOT NULL,
  signup_date DATE NOT NULL,
  segment VARCHAR NOT NULL
);
CREATE TABLE orders (
  order_id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers (customer_id),
  order_date DATE NOT NULL,
  status VARCHAR NOT NULL,
  channel VARCHAR NOT NULL
);
CREATE TABLE order_items (
  order_item_id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES orders (order_id),
  product_id INTEGER NOT NULL REFERENCES products (product_id),
  quantity INTEGER NOT NULL,
  unit_price DECIMAL(10, 2) NOT NULL
);
CREATE TABLE returns (
  return_id INTEGER PRIMARY KEY,
  order_item_id INTEGER NOT NULL REFERENCES order_items (order_item_id),
  return_date DATE NOT NULL,
  quantity INTEGER NOT NULL,
  reason VARCHAR NOT NULL,
  refund_amount DECIMAL(10, 2) NOT NULL
);
CREATE TABLE user_activity (
  event_id BIGINT PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers (customer_id),
  event_date DATE NOT NULL,
  event_type VARCHAR NOT NULL
);`;

const COMMENTS = `
COMMENT ON TABLE categories IS 'Product categories of the retail catalog (Electronics, Books, Grocery, ...)';
COMMENT ON COLUMN categories.name IS 'Category name, e.g. Electronics or Home & Kitchen';

COMMENT ON TABLE products IS 'Products sold by the store, one row per product with its current list price';
COMMENT ON COLUMN products.name IS 'Product name including brand or format, e.g. Voltix Wireless Earbuds';
COMMENT ON COLUMN products.category_id IS 'Category of the product, see categories';
COMMENT ON COLUMN products.unit_price IS 'Current list price in US dollars; the price actually paid is order_items.unit_price';
COMMENT ON COLUMN products.launched_on IS 'Date the product became available; it has no orders before this date';

COMMENT ON TABLE customers IS 'Registered customers (people and businesses) with their location and segment';
COMMENT ON COLUMN customers.email IS 'Email address, unique per customer';
COMMENT ON COLUMN customers.city IS 'City of the customer address, e.g. Los Angeles';
COMMENT ON COLUMN customers.state IS 'Two-letter US state code, e.g. CA for California, NY for New York, TX for Texas';
COMMENT ON COLUMN customers.signup_date IS 'Date the customer registered; a customer places no orders before it';
COMMENT ON COLUMN customers.segment IS 'Customer segment: consumer, small_business or enterprise';

COMMENT ON TABLE orders IS 'Customer orders, one row per order; amounts are in order_items';
COMMENT ON COLUMN orders.order_date IS 'Date the order was placed';
COMMENT ON COLUMN orders.status IS 'Order status: completed (delivered or bought in store), shipped (on its way, counts as a sale) or cancelled (not a sale)';
COMMENT ON COLUMN orders.channel IS 'Sales channel: web, mobile (app) or store';

COMMENT ON TABLE order_items IS 'Lines of an order: which product, how many and at what price';
COMMENT ON COLUMN order_items.quantity IS 'Units of the product in this order line';
COMMENT ON COLUMN order_items.unit_price IS 'Price per unit actually paid in US dollars, after discounts; line amount = quantity * unit_price';

COMMENT ON TABLE returns IS 'Returned items of completed orders with the refund paid; an order item is returned at most once';
COMMENT ON COLUMN returns.order_item_id IS 'The order line that was returned';
COMMENT ON COLUMN returns.return_date IS 'Date the return was received (after the order was delivered)';
COMMENT ON COLUMN returns.quantity IS 'Units returned, at most the quantity of the order line';
COMMENT ON COLUMN returns.reason IS 'Reason given by the customer, e.g. Wrong size or Defective';
COMMENT ON COLUMN returns.refund_amount IS 'Refund in US dollars: returned quantity * order_items.unit_price';

COMMENT ON TABLE user_activity IS 'Events of customers on the web site and app, used for daily and monthly active users';
COMMENT ON COLUMN user_activity.event_date IS 'Day the event happened';
COMMENT ON COLUMN user_activity.event_type IS 'Event type: login, view, search, add_to_cart or purchase (a web or app order)';`;

/**
 * Writes the demo retail database to targetPath (which must not exist). Every value is a hash of
 * ids and fixed salts, so each build yields the same data; everything is generated set-based.
 */
export async function buildDemoDatabase(targetPath: string): Promise<void> {
  const instance = await DuckDBInstance.create(targetPath);
  const connection = await instance.connect();
  try {
    await connection.run(SCHEMA);
    await connection.run(lookupTables());
    await connection.run(GENERATE_DATA);
    await connection.run(COMMENTS);
    await connection.run('CHECKPOINT');
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

function lookupTables(): string {
  const productLines = Object.entries(PRODUCT_LINES).flatMap(([category, { lines }]) =>
    lines.map(([line, price], index) => [Number(category), index, line, price]),
  );
  const variants = Object.entries(PRODUCT_LINES).flatMap(([category, { variants: list }]) =>
    list.map(([template, factor], index) => [Number(category), index, template, factor]),
  );
  const states = STATES.map(([state, share, cities], index) => [index, state, share, listLiteral(cities)]);
  return `
CREATE TEMP MACRO rnd(salt, id) AS (hash(salt, id) % 1000003) / 1000003.0;
CREATE TEMP MACRO pick(items, salt, id) AS items[1 + floor(rnd(salt, id) * len(items))::INTEGER];
CREATE TEMP TABLE product_lines AS SELECT * FROM (VALUES ${rowsLiteral(productLines)}) t(category_id, line_index, line, base_price);
CREATE TEMP TABLE product_variants AS SELECT * FROM (VALUES ${rowsLiteral(variants)}) t(category_id, variant_index, template, factor);
CREATE TEMP TABLE states AS SELECT *, SUM(share) OVER (ORDER BY state_index) AS cumulative
  FROM (VALUES ${states.map((row) => `(${row[0]}, ${quote(String(row[1]))}, ${row[2]}, ${row[3]})`).join(', ')}) t(state_index, state, share, cities);
CREATE TEMP TABLE month_factors AS SELECT * FROM (VALUES ${rowsLiteral(MONTH_FACTORS.map((f, i) => [i + 1, f]))}) t(month, factor);
CREATE TEMP TABLE return_chances AS SELECT * FROM (VALUES ${rowsLiteral(Object.entries(RETURN_CHANCE).map(([c, p]) => [Number(c), p]))}) t(category_id, chance);
CREATE TEMP TABLE names AS SELECT ${listLiteral(FIRST_NAMES)} AS first_names, ${listLiteral(LAST_NAMES)} AS last_names,
  ${listLiteral(EMAIL_DOMAINS)} AS domains;
INSERT INTO categories VALUES ${rowsLiteral(CATEGORIES)};`;
}

const GENERATE_DATA = `
INSERT INTO products
SELECT (l.category_id - 1) * 25 + k + 1 AS product_id,
       replace(v.template, '%s', l.line) AS name,
       l.category_id,
       (greatest(round(l.base_price * v.factor * (0.92 + 0.16 * rnd('price', (l.category_id - 1) * 25 + k + 1))), 1) - 0.01)::DECIMAL(10, 2),
       CASE WHEN ((l.category_id - 1) * 25 + k + 1) % 5 = 0
            THEN DATE '2023-02-01' + floor(rnd('launch', (l.category_id - 1) * 25 + k + 1) * 1360)::INTEGER
            ELSE DATE '2019-01-01' + floor(rnd('launch', (l.category_id - 1) * 25 + k + 1) * 1450)::INTEGER END
FROM range(25) r(k)
JOIN product_lines l ON l.line_index = k % 10
JOIN product_variants v ON v.category_id = l.category_id AND v.variant_index = k // 10
ORDER BY product_id;

INSERT INTO customers
WITH base AS (
  SELECT id,
         pick(first_names, 'first', id) AS first_name,
         pick(last_names, 'last', id) AS last_name,
         pick(domains, 'domain', id) AS domain,
         rnd('state', id) * (SELECT SUM(share) FROM states) AS state_draw,
         rnd('segment', id) AS segment_draw,
         -- The store opens on 2023-01-01 with a wave of sign-ups in its first two months, then grows steadily.
         CASE WHEN id <= 600 THEN DATE '2023-01-01' + floor(59 * pow((id - 1) / 600, 2))::INTEGER
              ELSE DATE '2023-03-01' + ((id - 601) * (DATE '${DEMO_DATA_END}' - DATE '2023-03-01') // 1400)::INTEGER END AS signup_date
  FROM range(1, 2001) r(id), names
)
SELECT id, first_name, last_name,
       lower(first_name) || '.' || regexp_replace(lower(last_name), '[^a-z]', '', 'g') || id || '@' || domain,
       s.cities[1 + floor(pow(rnd('city', id), 1.6) * len(s.cities))::INTEGER],
       s.state, signup_date,
       CASE WHEN segment_draw < 0.8 THEN 'consumer' WHEN segment_draw < 0.95 THEN 'small_business' ELSE 'enterprise' END
FROM base JOIN states s ON state_draw >= s.cumulative - s.share AND state_draw < s.cumulative
ORDER BY id;

CREATE TEMP TABLE days AS
SELECT d.day, d.day_index, m.factor AS month_factor,
       (SELECT count(*) FROM customers c WHERE c.signup_date <= d.day) AS customers_so_far
FROM (SELECT t::DATE AS day, row_number() OVER (ORDER BY t) AS day_index
      FROM range(DATE '2023-01-01', DATE '${DEMO_DATA_END_EXCLUSIVE}', INTERVAL 1 DAY) r(t)) d
JOIN month_factors m ON m.month = month(d.day);

CREATE TEMP TABLE order_draws AS
WITH per_day AS (
  SELECT day, day_index, customers_so_far,
         floor(11 * (1 + 0.1 * (day_index - 1) / 365.25) * month_factor
               * (0.8 + 0.4 * rnd('orders', day_index)) + rnd('round', day_index))::INTEGER AS order_count
  FROM days
), slots AS (
  SELECT day, day_index, customers_so_far, unnest(range(order_count)) AS slot FROM per_day
), numbered AS (
  SELECT row_number() OVER (ORDER BY day, slot) AS order_id, * FROM slots
)
, first_orders AS (
  -- Most customers sign up with their first order: the first slots of a sign-up day are theirs.
  SELECT customer_id, signup_date, row_number() OVER (PARTITION BY signup_date ORDER BY customer_id) - 1 AS slot
  FROM customers WHERE rnd('first_order', customer_id) < 0.8
), channeled AS (
  SELECT n.order_id,
         coalesce(f.customer_id, 1 + floor(customers_so_far * pow(rnd('customer', order_id), 1.2))::INTEGER) AS customer_id,
         day,
         CASE WHEN rnd('channel', order_id) < 0.28 + 0.03 * (year(day) - 2023) THEN 'mobile'
              WHEN rnd('channel', order_id) < 0.45 + 0.02 * (year(day) - 2023) THEN 'store' ELSE 'web' END AS channel
  FROM numbered n LEFT JOIN first_orders f ON f.signup_date = n.day AND f.slot = n.slot
)
-- A store sale is paid and taken home at the till; a web or app order may be cancelled before it ships
-- and is delivered 2 to 7 days after it was placed.
SELECT *,
       channel <> 'store' AND rnd('status', order_id) < 0.08 AS cancelled,
       CASE WHEN channel = 'store' THEN day ELSE day + 2 + floor(6 * rnd('transit', order_id))::INTEGER END AS delivered_on
FROM channeled;

INSERT INTO orders
SELECT order_id, customer_id, day,
       CASE WHEN cancelled THEN 'cancelled' WHEN delivered_on > DATE '${DEMO_DATA_END}' THEN 'shipped' ELSE 'completed' END,
       channel
FROM order_draws
ORDER BY order_id;

INSERT INTO order_items
WITH lines AS (
  SELECT o.order_id, o.order_date, unnest(range(1 + floor(4 * pow(rnd('lines', o.order_id), 1.8))::INTEGER)) AS line
  FROM orders o
), drawn AS (
  SELECT order_id, order_date, line, order_id * 4 + line AS draw_id,
         CASE WHEN month(order_date) IN (11, 12) AND rnd('gift', order_id * 4 + line) < 0.35
                THEN CASE WHEN rnd('gift_kind', order_id * 4 + line) < 0.5 THEN 1 ELSE 126 END
                     + floor(25 * rnd('gift_pick', order_id * 4 + line))::INTEGER
              WHEN month(order_date) IN (5, 6, 7) AND rnd('summer', order_id * 4 + line) < 0.2
                THEN 101 + floor(25 * rnd('summer_pick', order_id * 4 + line))::INTEGER
              ELSE floor(200 * pow(rnd('product', order_id * 4 + line), 1.4))::INTEGER * 73 % 200 + 1 END AS candidate
  FROM lines
), priced AS (
  SELECT d.*, CASE WHEN p.launched_on <= d.order_date THEN p.product_id ELSE p.product_id - 1 END AS product_id
  FROM drawn d JOIN products p ON p.product_id = d.candidate
), distinct_lines AS (
  -- A product drawn twice for one order is one line, not two.
  SELECT * FROM priced QUALIFY row_number() OVER (PARTITION BY order_id, product_id ORDER BY line) = 1
)
SELECT row_number() OVER (ORDER BY i.order_id, i.line) AS order_item_id,
       i.order_id, i.product_id,
       1 + floor(pow(rnd('quantity', i.draw_id), 2.5) * CASE WHEN p.category_id = 8 THEN 6 ELSE 3 END)::INTEGER,
       round(p.unit_price * CASE WHEN month(i.order_date) = 11 AND day(i.order_date) BETWEEN 22 AND 30 THEN 0.8
                                 WHEN rnd('discount', i.draw_id) < 0.1 THEN 0.9 ELSE 1 END, 2)::DECIMAL(10, 2)
FROM distinct_lines i JOIN products p ON p.product_id = i.product_id
ORDER BY order_item_id;

INSERT INTO returns
WITH returned AS (
  SELECT i.order_item_id, i.quantity AS item_quantity, i.unit_price, d.delivered_on, d.channel, p.category_id
  FROM order_items i
  JOIN orders o ON o.order_id = i.order_id
  JOIN order_draws d ON d.order_id = o.order_id
  JOIN products p ON p.product_id = i.product_id
  JOIN return_chances c ON c.category_id = p.category_id
  WHERE o.status = 'completed' AND rnd('returned', i.order_item_id) < c.chance
), sized AS (
  SELECT *, CASE WHEN item_quantity > 1 AND rnd('partial', order_item_id) < 0.3 THEN 1 ELSE item_quantity END AS quantity,
         delivered_on + 1 + floor(30 * rnd('return_date', order_item_id))::INTEGER AS return_date
  FROM returned
)
-- Only delivered items come back, within 30 days; a return due after the data's end has not happened yet.
SELECT row_number() OVER (ORDER BY order_item_id) AS return_id,
       order_item_id,
       return_date,
       quantity,
       CASE WHEN category_id = 3 AND rnd('size', order_item_id) < 0.5 THEN 'Wrong size'
            -- What was bought at the till was neither shipped nor late.
            WHEN channel = 'store' THEN ['Defective', 'Not as described', 'Changed mind', 'Better price elsewhere']
                 [1 + floor(4 * pow(rnd('reason', order_item_id), 1.3))::INTEGER]
            ELSE ['Defective', 'Damaged in shipping', 'Not as described', 'Changed mind', 'Arrived late', 'Better price elsewhere']
                 [1 + floor(6 * pow(rnd('reason', order_item_id), 1.3))::INTEGER] END,
       (quantity * unit_price)::DECIMAL(10, 2)
FROM sized
WHERE return_date <= DATE '${DEMO_DATA_END}'
ORDER BY return_id;

INSERT INTO user_activity
WITH sessions AS (
  SELECT day, day_index, customers_so_far,
         unnest(range(round(customers_so_far * 0.045 * (0.85 + 0.15 * month_factor)
                            * (0.9 + 0.2 * rnd('active', day_index)))::INTEGER)) AS session
  FROM days
), browsing AS (
  SELECT day AS event_date,
         1 + floor(customers_so_far * rnd('visitor', day_index * 1000 + session))::INTEGER AS customer_id,
         session AS seq,
         unnest(['login', 'view', 'search', 'add_to_cart']
                [1:1 + floor(4 * pow(rnd('depth', day_index * 1000 + session), 1.6))::INTEGER]) AS event_type
  FROM sessions
), events AS (
  SELECT event_date, customer_id, event_type, 0 AS source, seq FROM browsing
  UNION ALL
  -- The session that placed a web or app order: the customer logs in, views, adds to the cart and buys.
  SELECT order_date, customer_id, unnest(['login', 'view', 'add_to_cart', 'purchase']), 1, order_id
  FROM orders WHERE channel <> 'store' AND status <> 'cancelled'
)
SELECT row_number() OVER (ORDER BY event_date, source, seq,
         list_position(['login', 'view', 'search', 'add_to_cart', 'purchase'], event_type)) AS event_id,
       customer_id, event_date, event_type
FROM events
ORDER BY event_id;`;

function quote(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

function literal(value: Literal): string {
  return typeof value === 'number' ? String(value) : quote(value);
}

function rowsLiteral(rows: readonly (readonly Literal[])[]): string {
  return rows.map((row) => `(${row.map(literal).join(', ')})`).join(', ');
}

function listLiteral(values: readonly string[]): string {
  return `[${values.map(quote).join(', ')}]`;
}
