import { describe, expect, it } from 'vitest';
import type { BatchLine } from './helpers/ask-bench-databases.js';
import { runCli } from './helpers/run-cli.js';

/**
 * "How many refunds did we issue in 2025?" on the demo was answered `success` by adding up the returns' refund money:
 * "how many" counts things, money is "how much", so an answer that only sums a money column is `unsure`. "How much
 * …" and "how many units" (a quantity column) still succeed. The real CLI on the demo.
 */
async function ask(task: string): Promise<BatchLine> {
  const result = await runCli(['run', '--task', task, '--format', 'json', '--current_date', '2026-11-25']);
  return JSON.parse(result.stdout) as BatchLine;
}

describe('"how many" answered by adding up money', () => {
  it('is unsure when all the SQL does is sum a money column', async () => {
    const line = await ask('How many refunds did we issue in 2025?');
    expect(line.sql).toMatch(/SUM\(returns\.refund_amount\)/);
    expect(line.status, line.sql ?? '').toBe('unsure');
    expect(line.reason).toMatch(/asks how many, but the SQL adds up money \(refund_amount\)/);
  }, 120_000);

  it('leaves "how much" and a quantity column alone', async () => {
    for (const task of ['How much have we refunded in total?', 'How many units were sold in 2025?']) {
      const line = await ask(task);
      expect(line.sql, task).toMatch(/SUM\(/);
      expect(line.status, `${task}: ${line.reason ?? line.sql}`).toBe('success');
    }
    // Dated, the refunds metric filters on the order's date while a refund has its own (dated_by doubts that); never
    // because "how much" adds up money.
    const dated = await ask('How much did we refund in 2025?');
    expect(dated.sql).toMatch(/SUM\(returns\.refund_amount\)/);
    expect(dated.reason ?? '').not.toMatch(/asks how many/);
  }, 120_000);
});
