import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import { madeUpRows, type TableRows } from './helpers/made-up-rows.js';

/**
 * The one row a ranking picks. "What's the most expensive job?" asks which row, as "which" does: with no name column
 * the row is told by the key people quote for it (a reference, a number, a code), not by every column; a surrogate
 * id tells nothing, so there every column is shown and the answer checks decide; "What's the highest fee?" asks for the value. "Which customer has
 * been with us the longest?", "Who's our longest serving cleaner?": how long a state has lasted, where no column
 * measures it, is told by the date that began it (every row's join date, not the birth date nor the empty end date);
 * where a column measures how long ("Which clean took the longest?" over minutes) that column ranks.
 * A made-up database through the real CLI; rows must equal the hand-written query's.
 */
const SCHEMA = `CREATE TABLE cleaner (cleaner_id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL, born_on DATE NOT NULL, started_on DATE NOT NULL, left_on DATE);
CREATE TABLE client (client_id INTEGER PRIMARY KEY, client_name VARCHAR NOT NULL, dob DATE NOT NULL, joined_on DATE NOT NULL, cancelled_on DATE);
CREATE TABLE job (job_ref VARCHAR PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES client (client_id), cleaner_id INTEGER NOT NULL REFERENCES cleaner (cleaner_id), done_on DATE NOT NULL, fee DECIMAL(8,2) NOT NULL, minutes INTEGER NOT NULL);`;

const ROWS: TableRows = {
  cleaner: [
    'cleaner_id,full_name,born_on,started_on,left_on',
    [
      [1, 'Ann Hale', '1990-04-02', '2019-03-01', null],
      [2, 'Bob Dunn', '1961-08-19', '2021-06-14', null],
      [3, 'Cy Marsh', '1975-01-30', '2016-09-05', '2024-02-01'],
    ],
  ],
  client: [
    'client_id,client_name,dob,joined_on,cancelled_on',
    [
      [10, 'Dora Pike', '1950-02-11', '2022-05-01', null],
      [11, 'Eli Shaw', '1988-07-23', '2015-10-12', null],
      [12, 'Fay Lowe', '1972-12-03', '2018-01-20', '2025-03-09'],
    ],
  ],
  job: [
    'job_ref,client_id,cleaner_id,done_on,fee,minutes',
    [
      ['J100', 10, 1, '2026-01-05', 45.0, 50],
      ['J101', 11, 2, '2026-02-11', 120.0, 35],
      ['J102', 12, 1, '2026-03-02', 80.0, 95],
      ['J103', 11, 3, '2026-03-20', 60.0, 40],
    ],
  ],
};

const { database, rows } = madeUpRows(SCHEMA, ROWS);
const DATABASES = { rounds: database };

const CASES: { task: string; expected: string }[] = [
  { task: "What's the most expensive job?", expected: 'SELECT job_ref FROM job ORDER BY fee DESC LIMIT 1' },
  { task: 'whats the single most expensive job we have done', expected: 'SELECT job_ref FROM job ORDER BY fee DESC LIMIT 1' },
  { task: "What's the highest fee?", expected: 'SELECT max(fee) FROM job' },
  { task: "What's the fee of the most expensive job?", expected: 'SELECT max(fee) FROM job' },
  { task: 'Which client has been with us the longest?', expected: 'SELECT client_name FROM client ORDER BY joined_on LIMIT 1' },
  { task: "Who's our longest serving cleaner?", expected: 'SELECT full_name FROM cleaner ORDER BY started_on LIMIT 1' },
  { task: 'Which job took the longest?', expected: 'SELECT job_ref FROM job ORDER BY minutes DESC LIMIT 1' },
];
/** "longest" before a noun is no time a state has lasted: "our longest cleaner" stays ungrounded (no length is kept). */
const DECLINED = ['Who is our longest cleaner?'];
const QUESTIONS = [...CASES.map((c, i) => ({ id: `case ${i}`, namespace: 'rounds', task: c.task })), ...DECLINED.map((task, i) => ({ id: `declined ${i}`, namespace: 'rounds', task }))];

describe('the row a ranking picks, told by its key; how long a state has lasted, by the date that began it', () => {
  const answers = askBeforeAll(DATABASES, QUESTIONS, { args: ['--current_date', '2026-11-02'], prefix: 'sluice-offline-ranked-row-label-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, `${c.task} ${JSON.stringify(line).slice(0, 600)}`).not.toBeNull();
      expect(await rows(line.sql!), line.sql!).toEqual(await rows(c.expected));
    });
  });
  DECLINED.forEach((task, i) => {
    it(`declines: ${task}`, () => {
      expect(answers().get(`declined ${i}`)!.status, task).toBe('unanswerable');
    });
  });
});
