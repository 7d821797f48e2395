import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import { madeUpRows, type TableRows } from './helpers/made-up-rows.js';

/**
 * "drivers older than average", "trucks whose capacity is below the average capacity": a column compared with its own
 * average over its table, `col > (SELECT AVG(col) FROM t)`, on whatever rows the rest of the question asks for. A
 * made-up haulier through the real CLI; each answer's rows must equal the hand-written query's.
 */
const SCHEMA = `CREATE TABLE depots (depot_id INTEGER PRIMARY KEY, city VARCHAR NOT NULL);
CREATE TABLE drivers (driver_id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL, age INTEGER NOT NULL, depot_id INTEGER NOT NULL REFERENCES depots (depot_id));
CREATE TABLE trucks (truck_id INTEGER PRIMARY KEY, plate VARCHAR NOT NULL, capacity_kg INTEGER NOT NULL, depot_id INTEGER NOT NULL REFERENCES depots (depot_id));`;

const ROWS: TableRows = {
  depots: ['depot_id,city', [[1, 'Leeds'], [2, 'Hull'], [3, 'York']]],
  drivers: ['driver_id,full_name,age,depot_id', [[1, 'Ann Hale', 61, 1], [2, 'Bob Marr', 24, 1], [3, 'Cem Ozil', 38, 2], [4, 'Dee Tran', 45, 3], [5, 'Eli Ford', 29, 2]]],
  trucks: ['truck_id,plate,capacity_kg,depot_id', [[1, 'LD-101', 12000, 1], [2, 'LD-102', 3500, 1], [3, 'HL-201', 18000, 2], [4, 'HL-202', 7500, 2], [5, 'YK-301', 26000, 3], [6, 'YK-302', 2500, 3]]],
};

const { database, rows } = madeUpRows(SCHEMA, ROWS);
const DATABASES = { haulier: database };

const CASES: { task: string; expected: string }[] = [
  { task: 'List the names of drivers older than average.', expected: 'SELECT full_name FROM drivers WHERE age > (SELECT AVG(age) FROM drivers)' },
  { task: 'How many drivers are younger than the average age?', expected: 'SELECT COUNT(*) FROM drivers WHERE age < (SELECT AVG(age) FROM drivers)' },
  { task: 'List the plates of trucks with a capacity above the average.', expected: 'SELECT plate FROM trucks WHERE capacity_kg > (SELECT AVG(capacity_kg) FROM trucks)' },
  {
    task: 'Show the plates of trucks in Leeds whose capacity is below the average capacity.',
    expected: "SELECT plate FROM trucks JOIN depots USING (depot_id) WHERE city = 'Leeds' AND capacity_kg < (SELECT AVG(capacity_kg) FROM trucks)",
  },
  {
    task: 'For each city, how many trucks have a capacity greater than the average capacity of all trucks?',
    expected: 'SELECT city, COUNT(*) FROM trucks JOIN depots USING (depot_id) WHERE capacity_kg > (SELECT AVG(capacity_kg) FROM trucks) GROUP BY 1',
  },
  {
    task: 'Which cities have an average capacity above the average capacity of all trucks?',
    expected: 'SELECT city FROM trucks JOIN depots USING (depot_id) GROUP BY depot_id, city HAVING AVG(capacity_kg) > (SELECT AVG(capacity_kg) FROM trucks)',
  },
];
const PLAIN_AVERAGE = { id: 'plain average', namespace: 'haulier', task: 'What is the average capacity of the trucks?' };
const QUESTIONS = [...CASES.map((c, i) => ({ id: `case ${i}`, namespace: 'haulier', task: c.task })), PLAIN_AVERAGE];

describe('a column compared with its average', () => {
  const answers = askBeforeAll(DATABASES, QUESTIONS, { args: ['--current_date', '2026-11-25'], prefix: 'sluice-offline-above-average-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await rows(line.sql!), line.sql!).toEqual(await rows(c.expected));
      expect(line.status, line.sql!).toBe('success');
    });
  });

  it('leaves a plain average a plain average', async () => {
    const line = answers().get(PLAIN_AVERAGE.id)!;
    expect(line.sql ?? '').not.toMatch(/\(SELECT/i);
    expect(await rows(line.sql!)).toEqual(await rows('SELECT AVG(capacity_kg) FROM trucks'));
  });
});
