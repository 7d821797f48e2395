import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import { madeUpRows, type TableRows } from './helpers/made-up-rows.js';

/**
 * Plain questions over terse names: codes stored with their vowels dropped ('WDN' for wooden), a quantity column
 * added up for "tickets sold", revenue read from an `amt_eur` of order lines, and a date column named for the deed a status names ("picked up" over pickup_dt). Rows are
 * made so that the wrong reading (a count of lines, the status filter) gives another answer.
 * The last database is readable: "orders" there are the orders table's rows, not the quantities of order_items.
 */
const KENNEL = `CREATE TABLE run (run_id INTEGER PRIMARY KEY, run_nm VARCHAR NOT NULL, flr_cd VARCHAR NOT NULL);
CREATE TABLE stay (stay_id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES run (run_id), in_dt DATE NOT NULL, pickup_dt DATE, stat VARCHAR NOT NULL);`;
const FERRY = `CREATE TABLE vsl (vsl_id INTEGER PRIMARY KEY, vsl_nm VARCHAR NOT NULL, hull_cd VARCHAR NOT NULL);
CREATE TABLE sail (sail_id INTEGER PRIMARY KEY, vsl_id INTEGER NOT NULL REFERENCES vsl (vsl_id), rte_cd VARCHAR NOT NULL, dep_dt DATE NOT NULL, pax_n INTEGER NOT NULL);
CREATE TABLE tkt_ord (ord_id INTEGER PRIMARY KEY, sail_id INTEGER NOT NULL REFERENCES sail (sail_id), ord_dt DATE NOT NULL, chan_cd VARCHAR NOT NULL);
CREATE TABLE tkt_ln (ord_id INTEGER NOT NULL REFERENCES tkt_ord (ord_id), ln_no INTEGER NOT NULL, fare_cd VARCHAR NOT NULL, qty INTEGER NOT NULL, amt_eur DECIMAL(8,2) NOT NULL, PRIMARY KEY (ord_id, ln_no));
COMMENT ON TABLE tkt_ord IS 'Ticket orders';
COMMENT ON COLUMN tkt_ord.chan_cd IS 'Sales channel';
COMMENT ON TABLE tkt_ln IS 'Lines of a ticket order, one per fare';`;
const SHOP = `CREATE TABLE wholesale_orders (order_id INTEGER PRIMARY KEY, placed_on DATE NOT NULL);
CREATE TABLE order_items (order_id INTEGER NOT NULL REFERENCES wholesale_orders (order_id), line_no INTEGER NOT NULL, quantity INTEGER NOT NULL, PRIMARY KEY (order_id, line_no));`;

const KENNEL_ROWS: TableRows = {
  run: ['run_id,run_nm,flr_cd', [[1, 'North', 'CNCRT'], [2, 'South', 'WDN'], [3, 'Barn', 'GRVL'], [4, 'East', 'WDN'], [5, 'West', 'CNCRT'], [6, 'Yard', 'CNCRT']]],
  stay: ['stay_id,run_id,in_dt,pickup_dt,stat', [[1, 1, '2025-08-28', '2025-09-02', 'PAID'], [2, 2, '2025-09-03', '2025-09-08', 'PICKED UP'], [3, 3, '2025-09-20', '2025-10-01', 'PICKED UP'], [4, 1, '2025-09-25', null, 'BOOKED'], [5, 2, '2025-09-05', '2025-09-12', 'PAID']]],
};
const FERRY_ROWS: TableRows = {
  vsl: ['vsl_id,vsl_nm,hull_cd', [[1, 'Tern', 'STL'], [2, 'Skerry Lass', 'WDN']]],
  sail: ['sail_id,vsl_id,rte_cd,dep_dt,pax_n', [[1, 1, 'OBN-CRN', '2025-06-01', 80], [2, 2, 'OBN-MUL', '2025-06-02', 40]]],
  tkt_ord: ['ord_id,sail_id,ord_dt,chan_cd', [[10, 1, '2025-05-01', 'WEB'], [11, 1, '2025-05-02', 'PHN'], [12, 1, '2025-05-03', 'WEB'], [13, 2, '2025-05-04', 'KSK']]],
  tkt_ln: ['ord_id,ln_no,fare_cd,qty,amt_eur', [[10, 1, 'ADLT', 1, 18], [11, 1, 'ADLT', 1, 18], [12, 1, 'CHLD', 1, 9], [13, 1, 'ADLT', 6, 108], [13, 2, 'CHLD', 4, 36]]],
};
const SHOP_ROWS: TableRows = {
  wholesale_orders: ['order_id,placed_on', [[1, '2025-02-01'], [2, '2025-03-01']]],
  order_items: ['order_id,line_no,quantity', [[1, 1, 5], [1, 2, 7], [2, 1, 3]]],
};

const kennel = madeUpRows(KENNEL, KENNEL_ROWS);
const ferry = madeUpRows(FERRY, FERRY_ROWS);
const shop = madeUpRows(SHOP, SHOP_ROWS);
const DATABASES = { kennel: kennel.database, ferry: ferry.database, shop: shop.database };
const ROWS = { kennel: kennel.rows, ferry: ferry.rows, shop: shop.rows };

const CASES: { db: keyof typeof ROWS; task: string; expected: string; trusted?: boolean }[] = [
  { db: 'kennel', task: 'How many runs have a wooden floor?', expected: "SELECT count(*) FROM run WHERE flr_cd = 'WDN'", trusted: true },
  { db: 'kennel', task: 'List the names of the runs with a gravel floor.', expected: "SELECT run_nm FROM run WHERE flr_cd = 'GRVL'", trusted: true },
  { db: 'kennel', task: 'How many stays were picked up in September 2025?', expected: "SELECT count(*) FROM stay WHERE pickup_dt >= DATE '2025-09-01' AND pickup_dt < DATE '2025-10-01'" },
  { db: 'ferry', task: 'Which sailing sold the most tickets?', expected: 'SELECT 2' },
  { db: 'ferry', task: 'How many child tickets were sold?', expected: "SELECT sum(qty) FROM tkt_ln WHERE fare_cd = 'CHLD'" },
  { db: 'ferry', task: 'What is the total ticket revenue from kiosk orders?', expected: "SELECT sum(l.amt_eur) FROM tkt_ln l JOIN tkt_ord o ON o.ord_id = l.ord_id WHERE o.chan_cd = 'KSK'" },
  { db: 'shop', task: 'How many orders were placed in 2025?', expected: 'SELECT count(*) FROM wholesale_orders' },
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: c.db, task: c.task }));

describe('plain questions over terse names', () => {
  const answers = askBeforeAll(DATABASES, QUESTIONS, { args: ['--current_date', '2025-12-31'], prefix: 'sluice-offline-terse-schema-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await ROWS[c.db](line.sql!), line.sql!).toEqual(await ROWS[c.db](c.expected));
      if (c.trusted) expect(line.status, line.sql!).toBe('success');
    });
  });
});
