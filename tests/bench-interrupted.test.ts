import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, REPO_ROOT, cliEnv, tempDir } from './helpers/run-cli.js';

/**
 * Ctrl-C during `sluice bench` used to end it with nothing written: no report, no question lines, however many
 * questions had been scored. Now no more questions start, the one in flight is cancelled and left out, and the report
 * and its lines cover the questions that finished, marked interrupted (exit 130).
 */
describe('sluice bench interrupted with Ctrl-C', () => {
  it('writes the report of the questions that finished and exits 130', async () => {
    const cwd = tempDir('sluice-bench-interrupted-');
    // The first question passes at once; every later one waits until it is cancelled.
    fs.writeFileSync(
      path.join(cwd, 'hold-node.mjs'),
      `let calls = 0;
export const nodes = [{ name: 'hold', description: 'holds every question after the first', async run(context, call) {
  if (calls++ > 0) await new Promise((resolve, reject) => { const t = setTimeout(resolve, 600000); call.signal.addEventListener('abort', () => { clearTimeout(t); reject(new Error('aborted')); }); });
  return { context, summary: 'held' };
} }];\n`,
    );
    fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'plugins:\n  - ./hold-node.mjs\n');
    fs.writeFileSync(path.join(cwd, 'workflow.yml'), 'workflow:\n  held:\n    - hold\n    - schema_linking\n    - generate_sql\n    - execute_sql\n    - output\n');
    const dataset = path.join(REPO_ROOT, 'bench/datasets/plain-dev-a');
    const child = spawn(process.execPath, [CLI, 'bench', '--dataset', dataset, '--plan', 'held', '--limit', '3', '--concurrency', '1', '--out', 'report.json'], {
      cwd,
      env: cliEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      // The first question is scored and the second is held: interrupt now.
      if (/^\[1\/3\] /m.test(stderr) && !child.killed) child.kill('SIGINT');
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));

    expect(code, stderr).toBe(130);
    expect(stderr).toContain('sluice: bench interrupted');
    expect(stdout).toContain('interrupted: the figures cover the 1 of 3 questions that finished');
    const report = JSON.parse(fs.readFileSync(path.join(cwd, 'report.json'), 'utf8')) as { interrupted?: unknown };
    expect(report.interrupted).toEqual({ finished: 1, selected: 3 });
    const lines = fs.readFileSync(path.join(cwd, 'report.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 300_000);
});
