import { describe, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import { madeUpRows } from './helpers/made-up-rows.js';

/**
 * Answerable questions the grounding used to decline (issue 14), each for a reason that follows from English:
 * - a unit a column's name ends in says what it measures (WordNet files kg under weight units, min under time units,
 *   unit-kind.ts): "the total weight" where net_kg is, "more than an hour late" where delay_min is, and "how many
 *   minutes" a row lasted where it holds two points in time; a weight where only metres are is still declined;
 *   a length says no more than that ("how many miles each board travelled" where only its length in metres is);
 * - "in Septmber": a capitalised word no dictionary knows, one letter from a month's name, is that month.
 * Made-up databases through the real CLI.
 */
const depot = madeUpRows(
  [
    'CREATE TABLE wb_tickets (ticket_no VARCHAR PRIMARY KEY, tipped_on DATE NOT NULL, net_kg INTEGER NOT NULL, rejected BOOLEAN NOT NULL);',
    "COMMENT ON TABLE wb_tickets IS 'Weighbridge tickets: each load tipped at a reprocessing facility';",
    'CREATE TABLE departures (dep_id INTEGER PRIMARY KEY, route_nm VARCHAR NOT NULL, delay_min INTEGER NOT NULL);',
    'CREATE TABLE vans (reg_no VARCHAR PRIMARY KEY, make VARCHAR NOT NULL);',
    'CREATE TABLE routes (route_cd VARCHAR PRIMARY KEY, area VARCHAR NOT NULL);',
    'CREATE TABLE runs (run_id INTEGER PRIMARY KEY, van_reg VARCHAR NOT NULL REFERENCES vans(reg_no), route_cd VARCHAR NOT NULL REFERENCES routes(route_cd), out_ts TIMESTAMP NOT NULL, back_ts TIMESTAMP NOT NULL);',
  ].join('\n'),
  {
    wb_tickets: ['ticket_no,tipped_on,net_kg,rejected', [['T1', '2026-09-03', 5200, true], ['T2', '2026-09-10', 6100, false], ['T3', '2026-10-01', 4800, true]]],
    departures: ['dep_id,route_nm,delay_min', [[1, 'North', 0], [2, 'North', 75], [3, 'South', 20]]],
    vans: ['reg_no,make', [['AB12 CDE', 'Ford'], ['FG34 HIJ', 'Iveco']]],
    routes: ['route_cd,area', [['R1', 'Northside'], ['R2', 'Riverside']]],
    runs: ['run_id,van_reg,route_cd,out_ts,back_ts', [[1, 'AB12 CDE', 'R1', '2026-09-03 08:00:00', '2026-09-03 15:30:00'], [2, 'FG34 HIJ', 'R2', '2026-09-04 07:45:00', '2026-09-04 16:10:00']]],
  },
);

const yard = madeUpRows(
  [
    'CREATE TABLE sites (site_id INTEGER PRIMARY KEY, site_nm VARCHAR NOT NULL, entry_fee DECIMAL(6,2) NOT NULL);',
    'CREATE TABLE boards (board_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites(site_id), len_m DECIMAL(4,1) NOT NULL);',
  ].join('\n'),
  {
    sites: ['site_id,site_nm,entry_fee', [[1, 'Quarry Lane', 12.5], [2, 'Mill Street', 8]]],
    boards: ['board_id,site_id,len_m', [[1, 1, 2.4], [2, 1, 3.6], [3, 2, 4.8]]],
  },
);

const QUESTIONS = [
  { id: 'weight', namespace: 'depot', task: 'What was the total weight of the loads rejected at the tip?', declined: false as const },
  { id: 'hour', namespace: 'depot', task: 'How many departures were more than an hour late?', declined: false as const },
  { id: 'minutes', namespace: 'depot', task: 'On average, how many minutes is a van out on the road for?', declined: false as const },
  { id: 'month', namespace: 'depot', task: 'How many loads were rejected in Septmber?', declined: false as const },
  { id: 'weight of metres', namespace: 'yard', task: 'What is the total weight of the boards?', declined: /weight/ },
  { id: 'miles of metres', namespace: 'yard', task: 'How many miles did each board travel?', declined: /miles/ },
];

describe('units a column is measured in, misspelt months', () => {
  const answers = askBeforeAll({ depot: depot.database, yard: yard.database }, QUESTIONS, {
    args: ['--current_date', '2026-11-02'],
    prefix: 'sluice-near-miss-units-months-',
  });

  for (const question of QUESTIONS.filter((q) => !q.declined)) {
    it(`answers what the words say in English: ${question.id}`, () => {
      expectAnswered(answers(), [question]);
    });
  }

  it('still declines what no unit or name measures', () => {
    expectDeclined(answers(), QUESTIONS.filter((q) => q.declined));
  });
});
