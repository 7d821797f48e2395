import { describe, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import { madeUpRows } from './helpers/made-up-rows.js';

/**
 * "Which ladder was used on job 12?" where only jobs.ladder_hrs names ladders: a "which …" question picks one of a kind
 * of thing (a person, an artefact, a creature) the data names only as the first part of number, date or yes-or-no
 * columns, which hold a figure about it, not which one it is (src/trust/figures-of-asked-thing.ts). Twins worded alike
 * that the data answers: a table named for the thing, a text column that names it, and the figure asked as a figure.
 * Through the real CLI, on a made-up schema none of the labelled sets has.
 */
const SCHEMA = `CREATE TABLE cleaners (cleaner_id INTEGER PRIMARY KEY, cleaner_nm VARCHAR NOT NULL, van_make VARCHAR NOT NULL);
CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, cleaner_id INTEGER NOT NULL, job_dt DATE NOT NULL, ladder_hrs DECIMAL(4,1) NOT NULL, hose_since_dt DATE, price_gbp DECIMAL(6,2) NOT NULL, FOREIGN KEY (cleaner_id) REFERENCES cleaners(cleaner_id));`;

const { database } = madeUpRows(SCHEMA, {
  cleaners: ['cleaner_id,cleaner_nm,van_make', [[1, 'Lena Hart', 'Ford'], [2, 'Omar Sykes', 'Vauxhall']]],
  jobs: [
    'job_id,cleaner_id,job_dt,ladder_hrs,hose_since_dt,price_gbp',
    [[11, 1, '2026-10-02', 1.5, '2025-03-01', 40], [12, 2, '2026-10-03', 0.5, null, 25], [13, 1, '2026-10-04', 2, '2024-06-12', 55]],
  ],
});

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'which ladder', namespace: 'window_rounds', task: 'Which ladder was used on job 12?', declined: /ladder/ },
  { id: 'which hose', namespace: 'window_rounds', task: 'Which hose did the cleaner fit on job 13?', declined: /hose/ },
  // Twins worded alike that the data answers.
  { id: 'which cleaner', namespace: 'window_rounds', task: 'Which cleaner did job 12?', declined: false },
  { id: 'which van', namespace: 'window_rounds', task: 'Which van make does each cleaner drive?', declined: false },
  { id: 'ladder hours', namespace: 'window_rounds', task: 'Which job took the most ladder hours?', declined: false },
];

describe('a thing the data names only in figures about it, asked which one', () => {
  const answers = askBeforeAll({ window_rounds: database }, QUESTIONS, { args: ['--current_date', '2026-11-25'], prefix: 'sluice-figures-of-asked-thing-' });

  it.each(QUESTIONS.filter((q) => q.declined))('declines $task', (q) => {
    expectDeclined(answers(), [q]);
  });

  it.each(QUESTIONS.filter((q) => !q.declined))('answers $task', (q) => {
    expectAnswered(answers(), [q]);
  });
});
