import { describe, expect, it } from 'vitest';
import { groundQuestion } from '../src/trust/ground-question.js';
import { questionContext } from './helpers/answer-check-cases.js';

/**
 * "notes and coins" where shifts.cash is: two nouns joined by "and" or "or" that are the words (or WordNet
 * synonyms of the words) of the definition of a column's word (cash, 'money in the form of bills or coins') link to
 * that column; a pair the definition does not give all of ("cheques and coins") links nothing by it.
 */
const tables = [
  {
    name: 'shifts',
    columns: [
      { name: 'shift_id', type: 'INTEGER', primary_key: true, nullable: false },
      { name: 'shift_date', type: 'DATE', nullable: false },
      { name: 'cash', type: 'DECIMAL(8,2)', nullable: false },
      { name: 'card', type: 'DECIMAL(8,2)', nullable: false },
    ],
  },
];

const linked = (question: string) =>
  Object.fromEntries(groundQuestion(questionContext(question, 'vans', tables)).words.map((entry) => [entry.word.text, entry.evidence]));

describe('a pair of nouns a column word is defined by', () => {
  it('links both to the column', () => {
    const words = linked('How much did we make in notes and coins on each shift?');
    expect(words.notes).toBe('column');
    expect(words.coins).toBe('column');
  });

  it('links neither when the definition lacks one of them', () => {
    const words = linked('How much did we make in cheques and coins on each shift?');
    expect(words.cheques).toBeUndefined();
    expect(words.coins).toBeUndefined();
  });
});
