import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import { madeUpRows, type TableRows } from './helpers/made-up-rows.js';

/**
 * "members who have never borrowed a book" where a loan's status can be 'borrowed': the verb names its table (borrow →
 * borrowing), so it says a row exists, not which status the row has; "loans that were returned" still filters the
 * status ('returned' names no table). A made-up library through the real CLI; rows must equal the hand-written query's.
 */
const SCHEMA = `CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL);
CREATE TABLE books (book_id INTEGER PRIMARY KEY, title VARCHAR NOT NULL);
CREATE TABLE borrowings (borrowing_id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members (member_id), book_id INTEGER NOT NULL REFERENCES books (book_id), status VARCHAR NOT NULL);`;

const ROWS: TableRows = {
  members: ['member_id,full_name', [[1, 'Ann Hale'], [2, 'Bob Marr'], [3, 'Cem Ozil'], [4, 'Dee Tran']]],
  books: ['book_id,title', [[1, 'Dune'], [2, 'Emma'], [3, 'Ulysses']]],
  borrowings: ['borrowing_id,member_id,book_id,status', [[1, 1, 1, 'returned'], [2, 1, 2, 'borrowed'], [3, 2, 3, 'returned'], [4, 1, 3, 'returned'], [5, 3, 1, 'overdue']]],
};

const { database, rows } = madeUpRows(SCHEMA, ROWS);
const DATABASES = { library: database };

const CASES: { task: string; expected: string }[] = [
  { task: 'List the names of members who have never borrowed a book.', expected: 'SELECT full_name FROM members WHERE member_id NOT IN (SELECT member_id FROM borrowings)' },
  { task: 'List the names of members who have borrowed more than two books.', expected: 'SELECT full_name FROM members m WHERE (SELECT COUNT(*) FROM borrowings b WHERE b.member_id = m.member_id) > 2' },
  { task: 'How many borrowings were returned?', expected: "SELECT COUNT(*) FROM borrowings WHERE status = 'returned'" },
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: 'library', task: c.task }));

describe('a verb that names its table says a row exists, not a status', () => {
  const answers = askBeforeAll(DATABASES, QUESTIONS, { args: ['--current_date', '2026-11-25'], prefix: 'sluice-offline-verb-names-table-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await rows(line.sql!), line.sql!).toEqual(await rows(c.expected));
    });
  });
});
