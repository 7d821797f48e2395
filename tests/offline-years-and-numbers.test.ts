import { describe, expect, it } from 'vitest';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';
import { askBeforeAll } from './helpers/expect-declines.js';
import { inMemoryRows } from './helpers/in-memory-rows.js';

/**
 * Numbers the offline model used to drop (reach4): a bare year compared with a table's Year column, not a date
 * ("concerts in 2014", "after 2013", "in or after 2015", "in year 2014", inside a negated clause too); a number right
 * after a numeric column's name ("rating 5"); a bare number compared with people ("over 40 or under 25": their age);
 * two comparisons of one column joined by "and" that no value meets together (rows of an attribute they share:
 * INTERSECT; the rows themselves: either-or); and codes stored in a text primary key ("flights leaving from BOS"),
 * reached through the foreign key the question's words choose; values stored with their words run together
 * ("West Yorkshire" for WestYorkshire); counts written as words ("fewer than two venues"); "in reverse alphabetical
 * order" of the listed column; a part of a text value ("whose country has the letter z"). Through the real CLI; rows must equal the
 * hand-written query's.
 */
const SCHEMA = [
  'CREATE TABLE ref_venue_kinds (kind_code VARCHAR PRIMARY KEY, description VARCHAR NOT NULL)',
  'CREATE TABLE venues (venue_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, city VARCHAR NOT NULL, region VARCHAR NOT NULL, kind_code VARCHAR NOT NULL REFERENCES ref_venue_kinds(kind_code))',
  'CREATE TABLE concerts (concert_id INTEGER PRIMARY KEY, title VARCHAR NOT NULL, year INTEGER NOT NULL, rating INTEGER NOT NULL, venue_id INTEGER NOT NULL REFERENCES venues(venue_id))',
  'CREATE TABLE performers (performer_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, country VARCHAR NOT NULL, age INTEGER NOT NULL)',
  'CREATE TABLE appearances (concert_id INTEGER NOT NULL REFERENCES concerts(concert_id), performer_id INTEGER NOT NULL REFERENCES performers(performer_id), PRIMARY KEY (concert_id, performer_id))',
  'CREATE TABLE gig_bookings (booking_id INTEGER PRIMARY KEY, performer_id INTEGER NOT NULL REFERENCES performers(performer_id), fee INTEGER NOT NULL)',
  'CREATE TABLE airports (code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, city VARCHAR NOT NULL)',
  'CREATE TABLE flights (flight_no INTEGER PRIMARY KEY, origin VARCHAR NOT NULL REFERENCES airports(code), destination VARCHAR NOT NULL REFERENCES airports(code))',
];
const DATA: Record<string, (string | number)[][]> = {
  ref_venue_kinds: [['HL', 'Hall'], ['AR', 'Arena'], ['BN', 'Barn']],
  venues: [[1, 'Hall One', 'Leeds', 'WestYorkshire', 'HL'], [2, 'Dock Arena', 'Hull', 'EastRiding', 'AR'], [3, 'Old Barn', 'York', 'NorthYorkshire', 'BN'], [4, 'River Stage', 'Leeds', 'WestYorkshire', 'HL']],
  concerts: [
    [1, 'Spring Sounds', 2013, 4, 1], [2, 'Summer Jam', 2014, 5, 1], [3, 'Autumn Air', 2014, 3, 2],
    [4, 'Winter Lights', 2015, 5, 2], [5, 'New Dawn', 2016, 2, 3], [6, 'Late Show', 2015, 4, 1],
  ],
  performers: [[1, 'Ana Lima', 'Brazil', 45], [2, 'Ben Ode', 'Kenya', 28], [3, 'Cleo Mar', 'France', 52], [4, 'Dan Roe', 'France', 24], [5, 'Eva Sun', 'Kenya', 33], [6, 'Finn Ash', 'Kenya', 61]],
  appearances: [[1, 1], [2, 2], [2, 3], [3, 4], [4, 1], [5, 5], [6, 6], [4, 2]],
  gig_bookings: [[1, 1, 500], [2, 1, 700], [3, 3, 400], [4, 5, 900]],
  airports: [['BOS', 'Logan', 'Boston'], ['JFK', 'Kennedy', 'New York'], ['ORD', 'Ohare', 'Chicago']],
  flights: [[1, 'BOS', 'JFK'], [2, 'BOS', 'ORD'], [3, 'JFK', 'BOS'], [4, 'ORD', 'BOS'], [5, 'ORD', 'JFK'], [6, 'JFK', 'ORD'], [7, 'BOS', 'JFK']],
};
const header: Record<string, string> = {
  ref_venue_kinds: 'kind_code,description',
  venues: 'venue_id,name,city,region,kind_code',
  concerts: 'concert_id,title,year,rating,venue_id',
  performers: 'performer_id,name,country,age',
  appearances: 'concert_id,performer_id',
  gig_bookings: 'booking_id,performer_id,fee',
  airports: 'code,name,city',
  flights: 'flight_no,origin,destination',
};
const DATABASES: Record<string, MadeUpDatabase> = {
  fest: {
    schema: `${SCHEMA.join(';\n')};`,
    data: Object.fromEntries(Object.entries(DATA).map(([table, rows]) => [table, `${header[table]}\n${rows.map((row) => row.join(',')).join('\n')}\n`])),
  },
};
const literal = (value: string | number): string => (typeof value === 'number' ? String(value) : `'${value}'`);
const rows = inMemoryRows([...SCHEMA, ...Object.entries(DATA).map(([table, list]) => `INSERT INTO ${table} VALUES ${list.map((row) => `(${row.map(literal).join(', ')})`).join(', ')}`)]);

