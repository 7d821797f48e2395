import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/run-cli.js';

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

interface Record {
  line: number;
  id: string | number | null;
  status: string;
  error?: string;
  sql?: string;
  rows?: unknown[][];
}

const records = (stdout: string): Record[] =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record);

/** The count the demo database itself gives for orders in [start, end), through the same read-only sandbox. */
async function ordersBetween(start: string, end: string, filter = 'TRUE'): Promise<number> {
  const result = await runCli(['sql', '--format', 'json', `SELECT COUNT(*) AS n FROM orders WHERE ${filter} AND order_date >= DATE '${start}' AND order_date < DATE '${end}'`]);
  expect(result.code, result.stderr).toBe(0);
  const parsed = JSON.parse(result.stdout) as { rows: unknown[][] };
  return Number(parsed.rows[0]![0]);
}

describe('current dates: one validation for the flag and for batch lines', () => {
  const badDates: Array<[string, RegExp]> = [
    ['2025-02-30', /2025-02-30 is not a date: February 2025 has 28 days/],
    ['2023-02-29', /February 2023 has 28 days/],
    ['2025-13-45', /there is no month 13/],
    ['2020-99-99', /there is no month 99/],
    ['0000-00-00', /out of range; the year must be 1900–2200/],
    ['0000-01-01', /out of range/],
    ['2025-04-31', /April 2025 has 30 days/],
    ['25/11/2026', /"25\/11\/2026" is not a date; use YYYY-MM-DD/],
    ['2025-1-5', /use YYYY-MM-DD/],
  ];

  for (const [date, message] of badDates) {
    it(`--current_date ${date} exits 2 with one line, before anything opens`, async () => {
      const cwd = tempDir();
      const result = await runCli(['run', '--task', 'How many orders last quarter', '--current_date', date, '--save_dir', 'save'], { cwd });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      const [first] = result.stderr.trim().split('\n');
      expect(first).toMatch(/--current_date/);
      expect(first).toMatch(message);
      noStack(result.stderr);
      expect(fs.existsSync(path.join(cwd, 'save'))).toBe(false);
    });
  }

  it('chat rejects the same dates with the same line', async () => {
    const result = await runCli(['chat', '--current_date', '2025-02-30']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/February 2025 has 28 days/);
    noStack(result.stderr);
  });

  it('a real leap day is accepted and "last quarter" is counted from it', async () => {
    const result = await runCli(['run', '--task', 'How many orders last quarter', '--current_date', '2024-02-29', '--format', 'json', '--save_dir', 'save']);
    expect(result.code, result.stderr).toBe(0);
    const answer = JSON.parse(result.stdout) as Record;
    expect(answer.sql).toContain("'2023-10-01'");
    expect(answer.sql).toContain("'2024-01-01'");
    expect(Number(answer.rows![0]![0])).toBe(await ordersBetween('2023-10-01', '2024-01-01'));
  });

  it('batch lines with bad dates, null, numbers, arrays, bad tasks or garbage get error lines; the good lines are answered', async () => {
    const lines = [
      JSON.stringify({ id: 'bad-month', task: 'How many orders last quarter', current_date: '2025-13-45' }),
      JSON.stringify({ id: 'no-day', task: 'How many orders last quarter', current_date: '2020-99-99' }),
      JSON.stringify({ id: 'year-zero', task: 'How many orders last quarter', current_date: '0000-00-00' }),
      JSON.stringify({ id: 'feb-30', task: 'How many orders last quarter', current_date: '2025-02-30' }),
      JSON.stringify({ id: 'good', task: 'How many orders last quarter', current_date: '2025-06-30' }),
      'null',
      '42',
      '[{"task": "How many orders"}]',
      'false',
      JSON.stringify({ id: 'no-task', question: 'How many orders' }),
      JSON.stringify({ id: 'number-task', task: 2024 }),
      JSON.stringify({ id: 'no-words', task: '2024 ?!' }),
      JSON.stringify({ id: 'control', task: 'How many\u0000 orders' }),
      '\u0001\u0002\u0003\uFFFD\uFFFD garbage \u0007',
      '"How many customers"',
      'How many orders since March 2025',
    ];
    const result = await runCli(['run', '--save_dir', 'save', '--current_date', '2025-11-20', '--ordered'], { input: `${lines.join('\n')}\n` });
    expect(result.code).toBe(1);
    noStack(result.stderr);
    const out = records(result.stdout);
    expect(out.map((record) => record.line)).toEqual(lines.map((_, index) => index + 1));
    const byLine = (line: number) => out.find((record) => record.line === line)!;

    const errors: Array<[number, string | null, RegExp]> = [
      [1, 'bad-month', /^invalid question object: current_date: 2025-13-45 is not a date: there is no month 13$/],
      [2, 'no-day', /current_date: 2020-99-99 is not a date/],
      [3, 'year-zero', /current_date: 0000-00-00 is out of range/],
      [4, 'feb-30', /current_date: 2025-02-30 is not a date: February 2025 has 28 days/],
      [6, null, /^null is not a question/],
      [7, null, /^a number is not a question/],
      [8, null, /^an array is not a question/],
      [9, null, /^a boolean is not a question/],
      [10, 'no-task', /^invalid question object: task: missing/],
      [11, 'number-task', /^invalid question object: task: must be a string/],
      [12, 'no-words', /has no words/],
      [13, 'control', /control characters/],
      [14, null, /control characters/],
    ];
    for (const [line, id, message] of errors) {
      const record = byLine(line);
      expect(record.status, `line ${line}`).toBe('error');
      expect(record.id, `line ${line}`).toBe(id);
      expect(record.error, `line ${line}`).toMatch(message);
      expect(record.sql, `line ${line}`).toBeUndefined();
    }

    const good = byLine(5);
    expect(good.status).not.toBe('error');
    expect(good.sql).toContain("'2025-01-01'");
    expect(good.sql).toContain("'2025-04-01'");
    expect(Number(good.rows![0]![0])).toBe(await ordersBetween('2025-01-01', '2025-04-01'));

    expect(byLine(15).status).not.toBe('error');
    expect(byLine(15).sql).toMatch(/customers/i);

    const since = byLine(16);
    expect(since.status).not.toBe('error');
    expect(since.sql).toContain("'2025-03-01'");
    expect(since.sql).toContain("'2025-11-21'");
    expect(Number(since.rows![0]![0])).toBe(await ordersBetween('2025-03-01', '2025-11-21'));
  });
});

