import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * "List the collections that were rejected in August 2026" where only grade's comment says 'R (rejected, not paid)':
 * the answer listed every collection of August with all its columns and was called `success`, because showing every
 * column counted as reading grade. In a relative clause the participle restricts the rows, and showing the column does
 * not keep only the rows in that state: the answer is `unsure`, naming the word and the column. The month's
 * collections without the clause still succeed. Where the comment lists its codes ('R (rejected, not paid)'), the
 * code's gloss names the stored value and the rows are filtered (src/catalog/code-glosses.ts); the check is shown on
 * a comment in prose, which glosses no code. A made-up database, the real CLI.
 */
const SCHEMAS: Record<string, MadeUpDatabase> = {
  dairy: {
    schema: `CREATE TABLE pickups (pickup_id INTEGER PRIMARY KEY, farm VARCHAR, pickup_date DATE, litres INTEGER, grade VARCHAR);
COMMENT ON COLUMN pickups.grade IS 'Quality grade of the load; loads graded R were rejected and not paid';`,
    data: {
      pickups: 'pickup_id,farm,pickup_date,litres,grade\n1,Hill Top,2026-08-02,4200,A\n2,Low Mead,2026-08-03,3900,R\n3,Hill Top,2026-08-09,4100,B\n4,Low Mead,2026-09-01,4000,A\n',
    },
  },
  glossed: {
    schema: `CREATE TABLE pickups (pickup_id INTEGER PRIMARY KEY, farm VARCHAR, pickup_date DATE, litres INTEGER, grade VARCHAR);
COMMENT ON COLUMN pickups.grade IS 'A, B, C, or R (rejected, not paid)';`,
    data: {
      pickups: 'pickup_id,farm,pickup_date,litres,grade\n1,Hill Top,2026-08-02,4200,A\n2,Low Mead,2026-08-03,3900,R\n3,Hill Top,2026-08-09,4100,B\n4,Low Mead,2026-09-01,4000,A\n',
    },
  },
};

const QUESTIONS = [
  { id: 'rejected', namespace: 'dairy', task: 'List the pickups that were rejected in August 2026' },
  { id: 'all of August', namespace: 'dairy', task: 'List the pickups in August 2026' },
  { id: 'glossed', namespace: 'glossed', task: 'List the pickups that were rejected in August 2026' },
];

describe('a state named in a relative clause that only a comment explains', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: ['--current_date', '2026-11-25'], prefix: 'sluice-relative-clause-' });

  it('is unsure when the SQL only shows the column instead of keeping the rows in that state', () => {
    const line = answers().get('rejected')!;
    expect(line.sql).toMatch(/SELECT \* FROM pickups/);
    expect(line.status, line.sql ?? '').toBe('unsure');
    expect(line.reason).toMatch(/"rejected" \(pickups\.grade\)/);
  });

  it('filters on the code when the comment glosses it', () => {
    const line = answers().get('glossed')!;
    expect(line.sql).toMatch(/grade = 'R'/);
  });

  it('still succeeds without the clause', () => {
    const line = answers().get('all of August')!;
    expect(line.status, `${line.reason ?? ''} ${line.sql}`).toBe('success');
  });
});
