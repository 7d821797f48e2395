import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * A year written with an apostrophe for its century ("Dec '25", "Aug '26"): the month of that year, not of the
 * current one, and the filters check meets it as that year, not as a number 25 the SQL leaves out. An average "per
 * day" answered with a row per day is the daily figures, not the one daily average asked for: unsure. A made-up
 * database, the real CLI.
 */
const rows = ['day,visitors,fresh_snow_cm'];
for (const month of ['2025-12', '2026-08', '2026-12']) for (let d = 1; d <= 28; d++) rows.push(`${month}-${String(d).padStart(2, '0')},${(d * 7) % 50},${d % 9}`);
const SCHEMAS: Record<string, MadeUpDatabase> = {
  resort: {
    schema: `CREATE TABLE daily_gate (day DATE PRIMARY KEY, visitors INTEGER, fresh_snow_cm INTEGER);`,
    data: { daily_gate: `${rows.join('\n')}\n` },
  },
};

const QUESTIONS = [
  { id: 'december', namespace: 'resort', task: "Total visitors in Dec '25" },
  { id: 'august', namespace: 'resort', task: "Total visitors, Aug '26" },
  { id: 'per day', namespace: 'resort', task: "avg fresh snow per day in Dec '25?" },
];

describe("a year written with an apostrophe for its century", () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: ['--current_date', '2026-12-20'], prefix: 'sluice-clipped-year-' });

  it('is that year: the month of it is read and the answer stands', () => {
    const december = answers().get('december')!;
    expect(december.sql).toMatch(/2025-12-01/);
    expect(december.status).toBe('success');
    const august = answers().get('august')!;
    expect(august.sql).toMatch(/2026-08-01/);
    expect(august.status).toBe('success');
  });

  it('leaves an average per day answered day by day unsure', () => {
    const perDay = answers().get('per day')!;
    expect(perDay.sql).toMatch(/2025-12-01/);
    if (/group\s+by/i.test(perDay.sql ?? '')) expect(perDay.status).toBe('unsure');
    else expect(perDay.status).toBe('success');
  });
});
