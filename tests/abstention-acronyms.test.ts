import { describeDeclineTable, type DeclineQuestion } from './helpers/describe-decline-table.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * An acronym no name and no stored value of the namespace matches (issue 14). After a preposition, or listed with one
 * ("from both NSF and DOE"), it is a value the SQL looks for, and after "how many" a unit counted: the question runs.
 * Anywhere else it names a body, a tax or an event ("How much did MIT receive?", "the standard VAT rate"), which the data does
 * not hold, and the question is declined naming it. Made-up databases, none of the labelled sets', through the real CLI.
 */
const DATE = ['--current_date', '2026-11-25'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  grants: {
    schema: `CREATE TABLE grants (grant_id INTEGER PRIMARY KEY, funder VARCHAR, amount DOUBLE, awarded_on DATE);`,
    data: { grants: 'grant_id,funder,amount,awarded_on\n1,NSF,120000,2025-03-01\n2,NIH,80000,2025-06-12\n3,NSF,50000,2026-01-20\n' },
  },
  shop: {
    schema: `CREATE TABLE sellers (seller_id INTEGER PRIMARY KEY, shop_name VARCHAR, country VARCHAR);
CREATE TABLE sales (sale_id INTEGER PRIMARY KEY, seller_id INTEGER REFERENCES sellers (seller_id), sold_on DATE, amount DOUBLE);`,
    data: {
      sellers: 'seller_id,shop_name,country\n1,Kiln & Co,Germany\n2,Blue Loom,France\n',
      sales: 'sale_id,seller_id,sold_on,amount\n1,1,2026-10-02,40\n2,2,2026-10-05,25\n',
    },
  },
};

const QUESTIONS: DeclineQuestion[] = [
  { id: 'acronym as the subject', namespace: 'grants', task: 'How much NSF money did MIT receive in 2025?', declined: /MIT/ },
  { id: 'acronym as the subject, get', namespace: 'grants', task: 'How much did UCLA get in grants?', declined: /UCLA/ },
  { id: 'acronym as the subject, shop', namespace: 'shop', task: 'How much did IKEA sell in October 2026?', declined: /IKEA/ },
  { id: 'acronym stored', namespace: 'grants', task: 'How much did NSF award in 2025?', declined: false },
  { id: 'acronym after a preposition', namespace: 'grants', task: 'How many grants came from DOE?', declined: false },
  { id: 'acronyms listed after a preposition', namespace: 'grants', task: 'How much came from both NSF and DOE?', declined: false },
];

describeDeclineTable('an acronym nothing stores: a value looked for after a preposition, a name of something elsewhere', {
  databases: SCHEMAS,
  questions: QUESTIONS,
  args: DATE,
  prefix: 'sluice-abstention-acronyms-',
  declines: 'declines before any SQL, naming the acronym',
  answers: 'runs a question whose acronym is stored, or looked for after a preposition',
  query: 'none',
});
