import { describe, expect, it } from 'vitest';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';
import { askBeforeAll } from './helpers/expect-declines.js';
import { inMemoryRows } from './helpers/in-memory-rows.js';

/**
 * Two comparisons of one column joined by "or" hold either way ("older than 60 or younger than 20"): one condition
 * with OR, not two that every row must meet (which no row can). Joined by "and", both must hold. Through the real CLI;
 * rows must equal the hand-written query's.
 */
const SCHEMA = 'CREATE TABLE runners (runner_id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL, age INTEGER NOT NULL, club VARCHAR NOT NULL)';
const ROWS: [number, string, number, string][] = [
  [1, 'Ada Byrne', 17, 'Harriers'], [2, 'Ben Cole', 24, 'Striders'], [3, 'Cat Dunn', 35, 'Harriers'],
  [4, 'Dev Egan', 38, 'Striders'], [5, 'Eli Ford', 52, 'Harriers'], [6, 'Fay Gill', 66, 'Striders'],
];
const DATABASES: Record<string, MadeUpDatabase> = {
  race: { schema: `${SCHEMA};`, data: { runners: `runner_id,full_name,age,club\n${ROWS.map((row) => row.join(',')).join('\n')}\n` } },
};
const rows = inMemoryRows([SCHEMA, `INSERT INTO runners VALUES ${ROWS.map(([id, name, age, club]) => `(${id}, '${name}', ${age}, '${club}')`).join(', ')}`]);

const CASES: { task: string; expected: string }[] = [
  { task: 'Which runners are older than 60 or younger than 20?', expected: 'SELECT full_name FROM runners WHERE age > 60 OR age < 20' },
  { task: 'How many runners are above age 50 or below 20?', expected: 'SELECT count(*) FROM runners WHERE age > 50 OR age < 20' },
  { task: 'Which runners are older than 30 and younger than 40?', expected: 'SELECT full_name FROM runners WHERE age > 30 AND age < 40' },
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: 'race', task: c.task }));

describe('comparisons of one column joined by "or"', () => {
  const answers = askBeforeAll(DATABASES, QUESTIONS, { args: [], prefix: 'sluice-offline-either-comparison-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await rows(line.sql!), line.sql!).toEqual(await rows(c.expected));
    });
  });
});
