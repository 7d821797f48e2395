import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import { madeUpRows, type TableRows } from './helpers/made-up-rows.js';

/**
 * Plain questions over a schema sluice was never tuned on, in the naming style of small business exports: a row's
 * name kept in `<short form>_nm` ("lg_nm" of league), a percentage that must not be rounded away, a stored name with a
 * weekday in it ("Tuesday Trivia" is a league, not last Tuesday), a superlative that opens a terse fragment, a table
 * named in shorthand ("team bookings" of team_bkg beside a team table), a money noun no column is named for ("booking
 * value"), a code written as a listed short form ('CXL' cancelled), and this year against last year.
 * Rows are made so that the wrong reading (an id for a name, 3.13 for 3.125, a date filter, the league that ranks
 * first) gives another answer.
 */
const QUIZ = `CREATE TABLE league (lg_id INTEGER PRIMARY KEY, lg_nm VARCHAR NOT NULL, entry_fee DECIMAL(5,2) NOT NULL, night_cd VARCHAR NOT NULL);
CREATE TABLE team (tm_id INTEGER PRIMARY KEY, tm_nm VARCHAR NOT NULL, lg_id INTEGER NOT NULL REFERENCES league (lg_id));
CREATE TABLE result (res_id INTEGER PRIMARY KEY, tm_id INTEGER NOT NULL REFERENCES team (tm_id), played_dt DATE NOT NULL, score INTEGER NOT NULL, outcome VARCHAR NOT NULL, rd_type VARCHAR NOT NULL);
CREATE TABLE team_bkg (bkg_id INTEGER PRIMARY KEY, tm_id INTEGER NOT NULL REFERENCES team (tm_id), bkg_dt DATE NOT NULL, amt_gbp DECIMAL(6,2) NOT NULL, stat_cd VARCHAR NOT NULL, players_n INTEGER NOT NULL);
COMMENT ON TABLE team_bkg IS 'Places teams book at quiz nights';`;

// 32 results, one of them a forfeit: 3.125 percent, which two decimals would round to 3.13.
const RESULTS = Array.from({ length: 32 }, (_, i) => [i + 1, 1 + (i % 5), `2025-10-${String(1 + (i % 28)).padStart(2, '0')}`, 20 + ((i * 7) % 31), i === 5 ? 'forfeit' : 'played', ['GEN', 'MUS', 'SPT'][i % 3]]);
const QUIZ_ROWS: TableRows = {
  league: ['lg_id,lg_nm,entry_fee,night_cd', [[1, 'Tuesday Trivia', 2.5, 'TUE'], [2, 'Sunday Brainbox', 4, 'SUN'], [3, 'Friday Fact Finders', 3, 'FRI']]],
  team: ['tm_id,tm_nm,lg_id', [[1, 'Quizzy Rascals', 1], [2, 'Les Quizerables', 2], [3, 'Universally Challenged', 2], [4, 'Agatha Quiztie', 3], [5, 'Norfolk Enchants', 3]]],
  result: ['res_id,tm_id,played_dt,score,outcome,rd_type', RESULTS],
  team_bkg: [
    'bkg_id,tm_id,bkg_dt,amt_gbp,stat_cd,players_n',
    [[1, 1, '2024-03-02', 12, 'OK', 4], [2, 2, '2024-05-11', 15, 'CXL', 5], [3, 3, '2024-09-21', 12, 'OK', 4], [4, 4, '2024-11-30', 18, 'OK', 6], [5, 5, '2025-01-18', 20, 'OK', 6],
      [6, 1, '2025-02-22', 12, 'CXL', 3], [7, 2, '2025-04-05', 25, 'OK', 6], [8, 3, '2025-06-14', 12, 'OK', 4], [9, 4, '2025-08-09', 30, 'CXL', 5], [10, 5, '2025-10-25', 16, 'OK', 6]],
  ],
};

const quiz = madeUpRows(QUIZ, QUIZ_ROWS);

const CASES: { task: string; expected: string }[] = [
  { task: 'How many teams are in each league?', expected: 'SELECT l.lg_nm, count(*) FROM team t JOIN league l ON l.lg_id = t.lg_id GROUP BY l.lg_nm' },
  { task: 'Which league has the highest entry fee?', expected: 'SELECT lg_nm FROM league ORDER BY entry_fee DESC LIMIT 1' },
  { task: 'What percentage of results were forfeits?', expected: "SELECT 100.0 * count(*) FILTER (WHERE outcome = 'forfeit') / count(*) FROM result" },
  // "team bookings" is team_bkg (bkg a listed short form of booking), not the team table.
  { task: 'How many team bookings were made in 2025?', expected: "SELECT count(*) FROM team_bkg WHERE bkg_dt >= DATE '2025-01-01' AND bkg_dt < DATE '2026-01-01'" },
  // "value" names no column: the booking's one money column is its value.
  { task: 'What is the average booking value?', expected: 'SELECT avg(amt_gbp) FROM team_bkg' },
  // CXL is a listed short form of "cancelled", as cxl_dt would be a cancelled date.
  { task: 'How many team bookings were cancelled?', expected: "SELECT count(*) FROM team_bkg WHERE stat_cd = 'CXL'" },
  { task: 'How many team bookings did we take this year compared with last year?', expected: 'SELECT year(bkg_dt), count(*) FROM team_bkg GROUP BY 1' },
  // "night" names night_cd whole: the other part only says it holds codes.
  { task: 'List each league with the night it plays.', expected: 'SELECT lg_nm, night_cd FROM league' },
  // "round type" spells rd_type, rd the first and a later letter of "round" beside the part spelled out.
  { task: 'What is the average score for each round type?', expected: 'SELECT rd_type, avg(score) FROM result GROUP BY rd_type' },
  // players_n holds how many players a booking is for: "how many players" adds it up.
  { task: 'How many players were booked in 2025?', expected: "SELECT sum(players_n) FROM team_bkg WHERE bkg_dt >= DATE '2025-01-01'" },
  { task: 'Which leagues had more team bookings in 2025 than in 2024?', expected: "SELECT l.lg_nm FROM team_bkg b JOIN team t ON t.tm_id = b.tm_id JOIN league l ON l.lg_id = t.lg_id GROUP BY l.lg_nm HAVING count(*) FILTER (WHERE year(b.bkg_dt) = 2025) > count(*) FILTER (WHERE year(b.bkg_dt) = 2024)" },
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
