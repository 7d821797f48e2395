import { describe, expect, it } from 'vitest';
import { asksForOrder } from '../src/bench/asks-for-order.js';
import { BenchQuestionSchema } from '../src/bench/bench-dataset-schema.js';
import { scoreQuestion, type GoldAnswerResult, type QuestionRun } from '../src/bench/score-question.js';

/**
 * Row order counts when the gold SQL orders its rows and the question asks for an order. A gold `ORDER BY` on a
 * question that asks for a set only makes the gold's output repeatable: the same rows in another order are right.
 */
describe('a question asks for an order', () => {
  it('when it says how to order, ranks, or uses a superlative', () => {
    for (const question of [
      'List the names of the teachers sorted by age.',
      'Show the titles in descending order of year.',
      'Give the members alphabetically.',
      'Top 5 readers by number of visits',
      'Which 3 collections had the most items?',
      'List the three cheapest boats.',
      'Who joined first?',
      'Name the plots from A to Z.',
      'Show the tenants, newest first.',
      // The order words of src/lexicon/order-words.ts, which the bench's reading shares with the trust side's.
      'List the visits chronologically.',
      'List the members in alphabetic sequence.',
      'Show the loans, reversed.',
    ]) expect(asksForOrder(question), question).toBe(true);
  });

  it('not when it asks for a set, whatever -est words name things', () => {
    for (const question of [
      'Which analysts did we hire before 2012?',
      'Which artists are guest artists?',
      "Show each practice's town and the date it opened.",
      'avg minors per test by centre',
      'Which harvests were logged in the forest?',
    ]) expect(asksForOrder(question), question).toBe(false);
  });
});

const gold = (ordered: boolean): GoldAnswerResult => ({
  result: { columns: ['analyst_nm'], rows: [['Ann'], ['Bob'], ['Cy']] },
  references: { tables: ['analysts'], columns: ['analysts.analyst_nm'], ordered },
});

const runWith = (rows: unknown[][]): QuestionRun => ({
  status: 'success',
  attempts: [{ sql: 'SELECT analyst_nm FROM analysts', explanation: '', source: 'generate_sql', tables_used: [], executed: true, columns: ['analyst_nm'], column_types: [], row_count: rows.length, rows, truncated: false, duration_ms: 1 }],
  nodesRun: [],
  durationMs: 1,
});

const question = (text: string) => BenchQuestionSchema.parse({ id: 'q1', db_id: 'lab', question: text, gold_sql: 'SELECT analyst_nm FROM analysts ORDER BY analyst_nm' });

describe('scoring rows in another order than an ordered gold', () => {
  const shuffled = runWith([['Cy'], ['Ann'], ['Bob']]);

  it('is right when the question asks for a set', () => {
    expect(scoreQuestion(question('Which analysts did we hire before 2012?'), [gold(true)], shuffled)).toMatchObject({ correct: true });
  });

  it('is wrong when the question asks for an order', () => {
    const outcome = scoreQuestion(question('List the analysts in alphabetical order.'), [gold(true)], shuffled);
    expect(outcome).toMatchObject({ correct: false, mismatch: 'same rows in another order' });
  });

  it('is wrong with other rows either way', () => {
    expect(scoreQuestion(question('Which analysts did we hire before 2012?'), [gold(true)], runWith([['Cy'], ['Ann'], ['Dee']]))).toMatchObject({ correct: false });
    expect(scoreQuestion(question('Which analysts did we hire before 2012?'), [gold(false)], runWith([['Cy'], ['Ann']]))).toMatchObject({ correct: false });
  });
});
