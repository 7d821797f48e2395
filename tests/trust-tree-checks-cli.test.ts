import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

interface JsonRun {
  status: string;
  checks: Array<{ name: string; passed: boolean; detail: string }>;
}

describe('the output node hands the parsed SQL to the checks', () => {
  it('a count of the demo orders kept by a purchase event of their customer ends unsure (sibling_condition)', async () => {
    const result = await runCli(['run', '--task', 'How many purchases came through the app?', '--format', 'json']);
    const json = JSON.parse(result.stdout) as JsonRun;
    // Without the tree (or the check) this run ended success, exit 0.
    expect(result.code, result.stderr).toBe(3);
    expect(json.status).toBe('unsure');
    expect(json.checks.find((check) => check.name === 'sibling_condition')?.passed).toBe(false);
  }, 120_000);
});
