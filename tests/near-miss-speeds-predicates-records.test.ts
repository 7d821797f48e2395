import { describeDeclineTable } from './helpers/describe-decline-table.js';
import { madeUpRows } from './helpers/made-up-rows.js';

/**
 * Answerable questions the grounding used to decline (issue 14), each for a reason that follows from English:
 * - "the quickest reply" where jobs.reply_min is timed: a degree of an adjective whose WordNet attribute is speed,
 *   before a noun naming a column measured in a unit of time, ranks by that duration; "the quickest van", where no
 *   column of vans is timed, is still declined.
 * - "Which bars are vegan?": a lone lower-case word after the copula is said of the rows, so "bars" is no attribute
 *   asked of "vegan"; "What flavour is the Dark Bar?" still asks an attribute of the bar named after the copula,
 *   which nothing stores, and is still declined.
 * - "Who examined the most objects?" where checks refers to objects and its conservator is 'Conservator who examined the
 *   object': a table whose key refers to the thing describes the doer even where the question's words did not link it;
 *   "Who photographed the most objects?" is described nowhere and is still declined.
 * - "the Whitby depot" where dpt.dpt_nm holds 'Whitby Fairfield Depot' and a route 'Whitby Town': a stored name that
 *   says what it is names the value the holder noun means, when no table is named by that noun; "the Whitby garage"
 *   names neither and is still declined.
 * - "notes and coins" where shifts.cash_gbp is: a pair joined by "and" that WordNet defines a column's word by (cash,
 *   'money in the form of bills or coins'); the look-alike is in tests/near-miss-defined-pair.test.ts.
 * Made-up databases through the real CLI.
 */
const repairs = madeUpRows(
  [
    'CREATE TABLE engineers (engineer_id INTEGER PRIMARY KEY, engineer_name VARCHAR NOT NULL);',
    'CREATE TABLE vans (van_id INTEGER PRIMARY KEY, engineer_id INTEGER NOT NULL REFERENCES engineers(engineer_id), reg_plate VARCHAR NOT NULL);',
    'CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, engineer_id INTEGER NOT NULL REFERENCES engineers(engineer_id), reported_on DATE NOT NULL, reply_min INTEGER NOT NULL);',
    "COMMENT ON COLUMN jobs.reply_min IS 'Minutes from the call to the first reply';",
  ].join('\n'),
  {
    engineers: ['engineer_id,engineer_name', [[1, 'Ann Lee'], [2, 'Bo Kim'], [3, 'Cy Ray']]],
    vans: ['van_id,engineer_id,reg_plate', [[1, 1, 'AB12 CDE'], [2, 2, 'FG34 HIJ'], [3, 3, 'KL56 MNO']]],
    jobs: ['job_id,engineer_id,reported_on,reply_min', [[1, 1, '2026-09-01', 35], [2, 2, '2026-09-02', 12], [3, 3, '2026-09-03', 80], [4, 1, '2026-09-04', 20]]],
  },
);

const tuck = madeUpRows(
  [
    'CREATE TABLE products (product_code VARCHAR PRIMARY KEY, product_name VARCHAR NOT NULL, category VARCHAR NOT NULL, unit_price DECIMAL(5,2) NOT NULL, is_vegan BOOLEAN NOT NULL);',
    "COMMENT ON COLUMN products.category IS 'BAR chocolate bars, CRISP crisps, DRINK soft drinks';",
  ].join('\n'),
  {
    products: [
      'product_code,product_name,category,unit_price,is_vegan',
      [['B1', 'Dark Bar', 'BAR', 1.2, true], ['B2', 'Milk Bar', 'BAR', 1.1, false], ['C1', 'Salted', 'CRISP', 0.9, true], ['D1', 'Cola', 'DRINK', 1.5, true]],
    ],
  },
);

const museum = madeUpRows(
  [
    'CREATE TABLE objects (object_id INTEGER PRIMARY KEY, title VARCHAR NOT NULL, acquired_on DATE NOT NULL);',
    'CREATE TABLE checks (check_id INTEGER PRIMARY KEY, object_id INTEGER NOT NULL REFERENCES objects(object_id), checked_on DATE NOT NULL, conservator VARCHAR NOT NULL);',
    "COMMENT ON COLUMN checks.conservator IS 'Conservator who examined the object';",
  ].join('\n'),
  {
    objects: ['object_id,title,acquired_on', [[1, 'Blue Vase', '2020-01-10'], [2, 'Harbour at Dusk', '2021-05-02'], [3, 'Oak Chest', '2022-03-15']]],
    checks: ['check_id,object_id,checked_on,conservator', [[1, 1, '2026-02-01', 'Mina Shah'], [2, 2, '2026-03-01', 'Mina Shah'], [3, 3, '2026-04-01', 'Tom Reid']]],
  },
);

