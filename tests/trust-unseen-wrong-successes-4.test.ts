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
const MECHANIC_COLUMNS = ['mechanic_id', 'full_name', 'grade_cd', 'town', 'workshop_id'];
const IN_2026 = "booked_on >= DATE '2026-01-01' AND booked_on < DATE '2027-01-01'";

const cases: CheckCase[] = [
  // key_beside_name: the row's own key beside the name that already says which row
  ['the key beside the name', 'Which mechanic did the most repairs?', `SELECT mechanics.mechanic_id, mechanics.full_name ${MOST_REPAIRS}`, ['mechanic_id', 'full_name'], [[3, 'Ann Lee']], 'key_beside_name', false],
  ['the name alone', 'Which mechanic did the most repairs?', `SELECT mechanics.full_name ${MOST_REPAIRS}`, ['full_name'], [['Ann Lee']], 'key_beside_name', true],
  ['the key asked for', 'Which mechanic id did the most repairs, and what is the name?', `SELECT mechanics.mechanic_id, mechanics.full_name ${MOST_REPAIRS}`, ['mechanic_id', 'full_name'], [[3, 'Ann Lee']], 'key_beside_name', true],
  ['a code attribute beside the name', 'List the mechanics with their grade.', 'SELECT full_name, grade_cd FROM mechanics', ['full_name', 'grade_cd'], 8, 'key_beside_name', true],
  ["another table's key beside a name", 'List each repair with its mechanic.', 'SELECT repairs.repair_id, mechanics.full_name FROM repairs JOIN mechanics ON repairs.mechanic_id = mechanics.mechanic_id', ['repair_id', 'full_name'], 20, 'key_beside_name', true],
  // listing_every_column: a listing of rows that have a name, answered by every column
  ['every column for a listing', 'List the mechanics in Leeds.', "SELECT * FROM mechanics WHERE town = 'Leeds'", MECHANIC_COLUMNS, 3, 'listing_every_column', false],
  ["every column of the listed table's rows", 'Show the mechanics at the Northside workshop', "SELECT mechanics.* FROM mechanics JOIN workshops ON mechanics.workshop_id = workshops.workshop_id WHERE workshops.workshop_name = 'Northside'", MECHANIC_COLUMNS, 3, 'listing_every_column', false],
  ['the names listed', 'List the mechanics in Leeds.', "SELECT full_name FROM mechanics WHERE town = 'Leeds'", ['full_name'], 3, 'listing_every_column', true],
  ['rows with nothing naming them', 'List the repairs booked in October 2026.', "SELECT * FROM repairs WHERE booked_on >= DATE '2026-10-01' AND booked_on < DATE '2026-11-01'", ['repair_id', 'mechanic_id', 'repair_cd', 'booked_on', 'price'], 12, 'listing_every_column', true],
  ['"all" asks for the rows as they are', 'List all mechanics in Leeds.', "SELECT * FROM mechanics WHERE town = 'Leeds'", MECHANIC_COLUMNS, 3, 'listing_every_column', true],
  ['the rows asked for as they are', 'Show the rows of the mechanics table where town is Leeds', "SELECT * FROM mechanics WHERE town = 'Leeds'", MECHANIC_COLUMNS, 3, 'listing_every_column', true],
  ['no rows to list', 'List the mechanics in Hull.', "SELECT * FROM mechanics WHERE town = 'Hull'", MECHANIC_COLUMNS, 0, 'listing_every_column', true],
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

describe('a confirmed example that shows the key', () => {
  const withExample = (question: string): Context => {
    const context = contextFor(question);
    return { ...context, examples: [{ id: 'e1', question: 'Which mechanic did the most services?', sql: `SELECT mechanics.mechanic_id, mechanics.full_name ${MOST_REPAIRS}`, source: 'user', score: 3, masked: 'which mechanic did the most services', slots: [] }] };
  };
  it('leaves the key beside the name alone', () =>
    expectCheckCase(withExample, ['key shown as the example shows it', 'Which mechanic did the most repairs?', `SELECT mechanics.mechanic_id, mechanics.full_name ${MOST_REPAIRS}`, ['mechanic_id', 'full_name'], [[3, 'Ann Lee']], 'key_beside_name', true]));
});

describe('wrong successes read this session (dev_e, dev_g, dev_n, dev_o, dev_r, plain_h, probes), and their answerable look-alikes', () => {
  for (const c of cases) it(c[0], () => expectCheckCase(contextFor, c));
});
