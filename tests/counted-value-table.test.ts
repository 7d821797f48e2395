import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * "How many rats were caught at Harbour Bakery?" where rats are stored as visits.pest = 'RAT': what is counted lives
 * in the visits table, so a count of the customers' keys counts something else, and is not a success. Counting visits
 * with that pest reads the value's own table. Made-up database through the real CLI.
 */
const SCHEMAS: Record<string, MadeUpDatabase> = {
  pests: {
    schema: [
      'CREATE TABLE customers (cust_id INTEGER PRIMARY KEY, cust_name VARCHAR NOT NULL, sector VARCHAR NOT NULL, since DATE NOT NULL);',
      'CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL REFERENCES customers(cust_id), visit_dt DATE NOT NULL, pest VARCHAR);',
      "COMMENT ON COLUMN visits.pest IS 'RAT, MOU (mice), WSP (wasps), ANT; NULL when none found';",
    ].join('\n'),
    data: {
      customers: 'cust_id,cust_name,sector,since\n1,Harbour Bakery,FOOD,2025-02-01\n2,Quay Hotel,HOSP,2024-05-11\n',
      visits: 'visit_id,cust_id,visit_dt,pest\n1,1,2025-03-02,RAT\n2,1,2025-06-09,RAT\n3,2,2025-07-01,WSP\n4,1,2025-08-15,\n',
    },
  },
};

const QUESTIONS = [{ id: 'rats caught', namespace: 'pests', task: 'How many rats were caught at Harbour Bakery in 2025?' }];

describe('a count of what a stored value names', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: ['--current_date', '2026-12-01'], prefix: 'sluice-counted-value-table-' });

  it('is not a success when the SQL counts another table than the value\'s', () => {
    const line = answers().get('rats caught')!;
    expect(line.status, line.sql ?? '').not.toBe('success');
    if (/count\s*\(\s*distinct\s+customers\./i.test(line.sql ?? '')) expect(line.reason, line.sql ?? '').toMatch(/counts "rats", stored as visits\.pest = 'RAT', but the SQL counts the rows of customers/);
  });
});
