import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import { madeUpRows, type TableRows } from './helpers/made-up-rows.js';

/**
 * Terse names read through the question's words: rows compared with the average of their own table when the number
 * is named only by how it compares ("tickets that came to more than the average ticket": the row's money; "took
 * longer than average": the column measured in a unit of time; "bigger than average in cabins": the column named
 * after it), a name part written short that a question spells out ("displacement" for disp_t, a clipped start), and an
 * attribute per row of its own table shown beside the row ("cabins per vessel"). A made-up ferry operator through the
 * real CLI; each answer's rows must equal the hand-written query's.
 */
const SCHEMA = `CREATE TABLE vsl (vsl_no INTEGER PRIMARY KEY, vsl_nm VARCHAR NOT NULL, cabins INTEGER NOT NULL, disp_t INTEGER NOT NULL);
CREATE TABLE crossing (xng_no INTEGER PRIMARY KEY, vsl_no INTEGER NOT NULL REFERENCES vsl (vsl_no), dep_dt DATE NOT NULL, dly_min INTEGER NOT NULL);
COMMENT ON COLUMN crossing.dly_min IS 'Minutes late leaving port';
CREATE TABLE tkt (tkt_no INTEGER PRIMARY KEY, xng_no INTEGER NOT NULL REFERENCES crossing (xng_no), bags INTEGER NOT NULL, amt DECIMAL(7,2) NOT NULL);`;

const ROWS: TableRows = {
  vsl: ['vsl_no,vsl_nm,cabins,disp_t', [[1, 'Isle of Mull', 40, 4200], [2, 'Loch Seaforth', 90, 8600], [3, 'Hebridean Isles', 20, 3000], [4, 'Finlaggan', 60, 5600]]],
  crossing: [
    'xng_no,vsl_no,dep_dt,dly_min',
    [[1, 1, '2026-10-01', 0], [2, 1, '2026-10-02', 35], [3, 2, '2026-10-02', 5], [4, 3, '2026-10-03', 50], [5, 4, '2026-10-04', 10], [6, 2, '2026-10-05', 0]],
  ],
  tkt: [
    'tkt_no,xng_no,bags,amt',
    [[1, 1, 1, 12.5], [2, 1, 0, 8], [3, 2, 2, 64], [4, 3, 1, 22], [5, 4, 3, 95.5], [6, 5, 0, 9], [7, 6, 1, 30]],
  ],
};

const { database, rows } = madeUpRows(SCHEMA, ROWS);
const DATABASES = { ferry: database };

const CASES: { task: string; expected: string }[] = [
  { task: 'How many tickets came to more than the average ticket?', expected: 'SELECT COUNT(*) FROM tkt WHERE amt > (SELECT AVG(amt) FROM tkt)' },
  { task: 'Which vessels are bigger than average in cabins?', expected: 'SELECT vsl_nm FROM vsl WHERE cabins > (SELECT AVG(cabins) FROM vsl)' },
  { task: 'How many crossings took longer than average?', expected: 'SELECT COUNT(*) FROM crossing WHERE dly_min > (SELECT AVG(dly_min) FROM crossing)' },
  { task: 'What is the average displacement of our vessels?', expected: 'SELECT AVG(disp_t) FROM vsl' },
  // An attribute per row of its own table: one answer each, beside the row it is for.
  { task: 'cabins per vessel', expected: 'SELECT vsl_nm, cabins FROM vsl' },
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: 'ferry', task: c.task }));

describe('terse numbers named by how a question compares or spells them', () => {
  const answers = askBeforeAll(DATABASES, QUESTIONS, { args: ['--current_date', '2026-11-25'], prefix: 'sluice-offline-averaged-row-measure-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await rows(line.sql!), line.sql!).toEqual(await rows(c.expected));
    });
  });
});
