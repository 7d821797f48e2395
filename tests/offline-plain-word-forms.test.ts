import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import { madeUpRows, type TableRows } from './helpers/made-up-rows.js';

/**
 * Plain questions that name a column or a stored code in another form than the schema spells it: a code glossed
 * "residential / householder" named by either side of the slash, a gloss "gutter wash" asked as "gutter washing", a
 * stored 'Fail' asked as "failed", a gloss 'L lost' asked as "did we lose", "unpaid" for
 * an empty paid_dt (not the also nullable paid_amt), "client name" of the client a visit refers to, and "opened" where the table dates its opening (opn_dt) beside a status 'O' glossed
 * "open". Rows are made so that each wrong reading gives another answer.
 */
const CLEANING = `CREATE TABLE client (client_id INTEGER PRIMARY KEY, client_nm VARCHAR NOT NULL, client_type VARCHAR NOT NULL);
COMMENT ON COLUMN client.client_type IS 'RES residential / householder, COM commercial / office, SCH school';
CREATE TABLE crew (crew_id INTEGER PRIMARY KEY, crew_nm VARCHAR NOT NULL, role VARCHAR NOT NULL, hrs_wk INTEGER NOT NULL, start_dt DATE NOT NULL);
CREATE TABLE visit (visit_no INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES client (client_id), svc_cd VARCHAR NOT NULL, outcome VARCHAR NOT NULL, visit_dt DATE NOT NULL, paid_dt DATE, paid_amt DECIMAL(6,2), ht_m DECIMAL(4,1) NOT NULL);
COMMENT ON COLUMN visit.svc_cd IS 'GW gutter wash, WC window clean, CS conservatory scrub';
CREATE TABLE complaint (cmp_id INTEGER PRIMARY KEY, opn_dt DATE NOT NULL, stat_cd VARCHAR NOT NULL);
COMMENT ON COLUMN complaint.stat_cd IS 'O open, C closed, L lost (withdrawn)'`;

const CLEANING_ROWS: TableRows = {
  client: ['client_id,client_nm,client_type', [[1, 'Ash Lodge', 'RES'], [2, 'Birch Court', 'RES'], [3, 'Cedar Offices', 'COM'], [4, 'Dale Works', 'COM'], [5, 'Elm Primary', 'SCH']]],
  crew: ['crew_id,crew_nm,role,hrs_wk,start_dt', [[1, 'Ann', 'cleaner', 40, '2024-01-06'], [2, 'Bob', 'cleaner', 20, '2024-03-13'], [3, 'Cy', 'driver', 30, '2024-05-20']]],
  visit: [
    'visit_no,client_id,svc_cd,outcome,visit_dt,paid_dt,paid_amt,ht_m',
    [
      [1, 1, 'GW', 'Done', '2025-01-10', '2025-01-20', 40, 3.0],
      [2, 1, 'WC', 'Done', '2025-02-10', null, null, 2.0],
      [3, 2, 'GW', 'Fail', '2025-03-10', null, null, 4.5],
      [4, 3, 'CS', 'Done', '2025-04-10', '2025-04-15', null, 1.5],
      [5, 4, 'WC', 'Fail', '2025-05-10', '2025-05-12', 25, 6.0],
      [6, 5, 'GW', 'Done', '2025-06-10', '2025-06-30', 30, 2.5],
    ],
  ],
  complaint: ['cmp_id,opn_dt,stat_cd', [[1, '2025-02-01', 'O'], [2, '2025-03-01', 'C'], [3, '2025-04-01', 'C'], [4, '2025-05-01', 'L']]],
};

const cleaning = madeUpRows(CLEANING, CLEANING_ROWS);

const CASES: { task: string; expected: string }[] = [
  { task: 'How many householder clients do we have?', expected: "SELECT count(*) FROM client WHERE client_type = 'RES'" },
  { task: 'How many visits involved gutter washing?', expected: "SELECT count(*) FROM visit WHERE svc_cd = 'GW'" },
  { task: 'How many visits were failed?', expected: "SELECT count(*) FROM visit WHERE outcome = 'Fail'" },
  // "lose" is the verb whose past the gloss 'L lost' spells.
  { task: 'How many complaints did we lose?', expected: "SELECT count(*) FROM complaint WHERE stat_cd = 'L'" },
  { task: 'How many visits are unpaid?', expected: 'SELECT count(*) FROM visit WHERE paid_dt IS NULL' },
  { task: 'Show the visit number and client name of every visit', expected: 'SELECT v.visit_no, c.client_nm FROM visit v JOIN client c ON c.client_id = v.client_id' },
  { task: 'How many complaints have been opened?', expected: 'SELECT count(*) FROM complaint' },
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: 'cleaning', task: c.task }));

describe('plain questions naming a column or code in another form than stored', () => {
  const answers = askBeforeAll({ cleaning: cleaning.database }, QUESTIONS, { args: ['--current_date', '2025-12-31'], prefix: 'sluice-offline-plain-word-forms-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await cleaning.rows(line.sql!), line.sql!).toEqual(await cleaning.rows(c.expected));
    });
  });
});
