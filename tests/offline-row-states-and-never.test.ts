import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';
import { inMemoryRows } from './helpers/in-memory-rows.js';

/**
 * Which rows, which path, what to show, each beside a look-alike the rule must leave alone: a verbless "Name and kind
 * of every …" lists those columns; "still" before the one word of a comment's "NULL while <state>" keeps the NULL
 * rows; "waiting to be <deed>" over a nullable date whose comment says the deed keeps the rows without one; "what"
 * right before the rows' name shows their name; of two tables a negated clause names, the one pointing at the subject
 * records the deed; a named row between the subject and "never" is who never did it, reached along foreign keys.
 * Two made-up databases through the real CLI; rows must equal the hand-written query's.
 */
const THEATRE = `CREATE TABLE venues (venue_id INTEGER PRIMARY KEY, venue_name VARCHAR NOT NULL, town VARCHAR NOT NULL);
CREATE TABLE fixtures (fixture_id INTEGER PRIMARY KEY, venue_id INTEGER NOT NULL REFERENCES venues (venue_id), fixture_name VARCHAR NOT NULL, fixture_kind VARCHAR NOT NULL, retired_on DATE);
COMMENT ON COLUMN fixtures.retired_on IS 'Date withdrawn from use; NULL while available';
CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL);
CREATE TABLE shows (show_id INTEGER PRIMARY KEY, venue_id INTEGER NOT NULL REFERENCES venues (venue_id), director_id INTEGER NOT NULL REFERENCES members (member_id), title VARCHAR NOT NULL);
CREATE TABLE rehearsals (rehearsal_id INTEGER PRIMARY KEY, show_id INTEGER NOT NULL REFERENCES shows (show_id), member_id INTEGER REFERENCES members (member_id), held_on DATE NOT NULL);
COMMENT ON COLUMN rehearsals.member_id IS 'Member who attended; NULL for a technical run';`;

const THEATRE_ROWS: Record<string, [string, (string | number | null)[][]]> = {
  venues: ['venue_id,venue_name,town', [[1, 'Lyceum', 'Leeds'], [2, 'Alhambra', 'York']]],
  fixtures: [
    'fixture_id,venue_id,fixture_name,fixture_kind,retired_on',
    [[1, 1, 'Fresnel A', 'spot', null], [2, 1, 'Flood B', 'flood', '2025-03-01'], [3, 2, 'Fresnel C', 'spot', null], [4, 2, 'Gobo D', 'profile', '2024-07-15'], [5, 1, 'Strip E', 'flood', null]],
  ],
  members: ['member_id,full_name', [[1, 'Ann Lee'], [2, 'Bob Marr'], [3, 'Cem Ozil'], [4, 'Dee Tran'], [5, 'Eve Ng']]],
  shows: ['show_id,venue_id,director_id,title', [[1, 1, 1, 'Hamlet'], [2, 2, 4, 'Cats'], [3, 1, 4, 'Oliver']]],
  rehearsals: [
    'rehearsal_id,show_id,member_id,held_on',
    [[1, 1, 2, '2026-01-05'], [2, 1, 3, '2026-01-06'], [3, 2, null, '2026-02-01'], [4, 2, 2, '2026-02-02'], [5, 3, 1, '2026-03-01']],
  ],
};

const PAINT = `CREATE TABLE colours (colour_cd VARCHAR PRIMARY KEY, colour_name VARCHAR NOT NULL);
CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, customer_name VARCHAR NOT NULL);
CREATE TABLE orders (order_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (customer_id), placed_on DATE NOT NULL, sent_dt DATE);
COMMENT ON COLUMN orders.sent_dt IS 'Date shipped to the customer; NULL until then';
CREATE TABLE order_lines (order_id INTEGER NOT NULL REFERENCES orders (order_id), line_no INTEGER NOT NULL, colour_cd VARCHAR NOT NULL REFERENCES colours (colour_cd), litres INTEGER NOT NULL, PRIMARY KEY (order_id, line_no));`;

const PAINT_ROWS: Record<string, [string, (string | number | null)[][]]> = {
  colours: ['colour_cd,colour_name', [['RED', 'Red'], ['BLU', 'Blue'], ['GRN', 'Green'], ['YLW', 'Yellow']]],
  customers: ['customer_id,customer_name', [[1, 'Ann Lee'], [2, 'Bob Marr'], [3, 'Cem Ozil']]],
  orders: ['order_id,customer_id,placed_on,sent_dt', [[1, 1, '2026-05-01', '2026-05-03'], [2, 1, '2026-06-01', null], [3, 2, '2026-06-02', '2026-06-04'], [4, 2, '2026-07-01', null], [5, 1, '2026-07-02', '2026-07-05']]],
  order_lines: ['order_id,line_no,colour_cd,litres', [[1, 1, 'RED', 5], [1, 2, 'BLU', 2], [2, 1, 'RED', 1], [3, 1, 'GRN', 4], [4, 1, 'YLW', 3], [5, 1, 'BLU', 2]]],
};

