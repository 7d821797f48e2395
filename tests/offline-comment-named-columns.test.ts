import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import { madeUpRows, type TableRows } from './helpers/made-up-rows.js';

/**
 * A terse schema whose comments say what its short names hold: the question names a column by the words its comment
 * opens with ("the average purchase price" of pur_amt, 'Purchase price in GBP'; "the price of a session" of ses_pnc,
 * 'Price of one session in pence'; "model names" of sctr_nm, 'Model name'), names the rows of a table by the word its
 * comment spells the short name with ("scooters" of sctr, 'Scooter'), and says "cost" of a column commented as a price. The
 * answer reads those columns and is trusted. Beside them: a question that spells only part of a comment's opening noun
 * phrase keeps the reading it had, and a later sentence that asks for two columns ("Scooter numbers and model names
 * please.") the answer does not show keeps it from being trusted.
 */
const TRACK = `CREATE TABLE trk (trk_no INTEGER PRIMARY KEY, trk_nm VARCHAR NOT NULL, twn VARCHAR NOT NULL);
COMMENT ON TABLE trk IS 'Track (circuit)';
CREATE TABLE sctr (sctr_no INTEGER PRIMARY KEY, trk_no INTEGER NOT NULL REFERENCES trk (trk_no), sctr_nm VARCHAR NOT NULL, sctr_typ CHAR(1) NOT NULL, ses_pnc INTEGER NOT NULL, pur_amt DECIMAL(8,2) NOT NULL, wgt_kg INTEGER NOT NULL);
COMMENT ON TABLE sctr IS 'Scooter';
COMMENT ON COLUMN sctr.sctr_nm IS 'Model name';
COMMENT ON COLUMN sctr.sctr_typ IS 'J junior, A adult, T twin seat, M show model (not for hire)';
COMMENT ON COLUMN sctr.ses_pnc IS 'Price of one session in pence';
COMMENT ON COLUMN sctr.pur_amt IS 'Purchase price in GBP';
COMMENT ON COLUMN sctr.wgt_kg IS 'Dry weight of the chassis in kilograms';
CREATE TABLE cln (cln_no INTEGER PRIMARY KEY, sctr_no INTEGER NOT NULL REFERENCES sctr (sctr_no), cln_dt DATE NOT NULL, cash_amt DECIMAL(8,2) NOT NULL);
COMMENT ON TABLE cln IS 'Cash collection: the cash box emptied every week';
COMMENT ON COLUMN cln.cln_dt IS 'Collection date';
COMMENT ON COLUMN cln.cash_amt IS 'Cash taken since the last collection, GBP';
CREATE TABLE rpr (rpr_no INTEGER PRIMARY KEY, sctr_no INTEGER NOT NULL REFERENCES sctr (sctr_no), rpr_dt DATE NOT NULL, prt_amt DECIMAL(7,2));
COMMENT ON TABLE rpr IS 'Repair done on a scooter';
COMMENT ON COLUMN rpr.prt_amt IS 'Parts cost in GBP';`;

const TRACK_ROWS: TableRows = {
  trk: ['trk_no,trk_nm,twn', [[1, 'Dunes Track', 'Skegness'], [2, 'Harbour Scooters', 'Whitby']]],
  sctr: [
    'sctr_no,trk_no,sctr_nm,sctr_typ,ses_pnc,pur_amt,wgt_kg',
    [
      [1, 1, 'Sodi RT8', 'A', 1500, 6200, 160],
      [2, 1, 'Sodi RT8', 'A', 1500, 6400, 161],
      [3, 1, 'Sodi LR5', 'J', 900, 4100, 120],
      [4, 2, 'Biz Ultimate', 'T', 2200, 9800, 210],
      [5, 2, 'Biz Junior', 'J', 1000, 3900, 118],
      [6, 2, 'Sodi RT8', 'A', 1400, 6100, 159],
    ],
  ],
  cln: [
    'cln_no,sctr_no,cln_dt,cash_amt',
    [[1, 1, '2025-05-01', 900], [2, 2, '2025-05-01', 300], [3, 4, '2025-06-01', 1200], [4, 5, '2025-06-01', 150], [5, 6, '2025-07-01', 700], [6, 3, '2026-01-10', 5000]],
  ],
  rpr: ['rpr_no,sctr_no,rpr_dt,prt_amt', [[1, 1, '2025-03-01', 9000], [2, 4, '2025-04-01', 12000], [3, 5, '2025-04-02', null]]],
};

const track = madeUpRows(TRACK, TRACK_ROWS);

const TRUSTED: { task: string; expected: string }[] = [
  // "purchase price" spells pur_amt's comment; "cost" is a synonym of the price the SQL reads, not the parts cost.
  { task: 'How many scooters cost more than the average purchase price?', expected: 'SELECT count(*) FROM sctr WHERE pur_amt > (SELECT avg(pur_amt) FROM sctr)' },
  // "price of a session" spells 'Price of one session'.
  { task: 'average price of a session for each type of scooter', expected: 'SELECT sctr_typ, avg(ses_pnc) FROM sctr GROUP BY sctr_typ' },
  { task: 'How many different model names have we had?', expected: 'SELECT count(DISTINCT sctr_nm) FROM sctr' },
  // Asked in one sentence, the same ranking is trusted.
  {
    task: 'Which 3 scooters took the most cash in 2025?',
    expected: "SELECT s.sctr_nm FROM cln c JOIN sctr s ON s.sctr_no = c.sctr_no WHERE c.cln_dt >= DATE '2025-01-01' AND c.cln_dt < DATE '2026-01-01' GROUP BY s.sctr_no, s.sctr_nm ORDER BY sum(c.cash_amt) DESC LIMIT 3",
  },
];

const KEPT: { task: string; expected: string }[] = [
  // Only "dry weight" of 'Dry weight of the chassis': the comment's noun phrase in full, so the reading is as before.
  { task: 'What is the average weight of a scooter?', expected: 'SELECT avg(wgt_kg) FROM sctr' },
];

const UNTRUSTED = [
  // The answer shows the model names only; the later sentence asks for the scooters' numbers too.
  'Which 3 scooters took the most cash in 2025? Scooter numbers and model names please.',
];

const QUESTIONS = [...TRUSTED, ...KEPT, ...UNTRUSTED.map((task) => ({ task }))].map((c, i) => ({ id: `case ${i}`, namespace: 'track', task: c.task }));

describe('columns named by the words their comments open with, in a terse schema', () => {
  const answers = askBeforeAll({ track: track.database }, QUESTIONS, { args: ['--current_date', '2026-12-01'], prefix: 'sluice-offline-comment-named-columns-' });

  TRUSTED.forEach((c, i) => {
    it(`trusts: ${c.task}`, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await track.rows(line.sql!), line.sql!).toEqual(await track.rows(c.expected));
      expect(line.status, `${line.sql}\n${line.reason}`).toBe('success');
    });
  });

  KEPT.forEach((c, k) => {
    const i = TRUSTED.length + k;
    it(`keeps its answer: ${c.task}`, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(await track.rows(line.sql!), line.sql!).toEqual(await track.rows(c.expected));
    });
  });

  UNTRUSTED.forEach((task, k) => {
    const i = TRUSTED.length + KEPT.length + k;
    it(`does not trust: ${task}`, () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.status, `${line.sql}\n${line.reason}`).not.toBe('success');
    });
  });
});

