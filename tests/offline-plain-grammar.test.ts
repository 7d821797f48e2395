import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';
import { inMemoryRows } from './helpers/in-memory-rows.js';

/**
 * Plain questions the offline model reads by English grammar, each beside a look-alike the rule must leave alone:
 * "which A's B" ranks the A's and "which depot takes up" keeps a singular noun singular (one row); in "member visits"
 * the last noun is counted, but not in "members visited"; "paid after their due date" compares two dates of each row;
 * in "what share of Northgate's members" the subject's filter restricts the rows shared out; "account type" and "type
 * of depot" name a column of the table named, "each account" the table's rows, and "by sales channel" measures no
 * revenue; a table commented "Incident log" is what "incidents" names. Made-up databases through the real CLI; rows
 * must equal the hand-written query's.
 */
const CLUB = `CREATE TABLE depots (depot_id INTEGER PRIMARY KEY, depot_name VARCHAR NOT NULL, bays INTEGER NOT NULL, depot_type VARCHAR NOT NULL);
CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL, depot_id INTEGER NOT NULL REFERENCES depots (depot_id), plan VARCHAR NOT NULL);
CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members (member_id), visit_date DATE NOT NULL);
CREATE TABLE bills (bill_no INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members (member_id), due_dt DATE NOT NULL, pd_dt DATE, status VARCHAR NOT NULL, amt_due DECIMAL(8,2) NOT NULL);
CREATE TABLE inc (inc_id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members (member_id), inc_dt DATE NOT NULL);
COMMENT ON TABLE inc IS 'Incident log: member_id is the member the incidents happened to';`;

const COURIERS = `CREATE TABLE zone (zone_cd VARCHAR PRIMARY KEY, zone_nm VARCHAR NOT NULL);
CREATE TABLE rdr (rdr_id INTEGER PRIMARY KEY, rdr_nm VARCHAR NOT NULL, bike_cd VARCHAR NOT NULL, emp_cd CHAR(1) NOT NULL, home_zone VARCHAR NOT NULL REFERENCES zone (zone_cd), start_dt DATE NOT NULL, end_dt DATE);
COMMENT ON TABLE rdr IS 'Rider';
COMMENT ON COLUMN rdr.bike_cd IS 'RD road bike, EB electric cargo-capable e-bike, CG cargo bike';
COMMENT ON COLUMN rdr.emp_cd IS 'E employed on payroll, C self-employed contractor paid per job';
COMMENT ON COLUMN rdr.end_dt IS 'Last day worked, NULL while the rider is still with us';
CREATE TABLE acct (acct_no INTEGER PRIMARY KEY, acct_nm VARCHAR NOT NULL, acct_typ_cd CHAR(1) NOT NULL);
COMMENT ON COLUMN acct.acct_typ_cd IS 'B business, P private';
CREATE TABLE job (job_id INTEGER PRIMARY KEY, acct_no INTEGER NOT NULL REFERENCES acct (acct_no), rdr_id INTEGER NOT NULL REFERENCES rdr (rdr_id), fee DECIMAL(6,2) NOT NULL);
CREATE TABLE sale (sale_id INTEGER PRIMARY KEY, channel_cd VARCHAR NOT NULL, price DECIMAL(6,2) NOT NULL);`;

const COURIER_ROWS: Record<string, [string, (string | number | null)[][]]> = {
  zone: ['zone_cd,zone_nm', [['N', 'North'], ['S', 'South']]],
  rdr: ['rdr_id,rdr_nm,bike_cd,emp_cd,home_zone,start_dt,end_dt', [[1, 'Ola', 'RD', 'E', 'N', '2024-01-01', null], [2, 'Pia', 'CG', 'C', 'S', '2025-03-01', null], [3, 'Quin', 'CG', 'E', 'N', '2023-06-01', '2026-02-01']]],
  acct: ['acct_no,acct_nm,acct_typ_cd', [[1, 'Kiln Cafe', 'B'], [2, 'Jo Hart', 'P'], [3, 'Dune Books', 'B']]],
  job: ['job_id,acct_no,rdr_id,fee', [[1, 1, 1, 12], [2, 1, 2, 20], [3, 2, 2, 8], [4, 3, 3, 16], [5, 3, 1, 30]]],
  sale: ['sale_id,channel_cd,price', [[1, 'WEB', 10], [2, 'SHOP', 30], [3, 'WEB', 20]]],
};