describe('date phrases through the real CLI', () => {
  it('after, before and between read as analysts mean them, and the counts agree with the database', async () => {
    const cases: Array<[task: string, start: string | undefined, end: string]> = [
      ['How many orders after June 2025', '2025-07-01', '2026-01-16'],
      ['How many orders before 2024', undefined, '2024-01-01'],
      ['How many orders between March and May 2025', '2025-03-01', '2025-06-01'],
    ];
    const input = cases.map(([task], index) => JSON.stringify({ id: index, task })).join('\n');
    const result = await runCli(['run', '--save_dir', 'save', '--current_date', '2026-01-15', '--ordered'], { input: `${input}\n` });
    expect(result.code, result.stderr).toBe(0);
    const out = records(result.stdout);
    for (const [index, [task, start, end]] of cases.entries()) {
      const record = out.find((r) => r.id === index)!;
      expect(record.status, task).not.toBe('error');
      if (start) expect(record.sql, task).toContain(`'${start}'`);
      expect(record.sql, task).toContain(`'${end}'`);
      expect(Number(record.rows![0]![0]), task).toBe(await ordersBetween(start ?? '0001-01-01', end));
    }
  });

  it('a namespace fiscal_year_start moves "fiscal year 2025"; a bad one is one config line', async () => {
    const cwd = tempDir();
    fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'namespaces:\n  shop:\n    type: demo\n    fiscal_year_start: 7\n');
    const result = await runCli(
      ['run', '--namespace', 'shop', '--plan', 'metric_to_sql', '--task', 'How many orders in fiscal year 2025', '--current_date', '2026-01-15', '--format', 'json', '--save_dir', 'save'],
      { cwd },
    );
    expect(result.code, result.stderr).toBe(0);
    const answer = JSON.parse(result.stdout) as Record;
    expect(answer.sql).toContain("'2024-07-01'");
    expect(answer.sql).toContain("'2025-07-01'");
    // "How many orders" counts every order row: a metric is used only when the question names what it measures.
    expect(Number(answer.rows![0]![0])).toBe(await ordersBetween('2024-07-01', '2025-07-01'));

    fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'namespaces:\n  shop:\n    type: demo\n    fiscal_year_start: 02-30\n');
    const bad = await runCli(['run', '--namespace', 'shop', '--task', 'How many orders', '--save_dir', 'save'], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/fiscal_year_start/);
    noStack(bad.stderr);
  });

  it('a date that does not exist is reported as unaddressed, not silently dropped', async () => {
    const result = await runCli(['run', '--task', 'How many orders on 2025-02-30', '--current_date', '2026-01-15', '--format', 'json', '--save_dir', 'save']);
    expect(result.stdout).toContain('2025-02-30');
    const answer = JSON.parse(result.stdout) as { status: string; reason?: string };
    expect(answer.status).not.toBe('success');
    expect(answer.reason).toMatch(/does not address "2025-02-30"/);
  });
});
