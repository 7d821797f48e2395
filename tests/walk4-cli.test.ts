import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, cliEnv, runCli, tempDir } from './helpers/run-cli.js';
import { SLOW, finished, untilNodeStarts } from './helpers/slow-plan-cli.js';

/**
 * What a daily user hit after the first hour (helper walk4): each case runs the real CLI and checks that what it prints,
 * its exit code and its save dir tell the truth.
 */

describe('a daily user', () => {
  it('Ctrl-C in a batch writes status cancelled, not failed, on every line it did not answer, and the resume it prints works', async () => {
    const cwd = tempDir('sluice-walk4-cancel-');
    const saveDir = path.join(cwd, 'save');
    const child = spawn(process.execPath, [CLI, 'run', ...SLOW, '--concurrency', '2', '--save_dir', saveDir], { cwd, env: cliEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    const result = finished(child);
    child.stdin!.end(Array.from({ length: 5 }, () => 'How many orders per status\n').join(''));
    await untilNodeStarts(saveDir, 'pause', 2);
    child.kill('SIGINT');
    const { code, stderr, stdout } = await result;
    expect(code, stderr).toBe(130);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as { line: number; run_id?: string; status: string; error?: string });
    expect(lines).toHaveLength(5);
    expect(lines.map((line) => line.status)).toEqual(Array(5).fill('cancelled'));
    const inFlight = lines.filter((line) => line.run_id);
    expect(inFlight).toHaveLength(2);
    expect(lines.filter((line) => !line.run_id).every((line) => line.error === 'cancelled before it started')).toBe(true);
    // The plain progress line's summary says what the lines say.
    expect(stderr).toMatch(/sluice batch: 2\/5 done · 0 answered, 2 not \(2 cancelled in flight\) · 3 not started/);
    expect(stderr).not.toMatch(/failed/);
    const resume = stderr.match(/: (sluice resume [^\n,]*)/)?.[1];
    expect(resume, stderr).toBeDefined();
    const args = resume!.split(' ').slice(1);
    const resumed = await runCli([...args, '--format', 'json'], { cwd });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(JSON.parse(resumed.stdout)).toMatchObject({ run_id: inFlight[0]!.run_id, status: 'success' });
  }, 120_000);

  it('on a full save dir no node runs, no query included, before the run\'s first state is on disk', () => {
    const cwd = tempDir('sluice-walk4-full-');
    const saveDir = path.join(cwd, 'save');
    const warm = spawnSync(process.execPath, [CLI, 'run', '--task', 'How many orders per status', '--save_dir', path.join(cwd, 'warm')], { cwd, env: cliEnv(), encoding: 'utf8' });
    expect(warm.status, warm.stderr).toBe(0);
    expect(warm.stderr).toMatch(/▶ execute_sql/);
    // A file size limit of one block stands in for a full disk: writes past it fail with EFBIG instead of ENOSPC.
    const command = `trap '' XFSZ; ulimit -f 1; exec ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} run --task "How many orders per status" --format json --save_dir ${JSON.stringify(saveDir)} 2>&1 >/dev/null`;
    const full = spawnSync('bash', ['-c', command], { cwd, env: cliEnv({ SLUICE_CODE_CACHE: '0' }), encoding: 'utf8', timeout: 60_000 });
    expect(full.status, full.stdout).toBe(1);
    expect(full.stdout).toMatch(/cannot write .*state\.json/);
    expect(full.stdout).not.toMatch(/▶ /);
    expect(full.stdout).toMatch(/Nothing of run \S+ was saved, so there is nothing to resume/);
  }, 90_000);

  it('a batch on a full save dir gives lines no run_id to resume, and says to ask again', () => {
    const cwd = tempDir('sluice-walk4-full-batch-');
    const saveDir = path.join(cwd, 'save');
    // A file size limit of one block stands in for a full disk: writes past it fail with EFBIG instead of ENOSPC.
    const command = `trap '' XFSZ; ulimit -f 1; printf 'How many orders per status\\nHow many customers are there\\n' | ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} run --save_dir ${JSON.stringify(saveDir)}`;
    const full = spawnSync('bash', ['-c', command], { cwd, env: cliEnv({ SLUICE_CODE_CACHE: '0' }), encoding: 'utf8', timeout: 60_000 });
    expect(full.status, full.stderr).toBe(1);
    const lines = full.stdout.trim().split('\n').map((line) => JSON.parse(line) as { line: number; status: string; run_id?: string; error?: string });
    expect(lines.map((line) => line.line).sort()).toEqual([1, 2]);
    for (const line of lines) {
      expect(line.status).toBe('failed');
      expect(line).not.toHaveProperty('run_id');
      expect(line.error).toMatch(/cannot write .*state\.json.*nothing of this run was saved, so there is nothing to resume: ask it again/);
    }
  }, 90_000);

  it('sluice schema TABLE shows that table, as /schema TABLE does in the chat (it said "too many arguments")', async () => {
    const one = await runCli(['schema', 'orders', '--format', 'json']);
    expect(one.code, one.stderr).toBe(0);
    expect((JSON.parse(one.stdout) as { tables: Array<{ name: string }> }).tables.map((table) => table.name)).toEqual(['orders']);
    const both = await runCli(['schema', 'orders', '--table', 'customers']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/two tables, orders and --table customers/);
  }, 60_000);
});
