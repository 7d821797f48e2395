import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/run-cli.js';

/**
 * CSV has no count line, so a result cut at max_rows and redirected to a file (`> out.csv`) used to lose the rest of
 * its rows without a word. stderr now says so, and how to raise the cap.
 */
describe('a CSV result cut at max_rows', () => {
  it('sluice sql says on stderr that only the first rows are shown', async () => {
    const cwd = tempDir('sluice-truncated-');
    const csv = await runCli(['sql', 'SELECT range AS n FROM range(5000)', '--format', 'csv'], { cwd });
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout.trimEnd().split('\n')).toHaveLength(1_001);
    expect(csv.stderr).toBe('sluice: only the first 1000 rows are shown: the result was cut at max_rows (raise defaults.max_rows in sluice.yml for more)\n');

    const whole = await runCli(['sql', 'SELECT range AS n FROM range(50)', '--format', 'csv'], { cwd });
    expect(whole.stderr).toBe('');
    // JSON carries `truncated` itself.
    const json = await runCli(['sql', 'SELECT range AS n FROM range(5000)', '--format', 'json'], { cwd });
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout)).toMatchObject({ row_count: 1000, truncated: true });
  }, 120_000);

  it('sluice run names the cut in the output line on stderr', async () => {
    const run = await runCli(['run', '--task', 'List all customers', '--plan', 'fixed', '--format', 'csv', '--save_dir', 'save'], { cwd: tempDir('sluice-truncated-') });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1_001);
    expect(run.stderr).toMatch(/✓ output: 1000 rows \(cut at max_rows\) as csv/);
  }, 120_000);
});
