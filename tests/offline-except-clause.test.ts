import { describe, expect, it } from 'vitest';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';
import { askBeforeAll } from './helpers/expect-declines.js';
import { inMemoryRows } from './helpers/in-memory-rows.js';

/**
 * "all venues except for venues having a concert in year 2014": "except (for) [those|the X] having/with/that have"
 * negates the clause, as "that did not have" does (rows with no related row the clause keeps); "in year 2014", "in the
 * year 2014" name a bare year as "in 2014" does, also inside such a clause. Through the real CLI; rows must equal the
 * hand-written query's.
 */
const SCHEMA = [
  'CREATE TABLE venues (venue_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, city VARCHAR NOT NULL)',
  'CREATE TABLE concerts (concert_id INTEGER PRIMARY KEY, title VARCHAR NOT NULL, year INTEGER NOT NULL, venue_id INTEGER NOT NULL REFERENCES venues(venue_id))',
];
const DATA: Record<string, (string | number)[][]> = {
  venues: [[1, 'Hall One', 'Leeds'], [2, 'Dock Arena', 'Hull'], [3, 'Old Barn', 'York'], [4, 'River Stage', 'Leeds']],
  concerts: [[1, 'Spring Sounds', 2013, 1], [2, 'Summer Jam', 2014, 1], [3, 'Autumn Air', 2014, 2], [4, 'Winter Lights', 2015, 3], [5, 'New Dawn', 2015, 2]],
};
const header: Record<string, string> = {
  venues: 'venue_id,name,city',
  concerts: 'concert_id,title,year,venue_id',
};
const DATABASES: Record<string, MadeUpDatabase> = {
  gigs: {
    schema: `${SCHEMA.join(';\n')};`,
    data: Object.fromEntries(Object.entries(DATA).map(([table, rows]) => [table, `${header[table]}\n${rows.map((row) => row.join(',')).join('\n')}\n`])),
  },
};
const literal = (value: string | number): string => (typeof value === 'number' ? String(value) : `'${value}'`);
const rows = inMemoryRows([...SCHEMA, ...Object.entries(DATA).map(([table, list]) => `INSERT INTO ${table} VALUES ${list.map((row) => `(${row.map(literal).join(', ')})`).join(', ')}`)]);

const CASES: { task: string; expected: string }[] = [
  { task: 'Show names for all venues except for venues having a concert in year 2014.', expected: 'SELECT name FROM venues WHERE venue_id NOT IN (SELECT venue_id FROM concerts WHERE year = 2014)' },
  { task: 'What are the names of the venues that did not have a concert in year 2015?', expected: 'SELECT name FROM venues WHERE venue_id NOT IN (SELECT venue_id FROM concerts WHERE year = 2015)' },
  // Must not change: the clause not negated; a year written bare.
  { task: 'Show names for all venues having a concert in 2014.', expected: 'SELECT DISTINCT v.name FROM venues v JOIN concerts c ON c.venue_id = v.venue_id WHERE c.year = 2014' },
  { task: 'What are the names of the venues that did not have a concert in 2015?', expected: 'SELECT name FROM venues WHERE venue_id NOT IN (SELECT venue_id FROM concerts WHERE year = 2015)' },
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: 'gigs', task: c.task }));

describe('"except for those having" negates the clause', () => {
  const answers = askBeforeAll(DATABASES, QUESTIONS, { args: [], prefix: 'sluice-offline-except-clause-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await rows(line.sql!, false), line.sql!).toEqual(await rows(c.expected, false));
    });
  });
});
