import { describeDeclineTable } from './helpers/describe-decline-table.js';
import { madeUpRows } from './helpers/made-up-rows.js';

/**
 * Answerable questions the grounding or the terse-listing judgment used to decline, each for a reason that follows
 * from English or from the schema's own words:
 * - "How many instruments does each customer have?" in a database named piano_tuning, where a pianos table is: a word
 *   of the database's own name says what its rows are about, and an instrument is what a piano is (WordNet); "How many
 *   vehicles does each customer have?" names nothing the name says and is still declined.
 * - "How many phones were booked in during November 2026?" in phone_fix, where the jobs' comments speak of the handset
 *   (a kind of telephone); "How many tablets were booked in during November 2026?" is still declined.
 * - "What is the national animal of Canada?" in a database named zoo: a zoo is no kind of animal, so the name grounds
 *   nothing and the question is still declined.
 * - "Which route carried the most passengers?" on a terse schema answered by every column of sail, ordered by pax_n:
 *   the verb relates the routes to the passengers the SQL reads; "Which route carried the most cargo?" names what no
 *   column holds and is still declined.
 * Made-up databases through the real CLI.
 */
const pianos = madeUpRows(
  [
    'CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, customer_name VARCHAR NOT NULL, town VARCHAR NOT NULL);',
    'CREATE TABLE pianos (piano_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(customer_id), maker VARCHAR NOT NULL, year_made INTEGER NOT NULL);',
  ].join('\n'),
  {
    customers: ['customer_id,customer_name,town', [[1, 'St Mary School', 'Ludlow'], [2, 'Ann Lee', 'Leeds']]],
    pianos: ['piano_id,customer_id,maker,year_made', [[1, 1, 'Yamaha', 1990], [2, 1, 'Steinway', 1962], [3, 2, 'Kawai', 2001]]],
  },
);

const phones = madeUpRows(
  [
    'CREATE TABLE shops (shop_cd VARCHAR PRIMARY KEY, town VARCHAR NOT NULL);',
    'CREATE TABLE jobs (job_no VARCHAR PRIMARY KEY, shop_cd VARCHAR NOT NULL REFERENCES shops(shop_cd), dev_mdl VARCHAR NOT NULL, bkd_in DATE NOT NULL, imei_l4 VARCHAR NOT NULL);',
    "COMMENT ON COLUMN jobs.imei_l4 IS 'Last four digits of the handset IMEI';",
  ].join('\n'),
  {
    shops: ['shop_cd,town', [['NWP', 'Newport'], ['CDF', 'Cardiff']]],
    jobs: ['job_no,shop_cd,dev_mdl,bkd_in,imei_l4', [['J1', 'NWP', 'iPhone 12', '2026-11-03', '1234'], ['J2', 'CDF', 'Pixel 7', '2026-11-10', '5678'], ['J3', 'NWP', 'Galaxy S23', '2026-10-01', '9012']]],
  },
);

const zoo = madeUpRows(
  [
    'CREATE TABLE enclosures (enclosure_id INTEGER PRIMARY KEY, enclosure_name VARCHAR NOT NULL, area_m2 INTEGER NOT NULL);',
    'CREATE TABLE keepers (keeper_id INTEGER PRIMARY KEY, keeper_name VARCHAR NOT NULL, enclosure_id INTEGER NOT NULL REFERENCES enclosures(enclosure_id));',
  ].join('\n'),
  {
    enclosures: ['enclosure_id,enclosure_name,area_m2', [[1, 'Lion House', 900], [2, 'Penguin Pool', 400]]],
    keepers: ['keeper_id,keeper_name,enclosure_id', [[1, 'Ann Lee', 1], [2, 'Bo Kim', 2]]],
  },
);

const ferries = madeUpRows(
  [
    'CREATE TABLE vsl (vsl_id INTEGER PRIMARY KEY, vsl_nm VARCHAR NOT NULL, hull_cd VARCHAR NOT NULL);',
    "COMMENT ON TABLE vsl IS 'Vessels of the line';",
    "COMMENT ON COLUMN vsl.hull_cd IS 'Hull material';",
    'CREATE TABLE sail (sail_id INTEGER PRIMARY KEY, vsl_id INTEGER NOT NULL REFERENCES vsl(vsl_id), rte_cd VARCHAR NOT NULL, dep_dt DATE NOT NULL, pax_n INTEGER NOT NULL, veh_n INTEGER NOT NULL);',
    "COMMENT ON TABLE sail IS 'Sailings: one crossing of one vessel on one day';",
    'CREATE TABLE tkt_ord (ord_id INTEGER PRIMARY KEY, sail_id INTEGER NOT NULL REFERENCES sail(sail_id), ord_dt DATE NOT NULL);',
    "COMMENT ON TABLE tkt_ord IS 'Ticket orders';",
    'CREATE TABLE tkt_ln (ord_id INTEGER NOT NULL REFERENCES tkt_ord(ord_id), ln_no INTEGER NOT NULL, qty INTEGER NOT NULL, PRIMARY KEY (ord_id, ln_no));',
    "COMMENT ON TABLE tkt_ln IS 'Lines of a ticket order, one per fare';",
  ].join('\n'),
  {
    vsl: ['vsl_id,vsl_nm,hull_cd', [[1, 'MV Corran', 'STL'], [2, 'MV Isle', 'ALU']]],
    sail: ['sail_id,vsl_id,rte_cd,dep_dt,pax_n,veh_n', [[1, 1, 'OBM', '2026-08-01', 420, 60], [2, 2, 'ARD', '2026-08-01', 610, 80], [3, 1, 'OBM', '2026-08-02', 380, 55]]],
    tkt_ord: ['ord_id,sail_id,ord_dt', [[1, 1, '2026-07-20'], [2, 2, '2026-07-21']]],
    tkt_ln: ['ord_id,ln_no,qty', [[1, 1, 2], [2, 1, 3]]],
  },
);

const QUESTIONS = [
  { id: 'instruments', namespace: 'piano_tuning', task: 'How many instruments does each customer have?', declined: false as const },
  { id: 'phones', namespace: 'phone_fix', task: 'How many phones were booked in during November 2026?', declined: false as const },
  { id: 'carried passengers', namespace: 'ferry_line', task: 'Which route carried the most passengers?', declined: false as const },
  { id: 'vehicles', namespace: 'piano_tuning', task: 'How many vehicles does each customer have?', declined: /vehicles/ },
  { id: 'tablets', namespace: 'phone_fix', task: 'How many tablets were booked in during November 2026?', declined: /tablets/ },
  { id: 'national animal', namespace: 'zoo', task: 'What is the national animal of Canada?', declined: /animal|Canada/ },
  { id: 'carried cargo', namespace: 'ferry_line', task: 'Which route carried the most cargo?', declined: /cargo/ },
];

describeDeclineTable("words of the database's own name and verbs of what the SQL reads", {
  databases: { piano_tuning: pianos.database, phone_fix: phones.database, zoo: zoo.database, ferry_line: ferries.database },
  questions: QUESTIONS,
  args: ['--current_date', '2026-12-01'],
  prefix: 'sluice-near-miss-database-name-',
  declines: 'still declines the look-alikes the name does not say or no column holds',
  answers: "answers what the database's name and the SQL's object ground",
});
