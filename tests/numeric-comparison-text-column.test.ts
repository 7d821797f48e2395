import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * "How many of our tenants are over 65?" over a tenancies table whose lead_tenant column holds names: converting names
 * to numbers finds none over 65, so a count of 0 called success was a wrong answer. A text column is compared with a
 * number only when its sampled values are numerals ("1944" kept as text), which still works. Made-up database through
 * the real CLI.
 */
const SCHEMAS: Record<string, MadeUpDatabase> = {
  homes: {
    schema: [
      'CREATE TABLE properties (prop_ref VARCHAR PRIMARY KEY, street VARCHAR NOT NULL, beds INTEGER NOT NULL, built_year VARCHAR NOT NULL);',
      'CREATE TABLE tenancies (tenancy_id INTEGER PRIMARY KEY, prop_ref VARCHAR NOT NULL REFERENCES properties(prop_ref), lead_tenant VARCHAR NOT NULL, start_date DATE NOT NULL, weekly_rent DECIMAL(7,2) NOT NULL);',
    ].join('\n'),
    data: {
      properties: 'prop_ref,street,beds,built_year\nP1,Mill Lane,2,1934\nP2,Rose Street,3,1978\nP3,Quay Road,1,2004\nP4,Elm Row,2,1961\n',
      tenancies:
        'tenancy_id,prop_ref,lead_tenant,start_date,weekly_rent\n1,P1,Jane Okafor,2021-04-01,112.50\n2,P2,Tom Reilly,2019-09-15,131.00\n3,P3,Ama Mensah,2023-01-09,98.75\n4,P4,Lee Chan,2024-06-03,120.00\n',
    },
  },
};

const QUESTIONS = [
  { id: 'over 65', namespace: 'homes', task: 'How many of our tenants are over 65?' },
  { id: 'built before', namespace: 'homes', task: 'How many properties have a built year before 1970?' },
];

describe('a number compared with a text column', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: ['--current_date', '2026-12-01'], prefix: 'sluice-numeric-text-column-' });

  it('never converts a column of names to compare it with a number, nor calls the answer a success', () => {
    const line = answers().get('over 65')!;
    expect(line.sql ?? '', line.reason).not.toMatch(/lead_tenant/i);
    expect(line.status).not.toBe('success');
  });

  it('still compares a text column of numerals with a number', () => {
    const line = answers().get('built before')!;
    expect(line.sql ?? '', line.reason).toMatch(/built_year[^<]*<\s*1970/i);
    expect(line.row_count).toBe(1);
  });
});
