import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';
import { inMemoryRows } from './helpers/in-memory-rows.js';

/**
 * Which date places a row in time, which measure, which columns, each beside a look-alike the rule must leave alone:
 * a row with no date of its own is dated by the occurrence its keys lead to (a finish by its stage's ride), not by the
 * joining date of a rider it may name; a lifespan's rows (riders with a joining and a leaving date) that did something
 * along the join are dated by the deed's row; "how many climbs" over n_clmb adds the tally up; a word after a number
 * that a number column's comment writes ("degrees") names that column; an aggregate before the words a comment opens
 * with ("time in the saddle") takes that column; a phrase that is a column's whole comment ("map reference") names it;
 * "…, with their dates" shows the rows' names and dates; a verb whose base is that of the participle a nullable date is
 * named for ("have left" over left_on) keeps the rows where it happened. A made-up database through the real CLI; rows must equal the
 * hand-written query's.
 */
const CYCLING = `CREATE TABLE riders (rider_id INTEGER PRIMARY KEY, rider_name VARCHAR NOT NULL, joined_on DATE NOT NULL, left_on DATE);
COMMENT ON COLUMN riders.left_on IS 'Day the rider left the club; NULL for current riders';
CREATE TABLE rtes (rte_id INTEGER PRIMARY KEY, rte_ref VARCHAR NOT NULL, strt_twn VARCHAR NOT NULL, distance_km INTEGER NOT NULL);
COMMENT ON TABLE rtes IS 'Route';
COMMENT ON COLUMN rtes.rte_ref IS 'Map reference';
COMMENT ON COLUMN rtes.strt_twn IS 'Start town';
CREATE TABLE rides (ride_id INTEGER PRIMARY KEY, rte_id INTEGER NOT NULL REFERENCES rtes (rte_id), leader_id INTEGER NOT NULL REFERENCES riders (rider_id), ride_name VARCHAR NOT NULL, ride_date DATE NOT NULL, tmp_c DECIMAL(3,1), mv_min INTEGER NOT NULL);
COMMENT ON COLUMN rides.tmp_c IS 'Air temperature at the start, degrees C';
COMMENT ON COLUMN rides.mv_min IS 'Time in the saddle in minutes';
CREATE TABLE stages (stage_id INTEGER PRIMARY KEY, ride_id INTEGER NOT NULL REFERENCES rides (ride_id), stage_no INTEGER NOT NULL);
CREATE TABLE finishes (finish_id INTEGER PRIMARY KEY, stage_id INTEGER NOT NULL REFERENCES stages (stage_id), rider_id INTEGER REFERENCES riders (rider_id), n_clmb INTEGER NOT NULL);`;

const CYCLING_ROWS: Record<string, [string, (string | number | null)[][]]> = {
  riders: ['rider_id,rider_name,joined_on,left_on', [[1, 'Ann Lee', '2019-03-01', null], [2, 'Bob Marr', '2026-02-01', null], [3, 'Cem Ozil', '2021-05-01', '2025-01-10'], [4, 'Dee Tran', '2026-06-01', null]]],
  rtes: ['rte_id,rte_ref,strt_twn,distance_km', [[1, 'DL1', 'Skipton', 60], [2, 'CV2', 'Otley', 45]]],
  rides: [
    'ride_id,rte_id,leader_id,ride_name,ride_date,tmp_c,mv_min',
    [[1, 1, 1, 'Spring Loop', '2025-04-05', 6.5, 180], [2, 1, 3, 'Dales Classic', '2026-05-10', 12.0, 200], [3, 2, 2, 'Valley Spin', '2026-07-12', 18.5, 120], [4, 1, 2, 'Autumn Loop', '2026-10-04', 4.0, 170], [5, 2, 1, 'Frost Run', '2025-12-01', null, 90]],
  ],
  stages: ['stage_id,ride_id,stage_no', [[1, 1, 1], [2, 2, 1], [3, 2, 2], [4, 3, 1], [5, 4, 1], [6, 5, 1]]],
  finishes: [
    'finish_id,stage_id,rider_id,n_clmb',
    [[1, 1, 1, 3], [2, 1, 3, 2], [3, 2, 1, 4], [4, 3, 2, 5], [5, 3, null, 1], [6, 4, 4, 2], [7, 5, 2, 6], [8, 5, 1, 3], [9, 6, null, 1], [10, 2, 4, 2]],
  ],
};

const csv = (rows: Record<string, [string, (string | number | null)[][]]>): Record<string, string> =>
  Object.fromEntries(Object.entries(rows).map(([t, [head, r]]) => [t, `${head}\n${r.map((row) => row.map((v) => (v === null ? 'NULL' : v)).join(',')).join('\n')}\n`]));
const DATABASES: Record<string, MadeUpDatabase> = { cycling: { schema: CYCLING, data: csv(CYCLING_ROWS) } };
const quoted = (v: string | number | null): string => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${v}'`);
const statements = (schema: string, rows: Record<string, [string, (string | number | null)[][]]>): string[] => [
  ...schema.split(/;\s*(?:\n|$)/).filter((s) => s.trim()),
  ...Object.entries(rows).map(([t, [, r]]) => `INSERT INTO ${t} VALUES ${r.map((row) => `(${row.map(quoted).join(', ')})`).join(', ')}`),
];
const rows = { cycling: inMemoryRows(statements(CYCLING, CYCLING_ROWS)) };

