import { describe, expect, it } from 'vitest';
import { type TableSchema } from '../src/context/context-schema.js';
import { createOfflineModel } from '../src/models/offline/offline-model.js';
import type { ModelCallOptions } from '../src/models/sql-model.js';
import { inMemoryRows } from './helpers/in-memory-rows.js';
import { schemaTable as table } from './helpers/schema-table.js';
import { catalogContext } from './helpers/catalog-context.js';

// A made-up café: a bare "the most" ending the question ranks by what the word before it names.
const pk = { primary_key: true };
const SCHEMAS: TableSchema[] = [
  table('dishes', [['dish_id', 'INTEGER', pk], ['name', 'VARCHAR'], ['price_gbp', 'DOUBLE'], ['kcal', 'INTEGER']], 'Dishes on the menu'),
  table('tills', [['till_id', 'INTEGER', pk], ['name', 'VARCHAR'], ['float_worth', 'DOUBLE']], 'Cash tills'),
  table('orders', [['order_id', 'INTEGER', pk], ['dish_id', 'INTEGER', { references: 'dishes.dish_id' }]], 'One dish ordered'),
];

const DATA = [
  `CREATE TABLE dishes (dish_id INTEGER PRIMARY KEY, name VARCHAR, price_gbp DOUBLE, kcal INTEGER)`,
  `INSERT INTO dishes VALUES (1, 'Soup', 4.5, 300), (2, 'Pie', 9, 700), (3, 'Salad', 6, 250)`,
  `CREATE TABLE tills (till_id INTEGER PRIMARY KEY, name VARCHAR, float_worth DOUBLE)`,
  `INSERT INTO tills VALUES (1, 'front', 150), (2, 'back', 90)`,
  `CREATE TABLE orders (order_id INTEGER PRIMARY KEY, dish_id INTEGER REFERENCES dishes(dish_id))`,
  `INSERT INTO orders VALUES (1, 1), (2, 1), (3, 3), (4, 1), (5, 3)`,
];

const CASES: [question: string, expected: string][] = [
  // the verb is nearest (word vectors) to the price column
  ['Which dish costs the most?', 'SELECT name FROM dishes ORDER BY price_gbp DESC LIMIT 1'],
  // the word spells a part of the column's name
  ['Which till is worth the most?', 'SELECT name FROM tills ORDER BY float_worth DESC LIMIT 1'],
  // a noun after the superlative still says what is counted
  ['Which dish has the most orders?', 'SELECT d.name FROM orders o JOIN dishes d USING (dish_id) GROUP BY d.dish_id, d.name ORDER BY COUNT(*) DESC LIMIT 1'],
];

const options: ModelCallOptions = { signal: new AbortController().signal, dialect: 'duckdb', node: 'test' };
const model = createOfflineModel();
const rows = inMemoryRows(DATA);

let runCounter = 0;
describe('offline model ranks by the measure a verb before "the most" names', () => {
  for (const [question, expected] of CASES) {
    it(question, async () => {
      const context = catalogContext({
        run_id: `verb-measure-${++runCounter}`,
        task: { text: question, namespace: 'cafe', plan: 'reflection', current_date: '2026-11-15', max_iterations: 3 },
        plan: { done: [], pending: [], next_step_id: 0 },
        table_schemas: SCHEMAS,
        matched_values: [],
      });
      const { sql } = await model.generateSql(context, options);
      expect(await rows(sql, true), sql).toEqual(await rows(expected, true));
    });
  }
});
