import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, cliEnv, runCli, tempDir } from './helpers/run-cli.js';

describe('a closed stdout or stderr', () => {
  it('ends `sluice run ... 2>&1 | head -1` quietly (exit 141), releases the lock and leaves the run resumable', async () => {
    const cwd = tempDir();
    // bash reports the exit status of the sluice side of the pipe.
    const result = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
      const child = spawn(
        'bash',
        ['-c', `"${process.execPath}" "${CLI}" run --task "how many customers are there in each state" --save_dir save 2>&1 | head -1; exit \${PIPESTATUS[0]}`],
        { cwd, env: cliEnv(), stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, output }));
    });
    expect(result.output).toMatch(/^\[\s*[\d.]+s\] run \S+: plan reflection/);
    expect(result.output.trim().split('\n')).toHaveLength(1);
    expect(result.code).toBe(141);
    const [runId] = fs.readdirSync(path.join(cwd, 'save'));
    const runDir = path.join(cwd, 'save', runId!);
    expect(fs.existsSync(path.join(runDir, 'lock'))).toBe(false);
    expect(JSON.parse(fs.readFileSync(path.join(runDir, 'state.json'), 'utf8')).context.status).toBe('running');

    const resumed = await runCli(['resume', '--save_dir', 'save'], { cwd });
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toMatch(/CA/);
  });

  it('ends a batch on a closed pipe the same way, with no lock left', async () => {
    const cwd = tempDir();
    // More output than a pipe holds (~270 kB against 64 kB), so the batch must meet the closed pipe: three questions
    // (13 kB) could all land in the pipe's buffer before `head` exits, and then nothing fails.
    const questions = path.join(cwd, 'questions.txt');
    fs.writeFileSync(questions, 'how many customers\nlist all products\nhow many orders\n'.repeat(20));
    const result = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(
        'bash',
        ['-c', `"${process.execPath}" "${CLI}" run --save_dir save < questions.txt 2>&1 | head -1 >/dev/null; exit \${PIPESTATUS[0]}`],
        { cwd, env: cliEnv(), stdio: ['ignore', 'ignore', 'ignore'] },
      );
      child.on('error', reject);
      child.on('close', resolve);
    });
    expect(result).toBe(141);
    for (const run of fs.readdirSync(path.join(cwd, 'save'))) expect(fs.existsSync(path.join(cwd, 'save', run, 'lock'))).toBe(false);
  });
});
