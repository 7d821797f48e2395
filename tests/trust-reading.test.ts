import { describe, expect, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { attemptOf, questionContext } from './helpers/answer-check-cases.js';
import { runAnswerChecks } from '../src/trust/run-answer-checks.js';

/** A lending-library schema: the readings below are English and schema rules, not any dataset's words. */
const TABLES = [
  { name: 'members', columns: ['member_id', 'full_name', 'fname', 'lname', 'hometown', 'age'] },
  { name: 'books', columns: ['book_id', 'title', 'genre_code', 'page_count'] },
  { name: 'loans', columns: ['loan_id', 'book_id', 'member_id', 'loaned_on', 'return_branch', 'fine_paid'] },
  { name: 'branches', columns: ['branch_code', 'branch_name', 'city'] },
];

function contextFor(question: string): Context {
  return questionContext(question, 'library', TABLES.map((table) => ({ name: table.name, columns: table.columns.map((name) => ({ name })) })));
}


const rowsOf = (width: number, count = 4) => Array.from({ length: count }, (_, i) => Array.from({ length: width }, (_, c) => (c === 0 ? `r${i}` : i)));

type Case = [why: string, question: string, sql: string, columns: string[], check: string, passed: boolean];

const cases: Case[] = [
  // columns_used: "first name" read as fname does not ask for lname
  ['abbreviated name', 'What are the first names of members from Kerry?', "SELECT fname FROM members WHERE hometown = 'Kerry'", ['fname'], 'columns_used', true],
  ['abbreviated name missing', 'What are the first and last names of members aged 30?', 'SELECT fname FROM members WHERE age = 30', ['fname'], 'columns_used', false],
  // unaddressed: a plural the root leaves whole ("ids") is the SQL's id column
  ['short plural', 'What are the ids of books in the mystery genre?', "SELECT book_id FROM books WHERE genre_code = 'mystery'", ['book_id'], 'unaddressed', true],
  // number words the SQL states as digits
  ['number word', 'List the members with at least three loans.', 'SELECT member_id FROM loans GROUP BY member_id HAVING COUNT(*) >= 3', ['member_id'], 'unaddressed', true],
  ['number word missing', 'List the members with at least three loans.', 'SELECT member_id FROM loans GROUP BY member_id HAVING COUNT(*) >= 2', ['member_id'], 'unaddressed', false],
  // ordering words an ORDER BY carries, typos included
  ['ordering word', 'Show book titles in reverse alphabetical order.', 'SELECT title FROM books ORDER BY title DESC', ['title'], 'unaddressed', true],
  ['ordering typo', 'Show book titles in descending alphabtical order.', 'SELECT title FROM books ORDER BY title DESC', ['title'], 'unaddressed', true],
  ['ordering word unordered', 'Show book titles in descending alphabetical order.', 'SELECT title FROM books', ['title'], 'unaddressed', false],
  // "most common / frequent" is answered by a count that ranks
  ['most frequent', 'Which hometown is the most frequent among members?', 'SELECT hometown FROM members GROUP BY hometown ORDER BY COUNT(*) DESC LIMIT 1', ['hometown'], 'unaddressed', true],
  ['most frequent uncounted', 'Which hometown is the most frequent among members?', 'SELECT hometown FROM members LIMIT 1', ['hometown'], 'unaddressed', false],
  // verbs that relate joined things: after a relative pronoun, before a determiner
  ['verb after who', 'What are the names of members who borrow mystery books?', "SELECT m.full_name FROM members m JOIN loans l ON l.member_id = m.member_id JOIN books b ON b.book_id = l.book_id WHERE b.genre_code = 'mystery'", ['full_name'], 'unaddressed', true],
  ['verb before determiner', 'Which branch receives the most returns?', 'SELECT b.branch_name FROM branches b JOIN loans l ON l.return_branch = b.branch_code GROUP BY b.branch_name ORDER BY COUNT(*) DESC LIMIT 1', ['branch_name'], 'unaddressed', true],
  // an abbreviation in the schema ("dest", "qty") and a shared stem ("fines" / fine_paid)
  ['shared stem', 'What is the total of fines paid by each member?', 'SELECT member_id, SUM(fine_paid) FROM loans GROUP BY member_id', ['member_id', 'sum'], 'unaddressed', true],
  ['typo of a column', 'List the hometwns of all members.', 'SELECT hometown FROM members', ['hometown'], 'unaddressed', true],
  // a word no identifier, number or reading accounts for stays open
  ['content word stays open', 'Which books won a prize?', 'SELECT title FROM books', ['title'], 'unaddressed', false],
  // text patterns: "the letter" is what LIKE carries
  ['pattern word', "Which titles contain the letter 'q'?", "SELECT title FROM books WHERE title LIKE '%q%'", ['title'], 'unaddressed', true],
  // nouns for the rows themselves
  ['row noun', 'How many people are members?', 'SELECT COUNT(*) FROM members', ['n'], 'unaddressed', true],

  // projection: short plurals, participles after the noun, compounds
  ['projection short plural', 'What are the ids and titles of books with more than 300 pages?', 'SELECT book_id, title FROM books WHERE page_count > 300', ['book_id', 'title'], 'projection', true],
  ['projection participle', 'Return the ids corresponding to books in the poetry genre.', "SELECT book_id FROM books WHERE genre_code = 'poetry'", ['book_id'], 'projection', true],
  ['projection initials', 'Show the daily active readers by month', 'SELECT month, dar FROM reader_stats', ['month', 'dar'], 'projection', true],
  ['projection initials elsewhere', 'Show the daily active readers by month', 'SELECT month, xyz FROM reader_stats', ['month', 'xyz'], 'projection', false],
  ['projection compound', 'What are the towns that members come from?', 'SELECT DISTINCT hometown FROM members', ['hometown'], 'projection', true],
  ['projection still misses', 'What are the titles and page counts of books?', 'SELECT title FROM books', ['title'], 'projection', false],

  ['projection table word', 'Show all book ids and the number of loans of each book.', 'SELECT b.title, COUNT(*) FROM loans l JOIN books b ON b.book_id = l.book_id GROUP BY 1', ['title', 'count'], 'projection', false],
  ['projection number abbreviation', 'What are the member numbers of loans at branch 3?', 'SELECT member_no FROM loans WHERE return_branch = 3', ['member_no'], 'projection', true],
  ['projection column named after its table', 'List the branch names and cities.', 'SELECT branch, city FROM branch_list', ['branch', 'city'], 'projection', true],


  // count_shape: DuckDB's count_star() is a count
  ['count_star', 'Show each branch and the number of loans returned there.', 'SELECT return_branch, count_star() FROM loans GROUP BY return_branch', ['return_branch', 'count_star()'], 'count_shape', true],

  // grouping: "by" naming who did it, and "each time"
  ['agent by superlative', 'Show the titles of books borrowed by the youngest member.', 'SELECT b.title FROM books b JOIN loans l ON l.book_id = b.book_id JOIN members m ON m.member_id = l.member_id ORDER BY m.age LIMIT 1', ['title'], 'grouping', true],
  ['agent by relative clause', 'List titles borrowed by members who are older than 60.', 'SELECT b.title FROM books b JOIN loans l ON l.book_id = b.book_id JOIN members m ON m.member_id = l.member_id WHERE m.age > 60', ['title'], 'grouping', true],
  ['each time', 'What is the average fine paid each time?', 'SELECT AVG(fine_paid) FROM loans', ['avg'], 'grouping', true],
  ['real grouping still needed', 'Show the number of loans by return branch.', 'SELECT COUNT(*) FROM loans', ['n'], 'grouping', false],
];

describe('the checks read the question as English, not word for word', () => {
  it.each(cases)('%s: %s', (_why, question, sql, columns, check, passed) => {
    const result = runAnswerChecks(contextFor(question), attemptOf(sql, columns, rowsOf(columns.length)));
    const found = result.find((r) => r.name === check);
    if (passed) expect(found?.passed ?? true, JSON.stringify(found)).toBe(true);
    else expect(found?.passed, JSON.stringify(result)).toBe(false);
  });
});
