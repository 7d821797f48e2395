import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { formatInterval, formatTypedValue } from '../src/output/format-typed-value.js';
import { ResultView } from '../ui/components/ResultView.js';
import { runCli } from './helpers/run-cli.js';

const plain = (frame: string | undefined) => (frame ?? '').replace(/\u001B\[[0-9;]*m/g, '');

afterEach(() => cleanup());

describe('values shown by column type', () => {
  it('decimals keep their scale, from numbers and from exact strings', () => {
    expect(formatTypedValue(43559.1, 'DECIMAL(12,2)')).toBe('43559.10');
    expect(formatTypedValue(572839, 'DECIMAL(12,2)')).toBe('572839.00');
    expect(formatTypedValue('12345678901234567890.5', 'DECIMAL(38,2)')).toBe('12345678901234567890.50');
    expect(formatTypedValue(572839, 'DECIMAL(12,2)', { grouping: true })).toBe('572,839.00');
    expect(formatTypedValue(-1234.5, 'NUMERIC(10,1)', { grouping: true })).toBe('-1,234.5');
  });

  it('floats are rounded to a readable precision; integers are grouped only when asked', () => {
    expect(formatTypedValue(184.70736654366542, 'DOUBLE')).toBe('184.71');
    expect(formatTypedValue(0.000123456, 'DOUBLE')).toBe('0.0001235');
    expect(formatTypedValue(3, 'DOUBLE')).toBe('3');
    expect(formatTypedValue(1234567, 'BIGINT')).toBe('1234567');
    expect(formatTypedValue(1234567, 'BIGINT', { grouping: true })).toBe('1,234,567');
  });

  it('intervals read as words, dates and timestamps stay whole, NULL stays NULL', () => {
    expect(formatTypedValue({ months: 0, days: 3, micros: '0' }, 'INTERVAL')).toBe('3 days');
    expect(formatInterval({ months: 14, days: 1, micros: '14706000000' })).toBe('1 year 2 months 1 day 04:05:06');
    expect(formatInterval({ months: 0, days: 0, micros: '1500000' })).toBe('00:00:01.5');
    expect(formatInterval({ months: 0, days: 0, micros: '0' })).toBe('0 days');
    expect(formatTypedValue('2024-01-02 03:04:05', 'TIMESTAMP')).toBe('2024-01-02 03:04:05');
    expect(formatTypedValue(null, 'DECIMAL(10,2)')).toBe('NULL');
    expect(formatTypedValue('CA', 'VARCHAR')).toBe('CA');
  });

  it('the terminal table shows money at its scale with separators', () => {
    const frame = plain(
      render(
        <ResultView
          columns={['segment', 'revenue', 'avg_order']}
          columnTypes={['VARCHAR', 'DECIMAL(18,2)', 'DOUBLE']}
          rows={[['consumer', 3615727.14, 184.70736654366542], ['small_business', 572839, 90.5]]}
          rowCount={2}
          truncated={false}
          width={100}
        />,
      ).lastFrame(),
    );
    expect(frame).toMatch(/consumer\s+│ 3,615,727\.14 │\s+184\.71/);
    expect(frame).toMatch(/small_business │\s+572,839\.00 │\s+90\.5/);
  });
});

describe('through the CLI', () => {
  const SQL = `SELECT 43559.10::DECIMAL(12,2) AS money, 184.70736654366542::DOUBLE AS average, INTERVAL 3 DAY AS wait, 'two' || chr(10) || 'lines' AS note`;

  it('sluice sql prints decimals at scale, rounded floats, intervals in words and newlines on one row', async () => {
    const result = await runCli(['sql', SQL]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[2]).toMatch(/^43559\.10 │\s+184\.71 │ 3 days │ two↵lines$/);
    expect(lines[3]).toBe('1 row');
  });

  it('JSON and CSV keep the exact values', async () => {
    const json = await runCli(['sql', SQL, '--format', 'json']);
    expect(JSON.parse(json.stdout).rows[0]).toEqual([43559.1, 184.70736654366542, { months: 0, days: 3, micros: '0' }, 'two\nlines']);
    const csv = await runCli(['sql', SQL, '--format', 'csv']);
    expect(csv.stdout).toContain('43559.1,184.70736654366542,');
  });
});
