import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';
import { inMemoryRows } from './helpers/in-memory-rows.js';

/**
 * Plain questions the offline model reads by English grammar, each beside a look-alike the rule must leave alone:
 * "which A's B" ranks the A's and "which depot takes up" keeps a singular noun singular (one row); in "member visits"
 * the last noun is counted, but not in "members visited"; "paid after their due date" compares two dates of each row;
 * in "what share of Northgate's members" the subject's filter restricts the rows shared out. A made-up database
 * through the real CLI; rows must equal the hand-written query's.
 */
const CLUB = `CREATE TABLE depots (depot_id INTEGER PRIMARY KEY, depot_name VARCHAR NOT NULL, bays INTEGER NOT NULL);
CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL, depot_id INTEGER NOT NULL REFERENCES depots (depot_id), plan VARCHAR NOT NULL);
CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members (member_id), visit_date DATE NOT NULL);
CREATE TABLE bills (bill_no INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members (member_id), due_dt DATE NOT NULL, pd_dt DATE, status VARCHAR NOT NULL);`;

const CLUB_ROWS: Record<string, [string, (string | number | null)[][]]> = {
  depots: ['depot_id,depot_name,bays', [[1, 'Northgate', 40], [2, 'Southbank', 25], [3, 'Eastfield', 60]]],
  members: [
    'member_id,full_name,depot_id,plan',
    [[1, 'Ann Hale', 1, 'student'], [2, 'Bob Marr', 1, 'standard'], [3, 'Cem Ozil', 2, 'student'], [4, 'Dee Tran', 2, 'student'], [5, 'Eve Ng', 3, 'standard'], [6, 'Fay Oduya', 1, 'standard'], [7, 'Gus Lee', 3, 'student']],
  ],
  visits: [
    'visit_id,member_id,visit_date',
    [[1, 1, '2025-12-30'], [2, 1, '2026-01-04'], [3, 2, '2026-02-10'], [4, 3, '2026-02-11'], [5, 3, '2026-03-01'], [6, 3, '2026-03-09'], [7, 5, '2026-04-02'], [8, 6, '2026-05-05'], [9, 1, '2026-06-06']],
  ],
  bills: [
    'bill_no,member_id,due_dt,pd_dt,status',
    [[1, 1, '2026-01-31', '2026-01-20', 'paid'], [2, 2, '2026-01-31', '2026-02-14', 'paid'], [3, 3, '2026-02-28', null, 'open'], [4, 4, '2026-02-28', '2026-03-10', 'paid'], [5, 5, '2026-03-31', '2026-03-01', 'paid'], [6, 6, '2026-03-31', null, 'open']],
  ],
};

const csv = (rows: Record<string, [string, (string | number | null)[][]]>): Record<string, string> =>
  Object.fromEntries(Object.entries(rows).map(([t, [head, r]]) => [t, `${head}\n${r.map((row) => row.map((v) => (v === null ? 'NULL' : v)).join(',')).join('\n')}\n`]));
const DATABASES: Record<string, MadeUpDatabase> = { club: { schema: CLUB, data: csv(CLUB_ROWS) } };
const quoted = (v: string | number | null): string => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${v}'`);
const rows = inMemoryRows([
  ...CLUB.split(';').filter((s) => s.trim()),
  ...Object.entries(CLUB_ROWS).map(([t, [, r]]) => `INSERT INTO ${t} VALUES ${r.map((row) => `(${row.map(quoted).join(', ')})`).join(', ')}`),
]);

const CASES: { task: string; expected: string }[] = [
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
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: 'club', task: c.task }));

describe('plain questions read by English grammar', () => {
  const answers = askBeforeAll(DATABASES, QUESTIONS, { args: ['--current_date', '2026-11-25'], prefix: 'sluice-offline-plain-grammar-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await rows(line.sql!), line.sql!).toEqual(await rows(c.expected));
    });
  });
});
