import { describeSameRows, type MadeUpTable } from './helpers/expect-same-rows.js';

const TABLES: Record<string, MadeUpTable> = {
  venues: {
    create: 'CREATE TABLE venues (venue_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, city VARCHAR NOT NULL)',
    header: 'venue_id,name,city',
    rows: [[1, 'Hall One', 'Leeds'], [2, 'Dock Arena', 'Hull'], [3, 'Old Barn', 'York'], [4, 'River Stage', 'Leeds']],
  },
  concerts: {
    create: 'CREATE TABLE concerts (concert_id INTEGER PRIMARY KEY, title VARCHAR NOT NULL, year INTEGER NOT NULL, venue_id INTEGER NOT NULL REFERENCES venues(venue_id))',
    header: 'concert_id,title,year,venue_id',
    rows: [[1, 'Spring Sounds', 2013, 1], [2, 'Summer Jam', 2014, 1], [3, 'Autumn Air', 2014, 2], [4, 'Winter Lights', 2015, 3], [5, 'New Dawn', 2015, 2], [6, 'Late Show', 2013, 4]],
  },
};

/**
 * "all venues except for venues having a concert in year 2014": "except (for) [those|the X] having/with/that have"
 * negates the clause, as "that did not have" does (rows with no related row the clause keeps); "in year 2014", "in the
 * year 2014" name a bare year as "in 2014" does, also inside such a clause. Through the real CLI; rows must equal the
 * hand-written query's.
 */
describeSameRows('"except for those having" negates the clause', 'gigs', TABLES, [
  { task: 'Show names for all venues except for venues having a concert in year 2014.', expected: 'SELECT name FROM venues WHERE venue_id NOT IN (SELECT venue_id FROM concerts WHERE year = 2014)' },
  { task: 'What are the names of the venues that did not have a concert in year 2015?', expected: 'SELECT name FROM venues WHERE venue_id NOT IN (SELECT venue_id FROM concerts WHERE year = 2015)' },
  // Must not change: the clause not negated; a year written bare.
  { task: 'Show names for all venues having a concert in 2014.', expected: 'SELECT DISTINCT v.name FROM venues v JOIN concerts c ON c.venue_id = v.venue_id WHERE c.year = 2014' },
  { task: 'What are the names of the venues that did not have a concert in 2015?', expected: 'SELECT name FROM venues WHERE venue_id NOT IN (SELECT venue_id FROM concerts WHERE year = 2015)' },
]);

/**
 * "venues that had concerts in both 2014 and 2015": the rows listed need a related row in each year (the two
 * single-year listings intersected), not one in either. "in 2014 or 2015" must not change.
 */
describeSameRows('a related row in both years', 'stages', TABLES, [
  { task: 'What are the names and cities of the venues that had concerts in both 2014 and 2015?', expected: 'SELECT v.name, v.city FROM venues v JOIN concerts c ON c.venue_id = v.venue_id WHERE c.year = 2014 INTERSECT SELECT v.name, v.city FROM venues v JOIN concerts c ON c.venue_id = v.venue_id WHERE c.year = 2015' },
  // Must not change: either year.
  { task: 'What are the names of the venues that had concerts in 2014 or 2015?', expected: 'SELECT DISTINCT v.name FROM venues v JOIN concerts c ON c.venue_id = v.venue_id WHERE c.year IN (2014, 2015)' },
  { task: 'How many concerts were there in 2015?', expected: 'SELECT count(*) FROM concerts WHERE year = 2015' },
]);
