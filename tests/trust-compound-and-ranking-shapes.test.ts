import { describe, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { expectCheckCase, questionContext, type CheckCase } from './helpers/answer-check-cases.js';

/**
 * A made-up ferry line: answers that ran and looked whole but answered another question (issue 14: an answer whose
 * shape does not match the question is `unsure`, not `success`). The cases are English constructions: a compound
 * noun counted by its modifier, a superlative answered by sorting every group by its keys, a two-word noun
 * ("no-shows") the SQL leaves out.
 */
const TABLES = [
  { name: 'boats', columns: [['boat_id', 'INTEGER'], ['boat_name', 'VARCHAR'], ['seats', 'INTEGER']] },
  { name: 'tickets', columns: [['ticket_id', 'INTEGER'], ['boat_id', 'INTEGER'], ['passenger_country', 'VARCHAR'], ['price', 'DOUBLE'], ['sold_on', 'DATE']] },
  { name: 'bookings', columns: [['booking_id', 'INTEGER'], ['ticket_id', 'INTEGER'], ['status', 'VARCHAR'], ['sailing_date', 'DATE']] },
  { name: 'passengers', columns: [['passenger_id', 'INTEGER'], ['full_name', 'VARCHAR'], ['email', 'VARCHAR']] },
] as const;

const contextFor = (question: string): Context =>
  questionContext(
    question,
    'ferries',
    TABLES.map((table) => ({ name: table.name, columns: table.columns.map(([name, type]) => ({ name, type, primary_key: name === `${table.name.slice(0, -1)}_id` })) })),
  );

const JOINED = 'FROM boats JOIN tickets ON boats.boat_id = tickets.boat_id';

const cases: CheckCase[] = [
  // counted_noun: the last word of "boat tickets" is what is counted; "boat" only says which tickets
  ['the modifier’s table counted', 'How many boat tickets were sold to Danish passengers?', `SELECT COUNT(DISTINCT boats.boat_id) ${JOINED} WHERE tickets.passenger_country = 'DK'`, ['n'], 1, 'counted_noun', false],
  ['the modifier’s table counted through an alias', 'How many boat tickets were sold to Danish passengers?', "SELECT COUNT(DISTINCT b.boat_id) FROM boats AS b JOIN tickets t ON b.boat_id = t.boat_id WHERE t.passenger_country = 'DK'", ['n'], 1, 'counted_noun', false],
  ['the head’s rows counted', 'How many boat tickets were sold to Danish passengers?', "SELECT COUNT(*) FROM tickets WHERE passenger_country = 'DK'", ['n'], 1, 'counted_noun', true],
  ['the head’s keys counted across a join', 'How many boat tickets were sold to Danish passengers?', `SELECT COUNT(DISTINCT tickets.ticket_id) ${JOINED} WHERE tickets.passenger_country = 'DK'`, ['n'], 1, 'counted_noun', true],
  ['a compound whose head is the table counted', 'How many ferry boats have more than 100 seats?', 'SELECT COUNT(DISTINCT boats.boat_id) FROM boats WHERE seats > 100', ['n'], 1, 'counted_noun', true],
  // ranking: "the most" asks for a ranking; groups sorted by their own keys, every one kept, rank nothing
  ['groups sorted by their keys', 'Which boat carries the most passengers each month?', "SELECT date_trunc('month', sold_on), boat_id, COUNT(*) FROM tickets GROUP BY 1, 2 ORDER BY 1, 2", ['month', 'boat_id', 'n'], 24, 'ranking', false],
  ['one group key sorted', 'Which month sold the most tickets?', "SELECT date_trunc('month', sold_on) AS month, COUNT(*) FROM tickets GROUP BY month ORDER BY month", ['month', 'n'], 12, 'ranking', false],
  ['groups ranked by their count', 'Which month sold the most tickets?', "SELECT date_trunc('month', sold_on) AS month, COUNT(*) FROM tickets GROUP BY month ORDER BY COUNT(*) DESC LIMIT 1", ['month', 'n'], 1, 'ranking', true],
  ['groups ranked by position', 'Which month sold the most tickets?', "SELECT date_trunc('month', sold_on), COUNT(*) FROM tickets GROUP BY 1 ORDER BY 2 DESC", ['month', 'n'], 12, 'ranking', true],
  ['the latest group by its key', 'What is the latest month with tickets sold?', "SELECT date_trunc('month', sold_on) FROM tickets GROUP BY 1 ORDER BY 1 DESC LIMIT 1", ['month'], 1, 'ranking', true],
  ['a ranking per group', 'Which boat carries the most passengers each month?', "SELECT date_trunc('month', sold_on) AS m, boat_id, COUNT(*) AS n FROM tickets GROUP BY 1, 2 QUALIFY row_number() OVER (PARTITION BY m ORDER BY n DESC) = 1 ORDER BY 1, 2", ['m', 'boat_id', 'n'], 12, 'ranking', true],
  // dropped_term: a two-word noun WordNet knows ("no-show") names a value the SQL must read
  ['a two-word noun left out', 'How many bookings were no-shows in October 2026?', "SELECT COUNT(*) FROM bookings WHERE sailing_date >= DATE '2026-10-01' AND sailing_date < DATE '2026-11-01'", ['n'], 1, 'dropped_term', false],
  ['a two-word noun filtered on', 'How many bookings were no-shows in October 2026?', "SELECT COUNT(*) FROM bookings WHERE status = 'no_show' AND sailing_date >= DATE '2026-10-01' AND sailing_date < DATE '2026-11-01'", ['n'], 1, 'dropped_term', true],
  ['a two-word noun read as a column', 'List every passenger’s e-mail', 'SELECT full_name, email FROM passengers', ['full_name', 'email'], 5, 'dropped_term', true],
  ['two words that are no noun', 'How many tickets were sold one-way?', 'SELECT COUNT(*) FROM tickets', ['n'], 1, 'dropped_term', true],
];

describe('answers whose SQL answers another question than the one asked', () => {
  it.each(cases)('%s: %s', async (...testCase) => {
    await expectCheckCase(contextFor, testCase);
  });
});
