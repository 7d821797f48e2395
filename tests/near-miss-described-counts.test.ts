import { describe, expect, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * A counted noun that only a comment uses (issue 14): "How many representations came in by email?" counts the rows of
 * the table whose own comment opens by calling its rows representations, so the count is answered, not declined as a
 * count that fell back to another table's rows. A noun a column's comment uses in passing ("shown on its signs") says
 * nothing of what the rows are: counting the licences of a named premises for "How many signs …" is still declined.
 * A made-up licensing database, none of the labelled sets', through the real CLI.
 */
const DATE = ['--current_date', '2026-11-25'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  licensing: {
    schema: `CREATE TABLE licences (licence_id INTEGER PRIMARY KEY, premises VARCHAR, kind VARCHAR, granted_on DATE);
COMMENT ON COLUMN licences.premises IS 'Name of the venue as shown on its signs';
CREATE TABLE submissions (submission_id INTEGER PRIMARY KEY, licence_id INTEGER REFERENCES licences (licence_id), stance VARCHAR, via VARCHAR);
COMMENT ON TABLE submissions IS 'Representations made about a licence application. Stance is for or against.';`,
    data: {
      licences: 'licence_id,premises,kind,granted_on\n1,Red Lion,pub,2026-03-02\n2,Kite Cafe,late night refreshment,2026-05-10\n3,Red Lion,music,2026-06-01\n',
      submissions: 'submission_id,licence_id,stance,via\n1,1,against,email\n2,1,for,letter\n3,2,against,email\n4,3,against,portal\n',
    },
  },
};

const ANSWERED = { id: 'counted noun the table comment names', namespace: 'licensing', task: 'How many representations came in by email?', declined: false as const };
const DECLINED = { id: 'counted noun a column comment uses in passing', namespace: 'licensing', task: 'How many signs are there at the Red Lion?', declined: /how many signs/ };

describe('a count of a noun only a comment uses', () => {
  const answers = askBeforeAll(SCHEMAS, [ANSWERED, DECLINED], { args: DATE, prefix: 'sluice-described-counts-' });

  it('answers a count of the rows the counted table\'s own comment names, counting that table', () => {
    expectAnswered(answers(), [ANSWERED]);
    expect(answers().get(ANSWERED.id)!.sql).toMatch(/from\s+submissions/i);
  });

  it('still declines a count fallen back to a table whose column comment only uses the word in passing', () => {
    expectDeclined(answers(), [DECLINED], 'ran');
  });
});
