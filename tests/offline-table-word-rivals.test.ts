import { describe, expect, it } from 'vitest';
import { type TableSchema } from '../src/context/context-schema.js';
import { createOfflineModel } from '../src/models/offline/offline-model.js';
import type { ModelCallOptions } from '../src/models/sql-model.js';
import { inMemoryRows } from './helpers/in-memory-rows.js';
import { schemaTable as table } from './helpers/schema-table.js';
import { catalogContext } from './helpers/catalog-context.js';

// A made-up harbour: "boats" is as near (word vectors) to the ship table as to columns that carry its name.
const pk = { primary_key: true };
const SCHEMAS: TableSchema[] = [
  table('voyage', [['id', 'INTEGER', pk], ['caused_by_ship_id', 'INTEGER', { references: 'ship.id' }], ['port', 'VARCHAR'], ['days', 'INTEGER']], 'Trips'),
  table('ship', [['id', 'INTEGER', pk], ['name', 'VARCHAR'], ['fate_of_ship', 'VARCHAR']], 'Ships of the harbour'),
];

const DATA = [
  `CREATE TABLE ship (id INTEGER PRIMARY KEY, name VARCHAR, fate_of_ship VARCHAR)`,
  `INSERT INTO ship VALUES (1, 'Tern', 'afloat'), (2, 'Skua', 'sunk')`,
  `CREATE TABLE voyage (id INTEGER PRIMARY KEY, caused_by_ship_id INTEGER REFERENCES ship(id), port VARCHAR, days INTEGER)`,
  `INSERT INTO voyage VALUES (1, 1, 'Leith', 3), (2, 1, 'Hull', 2), (3, 2, 'Leith', 4)`,
];

const options: ModelCallOptions = { signal: new AbortController().signal, dialect: 'duckdb', node: 'test' };
const model = createOfflineModel();
const rows = inMemoryRows(DATA);

describe('a word as near a table as the columns carrying its name', () => {
  it('names the table: How many boats are there?', async () => {
    const context = catalogContext({
      run_id: 'table-word-rivals-1',
      task: { text: 'How many boats are there?', namespace: 'harbour', plan: 'reflection', current_date: '2026-11-15', max_iterations: 3 },
      plan: { done: [], pending: [], next_step_id: 0 },
      table_schemas: SCHEMAS,
      matched_values: [],
    });
    const { sql } = await model.generateSql(context, options);
    expect(await rows(sql), sql).toEqual(await rows('SELECT COUNT(*) FROM ship'));
  });
});
