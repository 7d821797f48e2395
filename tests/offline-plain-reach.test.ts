import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import { madeUpRows, type TableRows } from './helpers/made-up-rows.js';

/**
 * Plain questions over a schema sluice was never tuned on, in the naming style of small business exports: a row's
 * name kept in `<short form>_nm` ("lg_nm" of league), a percentage that must not be rounded away, a stored name with a
 * weekday in it ("Tuesday Trivia" is a league, not last Tuesday), and a superlative that opens a terse fragment.
 * Rows are made so that the wrong reading (an id for a name, 3.13 for 3.125, a date filter, the league that ranks
 * first) gives another answer.
 */
const QUIZ = `CREATE TABLE league (lg_id INTEGER PRIMARY KEY, lg_nm VARCHAR NOT NULL, entry_fee DECIMAL(5,2) NOT NULL);
CREATE TABLE team (tm_id INTEGER PRIMARY KEY, tm_nm VARCHAR NOT NULL, lg_id INTEGER NOT NULL REFERENCES league (lg_id));
CREATE TABLE result (res_id INTEGER PRIMARY KEY, tm_id INTEGER NOT NULL REFERENCES team (tm_id), played_dt DATE NOT NULL, score INTEGER NOT NULL, outcome VARCHAR NOT NULL);`;

// 32 results, one of them a forfeit: 3.125 percent, which two decimals would round to 3.13.
const RESULTS = Array.from({ length: 32 }, (_, i) => [i + 1, 1 + (i % 5), `2025-10-${String(1 + (i % 28)).padStart(2, '0')}`, 20 + ((i * 7) % 31), i === 5 ? 'forfeit' : 'played']);
const QUIZ_ROWS: TableRows = {
  league: ['lg_id,lg_nm,entry_fee', [[1, 'Tuesday Trivia', 2.5], [2, 'Sunday Brainbox', 4], [3, 'Friday Fact Finders', 3]]],
  team: ['tm_id,tm_nm,lg_id', [[1, 'Quizzy Rascals', 1], [2, 'Les Quizerables', 2], [3, 'Universally Challenged', 2], [4, 'Agatha Quiztie', 3], [5, 'Norfolk Enchants', 3]]],
  result: ['res_id,tm_id,played_dt,score,outcome', RESULTS],
};

const quiz = madeUpRows(QUIZ, QUIZ_ROWS);

const CASES: { task: string; expected: string }[] = [
  { task: 'How many teams are in each league?', expected: 'SELECT l.lg_nm, count(*) FROM team t JOIN league l ON l.lg_id = t.lg_id GROUP BY l.lg_nm' },
  { task: 'Which league has the highest entry fee?', expected: 'SELECT lg_nm FROM league ORDER BY entry_fee DESC LIMIT 1' },
  { task: 'What percentage of results were forfeits?', expected: "SELECT 100.0 * count(*) FILTER (WHERE outcome = 'forfeit') / count(*) FROM result" },
  { task: 'highest score in the Tuesday Trivia league', expected: "SELECT max(r.score) FROM result r JOIN team t ON t.tm_id = r.tm_id JOIN league l ON l.lg_id = t.lg_id WHERE l.lg_nm = 'Tuesday Trivia'" },
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: 'quiz', task: c.task }));

describe('plain questions over a schema sluice was never tuned on', () => {
  const answers = askBeforeAll({ quiz: quiz.database }, QUESTIONS, { args: ['--current_date', '2025-12-31'], prefix: 'sluice-offline-plain-reach-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await quiz.rows(line.sql!), line.sql!).toEqual(await quiz.rows(c.expected));
    });
  });
});
