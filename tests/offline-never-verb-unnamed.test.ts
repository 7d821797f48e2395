import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import { madeUpRows, type TableRows } from './helpers/made-up-rows.js';

/**
 * A negated verb whose deed no table name carries: "never had us out to tune", "didnt call us out". The word after "never" or
 * "didnt" is a verb (WordNet knows it as one), though not a past form the question reader would take for one, and the one
 * table pointing at the subject records that deed, so the subject's rows with no row there are meant; a time window inside
 * the clause ("this year") restricts the rows that must not exist, not the subject's own dates. A made-up database (a
 * piano tuner's visits) through the real CLI; rows must equal the hand-written query's.
 */
const SCHEMA = `CREATE TABLE hsld (hsld_no INTEGER PRIMARY KEY, hsld_nm VARCHAR NOT NULL, twn VARCHAR NOT NULL, reg_dt DATE NOT NULL);
CREATE TABLE tng (tng_no INTEGER PRIMARY KEY, hsld_no INTEGER NOT NULL REFERENCES hsld (hsld_no), tng_dt DATE NOT NULL, chg DECIMAL(6,2) NOT NULL);
COMMENT ON TABLE hsld IS 'Household with a piano';
COMMENT ON TABLE tng IS 'Visit to tune a piano';`;

const ROWS: TableRows = {
  hsld: ['hsld_no,hsld_nm,twn,reg_dt', [[1, 'Ashworth', 'Leek', '2019-03-01'], [2, 'Bramley', 'Buxton', '2026-02-11'], [3, 'Caddick', 'Leek', '2021-07-20'], [4, 'Dunmore', 'Bakewell', '2026-05-02']]],
  tng: [
    'tng_no,hsld_no,tng_dt,chg',
    [
      [10, 1, '2025-04-03', 75.0],
      [11, 1, '2026-04-09', 80.0],
      [12, 3, '2025-10-14', 75.0],
      [13, 4, '2026-06-01', 80.0],
    ],
  ],
};

const { database, rows } = madeUpRows(SCHEMA, ROWS);
const DATABASES = { tuner: database };

const CASES: { task: string; expected: string }[] = [
  { task: 'Which households have never had us out to tune?', expected: 'SELECT hsld_nm FROM hsld WHERE hsld_no NOT IN (SELECT hsld_no FROM tng)' },
  { task: 'which households didnt call us out this year', expected: "SELECT hsld_nm FROM hsld WHERE hsld_no NOT IN (SELECT hsld_no FROM tng WHERE tng_dt >= DATE '2026-01-01' AND tng_dt < DATE '2027-01-01')" },
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: 'tuner', task: c.task }));

describe('a verb after "never" or "didnt" that names no table: the one table pointing at the subject records it', () => {
  const answers = askBeforeAll(DATABASES, QUESTIONS, { args: ['--current_date', '2026-11-02'], prefix: 'sluice-offline-never-verb-unnamed-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, `${c.task} ${line.status} ${line.reason ?? ''}`).not.toBeNull();
      expect(await rows(line.sql!), line.sql!).toEqual(await rows(c.expected));
    });
  });
});
