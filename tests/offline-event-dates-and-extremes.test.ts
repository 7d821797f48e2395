import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import { madeUpRows, type TableRows } from './helpers/made-up-rows.js';
import { questionWords } from '../src/models/offline/question-words.js';

/**
 * Which date a period filters, and what "when … the last …" asks for, on a made-up climbing wall through the real CLI;
 * rows must equal the hand-written query's.
 * - A time phrase dates the verb before it: "members who logged a climb in November" are dated by the climbs' logged
 *   date, not by a date the member row carries for something else (a belay certificate); "members who joined in
 *   November" by the member's own joined date, which that verb names.
 * - A joined table of the base's events dates the period: "members who had a visit to the cave room in 2026" by the
 *   visits, not by when they joined.
 * - "When was the last visit to the cave room?" asks for the latest date itself; "last week" is a time phrase, not an order.
 * - "instructors who are still with us": the one open end date after the start (left_on IS NULL); "still on probation" is
 *   the value, not the end date.
 * - "members who have a medical note" over medical_notes (IS NOT NULL, IS NULL "without").
 * - "20k" is 20000 and "£1.5m" 1,500,000; "12m" without a currency sign is not millions.
 */
const SCHEMA = `CREATE TABLE member (mbr_id INTEGER PRIMARY KEY, full_nm VARCHAR NOT NULL, joined_dt DATE NOT NULL, belay_cert_dt DATE, points INTEGER NOT NULL, spend_gbp DECIMAL(12,2) NOT NULL, medical_notes VARCHAR);
CREATE TABLE wall (wall_id INTEGER PRIMARY KEY, wall_nm VARCHAR NOT NULL, height_m DECIMAL(4,1) NOT NULL);
CREATE TABLE ascent (ascent_id INTEGER PRIMARY KEY, mbr_id INTEGER NOT NULL REFERENCES member (mbr_id), wall_id INTEGER NOT NULL REFERENCES wall (wall_id), logged_dt DATE NOT NULL);
CREATE TABLE visit (visit_id INTEGER PRIMARY KEY, mbr_id INTEGER NOT NULL REFERENCES member (mbr_id), room VARCHAR NOT NULL, visit_dt DATE NOT NULL);
CREATE TABLE instructor (instr_id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL, grade VARCHAR NOT NULL, started_on DATE NOT NULL, left_on DATE);
CREATE TABLE lesson (lesson_id INTEGER PRIMARY KEY, instr_id INTEGER NOT NULL REFERENCES instructor (instr_id), lesson_dt DATE NOT NULL);`;

const ROWS: TableRows = {
  member: [
    'mbr_id,full_nm,joined_dt,belay_cert_dt,points,spend_gbp,medical_notes',
    [
      [1, 'Ann Lee', '2024-03-01', '2026-11-05', 25000, 2000000, 'asthma'],
      [2, 'Bo Park', '2026-11-10', '2025-01-20', 12000, 900000, null],
      [3, 'Cy Moss', '2025-06-15', null, 31000, 1600000, null],
      [4, 'Di Hart', '2026-11-20', '2026-11-21', 500, 1200, 'epilepsy'],
    ],
  ],
  wall: ['wall_id,wall_nm,height_m', [[1, 'North Face', 15.0], [2, 'Slab', 8.5], [3, 'Tower', 12.5]]],
  ascent: [
    'ascent_id,mbr_id,wall_id,logged_dt',
    [
      [1, 1, 1, '2026-10-30'],
      [2, 2, 2, '2026-11-03'],
      [3, 3, 1, '2026-11-04'],
      [4, 3, 3, '2026-11-18'],
      [5, 4, 2, '2026-12-01'],
    ],
  ],
  instructor: [
    'instr_id,full_name,grade,started_on,left_on',
    [
      [1, 'Eve Stone', 'probation', '2026-09-01', null],
      [2, 'Finn Rowe', 'senior', '2020-01-06', '2025-08-31'],
      [3, 'Gus Hale', 'senior', '2021-04-12', null],
      [4, 'Hal Vance', 'probation', '2026-10-01', '2026-11-15'],
    ],
  ],
  lesson: ['lesson_id,instr_id,lesson_dt', [[1, 3, '2026-11-02'], [2, 3, '2026-11-09'], [3, 1, '2026-11-03'], [4, 2, '2025-05-01'], [5, 3, '2026-11-16']]],
  visit: [
    'visit_id,mbr_id,room,visit_dt',
    [
      [1, 1, 'cave room', '2025-12-30'],
      [2, 2, 'cave room', '2026-02-14'],
      [3, 3, 'main hall', '2026-03-01'],
      [4, 1, 'main hall', '2026-11-24'],
      [5, 4, 'cave room', '2026-11-25'],
      [6, 3, 'cave room', '2025-04-02'],
    ],
  ],
};

