import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, cliEnv, runCli, tempDir } from './helpers/run-cli.js';

/** Worker threads each open their own runtime (config, catalog, DuckDB instance); no answer may depend on which one ran it. */
const QUESTIONS = [
  'How many orders per status',
  'Which 3 products have the highest unit price?',
  'How many customers are in each segment?',
  'Which state has the most customers?',
  'How many orders were placed in 2025?',
  'Total revenue last month',
  'List all customers from California',
  'Revenue by customer segment',
  'Monthly revenue in 2024',
  'Top 5 products by revenue last quarter',
];

interface AnswerRecord {
  line: number;
  run_id?: string;
  status: string;
  [field: string]: unknown;
}

const work = tempDir('sluice-batch-workers-');
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const records = (stdout: string) => stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as AnswerRecord);
const withoutRunId = ({ run_id: _runId, ...record }: AnswerRecord) => record;

/** A node that holds its run until a file appears (or the run is cancelled): a question caught mid-flight on demand. */
function writeHoldingPlan(dir: string): string[] {
  fs.writeFileSync(
    path.join(dir, 'hold-node.mjs'),
    `import fs from 'node:fs';
export const nodes = [{ name: 'hold', description: 'waits for the release file', async run(context, call) {
  await new Promise((resolve, reject) => {
    const poll = setInterval(() => { if (fs.existsSync(${JSON.stringify(path.join(dir, 'release'))})) { clearInterval(poll); resolve(); } }, 20);
    call.signal.addEventListener('abort', () => { clearInterval(poll); reject(new Error('aborted')); });
  });
  return { context, summary: 'released' };
} }];\n`,
  );
  fs.writeFileSync(path.join(dir, 'hold.yml'), 'plugins:\n  - ./hold-node.mjs\n');
  fs.writeFileSync(path.join(dir, 'hold-workflow.yml'), 'workflow:\n  held:\n    - schema_linking\n    - hold\n    - generate_sql\n    - execute_sql\n    - output\n');
  return ['--config', 'hold.yml', '--workflow', 'hold-workflow.yml'];
}

describe('batch on worker threads', () => {
  it('answers every line as the main thread alone does, malformed lines and --ordered included', async () => {
    const lines = [...QUESTIONS, '{"id": "broken", "task": ', JSON.stringify({ id: 'x', task: QUESTIONS[2], plan: 'fixed' }), ...QUESTIONS];
    const input = `${lines.join('\n')}\n`;
    const run = (extra: string[], saveDir: string) =>
      runCli(['run', '--current_date', '2025-06-30', '--save_dir', path.join(work, saveDir), ...extra], { cwd: work, input, timeoutMs: 300_000 });
    const alone = await run(['--concurrency', '1', '--workers', '0'], 'save-alone');
    const pooled = await run(['--concurrency', '8', '--workers', '2', '--ordered'], 'save-pooled');
    expect(alone.code, alone.stderr).toBe(1);
    expect(pooled.code, pooled.stderr).toBe(1);
    const expected = records(alone.stdout).sort((a, b) => a.line - b.line);
    const got = records(pooled.stdout);
    expect(got.map((r) => r.line)).toEqual(lines.map((_, i) => i + 1));
    expect(got.map(withoutRunId)).toEqual(expected.map(withoutRunId));
    // Not vacuous: real answers with rows, one malformed line.
    expect(got.filter((r) => r.status === 'error')).toHaveLength(1);
    expect(got.filter((r) => (r.row_count as number) > 0).length).toBeGreaterThan(lines.length / 2);
    expect(new Set(got.map((r) => r.sql)).size).toBeGreaterThanOrEqual(QUESTIONS.length - 1);
    expect(fs.readdirSync(path.join(work, 'save-pooled'))).toHaveLength(lines.length - 1);
  }, 600_000);

  it('killed mid-batch keeps every finished line whole, and its runs in flight resume to the answer a plain run gives', async () => {
    const dir = tempDir('sluice-batch-workers-kill-');
    const flags = writeHoldingPlan(dir);
    const saveDir = path.join(dir, 'save');
    const free = QUESTIONS.slice(0, 6);
    const held = [QUESTIONS[0]!, QUESTIONS[7]!];
    const lines = [...free.slice(0, 3), ...held.map((task) => JSON.stringify({ task, plan: 'held' })), ...free.slice(3), ...QUESTIONS];
    const args = [CLI, 'run', ...flags, '--current_date', '2025-06-30', '--concurrency', '4', '--workers', '2', '--save_dir', saveDir];
    const child = spawn(process.execPath, args, { cwd: dir, env: cliEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const killed = new Promise<void>((resolve) => child.on('close', () => resolve()));
    // Both held questions hold a slot each, so the rest flow through the other two; kill once all six free ones are out.
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (stdout.split('\n').filter((line) => line.trim()).length >= free.length) child.kill('SIGKILL');
    });
    child.stdin.end(`${lines.join('\n')}\n`);
    await killed;

    expect(stdout.endsWith('\n'), stderr).toBe(true);
    const written = records(stdout);
    expect(written.length).toBeGreaterThanOrEqual(free.length);
    expect(written.length).toBeLessThan(lines.length);
    for (const record of written) {
      const state = JSON.parse(fs.readFileSync(path.join(saveDir, record.run_id!, 'state.json'), 'utf8'));
      expect(state.context.status, `line ${record.line}`).toBe(record.status);
      expect(fs.readFileSync(path.join(saveDir, record.run_id!, 'result.sql'), 'utf8').trim()).toBe(String(record.sql).trim());
    }
    const heldRuns = fs.readdirSync(saveDir).filter((run) => run.endsWith('-000004') || run.endsWith('-000005'));
    expect(heldRuns).toHaveLength(2);
    fs.writeFileSync(path.join(dir, 'release'), '');
    for (const [i, runId] of heldRuns.sort().entries()) {
      const state = JSON.parse(fs.readFileSync(path.join(saveDir, runId, 'state.json'), 'utf8'));
      expect(state.context.status).toBe('running');
      const resumed = await runCli(['resume', ...flags, '--save_dir', saveDir, '--run', runId, '--format', 'json'], { cwd: dir, timeoutMs: 120_000 });
      expect(resumed.code, resumed.stderr).toBe(0);
      const plain = await runCli(['run', ...flags, '--plan', 'held', '--current_date', '2025-06-30', '--task', held[i]!, '--format', 'json', '--save_dir', path.join(dir, 'save-plain')], { cwd: dir, timeoutMs: 120_000 });
      expect(plain.code, plain.stderr).toBe(0);
      const { run_id: _a, ...resumedAnswer } = JSON.parse(resumed.stdout) as AnswerRecord;
      const { run_id: _b, ...plainAnswer } = JSON.parse(plain.stdout) as AnswerRecord;
      expect(resumedAnswer).toEqual(plainAnswer);
      expect(plainAnswer.status).toBe('success');
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }, 600_000);
});
