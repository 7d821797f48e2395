import { describeDeclineTable, type DeclineQuestion } from './helpers/describe-decline-table.js';
import { madeUpRows } from './helpers/made-up-rows.js';

/**
 * The measure of a thing the data holds only as a stored kind of row (issue 14), through the real CLI:
 * - "Which boat has the biggest winch?" where WINCH is a kind of repair: a degree of an adjective that gives a measure
 *   ("biggest" → size) before a noun linked only as a value, whose tables measure no size (src/trust/size-degree-of-kind.ts);
 * - "average hat size of the hats sold per shop" where a comment glosses HAT among the item kinds: prose links "hat",
 *   but the thing is the stored kind the question also names, which has no size column (src/trust/size-of-kind.ts).
 * Twins worded alike that count the kind's rows, or rank by a measure a column holds, are answered.
 */
const SCHEMA = `CREATE TABLE boats (boat_id INTEGER PRIMARY KEY, boat_nm VARCHAR NOT NULL, length_m DECIMAL(5,2) NOT NULL);
CREATE TABLE repairs (repair_id INTEGER PRIMARY KEY, boat_id INTEGER NOT NULL, work_kind VARCHAR NOT NULL, cost_gbp DECIMAL(7,2) NOT NULL, FOREIGN KEY (boat_id) REFERENCES boats(boat_id));
CREATE TABLE shops (shop_id INTEGER PRIMARY KEY, shop_nm VARCHAR NOT NULL);
CREATE TABLE sales (sale_id INTEGER PRIMARY KEY, shop_id INTEGER NOT NULL, item_cat VARCHAR NOT NULL, price_gbp DECIMAL(6,2) NOT NULL, FOREIGN KEY (shop_id) REFERENCES shops(shop_id));
COMMENT ON COLUMN sales.item_cat IS 'HAT hats and caps, SCARF, GLOVES';`;

const { database } = madeUpRows(SCHEMA, {
  boats: ['boat_id,boat_nm,length_m', [[1, 'Kittiwake', 9.5], [2, 'Shearwater', 11.2], [3, 'Dunlin', 7.8]]],
  repairs: ['repair_id,boat_id,work_kind,cost_gbp', [[1, 1, 'WINCH', 320], [2, 2, 'ENGINE', 1450], [3, 2, 'WINCH', 280], [4, 3, 'HULL', 900]]],
  shops: ['shop_id,shop_nm', [[1, 'Quayside'], [2, 'High Street']]],
  sales: ['sale_id,shop_id,item_cat,price_gbp', [[1, 1, 'HAT', 18], [2, 1, 'SCARF', 22], [3, 2, 'HAT', 25], [4, 2, 'GLOVES', 15]]],
});

const QUESTIONS: DeclineQuestion[] = [
  { id: 'biggest winch', namespace: 'boatyard', task: 'Which boat has the biggest winch?', declined: /biggest winch/ },
  { id: 'hat size', namespace: 'boatyard', task: 'average hat size of the hats sold per shop', declined: /hat size/ },
  // Twins worded alike that the data answers.
  { id: 'most winch repairs', namespace: 'boatyard', task: 'Which boat had the most winch repairs?', declined: false },
  { id: 'longest boat', namespace: 'boatyard', task: 'Which is the longest boat?', declined: false },
  { id: 'hat price', namespace: 'boatyard', task: 'average price of the hats sold per shop', declined: false },
];

describeDeclineTable('the measure of a thing stored only as a kind of row', {
  databases: { boatyard: database },
  questions: QUESTIONS,
  args: ['--current_date', '2026-11-25'],
  prefix: 'sluice-abstention-size-degree-',
  declines: 'declines the measure of a stored kind its table does not measure',
  answers: 'answers counts of the kind, a measured degree and a stored price',
  query: 'none',
});
