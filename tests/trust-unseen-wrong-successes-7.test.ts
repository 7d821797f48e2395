import { describe, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { expectCheckCase, questionContext, type CheckCase } from './helpers/answer-check-cases.js';

/**
 * A made-up canoe club: shapes of answer that ended `success` wrongly on sets read this session (a code matched by a
 * negation or by another column's word, a listing answered by one aggregated row or by every column, half a name, "other"
 * answered by the one named, a kind beside a narrower kind of it answered by the narrower one), each beside an answerable look-alike that must keep passing. Not any dataset's questions.
 */
const canoeTables = [
  {
    name: 'clubs',
    columns: [
      { name: 'club_id', type: 'INTEGER', primary_key: true, nullable: false },
      { name: 'club_name', nullable: false },
      { name: 'town', nullable: false },
    ],
  },
  {
    name: 'paddlers',
    columns: [
      { name: 'paddler_id', type: 'INTEGER', primary_key: true, nullable: false },
      { name: 'first_name', nullable: false },
      { name: 'last_name', nullable: false },
      { name: 'club_id', type: 'INTEGER', nullable: false, references: 'clubs.club_id' },
    ],
  },
  {
    name: 'boats',
    columns: [
      { name: 'boat_id', type: 'INTEGER', primary_key: true, nullable: false },
      { name: 'boat_name', nullable: false },
      { name: 'length_m', type: 'DECIMAL(4,2)', nullable: false },
      { name: 'cond_cd', nullable: false, comment: 'OK fit to paddle, NOT not fit to paddle' },
      { name: 'kind', nullable: false, comment: "'kayak', 'sea kayak' or 'canoe'" },
    ],
  },
  {
    name: 'trips',
    columns: [
      { name: 'trip_id', type: 'INTEGER', primary_key: true, nullable: false },
      { name: 'club_id', type: 'INTEGER', nullable: false, references: 'clubs.club_id' },
      { name: 'boat_id', type: 'INTEGER', nullable: false, references: 'boats.boat_id' },
      { name: 'leader_id', type: 'INTEGER', nullable: false, references: 'paddlers.paddler_id' },
      { name: 'trip_date', type: 'DATE', nullable: false },
      { name: 'cancelled', type: 'BOOLEAN', nullable: false },
    ],
  },
  {
    name: 'repairs',
    columns: [
      { name: 'repair_id', type: 'INTEGER', primary_key: true, nullable: false },
      { name: 'boat_id', type: 'INTEGER', nullable: false, references: 'boats.boat_id' },
      { name: 'parts_cost', type: 'DECIMAL(7,2)', nullable: false },
      { name: 'state_cd', nullable: false, comment: 'PART partly mended, FULL fully mended' },
    ],
  },
];

const canoeContext = (question: string): Context => questionContext(question, 'canoe_club', canoeTables);

const TRIPS_BY_CLUB = (where: string) => `SELECT clubs.club_name, COUNT(*) AS n FROM trips JOIN clubs ON trips.club_id = clubs.club_id JOIN boats ON trips.boat_id = boats.boat_id ${where} GROUP BY 1`;
const TARKA_PADDLERS = 'FROM paddlers JOIN clubs ON paddlers.club_id = clubs.club_id';
const MOST_TRIPS = (shown: string) =>
  `SELECT ${shown} FROM trips JOIN paddlers ON trips.leader_id = paddlers.paddler_id GROUP BY paddlers.paddler_id, ${shown} ORDER BY COUNT(*) DESC LIMIT 1`;

const canoeCases: CheckCase[] = [
  // code_by_letters: a code whose letters the question says only as a negation or as another column's word
  ['a negation read as a code', 'How many trips did each club run, not counting cancelled ones?', TRIPS_BY_CLUB("WHERE boats.cond_cd = 'NOT'"), ['club_name', 'n'], 3, 'code_by_letters', false],
  ['the code said by its gloss', 'How many trips used a boat that was not fit to paddle?', "SELECT COUNT(*) AS n FROM trips JOIN boats ON trips.boat_id = boats.boat_id WHERE boats.cond_cd = 'NOT'", ['n'], [[4]], 'code_by_letters', true],
  ["another column's word read as a code", 'What was the total spent on parts for each boat?', "SELECT boats.boat_name, COUNT(*) AS n FROM repairs JOIN boats ON repairs.boat_id = boats.boat_id WHERE repairs.state_cd = 'PART' GROUP BY 1", ['boat_name', 'n'], 3, 'code_by_letters', false],
  ['the partly mended code asked by its gloss', 'How many repairs left a boat partly mended?', "SELECT COUNT(*) AS n FROM repairs WHERE state_cd = 'PART'", ['n'], [[6]], 'code_by_letters', true],
  ['the code written as stored', 'How many repairs are in state PART?', "SELECT COUNT(*) AS n FROM repairs WHERE state_cd = 'PART'", ['n'], [[6]], 'code_by_letters', true],
  // listed_aggregate: a listing of a table's rows answered by one aggregated row
  ['a listing answered by one sum', 'List the boats with their length.', 'SELECT SUM(length_m) AS total_length FROM boats', ['total_length'], [[61.5]], 'listed_aggregate', false],
  ['the listing row by row', 'List the boats with their length.', 'SELECT boat_name, length_m FROM boats', ['boat_name', 'length_m'], 9, 'listed_aggregate', true],
  ['a count the listing verb asks for', 'Show the boats count.', 'SELECT COUNT(*) AS n FROM boats', ['n'], [[9]], 'listed_aggregate', true],
  ['the number of rows listed', 'List the number of boats.', 'SELECT COUNT(*) AS n FROM boats', ['n'], [[9]], 'listed_aggregate', true],
  // name_halved: a person named by half of a two-column name
  ['half a name', 'Which paddler led the most trips?', MOST_TRIPS('paddlers.first_name'), ['first_name'], [['Ada']], 'name_halved', false],
  ['the whole name', 'Which paddler led the most trips?', MOST_TRIPS('paddlers.first_name, paddlers.last_name'), ['first_name', 'last_name'], [['Ada', 'Moyle']], 'name_halved', true],
  ['the half asked for', 'What is the first name of the paddler who led the most trips?', MOST_TRIPS('paddlers.first_name'), ['first_name'], [['Ada']], 'name_halved', true],
  // other_held: "other <noun>" answered by holding the noun's table to the one named
  ['other clubs answered by the one named', 'How many paddlers from other clubs joined trips at Tarka Club?', `SELECT COUNT(*) AS n ${TARKA_PADDLERS} WHERE clubs.club_name = 'Tarka Club'`, ['n'], [[12]], 'other_held', false],
  ['other clubs excluded', 'How many paddlers are from other clubs than Tarka Club?', `SELECT COUNT(*) AS n ${TARKA_PADDLERS} WHERE clubs.club_name <> 'Tarka Club'`, ['n'], [[40]], 'other_held', true],
  ['each other is no modifier', 'Which paddlers from Tarka Club know each other?', `SELECT paddlers.first_name, paddlers.last_name ${TARKA_PADDLERS} WHERE clubs.club_name = 'Tarka Club'`, ['first_name', 'last_name'], 5, 'other_held', true],
  // coordinated_kind: a kind coordinated with a narrower kind of it, answered by the narrower one alone
  ['the wider kind dropped', 'How many kayaks and sea kayaks does the club own?', "SELECT COUNT(*) AS n FROM boats WHERE kind = 'sea kayak'", ['n'], [[4]], 'coordinated_kind', false],
  ['the narrower kind first, the wider dropped', 'How many sea kayaks and kayaks does the club own?', "SELECT COUNT(*) AS n FROM boats WHERE kind = 'sea kayak'", ['n'], [[4]], 'coordinated_kind', false],
  ['both kinds kept', 'How many kayaks and sea kayaks does the club own?', "SELECT COUNT(*) AS n FROM boats WHERE kind IN ('kayak', 'sea kayak')", ['n'], [[9]], 'coordinated_kind', true],
  ['the narrower kind alone asked', 'How many sea kayaks and canoes does the club own?', "SELECT COUNT(*) AS n FROM boats WHERE kind IN ('sea kayak', 'canoe')", ['n'], [[7]], 'coordinated_kind', true],
];

describe('wrong successes of dev_u and probe_pr13, and their answerable look-alikes', () => {
  for (const c of canoeCases) it(c[0], () => expectCheckCase(canoeContext, c));
});
