import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import { madeUpRows, type TableRows } from './helpers/made-up-rows.js';

/**
 * "List each gym with the city it's in", "Show every gym and its city": the rows are listed, each with an attribute of
 * its own, so the answer names each row (its name column, or on a terse schema its one name or description) beside the
 * attribute; the attribute alone would not say which row it belongs to. "List every gym's city" asks for the cities.
 */
const SCHEMA = `CREATE TABLE gyms (gym_id INTEGER PRIMARY KEY, gym_name VARCHAR NOT NULL, city VARCHAR NOT NULL, opened_yr INTEGER NOT NULL);
CREATE TABLE itm (itm_no INTEGER PRIMARY KEY, itm_desc VARCHAR NOT NULL, bin_location VARCHAR NOT NULL);`;

const ROWS: TableRows = {
  gyms: ['gym_id,gym_name,city,opened_yr', [[1, 'Iron Works', 'Leeds', 2011], [2, 'Pulse', 'York', 2015], [3, 'Core Club', 'Leeds', 2019]]],
  itm: ['itm_no,itm_desc,bin_location', [[10, 'Corn seed 80K', 'A1'], [11, 'Soy seed 140K', 'B2']]],
};

const { database, rows } = madeUpRows(SCHEMA, ROWS);
const DATABASES = { gyms: database };

const CASES: { task: string; expected: string }[] = [
  { task: "List each gym with the city it's in.", expected: 'SELECT gym_name, city FROM gyms' },
  { task: 'Show every gym and its city.', expected: 'SELECT gym_name, city FROM gyms' },
  { task: "List every gym's city.", expected: 'SELECT city FROM gyms' },
  { task: 'Show every item and its bin location.', expected: 'SELECT itm_desc, bin_location FROM itm' },
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: 'gyms', task: c.task }));

describe('each row listed with an attribute of its own', () => {
  const answers = askBeforeAll(DATABASES, QUESTIONS, { args: ['--current_date', '2026-11-02'], prefix: 'sluice-offline-each-with-own-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await rows(line.sql!), line.sql!).toEqual(await rows(c.expected));
    });
  });
});
