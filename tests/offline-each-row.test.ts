import { describe, expect, it } from 'vitest';
import { type TableSchema } from '../src/context/context-schema.js';
import { createOfflineModel } from '../src/models/offline/offline-model.js';
import type { ModelCallOptions } from '../src/models/sql-model.js';
import { inMemoryRows } from './helpers/in-memory-rows.js';
import { schemaTable as table } from './helpers/schema-table.js';
import { catalogContext } from './helpers/catalog-context.js';

// A made-up choir: "each" as the subject of the question's verb asks for one answer per row, shown beside the row's name.
const pk = { primary_key: true };
const SCHEMAS: TableSchema[] = [
  table('choristers', [['chorister_id', 'INTEGER', pk], ['first_name', 'VARCHAR'], ['last_name', 'VARCHAR'], ['hometown', 'VARCHAR'], ['voice', 'VARCHAR']], 'Singers of the choir'),
  table('anthems', [['anthem_id', 'INTEGER', pk], ['title', 'VARCHAR'], ['composer', 'VARCHAR'], ['minutes', 'DOUBLE']], 'Pieces in the repertoire'),
];

const DATA = [
  `CREATE TABLE choristers (chorister_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR, hometown VARCHAR, voice VARCHAR)`,
  `INSERT INTO choristers VALUES (1, 'Ana', 'Ruiz', 'Tarn', 'alto'), (2, 'Bo', 'Lind', 'Vale', 'bass'), (3, 'Cy', 'Odo', 'Tarn', 'tenor')`,
  `CREATE TABLE anthems (anthem_id INTEGER PRIMARY KEY, title VARCHAR, composer VARCHAR, minutes DOUBLE)`,
  `INSERT INTO anthems VALUES (1, 'Zadok', 'Handel', 5.5), (2, 'Jubilate', 'Britten', 3), (3, 'Ave', 'Byrd', 4)`,
];

/** question → SQL whose result the model's answer must equal (as a multiset of rows, columns in any order). */
const CASES: [question: string, expected: string][] = [
  ['Where is each chorister from?', 'SELECT first_name, last_name, hometown FROM choristers'],
  ['What voice is each chorister?', 'SELECT first_name, last_name, voice FROM choristers'],
  // "of each" only says whose attribute is read: the attribute alone
  ['What is the hometown of each chorister?', 'SELECT hometown FROM choristers'],
  ['List the composer of every anthem.', 'SELECT composer FROM anthems'],
];

const options: ModelCallOptions = { signal: new AbortController().signal, dialect: 'duckdb', node: 'test' };
const model = createOfflineModel();
const rows = inMemoryRows(DATA);

let runCounter = 0;
describe('offline model shows a per-row answer beside the row it is for', () => {
  for (const [question, expected] of CASES) {
    it(question, async () => {
      const context = catalogContext({
        run_id: `each-row-${++runCounter}`,
        task: { text: question, namespace: 'choir', plan: 'reflection', current_date: '2026-11-15', max_iterations: 3 },
        plan: { done: [], pending: [], next_step_id: 0 },
        table_schemas: SCHEMAS,
        matched_values: [],
      });
      const { sql } = await model.generateSql(context, options);
      expect(await rows(sql), sql).toEqual(await rows(expected));
    });
  }
});
