import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * "How many customers churned last month?" over customers with a signup date was answered `success` by counting the
 * customers who signed up last month: a past-tense verb with nothing after it but a time was read as a word relating
 * things the SQL reads. Such a verb is the restriction the question asks for; when the SQL does not address it the
 * answer is `unsure`, naming it. The same shape with a grounded verb, or a passive ("were placed"), still succeeds.
 * A made-up database, through the real CLI.
 */
const SCHEMAS: Record<string, MadeUpDatabase> = {
  gym: {
    schema: `CREATE TABLE members (member_id INTEGER PRIMARY KEY, name VARCHAR, city VARCHAR, signup_date DATE);
CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members (member_id), visit_date DATE, minutes INTEGER);`,
    data: {
      members: 'member_id,name,city,signup_date\n1,Ada Park,Leeds,2026-10-03\n2,Ben Shaw,York,2026-10-20\n3,Cal Moss,Leeds,2025-05-01\n4,Dee Finch,Hull,2026-09-12\n',
      visits: 'visit_id,member_id,visit_date,minutes\n1,1,2026-10-05,45\n2,2,2026-10-21,60\n3,1,2026-10-28,30\n4,4,2026-09-30,50\n',
    },
  },
};

const QUESTIONS: { id: string; namespace: string; task: string; unaddressed: RegExp | false }[] = [
  { id: 'churned last month', namespace: 'gym', task: 'How many members churned last month?', unaddressed: /does not address "churned"/ },
  { id: 'defaulted in a year', namespace: 'gym', task: 'How many members defaulted in 2025?', unaddressed: /does not address "defaulted"/ },
  { id: 'grounded verb', namespace: 'gym', task: 'How many members signed up last month?', unaddressed: false },
  { id: 'passive', namespace: 'gym', task: 'How many visits were made last month?', unaddressed: false },
];

describe('a verb the question restricts by, with only a time after it', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: ['--current_date', '2026-11-25'], prefix: 'sluice-unaddressed-verb-' });

  it('is unsure when the SQL does not address the verb, and names it', () => {
    for (const q of QUESTIONS.filter((q) => q.unaddressed)) {
      const line = answers().get(q.id)!;
      expect(line.status, `${q.task} -> ${line.reason ?? line.sql}`).toBe('unsure');
      expect(line.reason, q.task).toMatch(q.unaddressed as RegExp);
    }
  });

  it('still succeeds where the verb is grounded or the clause is passive', () => {
    for (const q of QUESTIONS.filter((q) => !q.unaddressed)) {
      const line = answers().get(q.id)!;
      expect(line.status, `${q.task} -> ${line.reason ?? line.sql}`).toBe('success');
    }
  });
});
