import { describe, expect, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * "List the names of the dealers in Ohio." over a legacy schema (issue 14), one whose names are mostly shorthand
 * (schema-terseness.ts): terse names ("dlr_nm", "CUSTNM", "TRLR")
 * are shorthand for the words an analyst uses, read as such (listed short forms, glued ones, vowels dropped), so the
 * question meets its tables and columns instead of being declined as about nothing the database holds. A question
 * about something the legacy schema does not hold is still declined: a word read out of shorthand is met by that word
 * only, not by its synonyms or WordNet relatives. Made-up databases through the real CLI.
 */
const SCHEMAS: Record<string, MadeUpDatabase> = {
  parts: {
    schema: [
      'CREATE TABLE dlr (dlr_no INTEGER PRIMARY KEY, dlr_nm VARCHAR NOT NULL, st CHAR(2) NOT NULL, cr_lmt DECIMAL(9,2) NOT NULL);',
      'CREATE TABLE prt_ord (ord_no INTEGER PRIMARY KEY, dlr_no INTEGER NOT NULL REFERENCES dlr(dlr_no), ord_dt DATE NOT NULL, qty INTEGER NOT NULL, amt DECIMAL(9,2) NOT NULL);',
    ].join('\n'),
    data: {
      dlr: 'dlr_no,dlr_nm,st,cr_lmt\n1,Acme Auto,OH,5000\n2,Bolt Bros,OH,12000\n3,Crank Co,PA,8000\n4,Dyno Depot,MI,3000\n',
      prt_ord: 'ord_no,dlr_no,ord_dt,qty,amt\n10,1,2026-01-05,4,120\n11,2,2026-02-11,10,455\n12,2,2026-03-02,1,30\n13,3,2026-03-19,7,210\n14,4,2026-04-23,2,64\n',
    },
  },
  fleet: {
    schema: [
      'CREATE TABLE TRLR (UNITNO INTEGER PRIMARY KEY, MAKE VARCHAR NOT NULL, MDLYR INTEGER NOT NULL);',
      'CREATE TABLE CUSTMST (CUSTNO INTEGER PRIMARY KEY, CUSTNM VARCHAR NOT NULL, CRLMT DECIMAL(9,2) NOT NULL);',
    ].join('\n'),
    data: {
      TRLR: 'UNITNO,MAKE,MDLYR\n501,UTILITY,2015\n502,WABASH,2019\n503,GREAT DANE,2012\n',
      CUSTMST: 'CUSTNO,CUSTNM,CRLMT\n9001,PRAIRIE MILLING,20000\n9002,BADGER FOODS,45000\n9003,RIVERBEND PAPER,15000\n',
    },
  },
};

const QUESTIONS = [
  { id: 'dealer names', namespace: 'parts', task: 'List the names of the dealers in Ohio.', declined: false as const },
  { id: 'order quantity', namespace: 'parts', task: 'What is the total quantity ordered in 2026?', declined: false as const },
  { id: 'customer names', namespace: 'fleet', task: 'List the names of the customers.', declined: false as const },
  { id: 'trailer model year', namespace: 'fleet', task: 'What is the oldest model year of the trailers?', declined: false as const },
  { id: 'not held', namespace: 'fleet', task: 'How many drivers does the company employ?', declined: /driver/ },
  // "amt" read as amount is met by "amount", not by its synonym "cost" nor by "standard" (a quantity in WordNet).
  { id: 'cost of an event', namespace: 'parts', task: 'How much did the dealer conference cost to host?', declined: /cost|conference/ },
  { id: 'standard markup', namespace: 'parts', task: 'What is the standard markup on parts in Ohio?', declined: /standard|markup/ },
  // On a terse schema, every column of a table is no answer when a word of the question meets nothing.
  // "dealers" meets dlr, its skeleton, so only the adjective "bankrupt" is open: the answer is left unsure, naming it.
  { id: 'bankrupt dealers', namespace: 'parts', task: 'Which dealers went bankrupt?', declined: /bankrupt/, unsure: true },
  { id: 'serviced trailers', namespace: 'fleet', task: 'When was each trailer last serviced?', declined: /'serviced'; the query lists every column of trlr/i },
  { id: 'refrigerated trailers', namespace: 'fleet', task: 'Which trailers are refrigerated?', declined: /'refrigerated'; the query lists every column of trlr/i },
  // "CUST" read as customer is met by "customers", not by "patrons", its relative in WordNet.
  { id: 'patrons', namespace: 'fleet', task: 'How long did patrons wait on the phone on average?', declined: /patron|phone/ },
];

describe('terse legacy names read as the words they shorten', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: ['--current_date', '2026-11-02'], prefix: 'sluice-near-miss-legacy-names-' });

  it('answers from the abbreviated tables and columns', () => {
    expectAnswered(answers(), QUESTIONS.filter((q) => !q.declined));
    expect(answers().get('dealer names')!.sql).toMatch(/SELECT\s+"?dlr_nm"?\s+FROM\s+"?dlr"?\s+WHERE\s+"?st"?\s*=\s*'OH'/i);
    expect(answers().get('order quantity')!.sql).toMatch(/SUM\("?qty"?\)/i);
    expect(answers().get('customer names')!.sql).toMatch(/SELECT\s+"?CUSTNM"?\s+FROM\s+"?CUSTMST"?/i);
    expect(answers().get('trailer model year')!.sql).toMatch(/MIN\("?MDLYR"?\)|"?MDLYR"?\s+ASC/i);
  });

  it('still declines what the legacy schema does not hold', () => {
    expectDeclined(answers(), QUESTIONS.filter((q) => q.declined && !('unsure' in q)));
  });

  it('leaves unsure what only an adjective of the question leaves open', () => {
    const line = answers().get('bankrupt dealers')!;
    expect(line.status).toBe('unsure');
    expect(line.reason).toMatch(/bankrupt/);
  });
});

