import { describe, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import { madeUpRows } from './helpers/made-up-rows.js';

/**
 * Answerable questions the grounding used to decline (issue 14), each for a reason that follows from English:
 * - "Which leases expire in 2027?", "How many sailings are scheduled for next year?": the present tense of an
 *   arrangement speaks of what is timetabled, which rows may record (an end date, a sailing date), so the later period
 *   is left to the query (present-arrangement.ts); "will" is still the future, and a plan the rows do not reach ("in
 *   2031") is declined once its query finds nothing then.
 * - "Which workers …" where a staff table is, "Which member of staff …" where a workers table is: a group and the kind
 *   of its members (WordNet's member meronyms, member-kinds.ts), and a member of a group is one of its rows, not an
 *   attribute of it; "Which shareholders …" is no member of a staff and is still declined.
 * - "the tallest tree" where a ht_m column is: the measure a degree of an adjective ranks by (measured-attributes.ts),
 *   also through a listed short form of it; "standard" measures nothing.
 * - "at the moment": now, an adverb of time, which asks for the rows' present state and names nothing.
 * Made-up databases through the real CLI.
 */
const marina = madeUpRows(
  [
    'CREATE TABLE leases (lease_id INTEGER PRIMARY KEY, holder_name VARCHAR NOT NULL, monthly_fee DECIMAL(8,2) NOT NULL, expiry_dt DATE NOT NULL);',
    'CREATE TABLE sailings (sailing_id INTEGER PRIMARY KEY, route_name VARCHAR NOT NULL, sail_dt DATE NOT NULL);',
    'CREATE TABLE berths (berth_id INTEGER PRIMARY KEY, pontoon VARCHAR NOT NULL, occupied BOOLEAN NOT NULL);',
  ].join('\n'),
  {
    leases: ['lease_id,holder_name,monthly_fee,expiry_dt', [[1, 'Ann Lee', 310, '2027-03-31'], [2, 'Bo Kim', 280, '2026-06-30'], [3, 'Cy Ray', 295, '2028-01-31']]],
    sailings: ['sailing_id,route_name,sail_dt', [[1, 'Harbour Loop', '2026-08-02'], [2, 'Harbour Loop', '2027-05-10'], [3, 'Point Run', '2027-06-21']]],
    berths: ['berth_id,pontoon,occupied', [[1, 'A', true], [2, 'A', false], [3, 'B', true]]],
  },
);

const orchard = madeUpRows(
  [
    'CREATE TABLE staff (staff_no INTEGER PRIMARY KEY, staff_nm VARCHAR NOT NULL, start_dt DATE NOT NULL);',
    'CREATE TABLE trees (tree_id INTEGER PRIMARY KEY, species VARCHAR NOT NULL, ht_m DECIMAL(5,1) NOT NULL, row_no INTEGER NOT NULL);',
  ].join('\n'),
  {
    staff: ['staff_no,staff_nm,start_dt', [[1, 'Dee Moss', '2016-03-01'], [2, 'Eli Park', '2021-09-15'], [3, 'Fay Hunt', '2018-05-20']]],
    trees: ['tree_id,species,ht_m,row_no', [[1, 'Bramley', 6.5, 1], [2, 'Cox', 4.2, 1], [3, 'Conference', 5.1, 2]]],
  },
);

const bakery = madeUpRows(
  [
    'CREATE TABLE workers (worker_id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL, hired_on DATE NOT NULL);',
    'CREATE TABLE batches (batch_id INTEGER PRIMARY KEY, worker_id INTEGER NOT NULL REFERENCES workers(worker_id), baked_on DATE NOT NULL, loaves INTEGER NOT NULL);',
  ].join('\n'),
  {
    workers: ['worker_id,full_name,hired_on', [[1, 'Gus Hale', '2012-02-01'], [2, 'Ivy Lowe', '2020-07-01']]],
    batches: ['batch_id,worker_id,baked_on,loaves', [[1, 1, '2026-10-01', 120], [2, 2, '2026-10-02', 90]]],
  },
);

const storage = madeUpRows(
  [
    'CREATE TABLE site (site_id INTEGER PRIMARY KEY, site_nm VARCHAR NOT NULL);',
    'CREATE TABLE customer (cust_id INTEGER PRIMARY KEY, cust_nm VARCHAR NOT NULL);',
    'CREATE TABLE unit (unit_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES site(site_id), cust_id INTEGER REFERENCES customer(cust_id), size_sqft INTEGER NOT NULL);',
  ].join('\n'),
  {
    site: ['site_id,site_nm', [[1, 'Quarry Lane'], [2, 'Mill Street']]],
    customer: ['cust_id,cust_nm', [[1, 'Hal Reed'], [2, 'Ida Shaw'], [3, 'Jo Tate']]],
    unit: ['unit_id,site_id,cust_id,size_sqft', [[1, 1, 1, 50], [2, 1, null, 75], [3, 2, 2, 100], [4, 1, 3, 25]]],
  },
);

const QUESTIONS = [
  { id: 'expire', namespace: 'marina', task: 'Which leases expire in 2027?', declined: false as const },
  { id: 'scheduled', namespace: 'marina', task: 'How many sailings are scheduled for next year?', declined: false as const },
  { id: 'moment', namespace: 'storage', task: 'How many customers are renting a unit at Quarry Lane at the moment?', declined: false as const },
  { id: 'workers', namespace: 'orchard', task: 'Which workers started before 2020?', declined: false as const },
  { id: 'tallest', namespace: 'orchard', task: 'Which species is the tallest tree?', declined: false as const },
  { id: 'member of staff', namespace: 'bakery', task: 'Which member of staff was hired first?', declined: false as const },
  { id: 'will', namespace: 'marina', task: 'How many sailings will we run next year?', declined: /will we run/ },
  { id: 'shareholders', namespace: 'orchard', task: 'Which shareholders started before 2020?', declined: /shareholders/ },
];

const NOTHING_THEN = [{ id: 'expire later', namespace: 'marina', task: 'Which leases expire in 2031?', declined: /2031.*holds nothing then/ }];

describe('plans in the present tense, groups and their members, degrees of a measure', () => {
  const answers = askBeforeAll({ marina: marina.database, orchard: orchard.database, bakery: bakery.database, storage: storage.database }, [...QUESTIONS, ...NOTHING_THEN], {
    args: ['--current_date', '2026-11-02'],
    prefix: 'sluice-near-miss-plans-groups-',
  });

  it('answers what the words say in English', () => {
    expectAnswered(answers(), QUESTIONS.filter((q) => !q.declined));
  });

  it('still declines the future tense and what no group holds', () => {
    expectDeclined(answers(), QUESTIONS.filter((q) => q.declined));
  });

  it('declines a plan the rows do not reach once its query finds nothing then', () => {
    expectDeclined(answers(), NOTHING_THEN, 'ran');
  });
});
