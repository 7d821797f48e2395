import { describeSameRows } from './helpers/expect-same-rows.js';

/**
 * "the first member to join", "the last order placed": "first"/"last" before a noun that an event follows (an
 * infinitive or a past participle) picks the one row earliest or latest by the table's date. "the first name", "the
 * last name" must not change. Through the real CLI; rows must equal the hand-written query's.
 */
describeSameRows('the first or last row to do something', 'club', {
  members: {
    create: 'CREATE TABLE members (member_id INTEGER PRIMARY KEY, first_name VARCHAR NOT NULL, last_name VARCHAR NOT NULL, joined_on DATE NOT NULL)',
    header: 'member_id,first_name,last_name,joined_on',
    rows: [[1, 'Ana', 'Lima', '2021-03-04'], [2, 'Ben', 'Ode', '2019-11-20'], [3, 'Cleo', 'Mar', '2022-06-01'], [4, 'Dan', 'Roe', '2020-01-15']],
  },
  orders: {
    create: 'CREATE TABLE orders (order_id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members(member_id), placed_on DATE NOT NULL, total INTEGER NOT NULL)',
    header: 'order_id,member_id,placed_on,total',
    rows: [[1, 1, '2023-01-05', 40], [2, 2, '2023-04-11', 25], [3, 3, '2022-12-30', 90], [4, 1, '2023-02-14', 10]],
  },
}, [
  { task: 'Who is the first member to join? List the first name and last name.', expected: 'SELECT first_name, last_name FROM members ORDER BY joined_on LIMIT 1' },
  { task: 'When was the last order placed?', expected: 'SELECT placed_on FROM orders ORDER BY placed_on DESC LIMIT 1' },
  // Must not change: "first name" and "last name" are columns, not a ranking.
  { task: 'List the first name and last name of every member.', expected: 'SELECT first_name, last_name FROM members' },
  { task: 'What is the last name of the member whose first name is Cleo?', expected: "SELECT last_name FROM members WHERE first_name = 'Cleo'" },
]);
