import { describeSameRows } from './helpers/expect-same-rows.js';

/**
 * "How many loans were issued in 2024 by members from Leeds?": "by" after a passive participle (even past an
 * adverbial, "in 2024") names who did it, so the answer is one count, not a count per member; "loans by member" has
 * no participle and groups. Through the real CLI; rows must equal the hand-written query's, and both are `success`.
 */
describeSameRows('"by" after a passive names the doer', 'library', {
  members: {
    create: 'CREATE TABLE members (member_id INTEGER PRIMARY KEY, member_name VARCHAR NOT NULL, city VARCHAR NOT NULL)',
    header: 'member_id,member_name,city',
    rows: [[1, 'Ada Moor', 'Leeds'], [2, 'Bo Lund', 'Leeds'], [3, 'Cy Hale', 'York']],
  },
  loans: {
    create: 'CREATE TABLE loans (loan_id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members(member_id), issued_on DATE NOT NULL)',
    header: 'loan_id,member_id,issued_on',
    rows: [[1, 1, '2024-02-01'], [2, 1, '2024-05-09'], [3, 2, '2024-07-12'], [4, 3, '2024-03-03'], [5, 2, '2023-11-30']],
  },
}, [
  {
    task: 'How many loans were issued in 2024 by members from Leeds?',
    expected: "SELECT count(*) FROM loans l JOIN members m ON m.member_id = l.member_id WHERE m.city = 'Leeds' AND l.issued_on >= DATE '2024-01-01' AND l.issued_on < DATE '2025-01-01'",
    status: 'success',
  },
  {
    task: 'Number of loans by member',
    expected: 'SELECT m.member_name, count(*) FROM loans l JOIN members m ON m.member_id = l.member_id GROUP BY m.member_id, m.member_name ORDER BY 1',
    status: 'success',
  },
]);
