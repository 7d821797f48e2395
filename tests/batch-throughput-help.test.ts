import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, cliEnv } from './helpers/run-cli.js';

describe('bench/batch-throughput --help', () => {
  it('prints its flags and neither runs the bench nor touches docs/benchmarks.md', () => {
    const docs = path.join(REPO_ROOT, 'docs/benchmarks.md');
    const before = fs.readFileSync(docs, 'utf8');
    const started = performance.now();
    const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist/bench/batch-throughput.js'), '--help'], {
      env: cliEnv({}),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('--questions N');
    expect(result.stdout).toContain('--before CLI');
    expect(result.stdout).toContain('--clear-between-rows');
    // A run of the bench takes minutes; the help takes as long as starting Node.
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(fs.readFileSync(docs, 'utf8')).toBe(before);
  }, 70_000);

  it('keeps every row save dir until the bench ends unless asked to clear between rows', async () => {
    const { batchBenchOptions } = await import('../bench/batch-throughput.js');
    expect(batchBenchOptions([]).clearBetweenRows).toBe(false);
    expect(batchBenchOptions(['--only', 'offline', '--clear-between-rows']).clearBetweenRows).toBe(true);
  });
});
