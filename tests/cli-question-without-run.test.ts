import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/run-cli.js';

/** A question typed without `run` (the spec's own command is `run --task`): exit 2 and the command that asks it. */
describe('a question given to sluice without run', () => {
  const cases: Array<[string[], string]> = [
    [['How many orders per status'], 'sluice: "How many orders per status" is not a command; to ask it: sluice run --task "How many orders per status"\n'],
    [['Top 5 products', '--plan', 'fixed'], 'sluice: "Top 5 products" is not a command; to ask it: sluice run --task "Top 5 products" --plan fixed\n'],
    [['--task', 'Revenue by "segment"', '--namespace', 'demo'], 'sluice: --task is a flag of sluice run: sluice run --task "Revenue by \\"segment\\"" --namespace demo\n'],
  ];
  it.each(cases)('sluice %j', async (args, message) => {
    const cwd = tempDir();
    const result = await runCli(args, { cwd });
    expect(result.stderr).toBe(message);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(fs.existsSync(path.join(cwd, 'save'))).toBe(false);
  });

  it('leaves a one-word unknown command and a real command to commander', async () => {
    const unknown = await runCli(['ask']);
    expect(unknown.stderr).toMatch(/unknown command 'ask'/);
    expect(unknown.code).toBe(2);
    const sql = await runCli(['sql', 'SELECT 1 AS one', '--format', 'json']);
    expect(sql.code, sql.stderr).toBe(0);
  });
});