const CASES: { task: string; expected: string }[] = [
  { task: 'How many concerts were there in 2014?', expected: 'SELECT count(*) FROM concerts WHERE year = 2014' },
  { task: 'How many concerts occurred in 2014 or 2015?', expected: 'SELECT count(*) FROM concerts WHERE year IN (2014, 2015)' },
  { task: 'Which concerts were held after 2014?', expected: 'SELECT title FROM concerts WHERE year > 2014' },
  { task: 'How many concerts were there in or after 2015?', expected: 'SELECT count(*) FROM concerts WHERE year >= 2015' },
  { task: 'List the titles of concerts in year 2014.', expected: 'SELECT title FROM concerts WHERE year = 2014' },
  { task: 'List the titles of concerts with rating 5.', expected: 'SELECT title FROM concerts WHERE rating = 5' },
  { task: 'Which venues did not host a concert in 2014?', expected: 'SELECT name FROM venues WHERE venue_id NOT IN (SELECT venue_id FROM concerts WHERE year = 2014)' },
  { task: 'Which performers are over 40 or under 25?', expected: 'SELECT name FROM performers WHERE age > 40 OR age < 25' },
  { task: 'Show countries where a performer above age 40 and a performer below 30 are from.', expected: 'SELECT country FROM performers WHERE age > 40 INTERSECT SELECT country FROM performers WHERE age < 30' },
  // The answerable twin: listing the performers themselves, each meets one of the two comparisons.
  { task: 'List the names of performers above age 50 and below 30.', expected: 'SELECT name FROM performers WHERE age > 50 OR age < 30' },
  { task: 'How many flights leave from BOS?', expected: "SELECT count(*) FROM flights WHERE origin = 'BOS'" },
  { task: 'How many flights arrive at BOS?', expected: "SELECT count(*) FROM flights WHERE destination = 'BOS'" },
  // Must not change: a count written as a word; groups of a column of the counted table.
  { task: 'Which cities have fewer than two venues?', expected: 'SELECT city FROM venues GROUP BY city HAVING count(*) < 2' },
  // A table named only inside a column's name ("venue kinds" of Ref_Venue_Kinds) is not the subject: the column groups.
  { task: 'What are the codes of venue kinds that have fewer than 2 venues?', expected: 'SELECT kind_code FROM venues GROUP BY kind_code HAVING count(*) < 2' },
  // A table whose rows are counted is the subject.
  { task: 'Show the names of venues that are used by more than 1 concert.', expected: 'SELECT v.name FROM venues AS v JOIN concerts AS c USING (venue_id) GROUP BY v.venue_id, v.name HAVING count(*) > 1' },
  { task: 'List the concert titles in reverse alphabetical order.', expected: 'SELECT title FROM concerts ORDER BY title DESC' },
  // The ranked thing is an attribute of the counted rows: they are counted per value of it.
  { task: 'What is the city with the most venues?', expected: 'SELECT city FROM venues GROUP BY city ORDER BY count(*) DESC LIMIT 1' },
  { task: 'Find the country that has the greatest number of performers.', expected: 'SELECT country FROM performers GROUP BY country ORDER BY count(*) DESC LIMIT 1' },
  // Must not change: a table ranked by its related rows.
  { task: 'Which venue has the most concerts?', expected: 'SELECT v.name FROM venues AS v JOIN concerts AS c USING (venue_id) GROUP BY v.venue_id, v.name ORDER BY count(*) DESC LIMIT 1' },
  // A part of a text value: contains / starts with, case-insensitive.
  { task: 'List the names of performers whose country has the letter z.', expected: "SELECT name FROM performers WHERE country ILIKE '%z%'" },
  { task: 'Which concerts have a title starting with the letter S?', expected: "SELECT title FROM concerts WHERE title LIKE 'S%'" },
  // Rows another table points to, that table named by one word of its name ("gigs" for gig_bookings).
  { task: 'How many different performers have gigs?', expected: 'SELECT count(DISTINCT performer_id) FROM gig_bookings' },
  // A value stored with its words run together (WestYorkshire) is named with spaces.
  { task: 'Which venues are in West Yorkshire?', expected: "SELECT name FROM venues WHERE region = 'WestYorkshire'" },
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: 'fest', task: c.task }));

describe('years, numbers and codes the question compares', () => {
  const answers = askBeforeAll(DATABASES, QUESTIONS, { args: [], prefix: 'sluice-offline-years-numbers-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      const ordered = /ORDER BY/.test(c.expected);
      expect(await rows(line.sql!, ordered), line.sql!).toEqual(await rows(c.expected, ordered));
    });
  });
});