/**
 * A readable schema with one name that looks like shorthand ("amt" among English names) is read as written, exactly as
 * before shorthand was read at all: "amount" does not meet "amt" there, so the amount question is answered as it was
 * (no SUM of amt), also in a batch where a terse schema's catalog loaded first (src/catalog/split-identifier.ts
 * keepAsWritten): one namespace's shorthand is not another's, unless both spell a name the same.
 */
const READABLE: Record<string, MadeUpDatabase> = {
  shop: {
    schema: [
      'CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, state CHAR(2) NOT NULL);',
      'CREATE TABLE orders (order_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(customer_id), order_date DATE NOT NULL, amt DECIMAL(9,2) NOT NULL);',
    ].join('\n'),
    data: {
      customers: 'customer_id,name,state\n1,Acme Auto,OH\n2,Bolt Bros,OH\n3,Crank Co,PA\n',
      orders: 'order_id,customer_id,order_date,amt\n10,1,2026-01-05,120\n11,2,2026-02-11,455\n12,3,2026-03-02,30\n',
    },
  },
};

const READABLE_QUESTIONS = [
  { id: 'customer names', namespace: 'shop', task: 'List the names of the customers in Ohio.', declined: false as const },
  { id: 'amount', namespace: 'shop', task: 'What is the total amount of all orders?', declined: false as const },
];

describe('a readable schema keeps its names as written', () => {
  const answers = askBeforeAll(READABLE, READABLE_QUESTIONS, { args: ['--current_date', '2026-11-02'], prefix: 'sluice-readable-names-' });

  // Names stay as written (customers.name is not read as shorthand); "amt" is the skeleton of "amount" (a shortened
  // word in a schema otherwise English, src/trust/skeleton-name-kind.ts), so the total is the sum of that column.
  it('keeps English names as written and reads "amt" as the amount it shortens', () => {
    expectAnswered(answers(), READABLE_QUESTIONS.slice(0, 1));
    expect(answers().get('customer names')!.sql).toMatch(/SELECT\s+"?name"?\s+FROM\s+"?customers"?\s+WHERE\s+"?state"?\s*=\s*'OH'/i);
    expect(answers().get('amount')!.sql ?? '').toMatch(/SUM\("?amt"?\)/i);
  });
});

describe('a readable schema keeps its names as written beside a terse one in the same process', () => {
  // The terse catalog loads first (its two questions start the batch); no name is spelled the same in both schemas.
  const mixed = [
    { id: 'customer names', namespace: 'fleet', task: 'List the names of the customers.', declined: false as const },
    { id: 'trailer model year', namespace: 'fleet', task: 'What is the oldest model year of the trailers?', declined: false as const },
    ...READABLE_QUESTIONS.map((question) => ({ ...question, id: `shop ${question.id}` })),
  ];
  const answers = askBeforeAll({ fleet: SCHEMAS.fleet!, ...READABLE }, mixed, { args: ['--current_date', '2026-11-02'], prefix: 'sluice-mixed-names-' });

  it('reads the terse schema\'s shorthand and answers the readable schema as it does alone', () => {
    expectAnswered(answers(), mixed.slice(0, 3));
    expect(answers().get('shop amount')!.sql ?? '').toMatch(/SUM\("?amt"?\)/i);
    expect(answers().get('shop customer names')!.sql).toMatch(/SELECT\s+"?name"?\s+FROM\s+"?customers"?\s+WHERE\s+"?state"?\s*=\s*'OH'/i);
  });
});
