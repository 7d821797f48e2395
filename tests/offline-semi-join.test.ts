import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoDatabase } from '../src/demo/ensure-demo-database.js';
import { madeUpNamespace, type MadeUpNamespace } from './helpers/made-up-namespace.js';
import { TEST_CACHE_DIR, runCli } from './helpers/run-cli.js';

/**
 * Rows that have at least one related row ("members who have borrowed a book", "loans with a fine", "orders that
 * were returned"), the positive twin of "never": EXISTS along the foreign keys, through the table between them
 * when the related table hangs off a child of the subject. Answers are compared with hand-written SQL.
 */
const sorted = (rows: unknown[][]) => rows.map((row) => JSON.stringify(row.map((v) => (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v)))).sort();

describe('related rows that exist, over a made-up library', () => {
  let library: MadeUpNamespace;
  beforeAll(async () => {
    library = await madeUpNamespace('library', [
      'CREATE TABLE members (member_id INTEGER PRIMARY KEY, name VARCHAR, city VARCHAR)',
      'CREATE TABLE books (book_id INTEGER PRIMARY KEY, title VARCHAR, genre VARCHAR)',
      'CREATE TABLE loans (loan_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(member_id), book_id INTEGER REFERENCES books(book_id), loaned_on DATE)',
      'CREATE TABLE fines (fine_id INTEGER PRIMARY KEY, loan_id INTEGER REFERENCES loans(loan_id), amount DECIMAL(6,2))',
      "INSERT INTO members SELECT i, 'Member ' || i, CASE WHEN i % 3 = 0 THEN 'Leeds' ELSE 'York' END FROM range(1, 41) t(i)",
      "INSERT INTO books SELECT i, 'Title ' || i, CASE WHEN i % 2 = 0 THEN 'crime' ELSE 'poetry' END FROM range(1, 31) t(i)",
      "INSERT INTO loans SELECT i, 1 + (i * 7) % 25, 1 + (i * 5) % 22, DATE '2025-01-01' + INTERVAL (i) DAY FROM range(1, 91) t(i)",
      'INSERT INTO fines SELECT i, 3 * i, 1.5 * i FROM range(1, 21) t(i)',
    ]);
  }, 60_000);

  const cases: Array<[string, string]> = [
    ['How many members have borrowed a book?', 'SELECT COUNT(*) FROM members m WHERE EXISTS (SELECT 1 FROM loans l WHERE l.member_id = m.member_id)'],
    ['How many loans have a fine?', 'SELECT COUNT(*) FROM loans l WHERE EXISTS (SELECT 1 FROM fines f WHERE f.loan_id = l.loan_id)'],
    ['How many members have been fined?', 'SELECT COUNT(*) FROM members m WHERE EXISTS (SELECT 1 FROM loans l JOIN fines f USING (loan_id) WHERE l.member_id = m.member_id)'],
    ['What percentage of loans were fined?', 'SELECT 100.0 * COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM fines f WHERE f.loan_id = l.loan_id)) / COUNT(*) FROM loans l'],
    ['How many members have never been fined?', 'SELECT COUNT(*) FROM members m WHERE NOT EXISTS (SELECT 1 FROM loans l JOIN fines f USING (loan_id) WHERE l.member_id = m.member_id)'],
  ];
  for (const [question, expectedSql] of cases) {
    it(question, { timeout: 90_000 }, async () => {
      const { answer } = await library.ask(question);
      expect(answer.status, answer.sql).toBe('success');
      expect(sorted(answer.rows ?? [])).toEqual(sorted(await library.query(expectedSql)));
    });
  }

  it('leaves a count of related rows ("more than 3 loans") to HAVING, not to EXISTS', { timeout: 90_000 }, async () => {
    const { answer } = await library.ask('How many members have more than 3 loans?');
    expect(answer.sql ?? '').not.toMatch(/\bEXISTS\b/);
  });
});

describe('related rows that exist, over the demo', () => {
  let query: (sql: string) => Promise<unknown[][]>;
  beforeAll(async () => {
    const demo = await ensureDemoDatabase(TEST_CACHE_DIR);
    const connection = await (await DuckDBInstance.create(demo.database, { access_mode: 'READ_ONLY' })).connect();
    query = async (sql) => (await connection.runAndReadAll(sql)).getRowsJson() as unknown[][];
  }, 60_000);

  const returned = 'EXISTS (SELECT 1 FROM order_items oi JOIN returns r USING (order_item_id) WHERE oi.order_id = o.order_id)';
  const cases: Array<[string, string]> = [
    ['How many orders have a return?', `SELECT COUNT(*) FROM orders o WHERE ${returned}`],
    ['How many orders were returned?', `SELECT COUNT(*) FROM orders o WHERE ${returned}`],
    ['What share of orders were returned?', `SELECT 100.0 * COUNT(*) FILTER (WHERE ${returned}) / COUNT(*) FROM orders o`],
    ['How many customers have placed an order?', 'SELECT COUNT(*) FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)'],
    ['How many products have never been returned?', 'SELECT COUNT(*) FROM products p WHERE NOT EXISTS (SELECT 1 FROM order_items oi JOIN returns r USING (order_item_id) WHERE oi.product_id = p.product_id)'],
    ['What percentage of orders were cancelled?', "SELECT 100.0 * COUNT(*) FILTER (WHERE status = 'cancelled') / COUNT(*) FROM orders"],
  ];
  for (const [question, expectedSql] of cases) {
    it(question, { timeout: 90_000 }, async () => {
      const result = await runCli(['run', '--format', 'json', '--current_date', '2026-11-25', '--task', question]);
      const answer = JSON.parse(result.stdout || '{}') as { status?: string; rows?: unknown[][]; sql?: string };
      expect(answer.status, answer.sql).toBe('success');
      const numbers = (rows: unknown[][]) => rows.map((row) => row.map((v) => Number(v)));
      expect(numbers(answer.rows ?? [])).toEqual(numbers(await query(expectedSql)));
    });
  }
});