const CLUB_ROWS: Record<string, [string, (string | number | null)[][]]> = {
  depots: ['depot_id,depot_name,bays,depot_type', [[1, 'Northgate', 40, 'hub'], [2, 'Southbank', 25, 'satellite'], [3, 'Eastfield', 60, 'hub']]],
  members: [
    'member_id,full_name,depot_id,plan',
    [[1, 'Ann Hale', 1, 'student'], [2, 'Bob Marr', 1, 'standard'], [3, 'Cem Ozil', 2, 'student'], [4, 'Dee Tran', 2, 'student'], [5, 'Eve Ng', 3, 'standard'], [6, 'Fay Oduya', 1, 'standard'], [7, 'Gus Lee', 3, 'student']],
  ],
  visits: [
    'visit_id,member_id,visit_date',
    [[1, 1, '2025-12-30'], [2, 1, '2026-01-04'], [3, 2, '2026-02-10'], [4, 3, '2026-02-11'], [5, 3, '2026-03-01'], [6, 3, '2026-03-09'], [7, 5, '2026-04-02'], [8, 6, '2026-05-05'], [9, 1, '2026-06-06']],
  ],
  bills: [
    'bill_no,member_id,due_dt,pd_dt,status,amt_due',
    [[1, 1, '2026-01-31', '2026-01-20', 'paid', 30], [2, 2, '2026-01-31', '2026-02-14', 'paid', 45], [3, 3, '2026-02-28', null, 'open', 30], [4, 4, '2026-02-28', '2026-03-10', 'paid', 60], [5, 5, '2026-03-31', '2026-03-01', 'paid', 45], [6, 6, '2026-03-31', null, 'open', 90]],
  ],
  inc: ['inc_id,member_id,inc_dt', [[1, 1, '2026-02-01'], [2, 1, '2026-03-01'], [3, 3, '2026-03-02'], [4, 5, '2026-04-01'], [5, 5, '2026-04-09'], [6, 5, '2026-05-01']]],
};

const csv = (rows: Record<string, [string, (string | number | null)[][]]>): Record<string, string> =>
  Object.fromEntries(Object.entries(rows).map(([t, [head, r]]) => [t, `${head}\n${r.map((row) => row.map((v) => (v === null ? 'NULL' : v)).join(',')).join('\n')}\n`]));
const DATABASES: Record<string, MadeUpDatabase> = { club: { schema: CLUB, data: csv(CLUB_ROWS) }, couriers: { schema: COURIERS, data: csv(COURIER_ROWS) } };
const quoted = (v: string | number | null): string => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${v}'`);
const statements = (schema: string, rows: Record<string, [string, (string | number | null)[][]]>): string[] => [
  ...schema.split(';').filter((s) => s.trim()),
  ...Object.entries(rows).map(([t, [, r]]) => `INSERT INTO ${t} VALUES ${r.map((row) => `(${row.map(quoted).join(', ')})`).join(', ')}`),
];
const rows = { club: inMemoryRows(statements(CLUB, CLUB_ROWS)), couriers: inMemoryRows(statements(COURIERS, COURIER_ROWS)) };

