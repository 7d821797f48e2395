import { describe, expect, it } from 'vitest';
import { type MatchedValue, type TableSchema } from '../src/context/context-schema.js';
import { createOfflineModel } from '../src/models/offline/offline-model.js';
import type { ModelCallOptions } from '../src/models/sql-model.js';
import { inMemoryRows } from './helpers/in-memory-rows.js';
import { schemaTable as table } from './helpers/schema-table.js';
import { catalogContext } from './helpers/catalog-context.js';

// A made-up allotment society: "how much" names no column, yet asks for the money the rows hold.
const pk = { primary_key: true };
const SCHEMAS: TableSchema[] = [
  table('plots', [['plot_id', 'INTEGER', pk], ['site', 'VARCHAR'], ['area_m2', 'DOUBLE']], 'Allotment plots'),
  table('fees', [['fee_id', 'INTEGER', pk], ['plot_id', 'INTEGER', { references: 'plots.plot_id' }], ['method', 'VARCHAR'], ['amount_gbp', 'DOUBLE'], ['paid_on', 'DATE']], 'Rent paid for a plot'),
];

const DATA = [
  `CREATE TABLE plots (plot_id INTEGER PRIMARY KEY, site VARCHAR, area_m2 DOUBLE)`,
  `INSERT INTO plots VALUES (1, 'Riverside', 120), (2, 'Riverside', 90), (3, 'Hilltop', 150)`,
  `CREATE TABLE fees (fee_id INTEGER PRIMARY KEY, plot_id INTEGER REFERENCES plots(plot_id), method VARCHAR, amount_gbp DOUBLE, paid_on DATE)`,
  `INSERT INTO fees VALUES (1, 1, 'cheque', 40, DATE '2026-03-01'), (2, 2, 'card', 30, DATE '2026-03-02'), (3, 3, 'card', 55, DATE '2026-03-09'), (4, 1, 'card', 40, DATE '2026-09-01')`,
];

const card: MatchedValue = { table: 'fees', column: 'method', value: 'card', matched_text: 'card', score: 1 };
const riverside: MatchedValue = { table: 'plots', column: 'site', value: 'Riverside', matched_text: 'Riverside', score: 1 };

/** question, matched values → SQL whose result the model's answer must equal. */
const CASES: [question: string, values: MatchedValue[], expected: string][] = [
  ['How much came in by card?', [card], "SELECT SUM(amount_gbp) FROM fees WHERE method = 'card'"],
  // the plots hold no money; the fees that point at them do
  ['How much did the Riverside plots bring in?', [riverside], "SELECT SUM(f.amount_gbp) FROM fees f JOIN plots p USING (plot_id) WHERE p.site = 'Riverside'"],
  // "how many" still counts the rows
  ['How many fees were paid by card?', [card], "SELECT COUNT(*) FROM fees WHERE method = 'card'"],
];

const options: ModelCallOptions = { signal: new AbortController().signal, dialect: 'duckdb', node: 'test' };
const model = createOfflineModel();
const rows = inMemoryRows(DATA);

let runCounter = 0;
describe('offline model reads "how much" as money', () => {
  for (const [question, values, expected] of CASES) {
    it(question, async () => {
      const context = catalogContext({
        run_id: `how-much-${++runCounter}`,
        task: { text: question, namespace: 'plots', plan: 'reflection', current_date: '2026-11-15', max_iterations: 3 },
        plan: { done: [], pending: [], next_step_id: 0 },
        table_schemas: SCHEMAS,
        matched_values: values,
      });
      const { sql } = await model.generateSql(context, options);
      expect(await rows(sql), sql).toEqual(await rows(expected));
    });
  }
});
