import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { benchDatabasesDir } from './helpers/ask-bench-databases.js';
import { CLI, cliEnv, REPO_ROOT, runCli } from './helpers/run-cli.js';

/**
 * A run the post-execution decline ends unanswerable (the output node, src/trust/unsure-decline.ts) killed with
 * SIGKILL at points in and around that node: `sluice resume` ends it as the uninterrupted run ends, unanswerable
 * (exit 4) with the same reason, its rows only under not_an_answer, and the same result files.
 */
const DATASET = path.join(REPO_ROOT, 'bench/datasets/abstention-dev-l');
const DECLINED = 'How long does a theory test pass certificate stay valid?';
const ARGS = ['--task', DECLINED, '--namespace', 'driving_school', '--format', 'json', '--current_date', '2026-12-01'];

let dir = '';
beforeAll(async () => {
  dir = await benchDatabasesDir(DATASET, ['driving_school'], 'sluice-kill-declined-');
}, 120_000);

function events(runDir: string): Array<{ type: string; node?: string }> {
  const file = path.join(runDir, 'events.jsonl');
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line) => {
      try {
        return [JSON.parse(line)];
      } catch {
        return [];
      }
    });
}

/** Starts the run and SIGKILLs it `delayMs` after its output node starts (or as it starts, for 0). */
async function killInOutput(saveDir: string, delayMs: number): Promise<string> {
  const child = spawn(process.execPath, [CLI, 'run', ...ARGS, '--save_dir', saveDir], { cwd: dir, env: cliEnv(), stdio: 'ignore' });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const deadline = Date.now() + 60_000;
  let runDir = '';
  while (Date.now() < deadline) {
    const runs = fs.existsSync(saveDir) ? fs.readdirSync(saveDir) : [];
    runDir = runs.length ? path.join(saveDir, runs[0]!) : '';
    if (runDir && events(runDir).some((event) => event.type === 'node_start' && event.node === 'output')) break;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
  child.kill('SIGKILL');
  await exited;
  return runDir;
}

const comparable = (json: Record<string, unknown>) => {
  const { run_id: _id, nodes: _nodes, ...rest } = json;
  return rest;
};

describe('kill -9 while a run is declined after its query ran', () => {
  let reference: Record<string, unknown>;
  let referenceFiles: Record<string, string>;

  it('the uninterrupted run is unanswerable with its rows under not_an_answer', async () => {
    const saveDir = path.join(dir, 'save-reference');
    const result = await runCli(['run', ...ARGS, '--save_dir', saveDir], { cwd: dir, timeoutMs: 120_000 });
    expect(result.code, result.stderr).toBe(4);
    reference = JSON.parse(result.stdout);
    expect(reference.status).toBe('unanswerable');
    expect(reference.not_an_answer).toBeDefined();
    const runDir = path.join(saveDir, reference.run_id as string);
    referenceFiles = Object.fromEntries(['result.sql', 'result.json', 'result.csv'].map((name) => [name, fs.readFileSync(path.join(runDir, name), 'utf8')]));
  }, 120_000);

  for (const delayMs of [0, 40, 150]) {
    it(`killed ${delayMs} ms into output: resume ends it unanswerable, as the uninterrupted run`, async () => {
      const saveDir = path.join(dir, `save-${delayMs}`);
      const runDir = await killInOutput(saveDir, delayMs);
      const runId = path.basename(runDir);
      const resumed = await runCli(['resume', '--save_dir', saveDir, '--run', runId, '--format', 'json'], { cwd: dir, timeoutMs: 120_000 });
      if (resumed.code === 2 && /already finished/.test(resumed.stderr)) {
        // The kill landed after the run ended: what it saved is the uninterrupted run's answer.
        expect(resumed.stderr).toMatch(/already finished \(unanswerable\)/);
      } else {
        expect(resumed.code, resumed.stderr).toBe(4);
        expect(comparable(JSON.parse(resumed.stdout))).toEqual(comparable(reference));
      }
      for (const [name, content] of Object.entries(referenceFiles)) expect(fs.readFileSync(path.join(runDir, name), 'utf8'), name).toBe(content);
      const state = JSON.parse(fs.readFileSync(path.join(runDir, 'state.json'), 'utf8'));
      expect(state.context.status).toBe('unanswerable');
      expect(state.context.unanswerable).toBe(reference.reason);
    }, 180_000);
  }
});
