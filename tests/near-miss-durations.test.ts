import { describe, expect, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * "How long did the longest call last?" (issue 14, paraphrase): "longest" and "shortest" rank a table's rows by how
 * long each lasted, which a number column named by a unit of time or a duration holds (talk_minutes), and "how long"
 * asks for that column. Where no column measures a duration the question is still declined. Made-up databases through
 * the real CLI.
 */
const SCHEMAS: Record<string, MadeUpDatabase> = {
  helpdesk: {
    schema: `CREATE TABLE calls (call_id INTEGER PRIMARY KEY, agent VARCHAR NOT NULL, talk_minutes INTEGER NOT NULL, called_on DATE NOT NULL);`,
    data: { calls: 'call_id,agent,talk_minutes,called_on\n1,Ines,12,2026-10-01\n2,Omar,47,2026-10-02\n3,Ines,5,2026-10-03\n4,Kofi,31,2026-10-04\n' },
  },
  shipping: {
    schema: `CREATE TABLE voyages (voyage_id INTEGER PRIMARY KEY, ship VARCHAR NOT NULL, port VARCHAR NOT NULL, departed_on DATE NOT NULL);`,
    data: { voyages: 'voyage_id,ship,port,departed_on\n1,Aurora,Leith,2026-09-01\n2,Boreas,Hull,2026-09-09\n' },
  },
};

const QUESTIONS = [
  { id: 'longest, how long', namespace: 'helpdesk', task: 'How long did the longest call last?', declined: false as const },
  { id: 'shortest, how long', namespace: 'helpdesk', task: 'How long was the shortest call?', declined: false as const },
  { id: 'longest, nothing measures it', namespace: 'shipping', task: 'How long did the longest voyage last?', declined: /long/ },
];

describe('the longest or shortest row by the column that measures how long', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: ['--current_date', '2026-11-25'], prefix: 'sluice-near-miss-durations-' });

  it('ranks by the duration column and answers with it', () => {
    expectAnswered(answers(), QUESTIONS.filter((q) => !q.declined));
    const longest = answers().get('longest, how long')!;
    expect(longest.sql).toMatch(/SELECT\s+"?talk_minutes"?\s+FROM\s+"?calls"?\s+ORDER BY\s+"?talk_minutes"?\s+DESC\b[^;]*LIMIT 1/i);
    expect(answers().get('shortest, how long')!.sql).toMatch(/SELECT\s+"?talk_minutes"?\s+FROM\s+"?calls"?\s+ORDER BY\s+"?talk_minutes"?\s+ASC\b[^;]*LIMIT 1/i);
  });

  it('still declines where no column measures a duration', () => {
    expectDeclined(answers(), QUESTIONS.filter((q) => q.declined));
  });
});
