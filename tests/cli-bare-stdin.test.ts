import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, cliEnv, runCli, tempDir } from './helpers/run-cli.js';

/** Runs `command` in a real shell, as a user types it: a `|` there is a FIFO, a `<` a regular file. */
function shell(command: string, cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync('sh', ['-c', command], { cwd, env: cliEnv({ SLUICE: `${process.execPath} ${CLI}` }), encoding: 'utf8', timeout: 110_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const QUESTIONS = 'How many orders per status\nList all customers from California\n';

describe('a bare `sluice` with questions on stdin', () => {
  it('answers questions piped into it as `sluice run` does, one JSON line each', async () => {
    const cwd = tempDir();
    fs.writeFileSync(path.join(cwd, 'q.txt'), QUESTIONS);
    const result = shell('cat q.txt | $SLUICE', cwd);
    expect(result.code, result.stderr).toBe(0);
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { line: number; status: string; run_id: string });
    expect(records.map((r) => r.line).sort()).toEqual([1, 2]);
    for (const record of records) {
      expect(record.status).toBe('success');
      expect(fs.existsSync(path.join(cwd, 'save', record.run_id, 'state.json'))).toBe(true);
    }
    expect(result.stderr).toMatch(/sluice batch: 2\/2 done/);
  }, 120_000);

  it('answers questions redirected from a file', async () => {
    const cwd = tempDir();
    fs.writeFileSync(path.join(cwd, 'q.txt'), QUESTIONS);
    const result = shell('$SLUICE < q.txt', cwd);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(2);
  }, 120_000);

  it('prints the help where stdin carries nothing for it: /dev/null, or a program spawning it with a pipe', async () => {
    const cwd = tempDir();
    const fromNull = shell('$SLUICE < /dev/null', cwd);
    expect(fromNull.code).toBe(0);
    expect(fromNull.stdout).toMatch(/^Usage: sluice /);
    const fromProgram = await runCli([], { cwd });
    expect(fromProgram.code).toBe(0);
    expect(fromProgram.stdout).toBe(fromNull.stdout);
    expect(fs.existsSync(path.join(cwd, 'save'))).toBe(false);
  }, 120_000);
});
