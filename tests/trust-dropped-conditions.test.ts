import { describe, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { expectCheckCase, questionContext, type CheckCase } from './helpers/answer-check-cases.js';

/** A made-up ferry operator: the cases are English constructions, not any dataset's questions. */
const TABLES = [
  { name: 'ports', comment: 'Harbours the ferries call at', columns: [['port_id'], ['name'], ['country']] },
  { name: 'vessels', columns: [['vessel_id'], ['name'], ['vessel_class', 'RoRo for roll-on ships, HSC for high-speed craft']] },
  {
    name: 'sailings',
    comment: 'One crossing of one vessel',
    columns: [['sailing_id'], ['vessel_id'], ['from_port_id'], ['ticket_kind'], ['cancelled_on', 'Day the sailing was scrapped; NULL while it is still on the timetable']],
  },
] as const;

const contextFor = (question: string): Context =>
  questionContext(
    question,
    'ferries',
    TABLES.map((table) => ({ name: table.name, comment: 'comment' in table ? table.comment : undefined, columns: table.columns.map(([name, comment]) => ({ name, comment })) })),
  );

const cases: CheckCase[] = [
  // dropped_term: an acronym, a two-letter noun or a long hyphenated phrase the SQL leaves out
  ['acronym dropped', 'How many ports are in the UK?', 'SELECT COUNT(*) FROM ports', ['n'], 1, 'dropped_term', false],
  ['acronym spelled by initials', 'How many ports are in the UK?', "SELECT COUNT(*) FROM ports WHERE country = 'United Kingdom'", ['n'], 1, 'dropped_term', true],
  ['acronym as a value', 'How many HSC vessels are there?', "SELECT COUNT(*) FROM vessels WHERE vessel_class = 'HSC'", ['n'], 1, 'dropped_term', true],
  ['acronym read as a column', 'List the IDs and names of vessels.', 'SELECT vessel_id, name FROM vessels', ['vessel_id', 'name'], 2, 'dropped_term', true],
  ['two-letter noun dropped', 'How many tv sailings were there?', 'SELECT COUNT(*) FROM sailings', ['n'], 1, 'dropped_term', false],
  ['grammar words are no terms', 'How many sailings go to each port?', 'SELECT from_port_id, COUNT(*) FROM sailings GROUP BY 1', ['from_port_id', 'n'], 3, 'dropped_term', true],
  ['hyphenated phrase dropped', 'How many sailings were sold as walk-on-only tickets?', 'SELECT COUNT(*) FROM sailings', ['n'], 1, 'dropped_term', false],
  ['hyphenated phrase filtered', 'How many sailings were sold as walk-on-only tickets?', "SELECT COUNT(*) FROM sailings WHERE ticket_kind = 'walk-on only'", ['n'], 1, 'dropped_term', true],
  ['time phrase left to the dates', 'Show the year-over-year count of sailings.', 'SELECT COUNT(*) FROM sailings', ['n'], 1, 'dropped_term', true],
  // count_shape: "how many times" counts occurrences, not distinct things
  ['times counted as distinct things', 'How many times did vessels leave port 3?', 'SELECT COUNT(DISTINCT vessel_id) FROM sailings WHERE from_port_id = 3', ['n'], 1, 'count_shape', false],
  ['times counted as rows', 'How many times did vessels leave port 3?', 'SELECT COUNT(*) FROM sailings WHERE from_port_id = 3', ['n'], 1, 'count_shape', true],
  // commented_column: a word only a column's comment uses points at that column
  ['comment word unread', 'How many sailings are on the timetable?', 'SELECT COUNT(*) FROM sailings', ['n'], 1, 'commented_column', false],
  ['comment word read', 'How many sailings are on the timetable?', 'SELECT COUNT(*) FROM sailings WHERE cancelled_on IS NULL', ['n'], 1, 'commented_column', true],
  ['table comment word is the table', 'How many crossings were there?', 'SELECT COUNT(*) FROM sailings', ['n'], 1, 'commented_column', true],
  // every_column: "which <rows> <condition>" answered by the whole table
  ['which rows unfiltered', 'Which vessels sank near the coast?', 'SELECT * FROM vessels', ['vessel_id', 'name', 'vessel_class'], 3, 'every_column', false],
  ['which rows filtered', 'Which vessels are in class RoRo?', "SELECT * FROM vessels WHERE vessel_class = 'RoRo'", ['vessel_id', 'name', 'vessel_class'], 3, 'every_column', true],
];

describe('the checks see a condition the SQL dropped', () => {
  it.each(cases)('%s: %s', (...checkCase) => expectCheckCase(contextFor, checkCase));
});
