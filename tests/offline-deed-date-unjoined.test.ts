import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import { madeUpRows, type TableRows } from './helpers/made-up-rows.js';

/**
 * A period after a verb that names none of the subject's own dates dates what the subject did, recorded by rows
 * pointing at it, even when the question joins nothing else: "singers who sang in a concert in 2026" are dated by the
 * concert their appearance belongs to (of the singer's appearances and fees, the one the question names), not by when
 * they joined the choir. "Singers who joined in 2026" names the standing date and keeps it. Rows are made so that the
 * three dates give different answers.
 */
const CHOIR = `CREATE TABLE singer (singer_id INTEGER PRIMARY KEY, singer_nm VARCHAR NOT NULL, voice CHAR(1) NOT NULL, joined_on DATE NOT NULL, left_on DATE);
CREATE TABLE concert (concert_id INTEGER PRIMARY KEY, concert_nm VARCHAR NOT NULL, concert_dt DATE NOT NULL);
CREATE TABLE appearance (appearance_id INTEGER PRIMARY KEY, concert_id INTEGER NOT NULL REFERENCES concert (concert_id), singer_id INTEGER NOT NULL REFERENCES singer (singer_id));
CREATE TABLE sub_fee (fee_id INTEGER PRIMARY KEY, singer_id INTEGER NOT NULL REFERENCES singer (singer_id), paid_on DATE NOT NULL, amount DECIMAL(6,2) NOT NULL);
COMMENT ON TABLE singer IS 'Members of the choir';
COMMENT ON COLUMN singer.joined_on IS 'Date the singer joined the choir';
COMMENT ON COLUMN singer.left_on IS 'Date the singer left, NULL while singing with us';
COMMENT ON TABLE appearance IS 'A singer singing in a concert';
COMMENT ON TABLE sub_fee IS 'Yearly subscriptions paid by singers';`;

const CHOIR_ROWS: TableRows = {
  singer: [
    'singer_id,singer_nm,voice,joined_on,left_on',
    [[1, 'Ann Lee', 'S', '2019-03-01', null], [2, 'Bob Fry', 'B', '2026-02-01', null], [3, 'Cy Hart', 'T', '2024-06-01', null], [4, 'Di Moss', 'A', '2026-05-01', null]],
  ],
  concert: ['concert_id,concert_nm,concert_dt', [[1, 'Spring', '2026-04-10'], [2, 'Winter', '2025-12-12'], [3, 'Summer', '2026-07-20']]],
  // In 2026 Ann, Cy and Di sing (3); Bob and Di joined in 2026 (2); Bob sang only in 2025.
  appearance: ['appearance_id,concert_id,singer_id', [[1, 1, 1], [2, 1, 3], [3, 2, 2], [4, 3, 1], [5, 3, 4]]],
  // Every singer pays in 2026 (4): the subscriptions' date would give yet another answer.
  sub_fee: ['fee_id,singer_id,paid_on,amount', [[1, 1, '2026-01-05', 40], [2, 2, '2026-02-01', 40], [3, 4, '2026-05-01', 40], [4, 3, '2026-01-10', 40]]],
};

const choir = madeUpRows(CHOIR, CHOIR_ROWS);

const CASES: { task: string; expected: string }[] = [
  {
    task: 'How many different singers sang in a concert in 2026?',
    expected: "SELECT COUNT(DISTINCT a.singer_id) FROM appearance a JOIN concert c ON c.concert_id = a.concert_id WHERE c.concert_dt >= DATE '2026-01-01' AND c.concert_dt < DATE '2027-01-01'",
  },
  {
    task: 'How many singers joined in 2026?',
    expected: "SELECT COUNT(*) FROM singer WHERE joined_on >= DATE '2026-01-01' AND joined_on < DATE '2027-01-01'",
  },
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: 'choir', task: c.task }));

describe('a period after a deed dates the rows recording it, though the question joins nothing else', () => {
  const answers = askBeforeAll({ choir: choir.database }, QUESTIONS, { args: ['--current_date', '2026-12-01'], prefix: 'sluice-offline-deed-date-unjoined-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await choir.rows(line.sql!), line.sql!).toEqual(await choir.rows(c.expected));
    });
  });
});
