import { describeDeclineTable, type DeclineQuestion } from './helpers/describe-decline-table.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * A question restricted to a place by a name WordNet knows as one ("in New York City", "in Germany"), on a namespace
 * where no column or table records a place at all, is declined after the query (issue 14,
 * src/trust/judge-place-unrecorded.ts): no row can be told to be there. The same question where a column records
 * places, a capitalised month, a place that is a stored value, and a place the SQL filters on as written (a
 * citizenship column) run on. Made-up databases through the real CLI.
 */
const DATE = ['--current_date', '2026-11-25'];

const CHECKS = 'check_id,opened_at,guests,tip_usd\n1,2026-03-02 19:00:00,2,8.50\n2,2026-03-09 20:00:00,4,12.00\n3,2026-04-01 18:30:00,3,6.00\n';

const SCHEMAS: Record<string, MadeUpDatabase> = {
  bistro: {
    schema: `CREATE TABLE checks (check_id INTEGER PRIMARY KEY, opened_at TIMESTAMP, guests INTEGER, tip_usd DECIMAL(8,2));`,
    data: { checks: CHECKS },
  },
  guests: {
    schema: `CREATE TABLE guests (guest_id INTEGER PRIMARY KEY, full_name VARCHAR, citizenship VARCHAR);`,
    data: { guests: 'guest_id,full_name,citizenship\n1,Ann Lee,Germany\n2,Bo Chan,France\n3,Cy Dean,Germany\n' },
  },
  chain: {
    schema: `CREATE TABLE checks (check_id INTEGER PRIMARY KEY, opened_at TIMESTAMP, guests INTEGER, tip_usd DECIMAL(8,2), city VARCHAR);`,
    data: { checks: 'check_id,opened_at,guests,tip_usd,city\n1,2026-03-02 19:00:00,2,8.50,Boston\n2,2026-03-09 20:00:00,4,12.00,Chicago\n3,2026-04-01 18:30:00,3,6.00,Boston\n' },
  },
};

const QUESTIONS: DeclineQuestion[] = [
  { id: 'tip in new york city', namespace: 'bistro', task: 'What is the average tip at restaurants in New York City?', declined: /New York City/ },
  { id: 'guests from germany', namespace: 'bistro', task: 'How many guests came from Germany?', declined: /Germany/ },
  // Where a column records places, a month, and a stored place: answered.
  { id: 'tip in new york city, cities stored', namespace: 'chain', task: 'What is the average tip at restaurants in New York City?', declined: false },
  { id: 'tip in boston, stored', namespace: 'chain', task: 'What is the average tip in Boston?', declined: false },
  // A column no word names as a place (citizenship) that stores the place: the SQL filters on it as written.
  { id: 'guests from germany, stored', namespace: 'guests', task: 'How many guests are from Germany?', declined: false },
  { id: 'tip in march', namespace: 'bistro', task: 'What is the average tip in March?', declined: false },
];

describeDeclineTable('a named place where nothing records places', {
  databases: SCHEMAS,
  questions: QUESTIONS,
  args: DATE,
  prefix: 'sluice-abstention-place-unrecorded-',
  declines: 'declines after the query a place no column or table of the namespace could hold',
  answers: 'answers where places are recorded, and a month',
  query: 'ran',
});
