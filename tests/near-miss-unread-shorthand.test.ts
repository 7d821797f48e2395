import { describe, expect, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import { madeUpRows } from './helpers/made-up-rows.js';

/**
 * A terse schema (issue 14) whose reading leaves some parts as written: "rdg" and "twn" are on no list of short forms
 * and no noun with its vowels dropped is long enough to read them, while "mtr" reads as meter. The question's "readings"
 * and "town" still meet them, as skeletons of the words (first and last letters kept, consonants between in order),
 * the way a readable schema half in shorthand is met; a part the reading did read is met as read only ("motors" is not
 * mtr, which is meter). A question that writes the schema's own shorthand ("sales rep" where SLSREP reads as sales
 * representative) meets it as the schema's reading does. A word of the answer's form ("percentage") names nothing an
 * every-column listing would have to show, and a money unit after a number ("2,000 dollars") is the unit of an amount
 * compared with a money column (amt_due). Made-up databases through the real CLI.
 */
const water = madeUpRows(
  [
    'CREATE TABLE acct (acct_no INTEGER PRIMARY KEY, cust_nm VARCHAR NOT NULL, twn_nm VARCHAR NOT NULL, acct_typ_cd CHAR(1) NOT NULL);',
    'CREATE TABLE mtr (mtr_no VARCHAR PRIMARY KEY, acct_no INTEGER NOT NULL REFERENCES acct(acct_no), mfr_cd VARCHAR NOT NULL);',
    'CREATE TABLE rdg (rdg_id INTEGER PRIMARY KEY, mtr_no VARCHAR NOT NULL REFERENCES mtr(mtr_no), rdg_dt DATE NOT NULL, cons_gal INTEGER NOT NULL, rdg_typ_cd CHAR(1) NOT NULL);',
    'CREATE TABLE bill (bill_no INTEGER PRIMARY KEY, acct_no INTEGER NOT NULL REFERENCES acct(acct_no), bill_dt DATE NOT NULL, amt_due DECIMAL(10,2) NOT NULL);',
    'CREATE TABLE cd_lkp (cd_typ VARCHAR NOT NULL, cd_val VARCHAR NOT NULL, cd_desc VARCHAR NOT NULL, PRIMARY KEY (cd_typ, cd_val));',
  ].join('\n'),
  {
    acct: ['acct_no,cust_nm,twn_nm,acct_typ_cd', [[1, 'ALDER FARM', 'DUNMORE', 'R'], [2, 'BIRCH MILL', 'DUNMORE', 'C'], [3, 'CEDAR HOUSE', 'ASHFORD', 'R']]],
    mtr: ['mtr_no,acct_no,mfr_cd', [['M1', 1, 'NEP'], ['M2', 2, 'SEN'], ['M3', 3, 'NEP']]],
    rdg: ['rdg_id,mtr_no,rdg_dt,cons_gal,rdg_typ_cd', [[1, 'M1', '2026-07-01', 4200, 'A'], [2, 'M2', '2026-07-02', 9100, 'E'], [3, 'M3', '2026-07-03', 3900, 'A'], [4, 'M1', '2026-08-01', 4400, 'E']]],
    bill: ['bill_no,acct_no,bill_dt,amt_due', [[1, 1, '2026-07-05', 120.5], [2, 2, '2026-07-05', 1800], [3, 2, '2026-08-05', 950], [4, 3, '2026-07-05', 60]]],
    cd_lkp: ['cd_typ,cd_val,cd_desc', [['RDG_TYP', 'A', 'Actual'], ['RDG_TYP', 'E', 'Estimated'], ['ACCT_TYP', 'R', 'Residential'], ['ACCT_TYP', 'C', 'Commercial']]],
  },
);

const freight = madeUpRows(
  [
    'CREATE TABLE SLSREP (SLSREP_ID INTEGER PRIMARY KEY, REPNM VARCHAR NOT NULL);',
    'CREATE TABLE CUSTMST (CUSTNO INTEGER PRIMARY KEY, CUSTNM VARCHAR NOT NULL, SLSREP_ID INTEGER NOT NULL REFERENCES SLSREP(SLSREP_ID), CRLMT DECIMAL(9,2) NOT NULL);',
  ].join('\n'),
  {
    SLSREP: ['SLSREP_ID,REPNM', [[1, 'DALE HUNT'], [2, 'RITA OKAFOR']]],
    CUSTMST: ['CUSTNO,CUSTNM,SLSREP_ID,CRLMT', [[9001, 'PRAIRIE MILLING', 1, 20000], [9002, 'BADGER FOODS', 2, 45000], [9003, 'RIVERBEND PAPER', 2, 15000]]],
  },
);

const QUESTIONS = [
  { id: 'readings', namespace: 'water', task: 'How many meter readings were taken in July 2026?', declined: false as const },
  { id: 'town', namespace: 'water', task: 'How many accounts are there in each town?', declined: false as const },
  { id: 'sales rep', namespace: 'freight', task: 'Which sales rep has the most customers?', declined: false as const },
  // A word of the answer's form is no thing a listed table would have to hold; nor is the unit of an amount compared.
  { id: 'percentage', namespace: 'water', task: 'What percentage of meter readings were estimated?', declined: false as const },
  { id: 'dollars', namespace: 'water', task: 'List the account numbers of commercial accounts whose bills add up to more than 2,000 dollars.', declined: false as const },
  // mtr reads as meter: "motors" shortens to it letter for letter, but the reading said what it is.
  { id: 'motors', namespace: 'water', task: 'How many motors are there?', declined: /motors/ },
  { id: 'tanks', namespace: 'water', task: 'How many storage tanks are there in each town?', declined: /tanks/ },
];

describe('terse names left as written, met by the words they shorten', () => {
  const answers = askBeforeAll({ water: water.database, freight: freight.database }, QUESTIONS, { args: ['--current_date', '2026-11-02'], prefix: 'sluice-near-miss-unread-shorthand-' });

  it('answers from the parts the reading left as written', () => {
    expectAnswered(answers(), QUESTIONS.filter((q) => !q.declined));
    expect(answers().get('town')!.sql).toMatch(/twn_nm/i);
  });

  it('still declines what a read part is not', () => {
    expectDeclined(answers(), QUESTIONS.filter((q) => q.declined));
  });
});
