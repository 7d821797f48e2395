import { describeDeclineTable, type DeclineQuestion } from './helpers/describe-decline-table.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * What listed things are shown with, written as an owner ("List the tenants with their sponsor's name"), is asked of
 * them whatever English mostly uses the word as (issue 14): "sponsor" and "coach" are mostly verbs, but before "'s"
 * only a noun can come, so a table of tenants that holds no sponsor declines the question naming it; a table with a
 * sponsor_name column answers it. Made-up databases, none of the labelled sets', through the real CLI.
 */
const DATE = ['--current_date', '2026-11-25'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  lettings: {
    schema: `CREATE TABLE tenants (tenant_id INTEGER PRIMARY KEY, tenant_name VARCHAR, house_no INTEGER, rent DOUBLE, moved_in DATE);`,
    data: { tenants: 'tenant_id,tenant_name,house_no,rent,moved_in\n1,Ana Ruiz,4,820,2025-02-01\n2,Tom Hale,7,760,2025-09-15\n' },
  },
  flats: {
    schema: `CREATE TABLE flats (flat_id INTEGER PRIMARY KEY, address VARCHAR, rent DOUBLE, sponsor_name VARCHAR);`,
    data: { flats: 'flat_id,address,rent,sponsor_name\n1,2 Mill Lane,700,Harbour Trust\n2,9 Quay Street,650,City Homes\n' },
  },
};

const QUESTIONS: DeclineQuestion[] = [
  { id: 'sponsor nothing holds', namespace: 'lettings', task: "List the tenants with their sponsor's name", declined: /nothing in 'tenants' or the tables it links to matches 'sponsor's name'/ },
  { id: 'coach nothing holds', namespace: 'lettings', task: "Show each tenant with their coach's name", declined: /'coach's name'/ },
  { id: 'sponsor a column holds', namespace: 'flats', task: "List the flats with their sponsor's name", declined: false },
];

describeDeclineTable("an owner's attribute shown beside listed things", {
  databases: SCHEMAS,
  questions: QUESTIONS,
  args: DATE,
  prefix: 'sluice-abstention-possessive-attribute-',
  declines: 'declines before any SQL when no table of the things holds the owner, naming it',
  answers: 'runs when a column holds it',
  query: 'none',
});
