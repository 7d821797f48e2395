import { describe, expect, it } from 'vitest';
import { askBeforeAll, expectAnswered } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * "Which is our newest lift?" (issue 14, paraphrase): "newest", "oldest" and "most recent" rank rows in time, by a date
 * column, or, where a table has none, by its one number column named for a year (built_year, OpenedYear). A table with
 * neither is not ranked by another number (a crane's capacity). "opened most recently" ranks the same way.
 * Made-up databases through the real CLI.
 */
const SCHEMAS: Record<string, MadeUpDatabase> = {
  harbour: {
    schema: `CREATE TABLE cranes (crane_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, capacity_t INTEGER NOT NULL, built_year INTEGER NOT NULL);
CREATE TABLE tugs (tug_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, bollard_pull_t INTEGER NOT NULL);`,
    data: {
      cranes: 'crane_id,name,capacity_t,built_year\n1,Atlas,40,1998\n2,Brutus,65,2015\n3,Castor,50,2007\n',
      tugs: 'tug_id,name,bollard_pull_t\n1,Sea Mule,60\n2,Ox,45\n',
    },
  },
  quays: {
    schema: 'CREATE TABLE Marina (MarinaID INTEGER PRIMARY KEY, MarinaName VARCHAR NOT NULL, Berths INTEGER NOT NULL, OpenedYear INTEGER);',
    data: { Marina: 'MarinaID,MarinaName,Berths,OpenedYear\n1,North Basin,120,1988\n2,Kingsway,80,2019\n3,Old Dock,200,1962\n' },
  },
};

const QUESTIONS = [
  { id: 'newest by year', namespace: 'harbour', task: 'Which is our newest crane?', declined: false as const },
  { id: 'oldest by year', namespace: 'harbour', task: 'Which is the oldest crane?', declined: false as const },
  { id: 'newest, no year', namespace: 'harbour', task: 'Which is our newest tug?', declined: false as const },
  { id: 'opened most recently', namespace: 'quays', task: 'Which marina opened most recently?', declined: false as const },
];

describe('the newest or oldest row by a year column', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: ['--current_date', '2026-11-25'], prefix: 'sluice-near-miss-year-rankings-' });

  it('orders by the year the rows were built', () => {
    expectAnswered(answers(), QUESTIONS.slice(0, 2));
    expect(answers().get('newest by year')!.sql).toMatch(/FROM\s+"?cranes"?\s+ORDER BY\s+"?built_year"?\s+DESC\b[^;]*LIMIT 1/i);
    expect(answers().get('oldest by year')!.sql).toMatch(/FROM\s+"?cranes"?\s+ORDER BY\s+"?built_year"?\s+ASC\b[^;]*LIMIT 1/i);
  });

  it('reads "most recently" as the newest, by a year column named in camel case', () => {
    expectAnswered(answers(), QUESTIONS.slice(3, 4));
    expect(answers().get('opened most recently')!.sql).toMatch(/FROM\s+"?Marina"?\s+ORDER BY\s+"?OpenedYear"?\s+DESC\b[^;]*LIMIT 1/i);
  });

  it('does not take another number for a year', () => {
    expect(answers().get('newest, no year')!.sql ?? '').not.toMatch(/ORDER BY\s+"?bollard_pull_t"?/i);
  });
});
