import { describeDeclineTable, type DeclineQuestion } from './helpers/describe-decline-table.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * Words grounding reads by their role, not as things the data must name (issue 14, src/trust/grounding-signals.ts):
 * - the noun after a stored value says what kind of thing the value is, also past a gerund that narrows it ("a French
 *   driving permit" where a country column holds 'France');
 * - "the longest" / "the shortest" used as an adverb ("has worked here the longest") where a linked table has a date
 *   asks how long since that date; where no table records a date it still declines;
 * - a verb's irregular past ("took"), which WordNet's index lacks, is that verb, too weak a sign to decline on;
 * - "the company" / "our business" is whoever keeps the data, as "we" is, and names nothing the data must hold.
 * Made-up databases through the real CLI.
 */
const DATE = ['--current_date', '2026-11-25'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  rentals: {
    schema: `CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, full_name VARCHAR, country VARCHAR);`,
    data: { customers: 'customer_id,full_name,country\n1,Ann Lee,France\n2,Bo Chan,Spain\n3,Cy Dean,France\n' },
  },
  staff_dated: {
    schema: `CREATE TABLE employees (staff_id INTEGER PRIMARY KEY, full_name VARCHAR, hired_on DATE);`,
    data: { employees: 'staff_id,full_name,hired_on\n1,Ann Lee,2019-04-01\n2,Bo Chan,2022-09-12\n' },
  },
  coop: {
    schema: `CREATE TABLE branches (branch_id INTEGER PRIMARY KEY, branch_name VARCHAR);
CREATE TABLE orders (order_id INTEGER PRIMARY KEY, branch_id INTEGER REFERENCES branches(branch_id), order_date DATE);`,
    data: {
      branches: 'branch_id,branch_name\n1,Ames\n2,Boone\n',
      orders: 'order_id,branch_id,order_date\n1,1,2024-03-01\n2,1,2025-03-01\n3,1,2025-04-01\n4,2,2024-05-01\n',
    },
  },
  staff_undated: {
    schema: `CREATE TABLE employees (staff_id INTEGER PRIMARY KEY, full_name VARCHAR, grade VARCHAR);`,
    data: { employees: 'staff_id,full_name,grade\n1,Ann Lee,senior\n2,Bo Chan,junior\n' },
  },
};

const QUESTIONS: DeclineQuestion[] = [
  { id: 'french driving permit', namespace: 'rentals', task: 'How many customers hold a French driving permit?', declined: false },
  { id: 'worked the longest, dated', namespace: 'staff_dated', task: 'Which employee has worked here the longest?', declined: false },
  { id: 'branches took orders', namespace: 'coop', task: 'Which branches took more orders in 2025 than in 2024?', declined: false },
  { id: 'branches the company has', namespace: 'coop', task: 'How many branches does the company have?', declined: false },
  { id: 'employees the company has', namespace: 'coop', task: 'How many employees does the company have?', declined: /employees/ },
  // No table records a date, and a noun after a gerund with no stored value before it: declined.
  { id: 'worked the longest, undated', namespace: 'staff_undated', task: 'Which employee has worked here the longest?', declined: /longest/ },
  { id: 'driving permit, no value', namespace: 'rentals', task: 'How many customers hold a valid driving permit?', declined: /permit/ },
];

describeDeclineTable('a noun after a stored value, and an adverbial "the longest"', {
  databases: SCHEMAS,
  questions: QUESTIONS,
  args: DATE,
  prefix: 'sluice-abstention-near-miss-roles-',
  declines: 'still declines them where nothing grounds them',
  answers: 'answers the kind of a stored value past a gerund, and "the longest" where a date is recorded',
  query: 'none',
});