const gritting = madeUpRows(
  [
    'CREATE TABLE dpt (dpt_cd VARCHAR PRIMARY KEY, dpt_nm VARCHAR NOT NULL);',
    'CREATE TABLE rte (rte_cd VARCHAR PRIMARY KEY, dpt_cd VARCHAR NOT NULL REFERENCES dpt(dpt_cd), rte_nm VARCHAR NOT NULL);',
    'CREATE TABLE opr (opr_id INTEGER PRIMARY KEY, opr_nm VARCHAR NOT NULL, dpt_cd VARCHAR NOT NULL REFERENCES dpt(dpt_cd), agency_flg BOOLEAN NOT NULL);',
    "COMMENT ON TABLE opr IS 'Gritter drivers (operatives)';",
  ].join('\n'),
  {
    dpt: ['dpt_cd,dpt_nm', [['WHB', 'Whitby Fairfield Depot'], ['SCA', 'Scarborough Eastfield Depot']]],
    rte: ['rte_cd,dpt_cd,rte_nm', [['WHB01', 'WHB', 'Whitby Town'], ['SCA01', 'SCA', 'Seamer Road']]],
    opr: ['opr_id,opr_nm,dpt_cd,agency_flg', [[1, 'Ann Lee', 'WHB', true], [2, 'Bo Kim', 'WHB', false], [3, 'Cy Ray', 'SCA', true]]],
  },
);

const vans = madeUpRows(
  [
    'CREATE TABLE vans (van_id INTEGER PRIMARY KEY, van_name VARCHAR NOT NULL);',
    'CREATE TABLE shifts (shift_id INTEGER PRIMARY KEY, van_id INTEGER NOT NULL REFERENCES vans(van_id), shift_date DATE NOT NULL, cash_gbp DECIMAL(8,2) NOT NULL, card_gbp DECIMAL(8,2) NOT NULL);',
  ].join('\n'),
  {
    vans: ['van_id,van_name', [[1, 'Big Blue'], [2, 'Little Red']]],
    shifts: ['shift_id,van_id,shift_date,cash_gbp,card_gbp', [[1, 1, '2026-07-01', 120.5, 80], [2, 1, '2026-07-02', 95, 60.25], [3, 2, '2026-07-01', 70, 40]]],
  },
);

const QUESTIONS = [
  { id: 'quickest reply', namespace: 'repairs', task: 'Which engineer gave the quickest reply?', declined: false as const },
  { id: 'vegan bars', namespace: 'tuck', task: 'Which bars are vegan?', declined: false as const },
  { id: 'examined', namespace: 'museum', task: 'Who examined the most objects?', declined: false as const },
  { id: 'whitby depot', namespace: 'gritting', task: 'How many agency drivers work out of the Whitby depot?', declined: false as const },
  { id: 'notes and coins', namespace: 'vans', task: 'How much did Big Blue make in notes and coins?', declined: false as const },
  { id: 'quickest van', namespace: 'repairs', task: 'Which engineer has the quickest van?', declined: /quickest/ },
  { id: 'flavour of bar', namespace: 'tuck', task: 'What flavour is the Dark Bar?', declined: /flavour/ },
  { id: 'photographed', namespace: 'museum', task: 'Who photographed the most objects?', declined: /photographed/ },
  { id: 'whitby garage', namespace: 'gritting', task: 'How many agency drivers work out of the Whitby garage?', declined: /garage|Whitby/ },
];

describeDeclineTable('speeds by durations, predicates, records of the thing and names that say what they are', {
  databases: { repairs: repairs.database, tuck: tuck.database, museum: museum.database, gritting: gritting.database, vans: vans.database },
  questions: QUESTIONS,
  args: ['--current_date', '2026-11-02'],
  prefix: 'sluice-near-miss-speeds-predicates-',
  declines: 'still declines the look-alikes nothing stores',
  answers: 'answers what the words say in English',
});
