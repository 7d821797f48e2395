import { describe, expect, it } from 'vitest';
import type { BatchLine, MadeUpDatabase } from './helpers/ask-bench-databases.js';
import { askBeforeAll, expectAnswered } from './helpers/expect-declines.js';
import { runCli } from './helpers/run-cli.js';

/**
 * A near spelling is read as a typo of a stored value or a name only when the word written is no English word of its
 * own: "What is our net promoter score?" on the demo, whose orders' channel can be 'store', ran
 * `WHERE channel = 'store'` and ended unsure instead of declined. A misspelling ("onlne") and a spelling variant
 * ("canceled" for 'cancelled', WordNet's same sense) still reach the value (a made-up database). The real CLI.
 */
const SCHEMAS: Record<string, MadeUpDatabase> = {
  shop: {
    schema: `CREATE TABLE orders (order_id INTEGER PRIMARY KEY, order_date DATE, status VARCHAR, channel VARCHAR, net_amount DOUBLE);`,
    data: {
      orders:
        'order_id,order_date,status,channel,net_amount\n1,2026-10-01,completed,store,20\n2,2026-10-02,cancelled,online,35\n3,2026-10-03,completed,online,12\n4,2026-10-04,cancelled,store,50\n5,2026-10-05,completed,online,8\n',
    },
  },
};

const ANSWERED = [
  { id: 'misspelt value', namespace: 'shop', task: 'How many orders came through the onlne channel?', declined: false as const },
  { id: 'spelling variant', namespace: 'shop', task: 'How many orders were canceled?', declined: false as const },
];

describe('a near spelling that is a word of its own names something else', () => {
  const answers = askBeforeAll(SCHEMAS, ANSWERED, { args: ['--current_date', '2026-11-25'], prefix: 'sluice-near-spelling-' });

  it('declines a question whose only match was a stored value one letter away from an English word', async () => {
    const result = await runCli(['run', '--task', 'What is our net promoter score?', '--format', 'json', '--current_date', '2026-11-25']);
    expect(result.code, result.stderr).toBe(4);
    const line = JSON.parse(result.stdout) as BatchLine;
    expect(line.status).toBe('unanswerable');
    expect(line.sql).toBeNull();
    expect(line.reason).toMatch(/'promoter score'/);
  }, 120_000);

  it('still reads a misspelling and a spelling variant as the stored value', () => {
    expectAnswered(answers(), ANSWERED);
    expect(answers().get('misspelt value')!.sql).toMatch(/'online'/);
    expect(answers().get('spelling variant')!.sql).toMatch(/'cancelled'/);
  });
});
