import { describe, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { expectCheckCase, questionContext, type CheckCase } from './helpers/answer-check-cases.js';

/**
 * A made-up bakery delivery round: English constructions that answered `success` wrongly on databases nobody had
 * studied (a noun read as a verb, the one named row counted, money "total" counted, an asked date left out), each
 * beside an answerable look-alike that must keep passing. Not any dataset's questions.
 */
const contextFor = (question: string): Context =>
  questionContext(question, 'bakery', [
    {
      name: 'vans',
      columns: [
        { name: 'van_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'van_name', nullable: false },
        { name: 'fuel_cd', nullable: false, comment: 'D diesel, E electric' },
        { name: 'first_used_date', type: 'DATE', nullable: false },
      ],
    },
    {
      name: 'drivers',
      columns: [
        { name: 'driver_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'full_name', nullable: false },
      ],
    },
    {
      name: 'routes',
      columns: [
        { name: 'route_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'route_name', nullable: false },
      ],
    },
    {
      name: 'customers',
      columns: [
        { name: 'customer_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'cust_name', nullable: false },
        { name: 'route_id', type: 'INTEGER', nullable: false, references: 'routes.route_id' },
      ],
    },
    {
      name: 'deliveries',
      columns: [
        { name: 'delivery_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'van_id', type: 'INTEGER', nullable: false, references: 'vans.van_id' },
        { name: 'driver_id', type: 'INTEGER', nullable: false, references: 'drivers.driver_id' },
        { name: 'customer_id', type: 'INTEGER', nullable: false, references: 'customers.customer_id' },
        { name: 'delivered_on', type: 'DATE', nullable: false },
        { name: 'crates', type: 'INTEGER', nullable: false },
      ],
    },
    {
      name: 'payments',
      columns: [
        { name: 'payment_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'customer_id', type: 'INTEGER', nullable: false, references: 'customers.customer_id' },
        { name: 'paid_on', type: 'DATE', nullable: false },
        { name: 'amount', type: 'DECIMAL(8,2)', nullable: false },
      ],
    },
  ]);

const OCTOBER = "delivered_on >= DATE '2026-10-01' AND delivered_on < DATE '2026-11-01'";
const PER_ROUTE = 'FROM payments JOIN customers ON payments.customer_id = customers.customer_id JOIN routes ON customers.route_id = routes.route_id';

const cases: CheckCase[] = [
  // unaddressed: a word after an article is a noun, not a verb relating what the SQL reads, even before a preposition
  ['noun after "the" before "in"', 'Total crates carried by the trainees in October 2026', `SELECT SUM(crates) AS total_crates FROM deliveries WHERE ${OCTOBER}`, ['total_crates'], [[410]], 'unaddressed', false],
  ['noun after "our" before "in"', 'Total crates carried by our trainees in October 2026', `SELECT SUM(crates) AS total_crates FROM deliveries WHERE ${OCTOBER}`, ['total_crates'], [[410]], 'unaddressed', false],
  ['noun after "the" the SQL reads', 'Total crates carried by the drivers in October 2026', `SELECT drivers.full_name, SUM(crates) AS total_crates FROM deliveries JOIN drivers ON deliveries.driver_id = drivers.driver_id WHERE ${OCTOBER} GROUP BY 1`, ['full_name', 'total_crates'], 3, 'unaddressed', true],
  // unaddressed: a plural after "to" is no infinitive
  ['plural after "to"', 'How many deliveries were to bakeries?', 'SELECT COUNT(*) AS n FROM deliveries', ['n'], [[52]], 'unaddressed', false],
  ['verb after "to"', 'Which drivers have deliveries to load?', 'SELECT DISTINCT drivers.full_name FROM deliveries JOIN drivers ON deliveries.driver_id = drivers.driver_id', ['full_name'], 4, 'unaddressed', true],
  // named_row_counted: "how many" answered by counting the one row the question names
  ['the named van counted', 'How many pallets does the Blue Heron carry?', "SELECT COUNT(*) AS n FROM vans WHERE van_name = 'Blue Heron'", ['n'], [[1]], 'named_row_counted', false],
  ['vans so named counted', 'How many vans are called Blue Heron?', "SELECT COUNT(*) AS n FROM vans WHERE van_name = 'Blue Heron'", ['n'], [[1]], 'named_row_counted', true],
  ['rows of the named van counted', 'How many deliveries did the Blue Heron make?', "SELECT COUNT(*) AS n FROM deliveries JOIN vans ON deliveries.van_id = vans.van_id WHERE vans.van_name = 'Blue Heron'", ['n'], [[1]], 'named_row_counted', true],
  // total_counted: "total payments" (money handed over) adds up amounts; "total deliveries" counts them
  ['total payments counted', 'Total payments received per route in 2026', `SELECT routes.route_name, COUNT(*) AS n ${PER_ROUTE} GROUP BY 1`, ['route_name', 'n'], 3, 'total_counted', false],
  ['total payments added up', 'Total payments received per route in 2026', `SELECT routes.route_name, SUM(payments.amount) AS total ${PER_ROUTE} GROUP BY 1`, ['route_name', 'total'], 3, 'total_counted', true],
  ['total deliveries counted', 'Total deliveries made per van in 2026', 'SELECT vans.van_name, COUNT(*) AS n FROM deliveries JOIN vans ON deliveries.van_id = vans.van_id GROUP BY 1', ['van_name', 'n'], 3, 'total_counted', true],
  // projection: "the date it was first used" is an item of its own, ended by the pronoun opening its clause
  ['asked date left out', "Show each van's name and the date it was first used.", 'SELECT van_name FROM vans', ['van_name'], 5, 'projection', false],
  ['asked date shown', "Show each van's name and the date it was first used.", 'SELECT van_name, first_used_date FROM vans', ['van_name', 'first_used_date'], 5, 'projection', true],
  // ranking: a ranking question presumes rows to rank
  ['nothing ranked', 'Which 3 vans carried the most crates in 2025?', "SELECT vans.van_name FROM deliveries JOIN vans ON deliveries.van_id = vans.van_id WHERE delivered_on >= DATE '2025-01-01' AND delivered_on < DATE '2026-01-01' GROUP BY 1 ORDER BY SUM(crates) DESC LIMIT 3", ['van_name'], [], 'ranking', false],
  ['three ranked', 'Which 3 vans carried the most crates in 2025?', "SELECT vans.van_name FROM deliveries JOIN vans ON deliveries.van_id = vans.van_id WHERE delivered_on >= DATE '2025-01-01' AND delivered_on < DATE '2026-01-01' GROUP BY 1 ORDER BY SUM(crates) DESC LIMIT 3", ['van_name'], 3, 'ranking', true],
];

describe('wrong successes on unseen databases, and their answerable look-alikes', () => {
  for (const c of cases) it(c[0], () => expectCheckCase(contextFor, c));
});
