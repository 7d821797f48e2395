import { describeDeclineTable } from './helpers/describe-decline-table.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * A WordNet synonym written in words ("surname": last name) names the column those words name, written out
 * (last_name) or shortened as "first name" is to Fname (LName) (issue 14): such a question is not declined. The twin
 * asks for a maiden name, a kind of surname and no synonym, where nothing records it: still declined.
 */
const SCHEMAS: Record<string, MadeUpDatabase> = {
  staff: {
    schema: 'CREATE TABLE employees (employee_id INTEGER PRIMARY KEY, first_name VARCHAR NOT NULL, last_name VARCHAR NOT NULL, hired_on DATE NOT NULL);',
    data: { employees: 'employee_id,first_name,last_name,hired_on\n1,Ann,Lee,2020-01-06\n2,Bob,Ray,2021-03-01\n' },
  },
  school: {
    schema: 'CREATE TABLE student (stuid INTEGER PRIMARY KEY, LName VARCHAR NOT NULL, Fname VARCHAR NOT NULL, age INTEGER NOT NULL);',
    data: { student: 'stuid,LName,Fname,age\n1,Smith,Linda,18\n2,Kim,Tracy,19\n' },
  },
};

const ANSWERED = [
  { id: 'last_name', namespace: 'staff', task: "Show each employee's surname.", declined: false as const },
  { id: 'LName', namespace: 'school', task: 'List the surnames of the students.', declined: false as const },
];
const DECLINED = [{ id: 'maiden', namespace: 'staff', task: "Show each employee's maiden name.", declined: /maiden/ }];

describeDeclineTable('a synonym WordNet writes in words', {
  databases: SCHEMAS,
  questions: [...ANSWERED, ...DECLINED],
  args: ['--current_date', '2026-11-02'],
  prefix: 'sluice-near-miss-multi-word-synonyms-',
  declines: 'still declines a kind of it that nothing records',
  answers: 'answers a question naming a column by such a synonym',
  query: 'none',
});
