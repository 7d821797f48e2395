import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import { madeUpRows, type TableRows } from './helpers/made-up-rows.js';

/**
 * "regions with both a mill and a dairy among our suppliers", "regions with a farm but no mill": two values of one
 * column, each asked of a row of its own, are kept apart (the second listing as an IN or NOT IN subquery of the
 * first) instead of one IN list that accepts either. A made-up bakery through the real CLI; each answer's rows must
 * equal the hand-written query's, and none may claim more than `unsure` allows.
 */
const SCHEMA = `CREATE TABLE suppliers (sup_id INTEGER PRIMARY KEY, sup_name VARCHAR NOT NULL, region VARCHAR, sup_type VARCHAR NOT NULL);
CREATE TABLE shops (shop_id INTEGER PRIMARY KEY, shop_name VARCHAR NOT NULL);
CREATE TABLE products (prod_id INTEGER PRIMARY KEY, prod_name VARCHAR NOT NULL, category VARCHAR NOT NULL);
CREATE TABLE sales (sale_id INTEGER PRIMARY KEY, shop_id INTEGER NOT NULL REFERENCES shops (shop_id), prod_id INTEGER NOT NULL REFERENCES products (prod_id), qty INTEGER NOT NULL);`;

const ROWS: TableRows = {
  suppliers: [
    'sup_id,sup_name,region,sup_type',
    [[1, 'Oak Mill', 'Wessex', 'mill'], [2, 'Vale Dairy', 'Wessex', 'dairy'], [3, 'Hill Farm', 'Mercia', 'farm'], [4, 'Brook Mill', 'Mercia', 'mill'], [5, 'Fen Farm', 'Anglia', 'farm'], [6, 'Marsh Dairy', 'Anglia', 'dairy'], [7, 'Moor Farm', 'Northumbria', 'farm'], [8, 'Lone Mill', null, 'mill']],
  ],
  shops: ['shop_id,shop_name', [[1, 'High Street'], [2, 'Station Road'], [3, 'Market Square']]],
  products: ['prod_id,prod_name,category', [[1, 'Sourdough', 'bread'], [2, 'Rye loaf', 'bread'], [3, 'Victoria sponge', 'cake'], [4, 'Croissant', 'pastry']]],
  sales: ['sale_id,shop_id,prod_id,qty', [[1, 1, 1, 10], [2, 1, 3, 2], [3, 2, 2, 5], [4, 2, 4, 7], [5, 3, 3, 1], [6, 3, 4, 3], [7, 1, 2, 4]]],
};

const { database, rows } = madeUpRows(SCHEMA, ROWS);
const DATABASES = { bakery: database };

const CASES: { task: string; expected: string }[] = [
  {
    task: 'Which regions have both a mill and a dairy among our suppliers?',
    expected: "SELECT region FROM suppliers WHERE sup_type = 'mill' INTERSECT SELECT region FROM suppliers WHERE sup_type = 'dairy'",
  },
  {
    task: 'Which regions have a farm but no mill among our suppliers?',
    expected: "SELECT region FROM suppliers WHERE sup_type = 'farm' EXCEPT SELECT region FROM suppliers WHERE sup_type = 'mill'",
  },
  {
    task: 'Which shops have sold both bread and cake?',
    expected: "SELECT shop_name FROM shops JOIN sales USING (shop_id) JOIN products USING (prod_id) WHERE category = 'bread' INTERSECT SELECT shop_name FROM shops JOIN sales USING (shop_id) JOIN products USING (prod_id) WHERE category = 'cake'",
  },
];
const EITHER = { id: 'either', namespace: 'bakery', task: 'Which regions have a mill or a dairy among our suppliers?' };
const QUESTIONS = [...CASES.map((c, i) => ({ id: `case ${i}`, namespace: 'bakery', task: c.task })), EITHER];

describe('two values each asked of a row of its own', () => {
  const answers = askBeforeAll(DATABASES, QUESTIONS, { args: ['--current_date', '2026-11-25'], prefix: 'sluice-offline-values-apart-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await rows(`SELECT DISTINCT * FROM (${line.sql!}) ORDER BY ALL`), line.sql!).toEqual(await rows(`SELECT DISTINCT * FROM (${c.expected}) ORDER BY ALL`));
      expect(['success', 'unsure'], line.sql!).toContain(line.status);
    });
  });

  it('leaves "a mill or a dairy" one IN list', async () => {
    const line = answers().get(EITHER.id)!;
    expect(line.sql ?? '').not.toMatch(/\(SELECT/i);
    expect(line.sql ?? '').toMatch(/IN \('mill', 'dairy'\)|IN \('dairy', 'mill'\)/);
  });
});
