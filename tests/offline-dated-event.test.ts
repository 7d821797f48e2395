import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import { madeUpRows, type TableRows } from './helpers/made-up-rows.js';

/**
 * "How many parcels were received in 2025?" where a parcel has a received date and a status table holds 'RECEIVED':
 * the time phrase dates the verb, so the event is read from its date column; the status says only which stage a parcel
 * is at now (a parcel received in 2025 and returned since is still one received in 2025). A terse made-up database
 * through the real CLI; rows must equal the hand-written query's.
 */
const SCHEMA = `CREATE TABLE PRCLSTAT (STATCD INTEGER PRIMARY KEY, STAT_DESC VARCHAR NOT NULL);
CREATE TABLE PRCL (PRCLNO INTEGER PRIMARY KEY, SENDER VARCHAR NOT NULL, RCVD_DT DATE, WGT_KG DECIMAL(7,2) NOT NULL, STATCD INTEGER NOT NULL REFERENCES PRCLSTAT (STATCD));`;

const ROWS: TableRows = {
  PRCLSTAT: ['STATCD,STAT_DESC', [[10, 'POSTED'], [20, 'RECEIVED'], [30, 'RETURNED'], [90, 'LOST']]],
  PRCL: [
    'PRCLNO,SENDER,RCVD_DT,WGT_KG,STATCD',
    [
      [1, 'ANNA LIND', '2025-02-11', 2.5, 20],
      [2, 'BO ERIKSSON', '2025-06-30', 1.25, 30],
      [3, 'CARL HOLM', '2024-12-30', 4.0, 20],
      [4, 'DORA VIK', '2025-09-02', 0.5, 30],
      [5, 'EVA STRAND', '2026-01-03', 3.0, 20],
      [6, 'FRIDA MOE', '2025-03-15', 7.5, 20],
    ],
  ],
};

const { database, rows } = madeUpRows(SCHEMA, ROWS);
const DATABASES = { post: database };

const CASES: { task: string; expected: string }[] = [
  { task: 'How many parcels were received in 2025?', expected: "SELECT count(*) FROM PRCL WHERE RCVD_DT >= DATE '2025-01-01' AND RCVD_DT < DATE '2026-01-01'" },
  // No column dates a return: the status is all that says a parcel was returned, and the received date is the one dated.
  { task: 'How many parcels were returned in 2025?', expected: "SELECT count(*) FROM PRCL JOIN PRCLSTAT USING (STATCD) WHERE STAT_DESC = 'RETURNED' AND RCVD_DT >= DATE '2025-01-01' AND RCVD_DT < DATE '2026-01-01'" },
  { task: 'What is the total weight of the parcels received in 2025?', expected: "SELECT sum(WGT_KG) FROM PRCL WHERE RCVD_DT >= DATE '2025-01-01' AND RCVD_DT < DATE '2026-01-01'" },
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: 'post', task: c.task }));

describe('an event dated by the time phrase after its verb', () => {
  const answers = askBeforeAll(DATABASES, QUESTIONS, { args: ['--current_date', '2026-11-02'], prefix: 'sluice-offline-dated-event-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await rows(line.sql!), line.sql!).toEqual(await rows(c.expected));
    });
  });
});
