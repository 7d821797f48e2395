import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import { madeUpRows, type TableRows } from './helpers/made-up-rows.js';

/**
 * A period in a question that joins a subject to the rows of what was done to it, for a word of its own ("panes"),
 * dates those rows, not the subject's own standing date (when a household became a client); a question that names the
 * standing date keeps it. Rows are made so that the standing date and the visits' date give different answers.
 */
const WINDOWS = `CREATE TABLE household (household_id INTEGER PRIMARY KEY, household_nm VARCHAR NOT NULL, town VARCHAR NOT NULL, client_since DATE NOT NULL);
CREATE TABLE cleaner (cleaner_id INTEGER PRIMARY KEY, cleaner_nm VARCHAR NOT NULL);
CREATE TABLE round_visit (visit_id INTEGER PRIMARY KEY, household_id INTEGER NOT NULL REFERENCES household (household_id), cleaner_id INTEGER NOT NULL REFERENCES cleaner (cleaner_id), visit_dt DATE NOT NULL, panes INTEGER NOT NULL);
COMMENT ON TABLE household IS 'Homes on the window-cleaning round';
COMMENT ON COLUMN household.client_since IS 'Date the household became a client';
COMMENT ON TABLE round_visit IS 'A cleaner cleaning the windows of a household on a day';`;

const WINDOWS_ROWS: TableRows = {
  household: [
    'household_id,household_nm,town,client_since',
    [[1, 'Oak Cottage', 'Ely', '2019-03-01'], [2, 'Mill House', 'Ely', '2026-02-01'], [3, 'The Grange', 'March', '2024-06-01'], [4, 'Rose Villa', 'Ely', '2026-05-01']],
  ],
  cleaner: ['cleaner_id,cleaner_nm', [[1, 'Ann Lee'], [2, 'Bob Fry']]],
  // Ann cleans Oak Cottage and The Grange in 2026 but Mill House (a client since 2026) only in 2025.
  round_visit: [
    'visit_id,household_id,cleaner_id,visit_dt,panes',
    [[1, 1, 1, '2026-03-10', 12], [2, 2, 1, '2025-11-02', 8], [3, 3, 1, '2026-04-01', 20], [4, 2, 2, '2026-03-11', 8], [5, 4, 2, '2026-06-01', 6]],
  ],
};

const windows = madeUpRows(WINDOWS, WINDOWS_ROWS);

const CASES: { task: string; expected: string }[] = [
  {
    task: 'Which households in Ely had more than 10 panes cleaned in 2026?',
    expected: "SELECT DISTINCT h.household_nm FROM household h JOIN round_visit v ON v.household_id = h.household_id WHERE h.town = 'Ely' AND v.panes > 10 AND v.visit_dt >= DATE '2026-01-01' AND v.visit_dt < DATE '2027-01-01'",
  },
  {
    task: 'How many panes did we clean in Ely in 2026?',
    expected: "SELECT SUM(v.panes) FROM household h JOIN round_visit v ON v.household_id = h.household_id WHERE h.town = 'Ely' AND v.visit_dt >= DATE '2026-01-01' AND v.visit_dt < DATE '2027-01-01'",
  },
  {
    task: 'Which households became clients in 2026?',
    expected: "SELECT household_nm FROM household WHERE client_since >= DATE '2026-01-01' AND client_since < DATE '2027-01-01'",
  },
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: 'windows', task: c.task }));

describe("a period dates the deed rows a question joins, not the subject's standing", () => {
  const answers = askBeforeAll({ windows: windows.database }, QUESTIONS, { args: ['--current_date', '2026-12-01'], prefix: 'sluice-offline-deed-date-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await windows.rows(line.sql!), line.sql!).toEqual(await windows.rows(c.expected));
    });
  });
});
