import { describe, expect, it } from 'vitest';
import { type TableSchema } from '../src/context/context-schema.js';
import { createOfflineModel } from '../src/models/offline/offline-model.js';
import type { ModelCallOptions } from '../src/models/sql-model.js';
import { inMemoryRows } from './helpers/in-memory-rows.js';
import { schemaTable as table } from './helpers/schema-table.js';
import { catalogContext } from './helpers/catalog-context.js';

// A made-up kennel: "No. of" is the abbreviation of "number of", so it counts.
const SCHEMAS: TableSchema[] = [table('dogs', [['dog_id', 'INTEGER', { primary_key: true }], ['name', 'VARCHAR'], ['breed', 'VARCHAR']], 'Dogs in the kennel')];
const DATA = [
  `CREATE TABLE dogs (dog_id INTEGER PRIMARY KEY, name VARCHAR, breed VARCHAR)`,
  `INSERT INTO dogs VALUES (1, 'Rex', 'collie'), (2, 'Bea', 'collie'), (3, 'Max', 'pug')`,
];

const options: ModelCallOptions = { signal: new AbortController().signal, dialect: 'duckdb', node: 'test' };
const model = createOfflineModel();
const rows = inMemoryRows(DATA);

describe('offline model reads "No. of" as "number of"', () => {
  it('No. of dogs?', async () => {
    const context = catalogContext({
      run_id: 'number-abbreviation-1',
      task: { text: 'No. of dogs?', namespace: 'kennel', plan: 'reflection', current_date: '2026-11-15', max_iterations: 3 },
      plan: { done: [], pending: [], next_step_id: 0 },
      table_schemas: SCHEMAS,
      matched_values: [],
    });
    const { sql } = await model.generateSql(context, options);
    expect(await rows(sql), sql).toEqual(await rows('SELECT COUNT(*) FROM dogs'));
  });
});