const CASES: { task: string; expected: string; namespace?: 'club' | 'couriers' }[] = [
  // A singular noun and its verb in -s: one depot, not the top ten.
  { task: 'Which depot takes up the most bays?', expected: 'SELECT depot_name FROM depots ORDER BY bays DESC LIMIT 1' },
  { task: 'Which depots have the most bays?', expected: 'SELECT depot_name FROM depots ORDER BY bays DESC' },
  // "Which depot's members": the depots are ranked, by what their members did.
  { task: "Which depot's members made the most visits?", expected: 'SELECT d.depot_name FROM visits v JOIN members m ON m.member_id = v.member_id JOIN depots d ON d.depot_id = m.depot_id GROUP BY d.depot_name ORDER BY count(*) DESC LIMIT 1' },
  // "member visits" counts visits; "members who visited" counts members.
  { task: 'How many member visits were there in 2026?', expected: "SELECT count(*) FROM visits WHERE visit_date >= DATE '2026-01-01' AND visit_date < DATE '2027-01-01'" },
  { task: 'How many members are on the student plan?', expected: "SELECT count(*) FROM members WHERE plan = 'student'" },
  // Two dates of each row compared; the bare verb keeps its status.
  { task: 'How many bills were paid after their due date?', expected: 'SELECT count(*) FROM bills WHERE pd_dt > due_dt' },
  { task: 'How many bills were paid?', expected: "SELECT count(*) FROM bills WHERE status = 'paid'" },
  // The subject's filter picks the rows shared out; without one, every member is.
  { task: "What share of Northgate's members are on the student plan?", expected: "SELECT 100.0 * count(*) FILTER (WHERE m.plan = 'student') / count(*) FROM members m JOIN depots d ON d.depot_id = m.depot_id WHERE d.depot_name = 'Northgate'" },
  { task: 'What share of members are on the student plan?', expected: "SELECT 100.0 * count(*) FILTER (WHERE plan = 'student') / count(*) FROM members" },
  // A group phrase naming a table and one more noun names that table's column; a table alone groups by its rows.
  { task: 'What is the average bill amount for each member plan?', expected: 'SELECT m.plan, avg(b.amt_due) FROM bills b JOIN members m ON m.member_id = b.member_id GROUP BY m.plan' },
  { task: 'What is the average bill amount for each type of depot?', expected: 'SELECT d.depot_type, avg(b.amt_due) FROM bills b JOIN members m ON m.member_id = b.member_id JOIN depots d ON d.depot_id = m.depot_id GROUP BY d.depot_type' },
  // A full_name is the member's own name: shown alone, one group per member (by the key).
  { task: 'What is the average bill amount for each member?', expected: 'SELECT m.full_name, avg(b.amt_due) FROM bills b JOIN members m ON m.member_id = b.member_id GROUP BY m.member_id, m.full_name' },
  // "Incident log" names its rows incidents; a table named for its rows is listed by its name.
  { task: 'Which members have had more than 2 incidents?', expected: 'SELECT m.full_name FROM inc i JOIN members m ON m.member_id = i.member_id GROUP BY m.member_id, m.full_name HAVING count(*) > 2' },
  { task: 'Which riders are there?', expected: 'SELECT rdr_nm FROM rdr', namespace: 'couriers' },
  { task: 'What is the average job fee for each account type?', expected: 'SELECT a.acct_typ_cd, avg(j.fee) FROM job j JOIN acct a ON a.acct_no = j.acct_no GROUP BY a.acct_typ_cd', namespace: 'couriers' },
  { task: 'What is the average price by sales channel?', expected: 'SELECT channel_cd, avg(price) FROM sale GROUP BY channel_cd', namespace: 'couriers' },
  { task: 'What is the average job fee for each account?', expected: 'SELECT a.acct_nm, avg(j.fee) FROM job j JOIN acct a ON a.acct_no = j.acct_no GROUP BY a.acct_no, a.acct_nm', namespace: 'couriers' },
  { task: 'Which riders ride a cargo bike?', expected: "SELECT rdr_nm FROM rdr WHERE bike_cd = 'CG'", namespace: 'couriers' },
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: c.namespace ?? 'club', task: c.task }));

describe('plain questions read by English grammar', () => {
  const answers = askBeforeAll(DATABASES, QUESTIONS, { args: ['--current_date', '2026-11-25'], prefix: 'sluice-offline-plain-grammar-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await rows[c.namespace ?? 'club'](line.sql!), line.sql!).toEqual(await rows[c.namespace ?? 'club'](c.expected));
    });
  });
});