const YEAR = "r.ride_date >= DATE '2026-01-01' AND r.ride_date < DATE '2027-01-01'";
const CASES: { namespace: 'cycling'; task: string; expected: string }[] = [
  // A finish has no date: its stage's ride places it, not the joining date of the rider it may name.
  { namespace: 'cycling', task: 'How many finishes were there at our rides in 2026?', expected: `SELECT count(*) FROM finishes f JOIN stages s ON s.stage_id = f.stage_id JOIN rides r ON r.ride_id = s.ride_id WHERE ${YEAR}` },
  // Look-alike: the verb names the riders' own date.
  { namespace: 'cycling', task: 'How many riders joined in 2026?', expected: "SELECT count(*) FROM riders WHERE joined_on >= DATE '2026-01-01' AND joined_on < DATE '2027-01-01'" },
  // Riders span a lifespan (joined, left): leading a ride on a route this year is dated by the ride.
  { namespace: 'cycling', task: 'List the riders who led a ride on route DL1 this year', expected: `SELECT DISTINCT p.rider_name FROM riders p JOIN rides r ON r.leader_id = p.rider_id JOIN rtes t ON t.rte_id = r.rte_id WHERE t.rte_ref = 'DL1' AND ${YEAR}` },
  // Look-alike: no join, the riders' own date.
  { namespace: 'cycling', task: 'List the riders who joined this year', expected: "SELECT rider_name FROM riders WHERE joined_on >= DATE '2026-01-01' AND joined_on < DATE '2027-01-01'" },
  // "climbs" over n_clmb: the tally is added up.
  { namespace: 'cycling', task: 'how many climbs in 2026', expected: `SELECT sum(f.n_clmb) FROM finishes f JOIN stages s ON s.stage_id = f.stage_id JOIN rides r ON r.ride_id = s.ride_id WHERE ${YEAR}` },
  // Look-alike: "finishes" names the table, whose rows are counted.
  { namespace: 'cycling', task: 'how many finishes at rides in 2025', expected: "SELECT count(*) FROM finishes f JOIN stages s ON s.stage_id = f.stage_id JOIN rides r ON r.ride_id = s.ride_id WHERE r.ride_date >= DATE '2025-01-01' AND r.ride_date < DATE '2026-01-01'" },
  // "degrees" is written in tmp_c's comment.
  { namespace: 'cycling', task: 'How many rides set off with the temperature below 10 degrees?', expected: 'SELECT count(*) FROM rides WHERE tmp_c < 10' },
  // Look-alike: a unit the dictionary reads, measured by distance_km.
  { namespace: 'cycling', task: 'How many routes are longer than 50 km?', expected: 'SELECT count(*) FROM rtes WHERE distance_km > 50' },
  // The words after "average" repeat the opening of mv_min's comment.
  { namespace: 'cycling', task: 'Average time in the saddle for each ride name', expected: 'SELECT ride_name, avg(mv_min) FROM rides GROUP BY ride_name' },
  // Look-alike: the column's own name.
  { namespace: 'cycling', task: 'Average distance for each start town', expected: 'SELECT strt_twn, avg(distance_km) FROM rtes GROUP BY strt_twn' },
  // A phrase that is a column's whole comment names it.
  { namespace: 'cycling', task: 'Give me the map reference and start town of every route.', expected: 'SELECT rte_ref, strt_twn FROM rtes' },
  // "…, with their dates": the rows' names and their date.
  { namespace: 'cycling', task: 'List the rides on route DL1 this year, with their dates.', expected: `SELECT r.ride_name, r.ride_date FROM rides r JOIN rtes t ON t.rte_id = r.rte_id WHERE t.rte_ref = 'DL1' AND ${YEAR}` },
  // "left" is the participle left_on is named for: the deed happened (IS NOT NULL).
  { namespace: 'cycling', task: 'How many riders have left the club?', expected: 'SELECT count(*) FROM riders WHERE left_on IS NOT NULL' },
  // Look-alike: no verb of the column's deed.
  { namespace: 'cycling', task: 'How many riders are there?', expected: 'SELECT count(*) FROM riders' },
  // Look-alike: no "with their", so the rides' own names (a list over a table told by one name column shows it).
  { namespace: 'cycling', task: 'List the rides on route DL1 this year', expected: `SELECT r.ride_name FROM rides r JOIN rtes t ON t.rte_id = r.rte_id WHERE t.rte_ref = 'DL1' AND ${YEAR}` },
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: c.namespace, task: c.task }));

describe('event dates, measures glossed by comments and what to show, read from the language and the schema', () => {
  const answers = askBeforeAll(DATABASES, QUESTIONS, { args: ['--current_date', '2026-11-25'], prefix: 'sluice-offline-event-dates-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await rows[c.namespace](line.sql!), line.sql!).toEqual(await rows[c.namespace](c.expected));
    });
  });
});
