import { describe, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { expectCheckCase, questionContext, type CheckCase } from './helpers/answer-check-cases.js';

/**
 * A made-up bicycle repair co-operative (workshops, mechanics, repairs): shapes of answer that ended `success` wrongly
 * on databases read this session (a table's key shown beside the name that says which row, every column for a listing,
 * a phrase read as two nested periods, a code chosen where a kind of it is stored too), each beside an answerable
 * look-alike that must keep passing. Not any dataset's questions.
 */
const contextFor = (question: string): Context =>
  questionContext(question, 'bike_coop', [
    {
      name: 'workshops',
      columns: [
        { name: 'workshop_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'workshop_name', nullable: false },
        { name: 'town', nullable: false },
      ],
    },
    {
      name: 'mechanics',
      columns: [
        { name: 'mechanic_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'full_name', nullable: false },
        { name: 'grade_cd', nullable: false, comment: 'JR junior, SR senior' },
        { name: 'town', nullable: false },
        { name: 'workshop_id', type: 'INTEGER', nullable: false, references: 'workshops.workshop_id' },
      ],
    },
    {
      name: 'repairs',
      columns: [
        { name: 'repair_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'mechanic_id', type: 'INTEGER', nullable: false, references: 'mechanics.mechanic_id' },
        { name: 'repair_cd', nullable: false, comment: 'SVC service, FULLSVC full service, PUN puncture, WHL wheel build' },
        { name: 'wear_cd', nullable: false, comment: 'W worn, BW badly worn, OK fine' },
        { name: 'booked_on', type: 'DATE', nullable: false },
        { name: 'price', type: 'DECIMAL(8,2)', nullable: false },
      ],
    },
  ]);

const MOST_REPAIRS = 'FROM repairs JOIN mechanics ON repairs.mechanic_id = mechanics.mechanic_id GROUP BY mechanics.mechanic_id, mechanics.full_name ORDER BY COUNT(*) DESC LIMIT 1';
const IN_2026 = "booked_on >= DATE '2026-01-01' AND booked_on < DATE '2027-01-01'";

const cases: CheckCase[] = [
  // nested_periods: one period inside the other, joined by OR
  ['a period inside another', 'avg price by repair type for 2026 repairs', `SELECT repair_cd, AVG(price) AS avg_price FROM repairs WHERE ((booked_on >= DATE '2026-10-01' AND booked_on < DATE '2026-12-02') OR (${IN_2026})) GROUP BY 1`, ['repair_cd', 'avg_price'], 4, 'nested_periods', false],
  ['two periods side by side', 'repairs in 2025 vs 2026', `SELECT year(booked_on) AS yr, COUNT(*) AS n FROM repairs WHERE ((booked_on >= DATE '2025-01-01' AND booked_on < DATE '2026-01-01') OR (${IN_2026})) GROUP BY 1`, ['yr', 'n'], 2, 'nested_periods', true],
  // code_kind_left_out: a code whose gloss ends another code's gloss; the longer one is a kind of it
  ['a kind of the code left out', 'How much did service jobs bring in?', "SELECT SUM(price) AS total FROM repairs WHERE repair_cd = 'SVC'", ['total'], [[900]], 'code_kind_left_out', false],
  ['the kind itself asked for', 'How much did full service jobs bring in?', "SELECT SUM(price) AS total FROM repairs WHERE repair_cd = 'FULLSVC'", ['total'], [[600]], 'code_kind_left_out', true],
  ['both kinds tested', 'How much did service jobs bring in?', "SELECT SUM(price) AS total FROM repairs WHERE repair_cd IN ('SVC', 'FULLSVC')", ['total'], [[1500]], 'code_kind_left_out', true],
  ["the kind's word in the question", 'How much did service jobs that were not full bring in?', "SELECT SUM(price) AS total FROM repairs WHERE repair_cd = 'SVC'", ['total'], [[900]], 'code_kind_left_out', true],
  ['an adverb grading the state', 'How many worn repairs were there?', "SELECT COUNT(*) AS n FROM repairs WHERE wear_cd = 'W'", ['n'], [[12]], 'code_kind_left_out', true],
  ['no other code of its kind', 'How much did punctures bring in?', "SELECT SUM(price) AS total FROM repairs WHERE repair_cd = 'PUN'", ['total'], [[300]], 'code_kind_left_out', true],
];

describe('wrong successes read this session (dev_o, plain_h), and their answerable look-alikes', () => {
  for (const c of cases) it(c[0], () => expectCheckCase(contextFor, c));
});
