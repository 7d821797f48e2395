import { describe, expect, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { attemptOf, parsedChecks, questionContext } from './helpers/answer-check-cases.js';
import { answerConfidence } from '../src/trust/answer-confidence.js';
import { judgeAnswer } from '../src/trust/judge-answer.js';
import { decideGrounding } from '../src/trust/judge-grounding.js';
import { runAnswerChecks } from '../src/trust/run-answer-checks.js';

/** A small shop schema, unrelated to the demo's data: the checks read names, not a dataset. */
const TABLES = [
  { name: 'orders', columns: ['order_id', 'customer_id', 'ordered_at', 'status', 'channel'] },
  { name: 'customers', columns: ['customer_id', 'full_name', 'region', 'tier', 'joined_on'] },
  { name: 'products', columns: ['product_id', 'title', 'category_id', 'list_price'] },
  { name: 'order_lines', columns: ['line_id', 'order_id', 'product_id', 'qty', 'price'] },
  { name: 'refunds', columns: ['refund_id', 'line_id', 'refunded_on', 'cause', 'amount'] },
];

function contextFor(question: string, extra: Partial<Context> = {}): Context {
  return questionContext(question, 'shop', TABLES.map((table) => ({ name: table.name, columns: table.columns.map((name) => ({ name })) })), extra);
}


const manyRows = (width: number, count = 40) => Array.from({ length: count }, (_, i) => Array.from({ length: width }, (_, c) => (c === 0 ? `r${i}` : i)));

type Case = [question: string, sql: string, columns: string[], rows: unknown[][], check: string, passed: boolean];

const cases: Case[] = [
  // count_shape
  ['How many orders came through the app channel?', "SELECT * FROM orders WHERE channel = 'app'", ['order_id', 'channel'], manyRows(2), 'count_shape', false],
  ['How many orders came through the app channel?', "SELECT COUNT(*) AS n FROM orders WHERE channel = 'app'", ['n'], [[12]], 'count_shape', true],
  ['number of customers in each region', 'SELECT region, COUNT(*) FROM customers GROUP BY region', ['region', 'n'], manyRows(2, 5), 'count_shape', true],
  // average
  ['average qty per order', 'SELECT order_id, COUNT(*) FROM order_lines GROUP BY order_id', ['order_id', 'n'], manyRows(2), 'average', false],
  ['average qty per order', 'SELECT AVG(n) FROM (SELECT order_id, SUM(qty) AS n FROM order_lines GROUP BY order_id) t', ['avg'], [[2.5]], 'average', true],
  ['mean refund amount', 'SELECT SUM(amount) / COUNT(*) FROM refunds', ['x'], [[10]], 'average', true],
  // grouping
  ['orders by day of week', "SELECT CAST(date_trunc('day', ordered_at) AS DATE) AS day, COUNT(*) FROM orders GROUP BY 1", ['day', 'n'], manyRows(2), 'grouping', false],
  ['orders by day of week', 'SELECT dayname(ordered_at) AS weekday, COUNT(*) FROM orders GROUP BY 1', ['weekday', 'n'], manyRows(2, 7), 'grouping', true],
  ['priciest product in each category', 'SELECT * FROM products ORDER BY list_price DESC LIMIT 1', ['product_id', 'title'], [[1, 'x']], 'grouping', false],
  ['highest list price for each category', 'SELECT category_id, MAX(list_price) FROM products GROUP BY 1 ORDER BY 2 DESC LIMIT 1', ['category_id', 'max'], [[1, 9]], 'grouping', false],
  ['refund amount per cause', 'SELECT cause, SUM(amount) FROM refunds GROUP BY cause', ['cause', 'sum'], manyRows(2, 4), 'grouping', true],
  ['number of refunds for each cause', 'SELECT cause, COUNT(*) FROM refunds GROUP BY cause', ['cause', 'n'], manyRows(2, 4), 'grouping', true],
  ['Which 3 products have the highest unit price?', 'SELECT title, list_price AS unit_price FROM products ORDER BY 2 DESC LIMIT 3', ['title', 'unit_price'], manyRows(2, 3), 'ranking', true],
  // comparison
  ['app vs web orders', "SELECT COUNT(*) FROM orders WHERE channel IN ('app', 'web')", ['n'], [[80]], 'comparison', false],
  ['app vs web orders', "SELECT channel, COUNT(*) FROM orders WHERE channel IN ('app', 'web') GROUP BY 1", ['channel', 'n'], [['app', 50], ['web', 30]], 'comparison', true],
  // percent
  ['what share of orders were refunded', 'SELECT COUNT(*) FROM refunds', ['n'], [[9]], 'percent', false],
  ['what percent of orders came from the app', "SELECT 100.0 * COUNT(*) FILTER (WHERE channel = 'app') / COUNT(*) FROM orders", ['pct'], [[42.5]], 'percent', true],
  ['what percent of orders came from the app', "SELECT COUNT(*) / 0.001 FROM orders WHERE channel = 'app'", ['pct'], [[4200]], 'percent', false],
  // ranking
  ['most common refund cause', 'SELECT cause FROM refunds', ['cause'], manyRows(1), 'ranking', false],
  ['most common refund cause', 'SELECT cause, COUNT(*) AS n FROM refunds GROUP BY 1 ORDER BY n DESC LIMIT 1', ['cause', 'n'], [['damaged', 9]], 'ranking', true],
  ['top 3 products by list price', 'SELECT title, list_price FROM products', ['title', 'list_price'], manyRows(2), 'ranking', false],
  ['How much did the newest customer spend?', 'SELECT SUM(amount) AS total FROM refunds ORDER BY total DESC', ['total'], [[5]], 'ranking', false],
  // negation
  ['customers who never placed an order', 'SELECT * FROM customers', ['customer_id'], manyRows(1), 'negation', false],
  ['customers who never placed an order', 'SELECT * FROM customers WHERE customer_id NOT IN (SELECT customer_id FROM orders)', ['customer_id'], manyRows(1, 3), 'negation', true],
  ["customers that don't have a refund", "SELECT * FROM customers c JOIN orders o USING (customer_id) WHERE o.status <> 'refunded'", ['customer_id'], manyRows(1), 'negation', false],
  ['orders that are not cancelled', "SELECT * FROM orders WHERE status <> 'cancelled'", ['order_id'], manyRows(1), 'negation', true],
  // both
  ['customers who ordered both through the app and the web', "SELECT DISTINCT customer_id FROM orders WHERE channel IN ('app', 'web')", ['customer_id'], manyRows(1), 'both', false],
  ['customers who ordered both through the app and the web', "SELECT full_name FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.channel IN ('app', 'web'))", ['full_name'], manyRows(1), 'both', false],
  ['customers who ordered both through the app and the web', "SELECT full_name FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.channel = 'app' AND o.channel = 'web')", ['full_name'], manyRows(1), 'both', false],
  ['customers who ordered both through the app and the web', "SELECT full_name FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.channel = 'app') AND EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.channel = 'web')", ['full_name'], manyRows(1), 'both', true],
  ['customers who ordered both through the app and the web', "SELECT customer_id FROM orders WHERE channel = 'app' INTERSECT SELECT customer_id FROM orders WHERE channel = 'web'", ['customer_id'], manyRows(1), 'both', true],
  // filters
  ['revenue in 2024 vs 2025', "SELECT SUM(price * qty) FROM order_lines JOIN orders USING (order_id) WHERE ordered_at >= DATE '2024-01-01' AND ordered_at < DATE '2025-01-01'", ['revenue'], [[1]], 'filters', false],
  ["orders with status 'on hold'", "SELECT * FROM orders WHERE status = 'on hold'", ['order_id'], manyRows(1, 2), 'filters', true],
  ['products priced above 250', 'SELECT title FROM products WHERE list_price > 100', ['title'], manyRows(1, 2), 'filters', false],
  ['lines with qty over 250 in the last 30 days', "SELECT * FROM order_lines JOIN orders USING (order_id) WHERE qty > 250 AND ordered_at >= DATE '2026-10-26'", ['line_id'], manyRows(1, 2), 'filters', true],
  ['orders in 2025', "SELECT COUNT(*) FROM orders WHERE ordered_at >= DATE '2025-01-01' AND ordered_at < DATE '2026-01-01'", ['n'], [[4]], 'filters', true],
  ['orders before 2024', "SELECT COUNT(*) FROM orders WHERE ordered_at < DATE '2024-01-01'", ['n'], [[4]], 'filters', true],
  ['orders until 2024', "SELECT COUNT(*) FROM orders WHERE ordered_at >= DATE '2023-01-01' AND ordered_at < DATE '2024-01-01'", ['n'], [[4]], 'filters', true],
  ['orders in 2024', "SELECT COUNT(*) FROM orders WHERE ordered_at >= DATE '2023-01-01' AND ordered_at < DATE '2024-01-01'", ['n'], [[4]], 'filters', false],
  // literals
  ['refunds for broken items', "SELECT * FROM refunds WHERE cause IN ('broken', 'lost')", ['refund_id'], manyRows(1, 2), 'literals', false],
  // projection
  ['Find the title and list price of the cheapest product', 'SELECT title FROM products ORDER BY list_price LIMIT 1', ['title'], [['x']], 'projection', false],
  ['Find the title and list price of the cheapest product', 'SELECT title, list_price FROM products ORDER BY list_price LIMIT 1', ['title', 'list_price'], [['x', 1]], 'projection', true],
  // tables_used / columns_used
  ['days between order and refund', 'SELECT * FROM orders', ['order_id'], manyRows(1), 'tables_used', false],
  ['What is the tier of customer 7?', 'SELECT full_name FROM customers WHERE customer_id = 7', ['full_name'], [['x']], 'columns_used', false],
  // units_measure
  ['top 3 products by units sold', 'SELECT title, SUM(price) AS s FROM order_lines JOIN products USING (product_id) GROUP BY 1 ORDER BY s DESC LIMIT 3', ['title', 's'], manyRows(2, 3), 'units_measure', false],
  ['top 3 products by units sold', 'SELECT title, SUM(qty) AS s FROM order_lines JOIN products USING (product_id) GROUP BY 1 ORDER BY s DESC LIMIT 3', ['title', 's'], manyRows(2, 3), 'units_measure', true],
  // empty_result
  ['orders shipped to the moon', "SELECT * FROM orders WHERE status = 'moon'", ['order_id'], [], 'empty_result', false],
  ['are there any refunds over 1000?', 'SELECT * FROM refunds WHERE amount > 1000', ['refund_id'], [], 'empty_result', true],
  // count_shape: one row of several columns is a listing, not a number
  ['How many tier 1 customers joined?', "SELECT * FROM customers WHERE tier = '1'", ['customer_id', 'full_name', 'region'], [[1, 'x', 'n']], 'count_shape', false],
  ['How many refunds were there?', 'SELECT MAX(refund_id) FROM refunds', ['max'], [[7]], 'count_shape', true],
  // every_column: a wh-question asks for one thing, not whole rows
  ['When did the first refund happen?', 'SELECT * FROM refunds ORDER BY refunded_on LIMIT 1', ['refund_id', 'line_id', 'refunded_on', 'cause', 'amount'], [[1, 2, '2024-01-01', 'x', 3]], 'every_column', false],
  ['Who joined most recently?', 'SELECT * FROM customers ORDER BY joined_on DESC LIMIT 1', ['customer_id', 'full_name'], [[1, 'x']], 'every_column', false],
  ['Which customers are in the north region?', "SELECT * FROM customers WHERE region = 'north'", ['customer_id', 'full_name'], manyRows(2, 3), 'every_column', true],
  ['Which products cost nothing?', 'SELECT products.* FROM products WHERE list_price = 0', ['product_id'], [], 'every_column', true],
]

describe('shape checks', () => {
  for (const [question, sql, columns, rows, name, passed] of cases) {
    it(`${name} ${passed ? 'passes' : 'fails'}: ${question} → ${sql}`, async () => {
      const checks = await parsedChecks(contextFor(question), attemptOf(sql, columns, rows));
      const check = checks.find((c) => c.name === name);
      expect(check, JSON.stringify(checks)).toBeDefined();
      expect(check!.passed, check!.detail).toBe(passed);
      expect(check!.detail.length).toBeGreaterThan(0);
    });
  }

  it('reads "unit price" as money, not as units', () => {
    const checks = runAnswerChecks(contextFor('Which 3 products have the highest unit price?'), attemptOf('SELECT title, SUM(price) AS p FROM order_lines JOIN products USING (product_id) GROUP BY 1 ORDER BY p DESC LIMIT 3', ['title', 'p'], manyRows(2, 3)));
    expect(checks.map((c) => c.name)).not.toContain('units_measure');
  });

  it('meets a matched value that starts with a digit as text ("2 Burnside Road"), a number as a whole number', () => {
    const matched = [{ table: 'customers', column: 'full_name', value: '2 Burnside Road', matched_text: '2 Burnside Road', score: 1 }];
    const filters = (sql: string) => runAnswerChecks(contextFor('How many orders went to 2 Burnside Road?', { matched_values: matched }), attemptOf(sql, ['n'], [[4]])).find((c) => c.name === 'filters');
    expect(filters("SELECT COUNT(*) FROM orders JOIN customers USING (customer_id) WHERE full_name = '2 Burnside Road'")?.passed).toBe(true);
    expect(filters("SELECT COUNT(*) FROM orders JOIN customers USING (customer_id) WHERE full_name = '12 Burnside Road'")?.passed).toBe(false);
  });

  it("meets a value with an apostrophe as the SQL quotes it ('O''Brien', 'O\\'Brien'), and still misses another name", () => {
    const matched = [{ table: 'customers', column: 'full_name', value: "O'Brien", matched_text: "O'Brien", score: 1 }];
    const filters = (sql: string) => runAnswerChecks(contextFor("Which region is O'Brien in?", { matched_values: matched }), attemptOf(sql, ['region'], [['north']])).find((c) => c.name === 'filters');
    expect(filters("SELECT region FROM customers WHERE full_name = 'O''Brien'")?.passed).toBe(true);
    expect(filters("SELECT region FROM customers WHERE full_name = 'O\\'Brien'")?.passed).toBe(true);
    expect(filters("SELECT region FROM customers WHERE full_name = 'O''Connor'")?.passed).toBe(false);
    expect(filters("SELECT region FROM customers WHERE full_name = 'Brien'")?.passed).toBe(false);
  });

  it('asks nothing of a question that does not ask it', () => {
    const details = runAnswerChecks(contextFor('What are the details of customer 7?'), attemptOf('SELECT * FROM customers WHERE customer_id = 7', ['customer_id', 'full_name'], [[7, 'x']]));
    expect(details.map((c) => c.name)).not.toContain('every_column');
    const checks = runAnswerChecks(contextFor('list the refunds'), attemptOf('SELECT * FROM refunds', ['refund_id'], manyRows(1)));
    expect(checks.map((c) => c.name)).not.toContain('count_shape');
    expect(checks.every((c) => c.passed)).toBe(true);
  });
});

describe('conditions and readings the question leaves open', () => {
  /** The same shop, with sample rows: order states stored as participles ('shipped', 'refunded'). */
  function shopWithSamples(question: string, matched: Context['matched_values'] = []): Context {
    const context = contextFor(question, { matched_values: matched });
    const orders = context.table_schemas.find((t) => t.name === 'orders')!;
    orders.sample_rows = [[1, 3, '2025-01-02', 'shipped', 'web'], [2, 4, '2025-01-03', 'refunded', 'app']];
    return context;
  }
  const conditionOf = (context: Context, sql: string) => runAnswerChecks(context, attemptOf(sql, ['n'], [[40]])).find((c) => c.name === 'condition');

  it('a state the question states ("were scrapped") and the SQL never applies is doubted', () => {
    const check = conditionOf(shopWithSamples('How many orders were scrapped?'), 'SELECT COUNT(*) FROM orders');
    expect(check?.passed).toBe(false);
    expect(check?.detail).toMatch(/"scrapped"/);
    expect(conditionOf(shopWithSamples('How many orders were broken up?'), 'SELECT COUNT(*) FROM orders')?.detail).toMatch(/"broken up"/);
  });

  it('is satisfied by a filter, and asks nothing of a table that stores no states or of a verb that only says rows exist', () => {
    expect(conditionOf(shopWithSamples('How many orders were scrapped?'), "SELECT COUNT(*) FROM orders WHERE status = 'void'")?.passed).toBe(true);
    expect(conditionOf(shopWithSamples('How many orders were recorded?'), 'SELECT COUNT(*) FROM orders')).toBeUndefined();
    expect(conditionOf(contextFor('How many orders were scrapped?'), 'SELECT COUNT(*) FROM orders')).toBeUndefined();
    expect(conditionOf(shopWithSamples('How many products were scrapped?'), 'SELECT COUNT(*) FROM products')).toBeUndefined();
  });

  it('is satisfied by a share that applies the state inside its aggregate ("What percentage of orders were refunded?")', () => {
    const share = "SELECT ROUND(100.0 * SUM(CASE WHEN status = 'refunded' THEN 1 ELSE 0 END) / COUNT(*), 2) FROM orders";
    expect(conditionOf(shopWithSamples('What percentage of orders were refunded?'), share)?.passed).toBe(true);
    expect(conditionOf(shopWithSamples('What percentage of orders were scrapped?'), share)?.passed).toBe(false);
  });

  it('a value a column comment documents ("tier: gold_plus, basic") that the SQL never uses is doubted', () => {
    const context = contextFor('How many buyers are gold plus members?');
    const customers = context.table_schemas.find((t) => t.name === 'customers')!;
    customers.columns.find((c) => c.name === 'tier')!.comment = 'Loyalty tier: basic, silver or gold_plus';
    const judged = (sql: string) => runAnswerChecks(context, attemptOf(sql, ['n'], [[4]])).find((c) => c.name === 'described_value');
    expect(judged('SELECT COUNT(*) FROM orders')?.passed).toBe(false);
    expect(judged('SELECT COUNT(*) FROM orders')?.detail).toMatch(/'gold_plus'.*customers\.tier/);
    expect(judged("SELECT COUNT(*) FROM customers WHERE tier = 'gold_plus'")?.passed).toBe(true);
  });

  it('a year after a verb dates that event: a filter on another date (the order date for "debuted") is doubted', () => {
    const judged = (question: string, sql: string) => runAnswerChecks(contextFor(question), attemptOf(sql, ['n'], [[4]])).find((c) => c.name === 'event_date');
    const joinedDate = "SELECT COUNT(*) FROM order_lines JOIN orders USING (order_id) WHERE ordered_at >= DATE '2025-01-01' AND ordered_at < DATE '2026-01-01'";
    expect(judged('How many products premiered in 2025?', joinedDate)?.passed).toBe(false);
    expect(judged('How many customers joined in 2025?', "SELECT COUNT(*) FROM customers WHERE joined_on >= DATE '2025-01-01' AND joined_on < DATE '2026-01-01'")?.passed).toBe(true);
    expect(judged('How many orders were placed in 2025?', joinedDate)?.passed).toBe(true);
  });

  it('an -ing noun before a noun ("marketing email") is content; a participle before a preposition ("orders shipping to") relates', () => {
    const unaddressed = (question: string, sql: string) => runAnswerChecks(contextFor(question), attemptOf(sql, ['full_name'], manyRows(1, 3))).find((c) => c.name === 'unaddressed');
    expect(unaddressed('Which customers got the marketing email?', 'SELECT full_name FROM customers')?.detail).toMatch(/marketing/);
    expect(unaddressed('Which customers have orders shipping to the north region?', "SELECT full_name FROM customers JOIN orders USING (customer_id) WHERE region = 'north'")?.detail ?? '').not.toMatch(/shipping/);
  });

  it('a row noun glued into a modifier ("in-person") is a condition, not the rows', () => {
    const unaddressed = (question: string) => runAnswerChecks(contextFor(question), attemptOf("SELECT COUNT(*) FROM orders WHERE channel = 'app'", ['n'], [[4]])).find((c) => c.name === 'unaddressed');
    expect(unaddressed('How many in-person orders came through the app?')?.detail).toMatch(/"person"/);
    expect(unaddressed('How many people ordered through the app?')?.passed).toBe(true);
  });

  it('words that spell values of two columns, read as one without the question saying which, are doubted', () => {
    const matched = [
      { table: 'customers', column: 'region', value: 'Georgia', matched_text: 'Georgia', score: 1 },
      { table: 'customers', column: 'full_name', value: 'Georgia', matched_text: 'Georgia', score: 1 },
      { table: 'customers', column: 'tier', value: 'GA', matched_text: 'Georgia', score: 1 },
    ];
    const judged = (question: string, sql: string) => runAnswerChecks(contextFor(question, { matched_values: matched }), attemptOf(sql, ['full_name'], manyRows(1, 3))).find((c) => c.name === 'value_column');
    expect(judged('customers from Georgia', "SELECT full_name FROM customers WHERE region = 'Georgia'")?.passed).toBe(false);
    expect(judged('customers from the Georgia region', "SELECT full_name FROM customers WHERE region = 'Georgia'")).toBeUndefined();
    expect(judged('customers in tier Georgia', "SELECT full_name FROM customers WHERE tier = 'GA'")).toBeUndefined();
  });
});

describe('judgeAnswer', () => {
  it('is success only when every check passes, unsure otherwise, with a reason', () => {
    const good = contextFor('How many orders are there?');
    good.sql_attempts = [attemptOf('SELECT COUNT(*) FROM orders', ['n'], [[3]])];
    expect(judgeAnswer(good)).toMatchObject({ status: 'success', confidence: 1 });
    const bad = contextFor('How many orders are there?');
    bad.sql_attempts = [attemptOf('SELECT * FROM orders', ['order_id'], manyRows(1))];
    const judged = judgeAnswer(bad);
    expect(judged.status).toBe('unsure');
    expect(judged.reason).toMatch(/how many/);
    expect(judged.confidence).toBe(0.5);
  });

  it('is failed without an answer and unanswerable when nothing grounds the question', () => {
    const failed = contextFor('How many orders are there?');
    failed.sql_attempts = [{ ...attemptOf('SELEC 1', [], []), error: 'syntax error', error_kind: 'syntax' }];
    expect(judgeAnswer(failed)).toMatchObject({ status: 'failed', confidence: 0 });
    const off = { ...contextFor('Who won the 2018 World Cup?'), unanswerable: 'nothing matches' };
    expect(judgeAnswer(off)).toMatchObject({ status: 'unanswerable', checks: [], confidence: 0 });
  });

  it('confidence falls with failed checks, reflection rounds and the iteration cap', () => {
    const pass = { name: 'a', passed: true, detail: '' };
    const fail = { name: 'b', passed: false, detail: '' };
    const round = { strategy: 'fix' as const, reason: '', iteration: 1, unaddressed: [], inserted: ['fix'], capped: false };
    expect(answerConfidence('success', [pass], [])).toBe(1);
    expect(answerConfidence('success', [pass], [round])).toBe(0.9);
    expect(answerConfidence('unsure', [fail, fail], [])).toBe(0.25);
    expect(answerConfidence('unsure', [fail], [round, { ...round, capped: true, inserted: [] }])).toBe(0.36);
    expect(answerConfidence('failed', [], [])).toBe(0);
  });
});

describe('decideGrounding', () => {
  const unanswerable = [
    'What is the national animal of Canada?',
    'Who won the 2018 World Cup?',
    "What's the weather tomorrow?",
    'Write me a poem',
    'Tell me a joke about databases',
  ];
  for (const question of unanswerable) {
    it(`unanswerable: ${question}`, () => {
      expect(decideGrounding(contextFor(question)).reason).toMatch(/cannot answer/);
    });
  }

  const answerable = [
    'How many orders were refunded last month?',
    'cancellation rate by channel',
    'Which region has the most customers?',
    'top 5 products by list price',
    'total refund amount in 2025',
    'custmer count per tier',
  ];
  for (const question of answerable) {
    it(`grounded: ${question}`, () => {
      expect(decideGrounding(contextFor(question, {})).reason).toBeUndefined();
    });
  }

  it('a near spelling of a stored value is no evidence ("Write" is not "White")', () => {
    const context = contextFor('Write me a poem', { matched_values: [{ table: 'customers', column: 'full_name', value: 'White', matched_text: 'Write', score: 0.8 }] });
    expect(decideGrounding(context).reason).toMatch(/'Write' or 'poem'/);
  });

  it('a value matched word for word grounds the question', () => {
    const context = contextFor('anything on Acme?', { matched_values: [{ table: 'customers', column: 'full_name', value: 'Acme', matched_text: 'Acme', score: 1 }] });
    expect(decideGrounding(context).reason).toBeUndefined();
  });
});
