import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, cliEnv, runCli, tempDir } from './helpers/run-cli.js';

const PAUSE_PLUGIN = `
export const nodes = [{
  name: 'pause',
  description: 'waits a moment, so a test can kill the process in the middle of a node',
  async run(context, call) {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(resolve, 1200);
      call.signal.addEventListener('abort', () => { clearTimeout(timer); reject(new Error('aborted')); });
    });
    return { context: { ...context, notes: [...context.notes, 'paused'] }, summary: 'paused' };
  },
}];
`;

const TASK = 'How many customers are there in each state?';

function project(): string {
  const cwd = tempDir('sluice-kill-');
  fs.writeFileSync(path.join(cwd, 'pause-node.mjs'), PAUSE_PLUGIN);
  fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'plugins: [./pause-node.mjs]\n');
  fs.writeFileSync(
    path.join(cwd, 'workflow.yml'),
    'workflow:\n  paused:\n    - schema_linking\n    - pause\n    - generate_sql\n    - pause\n    - execute_sql\n    - reflect\n    - pause\n    - output\n',
  );
  return cwd;
}

function readEvents(saveDir: string): Array<Record<string, unknown>> {
  if (!fs.existsSync(saveDir)) return [];
  const runs = fs.readdirSync(saveDir);
  return runs.flatMap((run) => {
    const file = path.join(saveDir, run, 'events.jsonl');
    if (!fs.existsSync(file)) return [];
    return fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .flatMap((line) => {
        try {
          return [JSON.parse(line)];
        } catch {
          return [];
        }
      });
  });
}

/**
 * Starts a run and SIGKILLs it when the n-th start of `node` appears in the event log.
 * Every kill point is followed by a pause, so the kill always lands before the run ends.
 */
async function killAt(cwd: string, node: string, occurrence: number): Promise<void> {
  const child = spawn(process.execPath, [CLI, 'run', '--task', TASK, '--plan', 'paused', '--format', 'json', '--current_date', '2026-11-25'], { cwd, env: cliEnv(), stdio: 'ignore' });
  const saveDir = path.join(cwd, 'save');
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const starts = readEvents(saveDir).filter((e) => e.type === 'node_start' && e.node === node);
    if (starts.length >= occurrence) break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  child.kill('SIGKILL');
  await exited;
}

describe('kill and resume', () => {
  let reference: { sql: string; rows: unknown[]; nodes: string[] } | undefined;
  const uninterrupted = async () => {
    if (reference) return reference;
    const result = await runCli(['run', '--task', TASK, '--plan', 'paused', '--format', 'json', '--current_date', '2026-11-25'], { cwd: project() });
    expect(result.code, result.stderr).toBe(0);
    reference = JSON.parse(result.stdout);
    return reference!;
  };

  const points: Array<[string, number]> = [
    ['schema_linking', 1],
    ['pause', 1],
    ['generate_sql', 1],
    ['pause', 2],
    ['execute_sql', 1],
    ['pause', 3],
  ];
  for (const [node, occurrence] of points) {
    it(`a run SIGKILLed at the start of ${node} #${occurrence} is finished by resume with the same result, no node run twice`, async () => {
      const expected = await uninterrupted();
      const cwd = project();
      await killAt(cwd, node, occurrence);
      const resumed = await runCli(['resume', '--format', 'json'], { cwd });
      expect(resumed.code, resumed.stderr).toBe(0);
      const result = JSON.parse(resumed.stdout);
      expect(result.sql).toBe(expected.sql);
      expect(result.rows).toEqual(expected.rows);
      expect(result.nodes).toEqual(expected.nodes);
      const ends = readEvents(path.join(cwd, 'save')).filter((e) => e.type === 'node_end');
      const perStep = new Map<unknown, number>();
      for (const end of ends) perStep.set(end.step_id, (perStep.get(end.step_id) ?? 0) + 1);
      expect([...perStep.values()].every((count) => count === 1)).toBe(true);
      expect(resumed.stderr).toMatch(/resuming/);
    });
  }

  it('replaces the result files a run killed in its output node left half-written, when resume runs that node again', async () => {
    const expected = await uninterrupted();
    const cwd = project();
    await killAt(cwd, 'pause', 3);
    // What a kill in the middle of output leaves: a fresh run's result files are written in place, not renamed.
    const runDir = path.join(cwd, 'save', fs.readdirSync(path.join(cwd, 'save'))[0]!);
    fs.writeFileSync(path.join(runDir, 'result.json'), '{"sql": "SELECT cou');
    fs.writeFileSync(path.join(runDir, 'result.sql'), 'SELECT cou');
    const resumed = await runCli(['resume', '--format', 'json'], { cwd });
    expect(resumed.code, resumed.stderr).toBe(0);
    const written = JSON.parse(fs.readFileSync(path.join(runDir, 'result.json'), 'utf8'));
    expect(written.sql).toBe(expected.sql);
    expect(written.rows).toEqual(expected.rows);
    expect(fs.readFileSync(path.join(runDir, 'result.sql'), 'utf8')).toBe(`${expected.sql}\n`);
    expect(fs.readdirSync(runDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to resume a fresh run while the process that started it is alive (its states name it as the owner)', async () => {
    const cwd = project();
    const saveDir = path.join(cwd, 'save');
    const child = spawn(process.execPath, [CLI, 'run', '--task', TASK, '--plan', 'paused', '--format', 'json', '--current_date', '2026-11-25'], { cwd, env: cliEnv(), stdio: 'ignore' });
    const childDone = new Promise<number | null>((resolve) => child.on('exit', resolve));
    while (!readEvents(saveDir).some((e) => e.type === 'node_start' && e.node === 'pause')) await new Promise((resolve) => setTimeout(resolve, 5));
    const resume = await runCli(['resume'], { cwd });
    expect(resume.code).toBe(2);
    expect(resume.stderr).toBe(`sluice: run ${fs.readdirSync(saveDir)[0]} is already being run by process ${child.pid}; wait for it or stop it first\n`);
    expect(await childDone).toBe(0);
  });

  it('refuses a second resume of a run that is being resumed', async () => {
    const cwd = project();
    await killAt(cwd, 'pause', 1);
    const first = spawn(process.execPath, [CLI, 'resume', '--format', 'json'], { cwd, env: cliEnv(), stdio: 'ignore' });
    const firstDone = new Promise<number | null>((resolve) => first.on('exit', resolve));
    const saveDir = path.join(cwd, 'save');
    const runId = fs.readdirSync(saveDir)[0]!;
    while (!readEvents(saveDir).some((e) => e.type === 'run_start' && e.resumed === true)) await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await runCli(['resume', '--run', runId], { cwd });
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/already being run by process \d+/);
    expect(await firstDone).toBe(0);
  });
});
