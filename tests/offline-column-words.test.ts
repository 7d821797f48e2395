import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import { madeUpRows, type TableRows } from './helpers/made-up-rows.js';

/**
 * Words that name a column, or the rows, where an older reading took them for something else: "the badge number of
 * every porter" (a column, not a count), "firings that burned more propane than the average firing" (propane names
 * fuel_kg through its comment), and "pitches" over a table commented 'Camping pitch' (every row, not the one code
 * glossed "seasonal pitch"). A made-up campsite through the real CLI; each answer's rows must equal the hand-written
 * query's.
 */
const SCHEMA = `CREATE TABLE porter (porter_id INTEGER PRIMARY KEY, porter_name VARCHAR NOT NULL, badge_no VARCHAR NOT NULL, started_on DATE NOT NULL, left_on DATE);
CREATE TABLE firing (firing_id INTEGER PRIMARY KEY, kiln VARCHAR NOT NULL, fuel_kg INTEGER NOT NULL);
CREATE TABLE pt (pt_no INTEGER PRIMARY KEY, pt_label VARCHAR NOT NULL, pt_typ VARCHAR NOT NULL);
COMMENT ON COLUMN firing.fuel_kg IS 'Propane burned, kg';
COMMENT ON TABLE pt IS 'Camping pitch';
COMMENT ON COLUMN pt.pt_typ IS 'T tent only, C caravan and tent, S seasonal pitch';`;

const ROWS: TableRows = {
  porter: [
    'porter_id,porter_name,badge_no,started_on,left_on',
    [[1, 'Ida Bell', 'B-101', '2019-03-01', null], [2, 'Ned Cole', 'B-102', '2020-06-15', '2024-01-31'], [3, 'Uma Dent', 'B-103', '2022-09-01', null]],
  ],
  firing: ['firing_id,kiln,fuel_kg', [[1, 'North', 40], [2, 'North', 55], [3, 'South', 90], [4, 'South', 30], [5, 'East', 75]]],
  pt: ['pt_no,pt_label,pt_typ', [[1, 'A1', 'T'], [2, 'A2', 'T'], [3, 'B1', 'C'], [4, 'B2', 'S'], [5, 'C1', 'C']]],
};

const { database, rows } = madeUpRows(SCHEMA, ROWS);
const DATABASES = { campsite: database };

const CASES: { task: string; expected: string }[] = [
  { task: 'List the name and badge number of every porter.', expected: 'SELECT porter_name, badge_no FROM porter' },
  { task: 'What is the total number of porters?', expected: 'SELECT COUNT(*) FROM porter' },
  { task: 'How many firings burned more propane than the average firing?', expected: 'SELECT COUNT(*) FROM firing WHERE fuel_kg > (SELECT AVG(fuel_kg) FROM firing)' },
  { task: 'How many pitches are there?', expected: 'SELECT COUNT(*) FROM pt' },
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: 'campsite', task: c.task }));

describe('words that name a column or the rows', () => {
  const answers = askBeforeAll(DATABASES, QUESTIONS, { args: ['--current_date', '2026-11-25'], prefix: 'sluice-offline-column-words-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await rows(`SELECT * FROM (${line.sql!}) ORDER BY ALL`), line.sql!).toEqual(await rows(`SELECT * FROM (${c.expected}) ORDER BY ALL`));
      expect(['success', 'unsure'], line.sql!).toContain(line.status);
    });
  });
});
