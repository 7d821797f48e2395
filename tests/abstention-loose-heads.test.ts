import { describe, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * What a question asks for must link by more than a part of it (issue 14): "housework" where a house_no column is links
 * only as a dictionary compound's first word (housework is work, not a house), which may ground a side word but not the
 * thing asked, so the question is declined naming it; where a column names it ("housework_hours"), or where it only owns
 * what is asked ("Which houseboat has the highest rent?"), it runs. Made-up databases, none of the labelled sets',
 * through the real CLI.
 */
const DATE = ['--current_date', '2026-11-25'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  lettings: {
    schema: `CREATE TABLE tenants (tenant_id INTEGER PRIMARY KEY, tenant_name VARCHAR, house_no INTEGER, rent DOUBLE, care_hours DOUBLE, moved_in DATE);`,
    data: { tenants: 'tenant_id,tenant_name,house_no,rent,care_hours,moved_in\n1,Ana Ruiz,4,820,3,2025-02-01\n2,Tom Hale,7,760,0,2025-09-15\n' },
  },
  carers: {
    schema: `CREATE TABLE carers (carer_id INTEGER PRIMARY KEY, carer_name VARCHAR, house_no INTEGER, housework_hours DOUBLE);`,
    data: { carers: 'carer_id,carer_name,house_no,housework_hours\n1,Lea Moss,3,6.5\n2,Ben Ojo,9,4\n' },
  },
};

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'compound asked by its unit', namespace: 'lettings', task: 'How many hours of housework did each tenant do last month?', declined: /'housework'/ },
  { id: 'compound counted', namespace: 'lettings', task: 'How many houseguests stayed with each tenant?', declined: /houseguests/ },
  { id: 'compound a column names', namespace: 'carers', task: 'How many hours of housework did each carer do?', declined: false },
  { id: 'compound owning what is asked', namespace: 'lettings', task: 'Which houseboat has the highest rent?', declined: false },
];

describe('an asked word linked only as a compound part', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: DATE, prefix: 'sluice-abstention-loose-heads-' });

  it('declines before any SQL, naming what is asked', () => {
    expectDeclined(answers(), QUESTIONS.filter((q) => q.declined), 'none');
  });

  it('runs where a column names it, or where it only owns what is asked', () => {
    expectAnswered(answers(), QUESTIONS.filter((q) => !q.declined));
  });
});
