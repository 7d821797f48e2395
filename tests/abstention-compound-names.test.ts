import { describe, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import { madeUpRows } from './helpers/made-up-rows.js';

/**
 * A closed compound the dictionary does not list names a kind of its second word ("snowmaking" is a making), so a name
 * its first word starts or shares a stem with names none of it (issue 14, src/trust/ground-question.ts): "Boatshare"
 * is not the boats table, "Salesmaster" not the sales one. The name then links to nothing, and the rules for another
 * organisation's name decline the question; a compound stored as a value ("Boatworks", a customer) still links.
 */
const SCHEMA = `CREATE TABLE boats (boat_id INTEGER PRIMARY KEY, boat_nm VARCHAR NOT NULL, day_rate DECIMAL(6,2) NOT NULL);
CREATE TABLE customers (cust_id INTEGER PRIMARY KEY, cust_nm VARCHAR NOT NULL);
CREATE TABLE sales (sale_id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL, boat_id INTEGER NOT NULL, sold_on DATE NOT NULL, amount DECIMAL(8,2) NOT NULL, FOREIGN KEY (cust_id) REFERENCES customers(cust_id), FOREIGN KEY (boat_id) REFERENCES boats(boat_id));`;

const { database } = madeUpRows(SCHEMA, {
  boats: ['boat_id,boat_nm,day_rate', [[1, 'Kingfisher', 120], [2, 'Heron', 90], [3, 'Dabchick', 75]]],
  customers: ['cust_id,cust_nm', [[1, 'Boatworks'], [2, 'Ann Bell'], [3, 'Raj Shah']]],
  sales: ['sale_id,cust_id,boat_id,sold_on,amount', [[1, 1, 1, '2026-03-02', 240], [2, 2, 2, '2026-04-11', 90], [3, 1, 3, '2026-05-20', 150]]],
});

const DATE = ['--current_date', '2026-11-25'];

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'boatshare', namespace: 'boat_yard', task: 'What does Boatshare charge per day?', declined: /Boatshare/ },
  { id: 'salesmaster', namespace: 'boat_yard', task: 'How many boats did Salesmaster sell in 2026?', declined: /Salesmaster/ },
  // Twins worded alike that the data answers.
  { id: 'stored compound', namespace: 'boat_yard', task: 'How many boats did Boatworks buy in 2026?', declined: false },
  { id: 'stored boat', namespace: 'boat_yard', task: 'What does Kingfisher charge per day?', declined: false },
];

describe('a closed compound name and the names its first word starts', () => {
  const answers = askBeforeAll({ boat_yard: database }, QUESTIONS, { args: DATE, prefix: 'sluice-abstention-compound-names-' });

  it.each(QUESTIONS.filter((q) => q.declined))('declines $task', (q) => {
    expectDeclined(answers(), [q]);
  });

  it('answers the twins the data holds', () => {
    expectAnswered(answers(), QUESTIONS.filter((q) => !q.declined));
  });
});
