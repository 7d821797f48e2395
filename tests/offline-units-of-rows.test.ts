import { describe, expect, it } from 'vitest';
import { type TableSchema } from '../src/context/context-schema.js';
import { createOfflineModel } from '../src/models/offline/offline-model.js';
import type { ModelCallOptions } from '../src/models/sql-model.js';
import { inMemoryRows } from './helpers/in-memory-rows.js';
import { schemaTable as table } from './helpers/schema-table.js';
import { catalogContext } from './helpers/catalog-context.js';

// A made-up seed shop: a row of seed_orders is one order of some packets, so "how many seeds" adds up qty.
const pk = { primary_key: true };
const SCHEMAS: TableSchema[] = [
  table('seed_orders', [['order_id', 'INTEGER', pk], ['variety', 'VARCHAR'], ['qty', 'INTEGER'], ['paid', 'DOUBLE']], 'One order line of seed packets'),
  table('growers', [['grower_id', 'INTEGER', pk], ['full_name', 'VARCHAR']], 'Customers'),
];

const DATA = [
  `CREATE TABLE seed_orders (order_id INTEGER PRIMARY KEY, variety VARCHAR, qty INTEGER, paid DOUBLE)`,
  `INSERT INTO seed_orders VALUES (1, 'basil', 3, 6), (2, 'basil', 1, 2), (3, 'kale', 5, 10), (4, 'chard', 2, 4)`,
  `CREATE TABLE growers (grower_id INTEGER PRIMARY KEY, full_name VARCHAR)`,
  `INSERT INTO growers VALUES (1, 'Ana Ruiz'), (2, 'Bo Lind')`,
];

/** question → SQL whose result the model's answer must equal. */
const CASES: [question: string, expected: string][] = [
  // the word names what the rows are orders of: their quantities are added up
  ['How many seeds were sold?', 'SELECT SUM(qty) FROM seed_orders'],
  ["How many seeds of basil were sold?", "SELECT SUM(qty) FROM seed_orders WHERE variety = 'basil'"],
  // the head of the name counts the rows themselves
  ['How many seed orders are there?', 'SELECT COUNT(*) FROM seed_orders'],
  ['How many orders were placed?', 'SELECT COUNT(*) FROM seed_orders'],
];

const options: ModelCallOptions = { signal: new AbortController().signal, dialect: 'duckdb', node: 'test' };
const model = createOfflineModel();
const rows = inMemoryRows(DATA);

let runCounter = 0;
describe('offline model counts the things a row stands for by its quantity', () => {
  for (const [question, expected] of CASES) {
    it(question, async () => {
      const context = catalogContext({
        run_id: `units-of-rows-${++runCounter}`,
        task: { text: question, namespace: 'seeds', plan: 'reflection', current_date: '2026-11-15', max_iterations: 3 },
        plan: { done: [], pending: [], next_step_id: 0 },
        table_schemas: SCHEMAS,
        matched_values: /basil/.test(question) ? [{ table: 'seed_orders', column: 'variety', value: 'basil', matched_text: 'basil', score: 1 }] : [],
      });
      const { sql } = await model.generateSql(context, options);
      expect(await rows(sql), sql).toEqual(await rows(expected));
    });
  }
});