const csv = (rows: Record<string, [string, (string | number | null)[][]]>): Record<string, string> =>
  Object.fromEntries(Object.entries(rows).map(([t, [head, r]]) => [t, `${head}\n${r.map((row) => row.map((v) => (v === null ? 'NULL' : v)).join(',')).join('\n')}\n`]));
const DATABASES: Record<string, MadeUpDatabase> = { theatre: { schema: THEATRE, data: csv(THEATRE_ROWS) }, paint: { schema: PAINT, data: csv(PAINT_ROWS) } };
const quoted = (v: string | number | null): string => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${v}'`);
const statements = (schema: string, rows: Record<string, [string, (string | number | null)[][]]>): string[] => [
  ...schema.split(/;\s*(?:\n|$)/).filter((s) => s.trim()),
  ...Object.entries(rows).map(([t, [, r]]) => `INSERT INTO ${t} VALUES ${r.map((row) => `(${row.map(quoted).join(', ')})`).join(', ')}`),
];
const rows = { theatre: inMemoryRows(statements(THEATRE, THEATRE_ROWS)), paint: inMemoryRows(statements(PAINT, PAINT_ROWS)) };

const CASES: { namespace: 'theatre' | 'paint'; task: string; expected: string }[] = [
  // A verbless list of attributes, and "still" before the one word of 'NULL while available'.
  { namespace: 'theatre', task: "Name and kind of every fixture that's still available", expected: 'SELECT fixture_name, fixture_kind FROM fixtures WHERE retired_on IS NULL' },
  // Look-alike: no "still", a value instead: no NULL filter.
  { namespace: 'theatre', task: 'List the name and kind of every fixture at the Lyceum', expected: "SELECT f.fixture_name, f.fixture_kind FROM fixtures f JOIN venues v ON v.venue_id = f.venue_id WHERE v.venue_name = 'Lyceum'" },
  // "what" right before the rows' name asks which ones.
  { namespace: 'theatre', task: 'What fixtures does the Alhambra have?', expected: "SELECT f.fixture_name FROM fixtures f JOIN venues v ON v.venue_id = f.venue_id WHERE v.venue_name = 'Alhambra'" },
  { namespace: 'theatre', task: 'Which fixtures does the Alhambra have?', expected: "SELECT f.fixture_name FROM fixtures f JOIN venues v ON v.venue_id = f.venue_id WHERE v.venue_name = 'Alhambra'" },
  // Of the two tables the negated clause names, rehearsals point at members; venues only say where.
  { namespace: 'theatre', task: 'How many members have never been at a venue for a rehearsal?', expected: 'SELECT count(*) FROM members WHERE member_id NOT IN (SELECT member_id FROM rehearsals WHERE member_id IS NOT NULL)' },
  // Look-alike: one table named, the key it is linked by (director_id).
  { namespace: 'theatre', task: 'How many members have never directed a show?', expected: 'SELECT count(*) FROM members WHERE member_id NOT IN (SELECT director_id FROM shows)' },
  // A named customer between the subject and "never": colours → order lines → orders → customers.
  { namespace: 'paint', task: 'How many colours has Ann Lee never bought?', expected: "SELECT count(*) FROM colours WHERE colour_cd NOT IN (SELECT l.colour_cd FROM order_lines l JOIN orders o ON o.order_id = l.order_id JOIN customers c ON c.customer_id = o.customer_id WHERE c.customer_name = 'Ann Lee')" },
  { namespace: 'paint', task: 'How many different colours has Ann Lee bought?', expected: "SELECT count(DISTINCT l.colour_cd) FROM order_lines l JOIN orders o ON o.order_id = l.order_id JOIN customers c ON c.customer_id = o.customer_id WHERE c.customer_name = 'Ann Lee'" },
  // "waiting to be shipped" over sent_dt, whose comment says "shipped".
  { namespace: 'paint', task: 'How many orders are waiting to be shipped?', expected: 'SELECT count(*) FROM orders WHERE sent_dt IS NULL' },
  { namespace: 'paint', task: 'How many orders were placed in June 2026?', expected: "SELECT count(*) FROM orders WHERE placed_on >= DATE '2026-06-01' AND placed_on < DATE '2026-07-01'" },
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: c.namespace, task: c.task }));

describe('row states, "never" and what to show, read from the language and the schema', () => {
  const answers = askBeforeAll(DATABASES, QUESTIONS, { args: ['--current_date', '2026-11-25'], prefix: 'sluice-offline-row-states-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await rows[c.namespace](line.sql!), line.sql!).toEqual(await rows[c.namespace](c.expected));
    });
  });
});
