import { describe, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { expectCheckCase, questionContext, type CheckCase } from './helpers/answer-check-cases.js';

/**
 * A made-up greengrocer's deliveries: a word before the noun counted or listed that is a value of that table ("trade"
 * as boxes.channel = 'Trade') or names a yes-or-no column of it ("organic" as boxes.organic) says which rows are meant,
 * so the SQL must read that column, whatever else it filters on.
 */
const TABLES = [
  { name: 'customers', columns: [{ name: 'customer_id', type: 'INTEGER', primary_key: true }, { name: 'full_name' }, { name: 'town' }] },
  {
    name: 'boxes',
    columns: [
      { name: 'box_id', type: 'INTEGER', primary_key: true },
      { name: 'customer_id', type: 'INTEGER', references: 'customers.customer_id' },
      { name: 'delivered_on', type: 'DATE' },
      { name: 'channel' },
      { name: 'organic', type: 'BOOLEAN' },
    ],
  },
];

const MATCHED = [
  { table: 'customers', column: 'town', value: 'Leeds', matched_text: 'Leeds', score: 1 },
  { table: 'boxes', column: 'channel', value: 'Trade', matched_text: 'trade', score: 1 },
];
const contextFor = (question: string): Context => questionContext(question, 'greengrocer', TABLES, { matched_values: MATCHED });

const LEEDS_BOXES = "FROM boxes JOIN customers ON boxes.customer_id = customers.customer_id WHERE customers.town = 'Leeds'";

const cases: CheckCase[] = [
  ['a flag modifier the SQL never reads', 'How many organic boxes went to customers in Leeds?', `SELECT COUNT(*) ${LEEDS_BOXES}`, ['n'], 1, 'unfiltered_modifier', false],
  ['a flag modifier the SQL holds', 'How many organic boxes went to customers in Leeds?', `SELECT COUNT(*) ${LEEDS_BOXES} AND boxes.organic`, ['n'], 1, 'unfiltered_modifier', true],
  ['a value modifier after "the number of" the SQL never reads', 'the number of trade boxes delivered in Leeds', `SELECT COUNT(*) ${LEEDS_BOXES}`, ['n'], 1, 'unfiltered_modifier', false],
  ['a value modifier the SQL filters on', 'the number of trade boxes delivered in Leeds', `SELECT COUNT(*) ${LEEDS_BOXES} AND boxes.channel = 'Trade'`, ['n'], 1, 'unfiltered_modifier', true],
  ['a listed noun whose flag modifier the SQL never reads', 'List the organic boxes delivered to Leeds.', `SELECT boxes.* ${LEEDS_BOXES}`, ['box_id'], 2, 'unfiltered_modifier', false],
  ['a modifier grounded nowhere is not this check\'s', 'How many heavy boxes went to customers in Leeds?', `SELECT COUNT(*) ${LEEDS_BOXES}`, ['n'], 1, 'unfiltered_modifier', true],
  ['a modifier naming another table says whose rows', 'How many customer boxes went to Leeds?', `SELECT COUNT(*) ${LEEDS_BOXES}`, ['n'], 1, 'unfiltered_modifier', true],
];

describe('a modifier of the asked noun grounded in its table, which the SQL never reads', () => {
  it.each(cases)('%s: %s', async (...testCase) => {
    await expectCheckCase(contextFor, testCase);
  });
});
