import { describe, expect, it } from 'vitest';
import { type TableSchema } from '../src/context/context-schema.js';
import { createOfflineModel } from '../src/models/offline/offline-model.js';
import type { ModelCallOptions } from '../src/models/sql-model.js';
import { inMemoryRows } from './helpers/in-memory-rows.js';
import { schemaTable as table } from './helpers/schema-table.js';
import { catalogContext } from './helpers/catalog-context.js';

// A made-up kite club: a row the question asks for ("which kite", "list the fields") is shown by its name, not its key
// beside the name, nor every column; a list that asks for an attribute of the rows, or lists people, keeps its shape.
const pk = { primary_key: true };
const SCHEMAS: TableSchema[] = [
  table('pilots', [['pilot_id', 'INTEGER', pk], ['first_name', 'VARCHAR'], ['last_name', 'VARCHAR'], ['joined_on', 'DATE']], 'Members who fly'),
  table('fields', [['field_id', 'INTEGER', pk], ['field_name', 'VARCHAR'], ['county', 'VARCHAR'], ['acres', 'DOUBLE']], 'Fields the club flies from'),
  table('kites', [['kite_id', 'INTEGER', pk], ['model_name', 'VARCHAR'], ['span_m', 'DOUBLE']], 'Kites the club owns'),
  table('flights', [['flight_id', 'INTEGER', pk], ['pilot_id', 'INTEGER', { references: 'pilots.pilot_id' }], ['field_id', 'INTEGER', { references: 'fields.field_id' }], ['kite_id', 'INTEGER', { references: 'kites.kite_id' }], ['hours', 'DOUBLE']], 'One outing of a pilot'),
];

const DATA = [
  `CREATE TABLE pilots (pilot_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR, joined_on DATE)`,
  `INSERT INTO pilots VALUES (1, 'Ana', 'Ruiz', DATE '2020-01-05'), (2, 'Bo', 'Lind', DATE '2021-03-01'), (3, 'Cy', 'Odo', DATE '2022-07-19')`,
  `CREATE TABLE fields (field_id INTEGER PRIMARY KEY, field_name VARCHAR, county VARCHAR, acres DOUBLE)`,
  `INSERT INTO fields VALUES (1, 'Long Meadow', 'Kent', 12), (2, 'Hill Top', 'Kent', 30), (3, 'Marsh End', 'Essex', 8)`,
  `CREATE TABLE kites (kite_id INTEGER PRIMARY KEY, model_name VARCHAR, span_m DOUBLE)`,
  `INSERT INTO kites VALUES (1, 'Delta Nine', 2.5), (2, 'Foil Four', 4)`,
  `CREATE TABLE flights (flight_id INTEGER PRIMARY KEY, pilot_id INTEGER, field_id INTEGER, kite_id INTEGER, hours DOUBLE)`,
  `INSERT INTO flights VALUES (1, 1, 1, 1, 2), (2, 2, 1, 2, 5), (3, 2, 3, 2, 4), (4, 3, 2, 1, 1)`,
];

/** question → SQL whose result the model's answer must equal (as a multiset of rows, columns in any order). */
const CASES: [question: string, expected: string][] = [
  // the kite by its one name column; kite_id only groups
  ['Which kite flew the most hours?', "SELECT model_name FROM kites WHERE kite_id = 2"],
  // a person told by first and last names keeps the key in view (the demo's convention)
  ['Which pilot flew the most hours?', 'SELECT pilot_id, first_name, last_name FROM pilots WHERE pilot_id = 2'],
  // the fields themselves, told by their name
  ['List the fields in Kent.', "SELECT field_name FROM fields WHERE county = 'Kent'"],
  // an attribute asked of the rows and not found: every column, left to the answer checks
  ["Show each field's soil type.", 'SELECT * FROM fields'],
  ['List the fields with their soil type.', 'SELECT * FROM fields'],
  // people listed keep every column, as the product spec's "List all customers from California" does
  ['List all pilots.', 'SELECT * FROM pilots'],
];

const options: ModelCallOptions = { signal: new AbortController().signal, dialect: 'duckdb', node: 'test' };
const model = createOfflineModel();
const rows = inMemoryRows(DATA);

let runCounter = 0;
describe('offline model shows the rows a question asks for by their name', () => {
  for (const [question, expected] of CASES) {
    it(question, async () => {
      const context = catalogContext({
        run_id: `rows-by-name-${++runCounter}`,
        task: { text: question, namespace: 'kites', plan: 'reflection', current_date: '2026-11-15', max_iterations: 3 },
        plan: { done: [], pending: [], next_step_id: 0 },
        table_schemas: SCHEMAS,
        matched_values: question.includes('Kent') ? [{ table: 'fields', column: 'county', value: 'Kent', matched_text: 'Kent' }] : [],
      });
      const { sql } = await model.generateSql(context, options);
      expect(await rows(sql), sql).toEqual(await rows(expected));
    });
  }
});
