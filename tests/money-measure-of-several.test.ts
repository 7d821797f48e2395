import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * "How much rent did we collect in 2025?" over a payments table (commented "Rent payments") with an amount and a late
 * fee: "how much" adds up the money a row is worth, the column named only "amount" (amt_gbp), not the fee, of the one
 * table the question's words point at. Made-up database through the real CLI.
 */
const SCHEMAS: Record<string, MadeUpDatabase> = {
  lockups: {
    schema: [
      'CREATE TABLE lockup (lockup_no INTEGER PRIMARY KEY, sq_ft INTEGER NOT NULL, list_wk DECIMAL(6,2) NOT NULL);',
      "COMMENT ON COLUMN lockup.list_wk IS 'Advertised weekly rent in GBP';",
      'CREATE TABLE pymt (pymt_id INTEGER PRIMARY KEY, lockup_no INTEGER NOT NULL REFERENCES lockup(lockup_no), paid_dt DATE NOT NULL, amt_gbp DECIMAL(7,2) NOT NULL, fee_gbp DECIMAL(5,2) NOT NULL);',
      "COMMENT ON TABLE pymt IS 'Rent payments, one every four weeks';",
    ].join('\n'),
    data: {
      lockup: 'lockup_no,sq_ft,list_wk\n1,25,20.00\n2,50,37.50\n',
      pymt: 'pymt_id,lockup_no,paid_dt,amt_gbp,fee_gbp\n1,1,2025-01-03,80.00,0.00\n2,2,2025-02-01,150.00,15.00\n3,1,2026-01-04,84.00,0.00\n',
    },
  },
};

const QUESTIONS = [{ id: 'rent collected', namespace: 'lockups', task: 'How much rent did we collect in 2025?', declined: false as const }];

describe('the money "how much" adds up where a table has an amount and a fee', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: ['--current_date', '2026-12-01'], prefix: 'sluice-money-of-several-' });

  // Whether the answer is then trusted is the trust checks' call: this asks only which money is added up.
  it('adds up the amount column, not the fee, in the year asked', () => {
    const sql = answers().get('rent collected')!.sql!;
    expect(sql).toMatch(/SUM\("?amt_gbp"?\)/i);
    expect(sql).toMatch(/2025-01-01/);
    expect(sql).not.toMatch(/fee_gbp/i);
  });
});
