import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import { madeUpRows, type TableRows } from './helpers/made-up-rows.js';

/**
 * "haven't <done something> this year" over rows that carry no date and a subject two tables point at: the rows of
 * the deed are those of the table whose comment spells the clause's words (the tunings a tuner did, not the visits a
 * tuner led), and the year dates them by the visit each belongs to, not by the tuner's start. Rows are made so that
 * the led visits, the tuner's own dates or no date at all each give another answer.
 */
const TUNING = `CREATE TABLE tuner (tuner_id INTEGER PRIMARY KEY, tuner_nm VARCHAR NOT NULL, started_on DATE NOT NULL, left_on DATE);
CREATE TABLE client (client_id INTEGER PRIMARY KEY, client_nm VARCHAR NOT NULL, town VARCHAR NOT NULL);
CREATE TABLE visit (visit_id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES client (client_id), visit_dt DATE NOT NULL, lead_tuner_id INTEGER NOT NULL REFERENCES tuner (tuner_id), fee DECIMAL(7,2) NOT NULL, paid_on DATE);
CREATE TABLE tuning (tuning_id INTEGER PRIMARY KEY, visit_id INTEGER NOT NULL REFERENCES visit (visit_id), tuner_id INTEGER NOT NULL REFERENCES tuner (tuner_id), make VARCHAR NOT NULL, pitch_hz INTEGER NOT NULL);
COMMENT ON TABLE tuner IS 'Piano tuners on the books';
COMMENT ON TABLE visit IS 'A day spent at a client''s premises';
COMMENT ON COLUMN visit.lead_tuner_id IS 'Tuner in charge that day';
COMMENT ON TABLE tuning IS 'One piano a tuner tuned on a visit';`;

const TUNING_ROWS: TableRows = {
  tuner: [
    'tuner_id,tuner_nm,started_on,left_on',
    [[1, 'Ada Reed', '2019-03-01', null], [2, 'Bill Hart', '2020-05-01', null], [3, 'Cy Moss', '2026-02-01', null], [4, 'Dot Lane', '2021-01-01', null]],
  ],
  client: ['client_id,client_nm,town', [[1, 'St Mary School', 'Ely'], [2, 'Town Hall', 'March'], [3, 'Grange Hotel', 'Ely']]],
  visit: [
    'visit_id,client_id,visit_dt,lead_tuner_id,fee,paid_on',
    [[1, 1, '2025-04-10', 1, 180, '2025-05-01'], [2, 2, '2026-03-12', 2, 240, null], [3, 3, '2026-06-20', 2, 90, '2026-07-01'], [4, 1, '2025-11-02', 4, 120, '2025-11-30']],
  ],
  // Ada tunes in 2026 on visits Bill led; Bill leads in 2026 but tuned only in 2025; Cy started in 2026 and tunes then;
  // Dot led and tuned only in 2025.
  tuning: [
    'tuning_id,visit_id,tuner_id,make,pitch_hz',
    [[1, 1, 2, 'Steinway', 440], [2, 2, 1, 'Yamaha', 440], [3, 3, 3, 'Bechstein', 442], [4, 3, 1, 'Kawai', 440], [5, 4, 4, 'Broadwood', 440]],
  ],
};

const tuning = madeUpRows(TUNING, TUNING_ROWS);
const NOT_THIS_YEAR = "SELECT tuner_nm FROM tuner WHERE tuner_id NOT IN (SELECT t.tuner_id FROM tuning t JOIN visit v ON v.visit_id = t.visit_id WHERE v.visit_dt >= DATE '2026-01-01' AND v.visit_dt < DATE '2027-01-01')";

const CASES: { task: string; expected: string }[] = [
  // No word names a table: of the two pointing at tuners, the comment of tuning spells "tuned" and "piano".
  { task: "Which tuners haven't tuned a single piano this year?", expected: NOT_THIS_YEAR },
  // "tunings" names the table; it has no date, so its visit's date keeps the year.
  { task: "Which tuners haven't done any tunings this year?", expected: NOT_THIS_YEAR },
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: 'tuning', task: c.task }));

describe('a negated deed dated by the occurrence its rows belong to', () => {
  const answers = askBeforeAll({ tuning: tuning.database }, QUESTIONS, { args: ['--current_date', '2026-12-01'], prefix: 'sluice-offline-anti-join-dated-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await tuning.rows(line.sql!), line.sql!).toEqual(await tuning.rows(c.expected));
    });
  });
});
