import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import { madeUpRows, type TableRows } from './helpers/made-up-rows.js';

/**
 * Plain questions whose answer lies in something the question leaves unnamed or names in part: the rows a negated verb
 * says are missing ("aren't kept in any", "have never bought anything", "havent been sheared"), kept in a table that
 * points at the subject; "who" with the highest value of a column of people; "what is our most expensive" one, told by
 * its name; the head of "the average paddock rainfall" naming rain_mm by its clipped start; "name" as the _nm of a
 * row's name; "oldest" by the year every row has, not a date only some have; a distinct count kept to a year. Rows are made so that each wrong reading (all rows, a sum, every column, no filter) gives another answer.
 */
const FARM = `CREATE TABLE breed (brd_cd VARCHAR PRIMARY KEY, brd_nm VARCHAR NOT NULL);
CREATE TABLE paddock (pdk_cd VARCHAR PRIMARY KEY, paddock_nm VARCHAR NOT NULL, brd_cd VARCHAR NOT NULL REFERENCES breed (brd_cd), area_ac DECIMAL(5,1) NOT NULL, rain_mm INTEGER NOT NULL, fenced_yr INTEGER NOT NULL);
CREATE TABLE shearing (shr_id INTEGER PRIMARY KEY, pdk_cd VARCHAR NOT NULL REFERENCES paddock (pdk_cd), shr_dt DATE NOT NULL, fleece_kg DECIMAL(6,1) NOT NULL);
CREATE TABLE buyer (buyer_id INTEGER PRIMARY KEY, buyer_nm VARCHAR NOT NULL, town VARCHAR NOT NULL);
CREATE TABLE wool_sale (sale_id INTEGER PRIMARY KEY, buyer_id INTEGER NOT NULL REFERENCES buyer (buyer_id), sale_dt DATE NOT NULL, kg INTEGER NOT NULL);
CREATE TABLE worker (worker_id INTEGER PRIMARY KEY, fname VARCHAR NOT NULL, lname VARCHAR NOT NULL, speed_rating INTEGER NOT NULL);
CREATE TABLE ram (ram_id INTEGER PRIMARY KEY, ram_nm VARCHAR NOT NULL, price_gbp DECIMAL(7,2) NOT NULL);
CREATE TABLE tractor (tr_id INTEGER PRIMARY KEY, tr_nm VARCHAR NOT NULL, bought_yr INTEGER NOT NULL, sold_on DATE);`;

const FARM_ROWS: TableRows = {
  breed: ['brd_cd,brd_nm', [['SWD', 'Swaledale'], ['HDW', 'Herdwick'], ['TEX', 'Texel'], ['JCB', 'Jacob']]],
  paddock: [
    'pdk_cd,paddock_nm,brd_cd,area_ac,rain_mm,fenced_yr',
    [['P1', 'Top Intake', 'SWD', 12.5, 1400, 2009], ['P2', 'Beck Side', 'HDW', 8, 1900, 2012], ['P3', 'Low Meadow', 'SWD', 20, 900, 2018], ['P4', 'Fell Gate', 'HDW', 5.5, 2100, 2016], ['P5', 'Church Field', 'SWD', 9, 1000, 2020]],
  ],
  shearing: ['shr_id,pdk_cd,shr_dt,fleece_kg', [[1, 'P1', '2025-06-10', 310], [2, 'P2', '2025-06-12', 190], [3, 'P1', '2026-06-09', 305], [4, 'P4', '2026-06-15', 120]]],
  buyer: ['buyer_id,buyer_nm,town', [[1, 'Bradford Wool Co', 'Bradford'], [2, 'Kendal Mills', 'Kendal'], [3, 'Fleece & Co', 'Hawes'], [4, 'Dales Yarn', 'Settle']]],
  wool_sale: ['sale_id,buyer_id,sale_dt,kg', [[1, 1, '2025-07-01', 400], [2, 1, '2026-07-02', 380], [3, 3, '2026-07-20', 120]]],
  worker: ['worker_id,fname,lname,speed_rating', [[1, 'Tom', 'Allen', 7], [2, 'Jess', 'Brough', 9], [3, 'Sam', 'Capstick', 6]]],
  ram: ['ram_id,ram_nm,price_gbp', [[1, 'Bruno', 650], [2, 'Major', 1200], [3, 'Duke', 900]]],
  tractor: ['tr_id,tr_nm,bought_yr,sold_on', [[1, 'Fergie', 1998, '2024-05-01'], [2, 'Deere', 2015, null], [3, 'Massey', 2005, '2010-03-01']]],
};

const farm = madeUpRows(FARM, FARM_ROWS);

const CASES: { task: string; expected: string }[] = [
  // "aren't" is a negated verb as "haven't" is: breeds no paddock keeps.
  { task: "Which breeds aren't kept in any paddock?", expected: 'SELECT brd_nm FROM breed WHERE brd_cd NOT IN (SELECT brd_cd FROM paddock)' },
  // "bought anything" names no table: the one table that points at buyers holds what they bought.
  { task: 'Which buyers have never bought anything from us?', expected: 'SELECT buyer_nm FROM buyer WHERE buyer_id NOT IN (SELECT buyer_id FROM wool_sale)' },
  { task: 'which paddocks havent been sheared yet', expected: 'SELECT paddock_nm FROM paddock WHERE pdk_cd NOT IN (SELECT pdk_cd FROM shearing)' },
  { task: 'Who has the highest speed rating?', expected: 'SELECT fname, lname FROM worker ORDER BY speed_rating DESC LIMIT 1' },
  { task: 'What is our most expensive ram?', expected: 'SELECT ram_nm FROM ram ORDER BY price_gbp DESC LIMIT 1' },
  { task: 'Which paddocks get more than the average paddock rainfall?', expected: 'SELECT paddock_nm FROM paddock WHERE rain_mm > (SELECT avg(rain_mm) FROM paddock)' },
  { task: 'List the name and area of every paddock fenced before 2015.', expected: 'SELECT paddock_nm, area_ac FROM paddock WHERE fenced_yr < 2015' },
  // Every tractor has a year bought; only some were sold: the oldest is the one bought first.
  { task: 'Which is our oldest tractor?', expected: 'SELECT tr_nm FROM tractor ORDER BY bought_yr LIMIT 1' },
  // The year keeps some shearings: the distinct paddocks are counted among those.
  { task: 'How many different paddocks had shearings in 2025?', expected: "SELECT count(DISTINCT pdk_cd) FROM shearing WHERE shr_dt >= DATE '2025-01-01' AND shr_dt < DATE '2026-01-01'" },
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: 'farm', task: c.task }));

describe('plain questions whose answer the question leaves unnamed or names in part', () => {
  const answers = askBeforeAll({ farm: farm.database }, QUESTIONS, { args: ['--current_date', '2026-12-01'], prefix: 'sluice-offline-plain-reach-unnamed-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await farm.rows(line.sql!), line.sql!).toEqual(await farm.rows(c.expected));
    });
  });
});
