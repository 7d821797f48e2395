import { describe, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { expectCheckCase, questionContext, type CheckCase } from './helpers/answer-check-cases.js';

/** A made-up lending library: the cases are English constructions, not any dataset's questions. */
const contextFor = (question: string): Context =>
  questionContext(question, 'library', [
    {
      name: 'books',
      columns: [
        { name: 'book_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'title', nullable: false },
        { name: 'shelf', nullable: false },
        { name: 'added_on', type: 'DATE', nullable: false },
        { name: 'withdrawn_on', type: 'DATE' },
      ],
    },
    {
      name: 'members',
      columns: [
        { name: 'member_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'full_name', nullable: false },
        { name: 'joined_on', type: 'DATE', nullable: false },
      ],
    },
    {
      name: 'loans',
      columns: [
        { name: 'loan_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'book_id', type: 'INTEGER', nullable: false, references: 'books.book_id' },
        { name: 'member_id', type: 'INTEGER', nullable: false, references: 'members.member_id' },
        { name: 'lent_on', type: 'DATE', nullable: false },
        { name: 'back_dt', type: 'DATE' },
        { name: 'status', nullable: false, comment: 'open, closed or lost' },
        { name: 'status_dt', type: 'DATE' },
      ],
    },
    {
      name: 'book_reviews',
      columns: [
        { name: 'review_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'book_id', type: 'INTEGER', nullable: false, references: 'books.book_id' },
        { name: 'posted_on', type: 'DATE', nullable: false },
      ],
    },
    {
      name: 'visits',
      columns: [
        { name: 'visit_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'member_id', type: 'INTEGER', nullable: false },
        { name: 'room', nullable: false },
        { name: 'visit_date', type: 'DATE', nullable: false },
      ],
    },
  ]);

const YEAR = "DATE '2025-01-01' AND {c} < DATE '2026-01-01'";
const in2025 = (column: string) => `${column} >= ${YEAR.replace('{c}', column)}`;

const cases: CheckCase[] = [
  // shown_rows: "which <rows>" answered by the condition's own column says when or where, not which
  ['rows asked, the condition column shown', 'Which books were withdrawn in 2025?', `SELECT withdrawn_on FROM books WHERE ${in2025('withdrawn_on')}`, ['withdrawn_on'], 3, 'shown_rows', false],
  ['rows asked, their titles shown', 'Which books were withdrawn in 2025?', `SELECT title FROM books WHERE ${in2025('withdrawn_on')}`, ['title'], 3, 'shown_rows', true],
  ['the rows of a table asked, the condition column shown', 'Show the rows of the books table whose added_on is before 2020', "SELECT added_on FROM books WHERE added_on < DATE '2020-01-01'", ['added_on'], 3, 'shown_rows', false],
  ['days asked, the condition column shown', 'List the days in 2025 when books were added', `SELECT DISTINCT added_on FROM books WHERE ${in2025('added_on')}`, ['added_on'], 3, 'shown_rows', true],
  // shown_rows: a key alone where the table has a column naming its rows
  ['rows asked, a key shown', 'Which books are on shelf B?', "SELECT book_id FROM books WHERE shelf = 'B'", ['book_id'], 3, 'shown_rows', false],
  ['the key asked by its name', 'Which book ids are on shelf B?', "SELECT book_id FROM books WHERE shelf = 'B'", ['book_id'], 3, 'shown_rows', true],
  ['rows asked, names shown', 'Which members joined in 2025?', `SELECT full_name FROM members WHERE ${in2025('joined_on')}`, ['full_name'], 3, 'shown_rows', true],
  // shown_rows: a column held to one value shows the value the question gave
  ['the fixed value shown', 'What is the most borrowed book on shelf B?', "SELECT books.shelf FROM loans JOIN books ON loans.book_id = books.book_id WHERE books.shelf = 'B' GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1", ['shelf'], 1, 'shown_rows', false],
  ['another column shown', 'What is the most borrowed book on shelf B?', "SELECT books.title FROM loans JOIN books ON loans.book_id = books.book_id WHERE books.shelf = 'B' GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1", ['title'], 1, 'shown_rows', true],
  // dated_by: a column held to a value has a date named after it, which dates when rows came to hold it
  ['the value dated by another date', 'How many loans were closed in 2025?', `SELECT COUNT(*) FROM loans WHERE status = 'closed' AND ${in2025('lent_on')}`, ['n'], 1, 'dated_by', false],
  ['the value dated by its own date', 'How many loans were closed in 2025?', `SELECT COUNT(*) FROM loans WHERE status = 'closed' AND ${in2025('status_dt')}`, ['n'], 1, 'dated_by', true],
  ['the other date named', 'How many loans lent in 2025 are closed?', `SELECT COUNT(*) FROM loans WHERE status = 'closed' AND ${in2025('lent_on')}`, ['n'], 1, 'dated_by', true],
  // dated_by: a date some rows lack, where every row has another, dates only a later stage
  ['a date some rows lack, unnamed', 'How many loans were open in 2025?', `SELECT COUNT(*) FROM loans WHERE back_dt >= ${YEAR.replace('{c}', 'back_dt')}`, ['n'], 1, 'dated_by', false],
  ['the date every row has', 'How many loans were open in 2025?', `SELECT COUNT(*) FROM loans WHERE ${in2025('lent_on')}`, ['n'], 1, 'dated_by', true],
  // dated_by: the last verb names a table the SQL reads, whose own date is not the one filtered on
  ['the verb names another table with a date', 'How many members visited the reading room in 2025?', `SELECT COUNT(DISTINCT members.member_id) FROM members JOIN visits ON members.member_id = visits.member_id WHERE visits.room = 'reading' AND ${in2025('members.joined_on')}`, ['n'], 1, 'dated_by', false],
  ["the verb's table dated", 'How many members visited the reading room in 2025?', `SELECT COUNT(DISTINCT members.member_id) FROM members JOIN visits ON members.member_id = visits.member_id WHERE visits.room = 'reading' AND ${in2025('visits.visit_date')}`, ['n'], 1, 'dated_by', true],
  // fanned_count: COUNT(*) over a join counts the rows of the table that references the one the question counts
  ['rows of the referencing table counted', 'Number of books on shelf B', "SELECT COUNT(*) FROM loans JOIN books ON loans.book_id = books.book_id WHERE books.shelf = 'B'", ['n'], 1, 'fanned_count', false],
  ['the referenced rows counted once each', 'Number of books on shelf B', "SELECT COUNT(DISTINCT books.book_id) FROM loans JOIN books ON loans.book_id = books.book_id WHERE books.shelf = 'B'", ['n'], 1, 'fanned_count', true],
  ['the referenced table named after the counted noun', 'How many times was each book lent?', 'SELECT books.title, COUNT(*) FROM loans JOIN books ON loans.book_id = books.book_id GROUP BY 1', ['title', 'n'], 3, 'fanned_count', true],
  ['the referencing rows asked', 'How many loans of books on shelf B?', "SELECT COUNT(*) FROM loans JOIN books ON loans.book_id = books.book_id WHERE books.shelf = 'B'", ['n'], 1, 'fanned_count', true],
  // loans pair books with members: counted per member (grouped or held to one), the pairs are one per book lent
  ['pairs counted with the other side free', 'Number of books lent to members joined in 2025', "SELECT COUNT(*) FROM books JOIN loans ON books.book_id = loans.book_id JOIN members ON loans.member_id = members.member_id WHERE members.joined_on >= DATE '2025-01-01'", ['n'], 1, 'fanned_count', false],
  ['pairs counted per member', 'Number of books for each member', 'SELECT members.full_name, COUNT(*) FROM books JOIN loans ON books.book_id = loans.book_id JOIN members ON loans.member_id = members.member_id GROUP BY 1, members.member_id', ['full_name', 'n'], 3, 'fanned_count', true],
  ['pairs counted for one member', 'Number of books lent to Ann Lee', "SELECT COUNT(*) FROM books JOIN loans ON books.book_id = loans.book_id JOIN members ON loans.member_id = members.member_id WHERE members.full_name = 'Ann Lee'", ['n'], 1, 'fanned_count', true],
  // counted_compound: a table named by a modifier of its name (book_reviews) counts what its last word names
  ['rows of a compound counted for its modifier', 'Books posted per month', "SELECT date_trunc('month', posted_on), COUNT(*) FROM book_reviews GROUP BY 1", ['month', 'n'], 3, 'counted_compound', false],
  ['rows of a compound counted for its head', 'Reviews posted per month', "SELECT date_trunc('month', posted_on), COUNT(*) FROM book_reviews GROUP BY 1", ['month', 'n'], 3, 'counted_compound', true],
  ['the table the word names counted', 'Books added per month', "SELECT date_trunc('month', added_on), COUNT(*) FROM books GROUP BY 1", ['month', 'n'], 3, 'counted_compound', true],
];

describe('the checks see an answer that does not say which rows, or dates them by another event', () => {
  it.each(cases)('%s: %s', (...checkCase) => expectCheckCase(contextFor, checkCase));
});
