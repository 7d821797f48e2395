import { describe, expect, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * A person asked about by surname: "hosted by Bielecki" where the hosts are stored as full names ('Tomasz Bielecki').
 * The value lookup read a stored name by its leading words only, so the surname linked to nothing and the rule that
 * declines capitalised names nobody stores (another organisation's, person's or place's) declined an answerable
 * question. A surname no dictionary knows now reaches the one stored name it ends; a surname nobody stores is still
 * declined. A made-up database, the real CLI.
 */
const SCHEMAS: Record<string, MadeUpDatabase> = {
  studio: {
    schema: `CREATE TABLE shows (show_id INTEGER PRIMARY KEY, title VARCHAR, host VARCHAR, genre VARCHAR);`,
    data: {
      shows: 'show_id,title,host,genre\n1,Night Shift,Tomasz Bielecki,comedy\n2,Deep Field,Amara Okafor,science\n3,Loose Ends,Tomasz Bielecki,comedy\n4,Tide Tables,Ines Varga,nature\n',
    },
  },
};

const ANSWERED = [{ id: 'surname', namespace: 'studio', task: 'Which shows are hosted by Bielecki?', declined: false as const }];
const DECLINED = [{ id: 'surname nobody stores', namespace: 'studio', task: 'Which shows are hosted by Kowalczyk?', declined: /Kowalczyk/ }];

describe('a surname of a stored full name', () => {
  const answers = askBeforeAll(SCHEMAS, [...ANSWERED, ...DECLINED], { args: ['--current_date', '2026-11-25'], prefix: 'sluice-surname-' });

  it('reaches the stored name it ends', () => {
    expectAnswered(answers(), ANSWERED);
    expect(answers().get('surname')!.sql).toMatch(/'Tomasz Bielecki'/);
  });

  it('while a surname nobody stores is still declined', () => {
    expectDeclined(answers(), DECLINED);
  });
});
