import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import { madeUpRows, type TableRows } from './helpers/made-up-rows.js';

/**
 * Terse table names. "products" names a table prod, as "product" is the word the listed short form stands for, so
 * "Which products have we never sold?" is about prod rows with no ticket row. "trade accounts" names trade_acct in full:
 * its word "trade" is part of that name, not the value 'TRADE' of tkt.channel (as it is in "How many trade tickets …").
 * A made-up database through the real CLI; rows must equal the hand-written query's.
 */
const SCHEMA = `CREATE TABLE prod (prod_cd VARCHAR PRIMARY KEY, prod_desc VARCHAR NOT NULL, list_px DECIMAL(7,2) NOT NULL);
CREATE TABLE trade_acct (acct_id INTEGER PRIMARY KEY, acct_nm VARCHAR NOT NULL, opened_dt DATE NOT NULL);
CREATE TABLE tkt (tkt_no INTEGER PRIMARY KEY, prod_cd VARCHAR NOT NULL REFERENCES prod (prod_cd), acct_id INTEGER REFERENCES trade_acct (acct_id), channel VARCHAR NOT NULL, tkt_dt DATE NOT NULL, net_t DECIMAL(7,2) NOT NULL);`;

const ROWS: TableRows = {
  prod: ['prod_cd,prod_desc,list_px', [['SC20', 'Scalpings 20mm', 14.5], ['TYP1', 'Type 1 sub-base', 18.0], ['DUST', 'Quarry dust', 9.0], ['GAB', 'Gabion stone', 31.0]]],
  trade_acct: ['acct_id,acct_nm,opened_dt', [[1, 'Hill Groundworks', '2021-04-01'], [2, 'Vale Paving', '2022-09-12'], [3, 'Moss Builders', '2024-01-08']]],
  tkt: [
    'tkt_no,prod_cd,acct_id,channel,tkt_dt,net_t',
    [
      [500, 'SC20', 1, 'TRADE', '2026-02-03', 12.4],
      [501, 'TYP1', 2, 'TRADE', '2026-02-04', 20.0],
      [502, 'SC20', null, 'CASH', '2026-03-01', 3.5],
      [503, 'DUST', 1, 'TRADE', '2026-03-09', 8.0],
    ],
  ],
};

const { database, rows } = madeUpRows(SCHEMA, ROWS);
const DATABASES = { quarry: database };

const CASES: { task: string; expected: string }[] = [
  { task: 'Which products have we never sold?', expected: 'SELECT prod_cd FROM prod WHERE prod_cd NOT IN (SELECT prod_cd FROM tkt)' },
  { task: 'Which products have a list price over 15?', expected: 'SELECT prod_cd FROM prod WHERE list_px > 15' },
  { task: 'Which trade accounts have never bought anything from us?', expected: 'SELECT acct_nm FROM trade_acct WHERE acct_id NOT IN (SELECT acct_id FROM tkt WHERE acct_id IS NOT NULL)' },
  { task: 'How many trade tickets were there?', expected: "SELECT count(*) FROM tkt WHERE channel = 'TRADE'" },
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: 'quarry', task: c.task }));

describe('terse table names: a listed short form names its table; a full table name holds no value', () => {
  const answers = askBeforeAll(DATABASES, QUESTIONS, { args: ['--current_date', '2026-11-02'], prefix: 'sluice-offline-terse-table-names-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, `${c.task} ${line.status} ${line.reason ?? ''}`).not.toBeNull();
      expect(await rows(line.sql!), line.sql!).toEqual(await rows(c.expected));
    });
  });
});
