import { describe, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * "Which <rows> <condition>?" answered by every row of the table, when nothing in the data supports the condition
 * (no table, column, value, comment or doc word, no close WordNet link to a name), is declined after the query
 * (issue 14, src/trust/judge-unrestricted-rows.ts): the listing cannot be the answer whatever the condition says.
 * Look-alikes stay answered: the condition a column records (a pets flag), a state a value holds, a predicate of a
 * verb or an adjective alone, a negated one. Made-up databases through the real CLI.
 */
const DATE = ['--current_date', '2026-11-25'];

const TENANCIES = 'tenancy_id,lead_tenant,occupants,start_date,monthly_rent,status\n1,Ann Lee,2,2024-01-01,950.00,active\n2,Bo Chan,1,2025-03-01,720.00,ended\n3,Cy Dean,3,2025-06-01,1100.00,active\n';

const SCHEMAS: Record<string, MadeUpDatabase> = {
  lets: {
    schema: `CREATE TABLE tenancies (tenancy_id INTEGER PRIMARY KEY, lead_tenant VARCHAR, occupants INTEGER, start_date DATE, monthly_rent DECIMAL(8,2), status VARCHAR);`,
    data: { tenancies: TENANCIES },
  },
  lets_pets: {
    schema: `CREATE TABLE tenancies (tenancy_id INTEGER PRIMARY KEY, lead_tenant VARCHAR, occupants INTEGER, start_date DATE, monthly_rent DECIMAL(8,2), status VARCHAR, pets BOOLEAN);`,
    data: { tenancies: 'tenancy_id,lead_tenant,occupants,start_date,monthly_rent,status,pets\n1,Ann Lee,2,2024-01-01,950.00,active,true\n2,Bo Chan,1,2025-03-01,720.00,ended,false\n3,Cy Dean,3,2025-06-01,1100.00,active,false\n' },
  },
  shop: {
    schema: `CREATE TABLE listings (listing_id INTEGER PRIMARY KEY, title VARCHAR, price DECIMAL(8,2), status VARCHAR);
COMMENT ON COLUMN listings.status IS 'active, sold_out or ended';`,
    data: { listings: 'listing_id,title,price,status\n1,Oak desk,120.00,active\n2,Lamp,15.50,sold_out\n3,Rug,60.00,ended\n' },
  },
};

/** `anyTime`: grounding may already decline it before the query ("are claiming" read as a verb whose object nothing records). */
const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false; anyTime?: true }[] = [
  { id: 'tenants keep pets', namespace: 'lets', task: 'Which tenants keep pets?', declined: /keep pets/ },
  { id: 'tenants claim benefit', namespace: 'lets', task: 'Which tenants are claiming housing benefit?', declined: /housing benefit/, anyTime: true },
  { id: 'listings free shipping', namespace: 'shop', task: 'Which listings come with free shipping?', declined: /free shipping/ },
  // A phrase set off by a comma before "which" frames the question, and "which of the X's Y" picks among Y.
  // Naming the table says where the answer is to come from: declined before the query when nothing there holds pets.
  { id: 'framed tenants keep pets', namespace: 'lets', task: 'In the tenancies table, which tenants keep pets?', declined: /pets/, anyTime: true },
  { id: 'which of tenants claim benefit', namespace: 'lets', task: "Which of the tenancies' tenants are claiming housing benefit?", declined: /housing benefit/ },
  // The condition a column records, a state a value holds, a verb or an adjective alone, a negation: answered.
  { id: 'framed tenants pets column', namespace: 'lets_pets', task: 'In the tenancies table, which tenants keep pets?', declined: false },
  { id: 'which of tenants pets column', namespace: 'lets_pets', task: "Which of the tenancies' tenants keep pets?", declined: false },
  { id: 'tenants pets column', namespace: 'lets_pets', task: 'Which tenants keep pets?', declined: false },
  { id: 'tenancies active', namespace: 'lets', task: 'Which tenancies are active?', declined: false },
  { id: 'listings sold out', namespace: 'shop', task: 'Which listings have sold out?', declined: false },
  { id: 'tenants moved in', namespace: 'lets', task: 'Which tenants have moved in?', declined: false },
  { id: 'tenants no pets', namespace: 'lets', task: 'Which tenants have no pets?', declined: false },
];

describe('a listing of every row for rows a condition nothing supports picks out', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: DATE, prefix: 'sluice-abstention-unrestricted-rows-' });

  it('declines after the query a condition no word of the data supports', () => {
    expectDeclined(answers(), QUESTIONS.filter((q) => q.declined && !q.anyTime), 'ran');
    expectDeclined(answers(), QUESTIONS.filter((q) => q.declined && q.anyTime));
  });

  it('answers a condition the data records, and predicates of verbs, adjectives or negations', () => {
    expectAnswered(answers(), QUESTIONS.filter((q) => !q.declined));
  });
});
