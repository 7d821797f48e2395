import { describeDeclineTable, type DeclineQuestion } from './helpers/describe-decline-table.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * Abstention after the SQL ran (issue 14), judged from the SQL's shape: a question asks for one attribute or measure
 * nothing records ("What does Dune weigh?") and the answer fell back to every column of a table, or it
 * counts things nothing records ("How many shelves …") and the count fell back to the rows of a named value's table.
 * Answered: what a column holds under another word, a count the table holds, a listing. A made-up library database,
 * none of the labelled sets', through the real CLI.
 */
const DATE = ['--current_date', '2026-11-25'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  library: {
    schema: `CREATE TABLE branches (branch_id INTEGER PRIMARY KEY, branch_name VARCHAR, city VARCHAR);
CREATE TABLE books (book_id INTEGER PRIMARY KEY, branch_id INTEGER REFERENCES branches (branch_id), title VARCHAR, author VARCHAR, price DECIMAL(8,2));
CREATE TABLE loans (loan_id INTEGER PRIMARY KEY, book_id INTEGER REFERENCES books (book_id), loaned_on DATE, overdue BOOLEAN);`,
    data: {
      branches: 'branch_id,branch_name,city\n1,Central,Leeds\n2,Riverside,York\n',
      books: 'book_id,branch_id,title,author,price\n1,1,Dune,Herbert,12.5\n2,1,Emma,Austen,8\n3,2,Ulysses,Joyce,15\n',
      loans: 'loan_id,book_id,loaned_on,overdue\n1,1,2026-06-06,true\n2,2,2026-07-11,false\n3,3,2026-08-15,true\n',
    },
  },
};

const QUESTIONS: DeclineQuestion[] = [
  { id: 'what do they weigh', namespace: 'library', task: 'What does Dune weigh?', declined: /'weigh'.*every column/ },
  { id: 'what do they earn', namespace: 'library', task: 'What do librarians at Central earn?', declined: /'earn'.*every column/ },
  { id: 'how much does it weigh', namespace: 'library', task: 'How much does Emma weigh?', declined: /'weigh'.*every column|records a weight .*"weigh"/ },
  { id: 'count of a named value', namespace: 'library', task: 'How many shelves are there at Riverside?', declined: /how many shelves.*counting/ },
  { id: 'a column under another word', namespace: 'library', task: 'How much does Dune cost?', declined: false },
  { id: 'a column under another word, joined', namespace: 'library', task: 'How much does membership at Riverside cost?', declined: false },
  { id: 'a counted table', namespace: 'library', task: 'How many books are there at Riverside?', declined: false },
  { id: 'a flag says which rows', namespace: 'library', task: 'How many lendings were overdue?', declined: false },
  { id: 'a listing', namespace: 'library', task: 'Show the branches.', declined: false },
];

describeDeclineTable('abstention after the query ran, from the fallback the SQL took', {
  databases: SCHEMAS,
  questions: QUESTIONS,
  args: DATE,
  prefix: 'sluice-abstention-after-query-',
  declines: 'declines an asked attribute or count nothing records, naming it',
  answers: 'answers what a column or table holds, and a listing',
});
