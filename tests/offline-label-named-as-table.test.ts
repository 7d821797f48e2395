import { beforeAll, describe, expect, it } from 'vitest';
import { madeUpNamespace, type MadeUpNamespace } from './helpers/made-up-namespace.js';

/**
 * A text column named as its table (teams.team, airlines.airline) is the row's name, as teams.name would be: "which
 * teams" answers with it, not with the numeric key the other table points at.
 */
describe('a text column named as its table labels the rows', () => {
  let league: MadeUpNamespace;
  beforeAll(async () => {
    league = await madeUpNamespace('league', [
      'CREATE TABLE teams (uid INTEGER PRIMARY KEY, team VARCHAR, city VARCHAR)',
      'CREATE TABLE players (player_id INTEGER PRIMARY KEY, team INTEGER REFERENCES teams(uid), name VARCHAR, goals INTEGER)',
      "INSERT INTO teams VALUES (1, 'Harbour Rovers', 'Hull'), (2, 'Moor United', 'Leeds'), (3, 'Castle Athletic', 'York')",
      "INSERT INTO players SELECT i, CASE WHEN i <= 5 THEN 1 WHEN i <= 7 THEN 2 ELSE 3 END, 'Player ' || i, i % 4 FROM range(1, 11) t(i)",
    ]);
  }, 60_000);

  const cases: Array<[string, unknown[][]]> = [
    ['Which teams have at least 3 players?', [['Castle Athletic'], ['Harbour Rovers']]],
    ['Which team has the most players?', [['Harbour Rovers']]],
  ];
  for (const [question, expected] of cases) {
    it(question, { timeout: 90_000 }, async () => {
      const { answer } = await league.ask(question);
      expect(answer.status, answer.sql).toBe('success');
      expect(answer.rows).toEqual(expected);
    });
  }
});
