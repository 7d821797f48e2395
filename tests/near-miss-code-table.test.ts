import { describe, expect, it } from 'vitest';
import { askBeforeAll, expectAnswered } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * "How many orders were cancelled?" where orders store a letter ('X') and a legacy code table spells it out
 * (code_list: list_typ 'ORDER_STATUS', code_val 'X', code_desc 'Cancelled'), issue 14: the code's words name the coded
 * column's value, picked by the code list whose name shares words with the column and its table, so the answer
 * filters on the code instead of counting the code table's rows. Made-up databases through the real CLI.
 */
const CODES = [
  'list_typ,code_val,code_desc',
  'ORDER_STATUS,O,Open',
  'ORDER_STATUS,S,Shipped',
  'ORDER_STATUS,X,Cancelled',
  'ACCOUNT_STATUS,A,Active',
  'ACCOUNT_STATUS,X,Closed',
  'PAY_METHOD,C,Cash',
  'PAY_METHOD,Q,Cheque',
].join('\n');

const SCHEMAS: Record<string, MadeUpDatabase> = {
  shop: {
    schema: [
      'CREATE TABLE code_list (list_typ VARCHAR NOT NULL, code_val VARCHAR NOT NULL, code_desc VARCHAR NOT NULL, PRIMARY KEY (list_typ, code_val));',
      'CREATE TABLE account (account_id INTEGER PRIMARY KEY, holder VARCHAR NOT NULL, status CHAR(1) NOT NULL);',
      'CREATE TABLE orders (order_id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES account(account_id), status CHAR(1) NOT NULL, pay_method CHAR(1) NOT NULL, total DECIMAL(9,2) NOT NULL);',
    ].join('\n'),
    data: {
      code_list: `${CODES}\n`,
      account: 'account_id,holder,status\n1,Ines,A\n2,Omar,X\n3,Kofi,A\n',
      orders: 'order_id,account_id,status,pay_method,total\n10,1,O,C,12.50\n11,1,X,Q,80.00\n12,2,S,C,7.25\n13,3,X,C,33.00\n14,3,S,Q,19.90\n',
    },
  },
};

const QUESTIONS = [
  { id: 'cancelled orders', namespace: 'shop', task: 'How many orders were cancelled?', declined: false as const },
  { id: 'closed accounts', namespace: 'shop', task: 'List the holders of the closed accounts.', declined: false as const },
  { id: 'paid by cheque', namespace: 'shop', task: 'What is the total of the orders paid by cheque?', declined: false as const },
];

describe('coded values a generic code table spells out', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: ['--current_date', '2026-11-02'], prefix: 'sluice-near-miss-code-table-' });

  it('filters the coded column on the code whose description the question names, from the code list that fits the column', () => {
    expectAnswered(answers(), QUESTIONS);
    expect(answers().get('cancelled orders')!.sql).toMatch(/FROM\s+"?orders"?\s+WHERE\s+"?status"?\s*=\s*'X'/i);
    expect(answers().get('closed accounts')!.sql).toMatch(/FROM\s+"?account"?\s+WHERE\s+"?status"?\s*=\s*'X'/i);
    expect(answers().get('paid by cheque')!.sql).toMatch(/"?pay_method"?\s*=\s*'Q'/i);
  });
});
