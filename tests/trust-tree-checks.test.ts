import { describe, expect, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { runAnswerChecks } from '../src/trust/run-answer-checks.js';
import { attemptOf, expectCheckCase, questionContext, rowsOf, type CheckCase } from './helpers/answer-check-cases.js';

/** A made-up harbour cafe and its ferries: English constructions, not any dataset's questions. */
const contextFor = (question: string): Context =>
  questionContext(question, 'harbour', [
    {
      name: 'staff',
      columns: [
        { name: 'staff_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'first_name', nullable: false },
        { name: 'last_name', nullable: false },
      ],
    },
    {
      name: 'bills',
      columns: [
        { name: 'bill_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'staff_id', type: 'INTEGER', nullable: false, references: 'staff.staff_id' },
        { name: 'patron_id', type: 'INTEGER', nullable: false, references: 'patrons.patron_id' },
        { name: 'tip', type: 'DECIMAL(8,2)', nullable: false },
        { name: 'paid_at', type: 'TIMESTAMP', nullable: false },
      ],
    },
    {
      name: 'bill_lines',
      columns: [
        { name: 'line_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'bill_id', type: 'INTEGER', nullable: false, references: 'bills.bill_id' },
        { name: 'dish_id', type: 'INTEGER', nullable: false, references: 'dishes.dish_id' },
        { name: 'qty', type: 'INTEGER', nullable: false },
      ],
    },
    {
      name: 'dishes',
      columns: [
        { name: 'dish_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'name', nullable: false },
        { name: 'course', nullable: false },
        { name: 'chef_name', nullable: false },
      ],
    },
    {
      name: 'patrons',
      columns: [
        { name: 'patron_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'full_name', nullable: false },
      ],
    },
    {
      name: 'patron_visits',
      columns: [
        { name: 'visit_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'patron_id', type: 'INTEGER', nullable: false, references: 'patrons.patron_id' },
        { name: 'kind', nullable: false },
      ],
    },
    {
      name: 'piers',
      columns: [
        { name: 'pier_code', primary_key: true, nullable: false },
        { name: 'pier_name', nullable: false },
        { name: 'covered', type: 'BOOLEAN', nullable: false },
        { name: 'opened', type: 'DATE', nullable: false },
      ],
    },
    {
      name: 'sailings',
      columns: [
        { name: 'sail_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'pier_code', nullable: false, references: 'piers.pier_code' },
        { name: 'dep_at', type: 'TIMESTAMP', nullable: false },
        { name: 'miles', type: 'DECIMAL(5,1)', nullable: false },
        { name: 'status', nullable: false, comment: 'OK, LATE or CNX (cancelled)' },
      ],
    },
  ]);

const cases: CheckCase[] = [
  // rows_named: "which <rows>" answered by nothing of those rows
  ['a flag of every row', 'Which piers are covered?', 'SELECT covered FROM piers', ['covered'], 3, 'rows_named', false],
  ['a bucket and a count', 'Which piers opened every week?', "SELECT CAST(date_trunc('week', opened) AS DATE) AS week, COUNT(*) AS n FROM piers GROUP BY 1", ['week', 'n'], 3, 'rows_named', false],
  ['the rows named', 'Which piers are covered?', 'SELECT pier_name FROM piers WHERE covered', ['pier_name'], 2, 'rows_named', true],
  ['names joined into one text', 'Which staff took a bill?', "SELECT DISTINCT staff.first_name || ' ' || staff.last_name FROM staff JOIN bills ON bills.staff_id = staff.staff_id", ['name'], 2, 'rows_named', true],
  ['another noun after the table word', 'Which pier names are longest?', 'SELECT MAX(length(pier_name)) FROM piers', ['n'], 1, 'rows_named', true],
  // fanned_sum: a sum of the one side repeated for each row of a many side read only to join through
  ['a tip summed once per line', 'What is the total tip on bills with a dessert?', "SELECT SUM(bills.tip) FROM bills JOIN bill_lines ON bills.bill_id = bill_lines.bill_id JOIN dishes ON bill_lines.dish_id = dishes.dish_id WHERE dishes.course = 'dessert'", ['total'], 1, 'fanned_sum', false],
  ['the bills with a dessert summed once', 'What is the total tip on bills with a dessert?', "SELECT SUM(tip) FROM bills WHERE bill_id IN (SELECT bill_lines.bill_id FROM bill_lines JOIN dishes ON bill_lines.dish_id = dishes.dish_id WHERE dishes.course = 'dessert')", ['total'], 1, 'fanned_sum', true],
  ['the many side read for its own column', 'Total tip per portion sold', 'SELECT SUM(bills.tip) / SUM(bill_lines.qty) FROM bills JOIN bill_lines ON bills.bill_id = bill_lines.bill_id', ['n'], 1, 'fanned_sum', true],
  ['a tip summed once per line of one dish', 'What is the total tip on bills where dish 7 was ordered?', 'SELECT SUM(bills.tip) FROM bills JOIN bill_lines ON bills.bill_id = bill_lines.bill_id WHERE bill_lines.dish_id = 7', ['total'], 1, 'fanned_sum', false],
  ['one line picked by its key', 'What is the tip on the bill of line 12?', 'SELECT SUM(bills.tip) FROM bills JOIN bill_lines ON bills.bill_id = bill_lines.bill_id WHERE bill_lines.line_id = 12', ['total'], 1, 'fanned_sum', true],
  ['the many side compared by a quantity', 'Total tip on bills with a line of more than 3 portions', 'SELECT SUM(bills.tip) FROM bills JOIN bill_lines ON bills.bill_id = bill_lines.bill_id WHERE bill_lines.qty > 3', ['total'], 1, 'fanned_sum', true],
  ['the one side joined to its parent', 'Total tips taken by Ann', "SELECT SUM(bills.tip) FROM bills JOIN staff ON bills.staff_id = staff.staff_id WHERE staff.first_name = 'Ann'", ['total'], 1, 'fanned_sum', true],
  // sibling_condition: a condition on a table tied to the counted one only through a shared parent
  ['a sibling condition, the parent unnamed', 'How many bills were takeaways?', "SELECT COUNT(DISTINCT bills.bill_id) FROM bills JOIN patrons ON bills.patron_id = patrons.patron_id JOIN patron_visits ON patrons.patron_id = patron_visits.patron_id WHERE patron_visits.kind = 'takeaway'", ['n'], 1, 'sibling_condition', false],
  ['the parent named', 'How many bills came from patrons who ever got a takeaway?', "SELECT COUNT(DISTINCT bills.bill_id) FROM bills JOIN patrons ON bills.patron_id = patrons.patron_id JOIN patron_visits ON patrons.patron_id = patron_visits.patron_id WHERE patron_visits.kind = 'takeaway'", ['n'], 1, 'sibling_condition', true],
  ['a condition on the parent itself', 'How many bills did Ann Lee pay?', "SELECT COUNT(*) FROM bills JOIN patrons ON bills.patron_id = patrons.patron_id WHERE patrons.full_name = 'Ann Lee'", ['n'], 1, 'sibling_condition', true],
  // asked_date_shown: the date asked for held to a period instead of shown
  ['the asked date used as a condition', 'On what date were the November bills paid?', "SELECT DISTINCT bills.tip FROM bills WHERE bills.paid_at >= DATE '2026-11-01' AND bills.paid_at < DATE '2026-12-01'", ['tip'], 2, 'asked_date_shown', false],
  ['the asked date shown', 'On what date were the November bills paid?', "SELECT DISTINCT CAST(paid_at AS DATE) FROM bills WHERE paid_at >= DATE '2026-11-01' AND paid_at < DATE '2026-12-01'", ['day'], 2, 'asked_date_shown', true],
  ['a date the question does not name', 'When did Ann start?', "SELECT tip FROM bills WHERE paid_at >= DATE '2026-11-01'", ['tip'], 2, 'asked_date_shown', true],
  // called_off_rows: the verb is the event the table records, whose called-off rows the SQL keeps
  ['cancelled sailings summed', 'Total miles sailed from pier A in 2026', "SELECT SUM(miles) FROM sailings WHERE pier_code = 'A' AND dep_at >= DATE '2026-01-01' AND dep_at < DATE '2027-01-01'", ['n'], 1, 'called_off_rows', false],
  ['cancelled sailings left out', 'Total miles sailed from pier A in 2026', "SELECT SUM(miles) FROM sailings WHERE pier_code = 'A' AND status <> 'CNX' AND dep_at >= DATE '2026-01-01' AND dep_at < DATE '2027-01-01'", ['n'], 1, 'called_off_rows', true],
  ['a verb that does not name the table', 'How many sailings were scheduled from pier A?', "SELECT COUNT(*) FROM sailings WHERE pier_code = 'A'", ['n'], 1, 'called_off_rows', true],
  // owned_attribute: the attribute of the thing after "of", which a column named for both holds
  ["another thing's name shown", 'What are the names of the chefs of the desserts?', "SELECT name FROM dishes WHERE course = 'dessert'", ['name'], 3, 'owned_attribute', false],
  ["the chef's name shown", 'What are the names of the chefs of the desserts?', "SELECT chef_name FROM dishes WHERE course = 'dessert'", ['chef_name'], 3, 'owned_attribute', true],
  ["the table's own name asked", 'What are the names of the dishes cooked by chef Lee?', "SELECT name FROM dishes WHERE chef_name = 'Lee'", ['name'], 3, 'owned_attribute', true],
  // spelled_column: a column's whole name spelled by the question and read by no column of the SQL
  ['the spelled column unread', 'Which chef name goes with the lemon tart?', "SELECT name FROM dishes WHERE name = 'lemon tart'", ['name'], 1, 'spelled_column', false],
  ['the spelled column read', 'Which chef name goes with the lemon tart?', "SELECT chef_name FROM dishes WHERE name = 'lemon tart'", ['chef_name'], 1, 'spelled_column', true],
  // doer_chosen: the rows refer to two tables of people and the question says neither did it
  ['one of two people picked', 'Who took the most bills?', 'SELECT staff.first_name, staff.last_name FROM bills JOIN staff ON bills.staff_id = staff.staff_id GROUP BY staff.staff_id, 1, 2 ORDER BY COUNT(*) DESC LIMIT 1', ['first_name', 'last_name'], 1, 'doer_chosen', false],
  ['the table of the doer named', 'Who of the staff took the most bills?', 'SELECT staff.first_name, staff.last_name FROM bills JOIN staff ON bills.staff_id = staff.staff_id GROUP BY staff.staff_id, 1, 2 ORDER BY COUNT(*) DESC LIMIT 1', ['first_name', 'last_name'], 1, 'doer_chosen', true],
  // condition_echoed: the answer shows only what its own WHERE compares with constants
  ['the condition column alone', 'bills w/ a tip above 10 paid in November', "SELECT tip FROM bills WHERE tip > 10 AND paid_at >= DATE '2026-11-01'", ['tip'], 3, 'condition_echoed', false],
  ['the condition column asked for', 'What are the tips of bills with a tip above 10?', 'SELECT tip FROM bills WHERE tip > 10', ['tip'], 3, 'condition_echoed', true],
  ['another column shown', 'bills w/ a tip above 10', 'SELECT bill_id, tip FROM bills WHERE tip > 10', ['bill_id', 'tip'], 3, 'condition_echoed', true],
];

describe('checks that read the SQL from its parse tree', () => {
  it.each(cases)('%s: %s', (...checkCase) => expectCheckCase(contextFor, checkCase));

  it('stand aside when the SQL was not parsed', () => {
    const sql = 'SELECT covered FROM piers';
    const result = runAnswerChecks(contextFor('Which piers are covered?'), attemptOf(sql, ['covered'], rowsOf(1, 3)));
    expect(result.find((r) => r.name === 'rows_named')).toBeUndefined();
  });
});
