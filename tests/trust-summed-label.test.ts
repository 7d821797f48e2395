import { describe, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { expectCheckCase, questionContext, type CheckCase } from './helpers/answer-check-cases.js';

/** A made-up marina: berth_no labels a berth, berths gives how many a pier has; adding up labels is no amount. */
const TABLES = [
  { name: 'piers', columns: [['pier_id', 'INTEGER'], ['pier_name', 'VARCHAR'], ['berths', 'INTEGER']] },
  { name: 'moorings', columns: [['mooring_id', 'INTEGER'], ['pier_id', 'INTEGER'], ['berth_no', 'INTEGER'], ['boat_code', 'INTEGER'], ['nights', 'INTEGER']] },
] as const;

const contextFor = (question: string): Context =>
  questionContext(
    question,
    'marina',
    TABLES.map((table) => ({ name: table.name, columns: table.columns.map(([name, type]) => ({ name, type, primary_key: name === `${table.name.slice(0, -1)}_id` })) })),
  );

const JOINED = "FROM moorings JOIN piers ON moorings.pier_id = piers.pier_id WHERE piers.pier_name = 'North'";

const cases: CheckCase[] = [
  ['a "<thing> no" column added up', 'How many berths does the North pier have?', `SELECT SUM(moorings.berth_no) ${JOINED}`, ['n'], 1, 'summed_label', false],
  ['a "<thing> code" column averaged', 'What is the average boat on the North pier?', `SELECT AVG(boat_code) ${JOINED}`, ['n'], 1, 'summed_label', false],
  ['a key added up', 'What is the total of moorings at the North pier?', `SELECT SUM(moorings.mooring_id) ${JOINED}`, ['n'], 1, 'summed_label', false],
  ['the count column read', 'How many berths does the North pier have?', "SELECT berths FROM piers WHERE pier_name = 'North'", ['berths'], 1, 'summed_label', true],
  ['a quantity added up', 'How many nights were booked at the North pier?', `SELECT SUM(moorings.nights) ${JOINED}`, ['n'], 1, 'summed_label', true],
];

describe('a label added up or averaged is no amount', () => {
  it.each(cases)('%s: %s', async (...testCase) => {
    await expectCheckCase(contextFor, testCase);
  });
});
