import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import { madeUpRows, type TableRows } from './helpers/made-up-rows.js';

/**
 * "Which member spent the most (on orders)?": the money verb ranks members by the money of the rows that point at
 * them (order lines through orders), added up, not by how many rows they have; "which" names what is ranked even when
 * "orders" names another table. Rows are made so that the row count ranks the other member first.
 */
const SCHEMA = `CREATE TABLE mbr (mbr_no INTEGER PRIMARY KEY, mbr_nm VARCHAR NOT NULL);
CREATE TABLE ord_hdr (ord_no INTEGER PRIMARY KEY, mbr_no INTEGER NOT NULL REFERENCES mbr (mbr_no), stat_cd CHAR(1) NOT NULL);
CREATE TABLE ord_ln (ord_no INTEGER NOT NULL REFERENCES ord_hdr (ord_no), ln_no INTEGER NOT NULL, amt DECIMAL(9,2) NOT NULL, PRIMARY KEY (ord_no, ln_no));`;

const ROWS: TableRows = {
  mbr: ['mbr_no,mbr_nm', [[1, 'Hollow Oak Farm'], [2, 'Ridge Dairy']]],
  ord_hdr: ['ord_no,mbr_no,stat_cd', [[10, 1, 'D'], [11, 1, 'D'], [12, 1, 'D'], [13, 2, 'D']]],
  ord_ln: ['ord_no,ln_no,amt', [[10, 1, 5], [11, 1, 7], [12, 1, 9], [13, 1, 400], [13, 2, 20]]],
};

const { database, rows } = madeUpRows(SCHEMA, ROWS);
const DATABASES = { coop: database };

const CASES: { task: string; expected: string }[] = [
  { task: 'Which member spent the most?', expected: 'SELECT m.mbr_nm FROM mbr m JOIN ord_hdr h ON h.mbr_no = m.mbr_no JOIN ord_ln l ON l.ord_no = h.ord_no GROUP BY m.mbr_no, m.mbr_nm ORDER BY sum(l.amt) DESC LIMIT 1' },
  { task: 'Which member spent the most on orders?', expected: 'SELECT m.mbr_nm FROM mbr m JOIN ord_hdr h ON h.mbr_no = m.mbr_no JOIN ord_ln l ON l.ord_no = h.ord_no GROUP BY m.mbr_no, m.mbr_nm ORDER BY sum(l.amt) DESC LIMIT 1' },
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: 'coop', task: c.task }));

describe('a money verb ranks by the money of the rows', () => {
  const answers = askBeforeAll(DATABASES, QUESTIONS, { args: ['--current_date', '2026-11-02'], prefix: 'sluice-offline-spent-measure-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await rows(line.sql!), line.sql!).toEqual(await rows(c.expected));
    });
  });
});