const { database, rows } = madeUpRows(SCHEMA, ROWS);
const DATABASES = { wall: database };

const CASES: { task: string; expected: string }[] = [
  { task: 'How many different members logged a climb in November 2026?', expected: "SELECT count(DISTINCT mbr_id) FROM ascent WHERE logged_dt >= DATE '2026-11-01' AND logged_dt < DATE '2026-12-01'" },
  { task: 'How many members joined in November 2026?', expected: "SELECT count(*) FROM member WHERE joined_dt >= DATE '2026-11-01' AND joined_dt < DATE '2026-12-01'" },
  {
    task: 'How many members had a visit to the cave room in 2025?',
    expected: "SELECT count(DISTINCT mbr_id) FROM visit WHERE room = 'cave room' AND visit_dt >= DATE '2025-01-01' AND visit_dt < DATE '2026-01-01'",
  },
  { task: 'When was the last visit to the cave room?', expected: "SELECT max(visit_dt) FROM visit WHERE room = 'cave room'" },
  { task: 'When was the first visit to the main hall?', expected: "SELECT min(visit_dt) FROM visit WHERE room = 'main hall'" },
  { task: 'When did members visit the cave room last month?', expected: "SELECT visit_dt FROM visit WHERE room = 'cave room' AND visit_dt >= DATE '2026-11-01' AND visit_dt < DATE '2026-12-01'" },
  { task: 'List the full names of the instructors who are still with us.', expected: 'SELECT full_name FROM instructor WHERE left_on IS NULL' },
  { task: 'How many instructors are still on probation?', expected: "SELECT count(*) FROM instructor WHERE grade = 'probation'" },
  { task: 'How many members have a medical note?', expected: 'SELECT count(*) FROM member WHERE medical_notes IS NOT NULL' },
  { task: 'How many members are there without a medical note?', expected: 'SELECT count(*) FROM member WHERE medical_notes IS NULL' },
  { task: 'How many members have more than 20k points?', expected: 'SELECT count(*) FROM member WHERE points > 20000' },
  { task: 'How many members have spent more than £1.5m?', expected: 'SELECT count(*) FROM member WHERE spend_gbp > 1500000' },
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: 'wall', task: c.task }));

describe('the date a period filters and the extreme "when" asks for', () => {
  const answers = askBeforeAll(DATABASES, QUESTIONS, { args: ['--current_date', '2026-12-02'], prefix: 'sluice-offline-event-dates-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await rows(line.sql!), line.sql!).toEqual(await rows(c.expected));
    });
  });
});

describe('numbers written with a magnitude', () => {
  it('reads "20k" as thousands and "£1.5m", "$2bn" as a sum of money', () => {
    expect(questionWords('jobs over 20k words').map((w) => w.text)).toContain('20000');
    expect(questionWords('accounts that spent over £1.5m').map((w) => w.text)).toContain('1500000');
    expect(questionWords('funds above $2bn').map((w) => w.text)).toContain('2000000000');
  });
  it('leaves "12m" without a currency sign as written: metres as likely as millions', () => {
    expect(questionWords('walls higher than 12m').map((w) => w.text)).toContain('12m');
    expect(questionWords('pools 25m long').map((w) => w.text)).not.toContain('25000000');
  });
});
