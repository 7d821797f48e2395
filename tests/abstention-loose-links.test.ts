import { describe, expect, it } from 'vitest';
import { questionWords } from '../src/models/offline/question-words.js';
import { linksToNames } from '../src/trust/ground-attributes.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';

/**
 * How loose a WordNet link may ground an asked word (issue 14, close-enough-link.ts) on made-up schemas: a hypernym of a
 * less common sense ("stock" as goods kept for sale, a kind of product, meeting Products) and a sibling of a word derived
 * from the asked one ("address" → addressee, a sibling of payee) ground nothing; a derived word's own hyponym
 * ("nationality" → national → citizen) still grounds. Through the real CLI, the question is declined and the twins
 * asking for stored attributes are answered.
 */
const table = (name: string, columns: string[]) => ({ name, columns: columns.map((column) => ({ name: column, type: 'VARCHAR' })) });
const word = (text: string) => questionWords(text)[0]!;

describe("which WordNet links ground a word among a few tables' names", () => {
  it("not a hypernym of a less common sense, nor a derived word's sibling; a derived word's hyponym does", () => {
    expect(linksToNames(word('stock'), [table('products', ['product_id', 'product_name', 'unit_price'])], false)).toBe(false);
    expect(linksToNames(word('address'), [table('payments', ['payment_id', 'payee', 'amount'])], false)).toBe(false);
    expect(linksToNames(word('nationality'), [table('researchers', ['researcher_id', 'full_name', 'citizen_of'])], false)).toBe(true);
    expect(linksToNames(word('price'), [table('products', ['product_id', 'product_name', 'unit_price'])], false)).toBe(true);
  });
});

const SCHEMAS: Record<string, MadeUpDatabase> = {
  shop: {
    schema: `CREATE TABLE products (product_id INTEGER PRIMARY KEY, product_name VARCHAR, unit_price DOUBLE);
CREATE TABLE sales (sale_id INTEGER PRIMARY KEY, product_id INTEGER REFERENCES products (product_id), quantity INTEGER, sold_on DATE);`,
    data: {
      products: 'product_id,product_name,unit_price\n1,Kettle,29.5\n2,Toaster,24\n3,Blender,61\n',
      sales: 'sale_id,product_id,quantity,sold_on\n1,1,2,2026-03-01\n2,3,1,2026-04-11\n3,1,1,2026-05-30\n',
    },
  },
  charity: {
    schema: `CREATE TABLE donors (donor_id INTEGER PRIMARY KEY, donor_name VARCHAR, city VARCHAR);
CREATE TABLE payments (payment_id INTEGER PRIMARY KEY, donor_id INTEGER REFERENCES donors (donor_id), payee VARCHAR, amount DOUBLE);`,
    data: {
      donors: 'donor_id,donor_name,city\n1,Carmen Whitfield,Leeds\n2,Omar Haddad,York\n',
      payments: 'payment_id,donor_id,payee,amount\n1,1,Food Bank,250\n2,2,Shelter Trust,90\n3,1,Shelter Trust,40\n',
    },
  },
  lab: {
    schema: `CREATE TABLE researchers (researcher_id INTEGER PRIMARY KEY, full_name VARCHAR, dept_code VARCHAR, citizen_of VARCHAR);
CREATE TABLE grants (grant_id INTEGER PRIMARY KEY, researcher_id INTEGER REFERENCES researchers (researcher_id), amount DOUBLE, awarded_on DATE);`,
    data: {
      researchers: 'researcher_id,full_name,dept_code,citizen_of\n1,Ravi Halvorsen,PHY,Norway\n2,Mina Osei,CHEM,Ghana\n3,Lea Brandt,PHY,Germany\n',
      grants: 'grant_id,researcher_id,amount,awarded_on\n1,1,50000,2024-03-01\n2,2,120000,2025-01-15\n3,1,30000,2025-06-30\n',
    },
  },
};

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'stock', namespace: 'shop', task: 'What is the stock of each product?', declined: /stock/ },
  { id: 'price', namespace: 'shop', task: 'What is the unit price of each product?', declined: false },
  { id: 'nationality', namespace: 'lab', task: 'What nationality is each researcher?', declined: false },
  { id: 'address', namespace: 'charity', task: 'What is the address of each donor?', declined: /address/ },
  { id: 'payee', namespace: 'charity', task: 'Who is the payee of each payment?', declined: false },
];

describe('how loose a WordNet link may ground an asked word', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: ['--current_date', '2026-11-25'], prefix: 'sluice-abstention-loose-' });

  it('declines an attribute linked only that loosely, naming it, and answers the twins asking for stored ones', () => {
    expectDeclined(answers(), QUESTIONS.filter((q) => q.declined));
    expectAnswered(answers(), QUESTIONS.filter((q) => !q.declined));
  });
});
