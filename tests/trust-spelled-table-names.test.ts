import { describe, expect, it } from 'vitest';
import { readNamesAs } from '../src/catalog/split-identifier.js';
import type { Context } from '../src/context/context-schema.js';
import { groundQuestion } from '../src/trust/ground-question.js';
import { spelledNames } from '../src/trust/spelled-names.js';
import { expectCheckCase, questionContext, type CheckCase } from './helpers/answer-check-cases.js';

/**
 * A made-up terse depot schema whose table comment spells its name out ("dln", 'Delivery lading note (shipping slip)'):
 * grounding meets a question's "slips" in that reading, and so do the answer checks that ask whether the SQL reads
 * what the question names (spelled-names.ts). A word no name or reading has stays unread beside it.
 */
const tables = [
  {
    name: 'dln',
    comment: 'Delivery lading note (shipping slip)',
    columns: [
      { name: 'dln_no', type: 'INTEGER', primary_key: true, nullable: false },
      { name: 'iss_dt', type: 'DATE', nullable: false },
      { name: 'cust_no', type: 'INTEGER', nullable: false },
      { name: 'plt_cnt', type: 'INTEGER', nullable: false },
    ],
  },
  {
    name: 'cust',
    columns: [
      { name: 'cust_no', type: 'INTEGER', primary_key: true, nullable: false },
      { name: 'cust_nm', nullable: false },
    ],
  },
];

const contextFor = (question: string): Context => {
  const context = questionContext(question, 'depot', tables);
  context.grounding = groundQuestion(context);
  return context;
};

const cases: CheckCase[] = [
  ['a count of the table its comment names by the counted word', 'How many slips were issued in 2025?', "SELECT COUNT(*) AS n FROM dln WHERE iss_dt >= DATE '2025-01-01' AND iss_dt < DATE '2026-01-01'", ['n'], [[40]], 'counted_noun', true],
  ['a counted word no name nor reading has', 'How many crates were issued in 2025?', "SELECT COUNT(*) AS n FROM dln WHERE iss_dt >= DATE '2025-01-01' AND iss_dt < DATE '2026-01-01'", ['n'], [[40]], 'counted_noun', false],
];

describe('a table named as its comment spells it', () => {
  // A terse catalog has loaded in this process: texts are read for shorthand from now on.
  readNamesAs({ cust: ['customer'] });

  it('gives the linked tables their spelled names, as identifiers', () => {
    const context = contextFor('How many slips?');
    expect(spelledNames(context.table_schemas).find((spelled) => spelled.table === 'dln')?.tableNames).toEqual(['delivery_lading_note_shipping_slip']);
  });

  for (const testCase of cases) it(testCase[0], () => expectCheckCase(contextFor, testCase));
});
