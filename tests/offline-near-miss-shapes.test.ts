import { describe, expect, it } from 'vitest';
import { type TableSchema } from '../src/context/context-schema.js';
import { createOfflineModel } from '../src/models/offline/offline-model.js';
import { inMemoryRows } from './helpers/in-memory-rows.js';
import { schemaTable as table } from './helpers/schema-table.js';
import type { ModelCallOptions } from '../src/models/sql-model.js';
import { catalogContext } from './helpers/catalog-context.js';

// A made-up cycling club: the questions are written against it, never copied from a benchmark.
const pk = { primary_key: true };
const SCHEMAS: TableSchema[] = [
  table('riders', [['rider_id', 'INTEGER', pk], ['first_name', 'VARCHAR'], ['last_name', 'VARCHAR'], ['town', 'VARCHAR']], 'Members of the club'),
  table('rides', [['ride_id', 'INTEGER', pk], ['rider_id', 'INTEGER', { references: 'riders.rider_id' }], ['ridden_on', 'DATE'], ['kilometres', 'DOUBLE'], ['climb_m', 'INTEGER'], ['moving_hours', 'DOUBLE'], ['surface', 'VARCHAR'], ['puncture_minutes', 'INTEGER']], 'One outing of one rider'),
  table('sportives', [['sportive_id', 'INTEGER', pk], ['name', 'VARCHAR'], ['entered', 'INTEGER'], ['completed', 'INTEGER']], 'Mass-start events the club organised'),
  table('punctures', [['puncture_id', 'INTEGER', pk], ['ride_id', 'INTEGER', { references: 'rides.ride_id' }], ['rider_id', 'INTEGER', { references: 'riders.rider_id' }]], 'Flat tyres'),
];

const DATA = [
  `CREATE TABLE riders (rider_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR, town VARCHAR)`,
  `INSERT INTO riders VALUES (1, 'Ana', 'Ruiz', 'Tarn'), (2, 'Bo', 'Lind', 'Tarn'), (3, 'Cy', 'Odo', 'Vale'), (4, 'Di', 'Penn', 'Tarn'), (5, 'Ed', 'Kray', 'Moor'), (6, 'Fy', 'Gull', 'Vale')`,
  `CREATE TABLE rides (ride_id INTEGER PRIMARY KEY, rider_id INTEGER REFERENCES riders(rider_id), ridden_on DATE, kilometres DOUBLE, climb_m INTEGER, moving_hours DOUBLE, surface VARCHAR, puncture_minutes INTEGER)`,
  `INSERT INTO rides VALUES (1, 1, DATE '2026-05-02', 40, 300, 2, 'gravel', 0), (2, 1, DATE '2026-05-09', 40, 250, 2.5, 'gravel', 30), (3, 3, DATE '2026-05-10', 62.5, 900, 3, 'road', 50), (4, 3, DATE '2026-06-01', 40, 100, 1.5, 'gravel', 0), (5, 5, DATE '2026-05-20', 18, 40, 1, 'road', 0), (6, 3, DATE '2026-05-21', 55, 700, 2.5, 'road', 0)`,
  `CREATE TABLE sportives (sportive_id INTEGER PRIMARY KEY, name VARCHAR, entered INTEGER, completed INTEGER)`,
  `INSERT INTO sportives VALUES (1, 'Spring Loop', 120, 101), (2, 'Hill Hundred', 80, 52)`,
  `CREATE TABLE punctures (puncture_id INTEGER PRIMARY KEY, ride_id INTEGER REFERENCES rides(ride_id), rider_id INTEGER REFERENCES riders(rider_id))`,
  `INSERT INTO punctures VALUES (1, 2, 1), (2, 3, 3), (3, 3, 3), (4, 3, 3)`,
];

/** question → SQL whose result the model's answer must equal (as a multiset of rows, columns in any order). */
const CASES: [question: string, expected: string][] = [
  // a comparative against every other member of the group is a superlative: one ranked group, not every row
  ['Which town is home to more riders than any other?', 'SELECT town FROM riders GROUP BY town ORDER BY COUNT(*) DESC LIMIT 1'],
  ['Which town has fewer riders than all the others?', 'SELECT town FROM riders GROUP BY town ORDER BY COUNT(*) ASC LIMIT 1'],
  // "how many <quantity>" adds the quantity column up; "how many different" still counts its distinct values
  ['How many kilometres were ridden in May?', "SELECT SUM(kilometres) FROM rides WHERE ridden_on >= DATE '2026-05-01' AND ridden_on < DATE '2026-06-01'"],
  ['How many different kilometres values are there?', 'SELECT COUNT(DISTINCT kilometres) FROM rides'],
  // "who" asks for people: the measured rows are ranked per person the rows point at, shown by name
  ['Who had the most punctures?', "SELECT r.first_name, r.last_name FROM punctures p JOIN riders r USING (rider_id) GROUP BY r.rider_id, 1, 2 ORDER BY COUNT(*) DESC LIMIT 1"],
  // "the most <rows of a kind>": the rows the value keeps are counted
  ['Who did the most gravel rides?', "SELECT r.first_name, r.last_name FROM rides d JOIN riders r USING (rider_id) WHERE d.surface = 'gravel' GROUP BY r.rider_id, 1, 2 ORDER BY COUNT(*) DESC LIMIT 1"],
  // a short form without vowels ("hrs") names the column it shortens
  ['Total hrs ridden in May', "SELECT SUM(moving_hours) FROM rides WHERE ridden_on >= DATE '2026-05-01' AND ridden_on < DATE '2026-06-01'"],
  // a count asked beside the main measure is computed too
  ['Total kilometres and number of rides per rider', 'SELECT r.rider_id, r.first_name, r.last_name, SUM(d.kilometres), COUNT(*) FROM rides d JOIN riders r USING (rider_id) GROUP BY 1, 2, 3'],
  // a participle whose verb shares a sense with a count column's name ("finished" / completed) adds that column up
  ['How many people finished the sportives?', 'SELECT SUM(completed) FROM sportives'],
];

const options: ModelCallOptions = { signal: new AbortController().signal, dialect: 'duckdb', node: 'test' };
const model = createOfflineModel();
/** Rows as sorted cell lists; in the order returned when `ordered`. */
const rows = inMemoryRows(DATA);

let runCounter = 0;
describe('offline model answers unusual wordings with the shape they ask for', () => {
  for (const [question, expected] of CASES) {
    it(question, async () => {
      const context = catalogContext({
        run_id: `near-miss-shapes-${++runCounter}`,
        task: { text: question, namespace: 'club', plan: 'reflection', current_date: '2026-11-15', max_iterations: 3 },
        plan: { done: [], pending: [], next_step_id: 0 },
        table_schemas: SCHEMAS,
        matched_values: /gravel/.test(question) ? [{ table: 'rides', column: 'surface', value: 'gravel', matched_text: 'gravel', score: 1 }] : [],
      });
      const { sql } = await model.generateSql(context, options);
      expect(await rows(sql), sql).toEqual(await rows(expected));
    });
  }
});
