import { expect } from 'vitest';
import { describeDeclineTable, type DeclineQuestion } from './helpers/describe-decline-table.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * Abstention by what the question ranks by and what it asks of a named thing (issue 14, fifth pass): a quality nothing
 * stores ("the wittiest", "the most elegant", "the better storyteller"), the doer or the time of a verb no column
 * records ("Who illustrated <a title>?", "When was <a title> translated?"), a forecast by "expect"; and, the other
 * way, a generic head ("people"), a ratio ("rate"), a period ("in the nineties") where dates are stored, "longest"
 * where a duration is, and "most common" (a count) still answered. Two made-up databases through the real CLI.
 */
const DATE = ['--current_date', '2026-11-25'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  library: {
    schema: `CREATE TABLE authors (author_id INTEGER PRIMARY KEY, name VARCHAR, country VARCHAR);
CREATE TABLE books (book_id INTEGER PRIMARY KEY, title VARCHAR, pages INTEGER, author_id INTEGER REFERENCES authors (author_id));
CREATE TABLE loans (loan_id INTEGER PRIMARY KEY, book_id INTEGER REFERENCES books (book_id), loan_date DATE, borrower VARCHAR);`,
    data: {
      authors: 'author_id,name,country\n1,Mira Sol,Chile\n2,Tom Reed,Canada\n',
      books: 'book_id,title,pages,author_id\n1,Quiet Harbour,320,1\n2,Salt Roads,210,2\n3,Glass Hours,150,1\n',
      loans: 'loan_id,book_id,loan_date,borrower\n1,1,2026-01-04,Ann\n2,2,2026-02-11,Bo\n3,1,2026-03-20,Cy\n',
    },
  },
  gym: {
    schema: `CREATE TABLE coaches (coach_id INTEGER PRIMARY KEY, full_name VARCHAR, hourly_fee DOUBLE);
CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name VARCHAR, birth_date DATE, joined_on DATE);
CREATE TABLE sessions (session_id INTEGER PRIMARY KEY, coach_id INTEGER REFERENCES coaches (coach_id), member_id INTEGER REFERENCES members (member_id), level VARCHAR, duration_minutes INTEGER, held_on DATE);`,
    data: {
      coaches: 'coach_id,full_name,hourly_fee\n1,Ann Park,40\n2,Bo Lind,55\n',
      members: 'member_id,full_name,birth_date,joined_on\n1,Cy Moss,1994-05-02,2024-01-10\n2,Di Hale,1988-11-30,2025-03-03\n3,Ed Ross,1999-07-14,2025-06-21\n',
      sessions: 'session_id,coach_id,member_id,level,duration_minutes,held_on\n1,1,1,beginner,45,2026-01-05\n2,2,2,advanced,60,2026-01-06\n3,1,3,beginner,30,2026-02-02\n',
    },
  },
};

const QUESTIONS: DeclineQuestion[] = [
  { id: 'superlative quality', namespace: 'library', task: 'Which author is the wittiest?', declined: /wittiest/ },
  { id: 'most + quality', namespace: 'library', task: 'Which book has the most elegant prose?', declined: /elegant/ },
  { id: 'better + noun', namespace: 'gym', task: 'Which coach is the better storyteller, Ann Park or Bo Lind?', declined: /storyteller/ },
  { id: 'who did it to a named thing', namespace: 'library', task: 'Who illustrated Quiet Harbour?', declined: /illustrated/ },
  { id: 'when was it done', namespace: 'library', task: 'When was the Salt Roads book translated?', declined: /translated/ },
  { id: 'expect', namespace: 'gym', task: 'How many sessions should we expect in March?', declined: /expect/ },
  { id: 'generic head', namespace: 'gym', task: 'How many people were coached by Ann Park?', declined: false },
  { id: 'ratio', namespace: 'gym', task: 'What is the advanced session rate?', declined: false },
  { id: 'period with dates', namespace: 'gym', task: 'How many members were born in the nineties?', declined: false },
  { id: 'longest with a duration', namespace: 'gym', task: 'Which coach led the longest session?', declined: false },
  { id: 'most common', namespace: 'gym', task: 'What is the most common level?', declined: false },
  { id: 'when, own date', namespace: 'library', task: 'When was the Quiet Harbour book borrowed?', declined: false },
];

describeDeclineTable('what the question ranks by and asks of a named thing', {
  databases: SCHEMAS,
  questions: QUESTIONS,
  args: DATE,
  prefix: 'sluice-abstention-qualities-',
  declines: 'declines a quality nothing stores, an unrecorded doer or time of a verb, and a forecast, before any SQL runs, naming it',
  answers: 'answers a generic head, a ratio, a period where dates are stored, "longest" where a duration is, a count-like "most common" and a time the thing\'s own table records',
  query: 'none',
});
