import { describe, expect, it } from 'vitest';
import { type TableSchema } from '../src/context/context-schema.js';
import { createOfflineModel } from '../src/models/offline/offline-model.js';
import type { ModelCallOptions } from '../src/models/sql-model.js';
import { inMemoryRows } from './helpers/in-memory-rows.js';
import { schemaTable as table } from './helpers/schema-table.js';
import { catalogContext } from './helpers/catalog-context.js';

// A made-up fishing harbour: "Oct vs Nov" compares two months, one row each, the latest of each up to today.
const pk = { primary_key: true };
const SCHEMAS: TableSchema[] = [table('landings', [['landing_id', 'INTEGER', pk], ['landed_on', 'DATE'], ['tonnes_landed', 'DOUBLE'], ['species', 'VARCHAR']], 'Fish landed at the quay')];

const DATA = [
  `CREATE TABLE landings (landing_id INTEGER PRIMARY KEY, landed_on DATE, tonnes_landed DOUBLE, species VARCHAR)`,
  `INSERT INTO landings VALUES (1, DATE '2025-10-03', 50, 'cod'), (2, DATE '2026-10-02', 4, 'cod'), (3, DATE '2026-10-20', 6, 'hake'), (4, DATE '2026-11-05', 3, 'cod'), (5, DATE '2026-09-30', 8, 'cod')`,
];

const CASES: [question: string, expected: string][] = [
  // a quantity named: added up per month
  ['Tonnes landed, Oct vs Nov?', "SELECT month(landed_on), SUM(tonnes_landed) FROM landings WHERE landed_on >= DATE '2026-10-01' AND landed_on < DATE '2026-12-01' GROUP BY 1"],
  // rows named: counted per month
  ['How many landings in October versus November?', "SELECT month(landed_on), COUNT(*) FROM landings WHERE landed_on >= DATE '2026-10-01' AND landed_on < DATE '2026-12-01' GROUP BY 1"],
];

const options: ModelCallOptions = { signal: new AbortController().signal, dialect: 'duckdb', node: 'test' };
const model = createOfflineModel();
const rows = inMemoryRows(DATA);

let runCounter = 0;
describe('offline model compares two months side by side', () => {
  for (const [question, expected] of CASES) {
    it(question, async () => {
      const context = catalogContext({
        run_id: `month-sides-${++runCounter}`,
        task: { text: question, namespace: 'quay', plan: 'reflection', current_date: '2026-12-01', max_iterations: 3 },
        plan: { done: [], pending: [], next_step_id: 0 },
        table_schemas: SCHEMAS,
        matched_values: [],
      });
      const { sql } = await model.generateSql(context, options);
      expect(await rows(sql), sql).toEqual(await rows(expected));
    });
  }
});
