import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import { madeUpRows, type TableRows } from './helpers/made-up-rows.js';

/**
 * "Which item has the highest unit price?" asks which rows rank first by a column of their own: the rows are ranked,
 * not counted or summed per row, and named by their name (CUSTNM), else by their one description (itm_desc), without
 * the column that only ranks them. "unit" inside the run "unit price" that names unit_prc is a word of that name, not
 * the value 'UNIT' of uom. "What is the lowest credit limit among …" opens the asked phrase with the superlative of a
 * number column: it asks for that one extreme value (MIN), not for rows. In "Which vendor supplies the fewest items?"
 * the word before "the fewest" is the verb, so the ranked noun is the singular "vendor" (one answer). A terse made-up database through the real CLI; rows must equal the hand-written query's.
 */
const SCHEMA = `CREATE TABLE vnd (vnd_no INTEGER PRIMARY KEY, vnd_nm VARCHAR NOT NULL, st CHAR(2) NOT NULL);
CREATE TABLE itm (itm_no INTEGER PRIMARY KEY, itm_desc VARCHAR NOT NULL, cat_cd VARCHAR NOT NULL, uom VARCHAR NOT NULL, unit_prc DECIMAL(9,2) NOT NULL, vnd_no INTEGER NOT NULL REFERENCES vnd (vnd_no));
CREATE TABLE CUSTMST (CUSTNO INTEGER PRIMARY KEY, CUSTNM VARCHAR NOT NULL, CRLMT INTEGER NOT NULL, ST_CD CHAR(2) NOT NULL);`;

const ROWS: TableRows = {
  vnd: ['vnd_no,vnd_nm,st', [[1, 'Prairie Seed', 'IA'], [2, 'Heartland Chem', 'NE']]],
  itm: [
    'itm_no,itm_desc,cat_cd,uom,unit_prc,vnd_no',
    [
      [10, 'Corn seed 80K', 'SD', 'UNIT', 310.5, 1],
      [11, 'Soy seed 140K', 'SD', 'UNIT', 55.25, 1],
      [12, 'Glyphosate 2.5GAL', 'CH', 'JUG', 62.0, 2],
      [13, 'Atrazine 2.5GAL', 'CH', 'JUG', 48.75, 2],
      [14, 'Anhydrous ammonia', 'FT', 'TON', 725.0, 2],
    ],
  ],
  CUSTMST: ['CUSTNO,CUSTNM,CRLMT,ST_CD', [[100, 'ACME GRAIN', 50000, 'IA'], [101, 'BLUE STEM FARMS', 12000, 'NE'], [102, 'CEDAR VALLEY', 30000, 'IA']]],
};

const { database, rows } = madeUpRows(SCHEMA, ROWS);
const DATABASES = { coop: database };

const CASES: { task: string; expected: string }[] = [
  { task: 'Which item has the highest unit price?', expected: 'SELECT itm_desc FROM itm ORDER BY unit_prc DESC LIMIT 1' },
  { task: 'What is the average unit price of the items in each category?', expected: 'SELECT cat_cd, avg(unit_prc) FROM itm GROUP BY cat_cd' },
  { task: 'Which customer has the lowest credit limit?', expected: 'SELECT CUSTNM FROM CUSTMST ORDER BY CRLMT ASC LIMIT 1' },
  { task: "What's the highest unit price?", expected: 'SELECT max(unit_prc) FROM itm' },
  { task: 'What is the lowest credit limit among the customers?', expected: 'SELECT min(CRLMT) FROM CUSTMST' },
  { task: 'Which vendor supplies the fewest items?', expected: 'SELECT v.vnd_nm FROM vnd v JOIN itm i ON i.vnd_no = v.vnd_no GROUP BY v.vnd_no, v.vnd_nm ORDER BY count(*) LIMIT 1' },
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: 'coop', task: c.task }));

describe('rows ranked by a column of their own', () => {
  const answers = askBeforeAll(DATABASES, QUESTIONS, { args: ['--current_date', '2026-11-02'], prefix: 'sluice-offline-ranked-rows-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await rows(line.sql!), line.sql!).toEqual(await rows(c.expected));
    });
  });
});
