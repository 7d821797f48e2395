import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/run-cli.js';

/** A batch worker thread that dies (process.exit inside the worker ends that thread only) loses none of the batch's lines. */
const QUESTIONS = [
  'How many orders per status',
  'How many customers are in each segment?',
  'Which state has the most customers?',
  'Which 3 products have the highest unit price?',
  'Revenue by customer segment',
  'How many orders were placed in 2025?',
];

interface AnswerRecord {
  line: number;
  status: string;
  error?: string;
  [field: string]: unknown;
}

const work = tempDir('sluice-batch-worker-crash-');
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** A plugin node that ends its worker thread when the question says CRASH, and passes every other question on. */
function writeCrashingPlan(dir: string): string[] {
  fs.writeFileSync(
    path.join(dir, 'crash-node.mjs'),
    `export const nodes = [{ name: 'crash', description: 'ends its thread on a CRASH question', async run(context) {
  if (context.task.text.includes('CRASH')) process.exit(7);
  return { context, summary: 'passed' };
} }];\n`,
  );
  fs.writeFileSync(path.join(dir, 'crash.yml'), 'plugins:\n  - ./crash-node.mjs\n');
  fs.writeFileSync(path.join(dir, 'crash-workflow.yml'), 'workflow:\n  crashy:\n    - schema_linking\n    - crash\n    - generate_sql\n    - execute_sql\n    - output\n');
  return ['--config', 'crash.yml', '--workflow', 'crash-workflow.yml', '--plan', 'crashy'];
}

const records = (stdout: string) => stdout.trimEnd().split('\n').filter(Boolean).map((line) => JSON.parse(line) as AnswerRecord);

async function runBatch(lines: string[], extra: string[], timeoutMs = 300_000) {
  const dir = fs.mkdtempSync(path.join(work, 'run-'));
  const flags = writeCrashingPlan(dir);
  return runCli(['run', ...flags, '--current_date', '2025-06-30', '--save_dir', path.join(dir, 'save'), ...extra], {
    cwd: dir,
    input: `${lines.join('\n')}\n`,
    timeoutMs,
  });
}

describe('a batch worker thread that dies', () => {
  it('turns its questions into error lines and the other worker answers the rest', async () => {
    const lines = [...QUESTIONS.slice(0, 3), 'CRASH: How many orders per status', ...QUESTIONS.slice(3), ...QUESTIONS];
    const result = await runBatch(lines, ['--concurrency', '2', '--workers', '2', '--ordered']);
    expect(result.signal, result.stderr).toBeNull();
    expect(result.code, result.stderr).toBe(1);
    const got = records(result.stdout);
    expect(got.map((record) => record.line)).toEqual(lines.map((_, i) => i + 1));
    const crashed = got.find((record) => record.line === 4)!;
    expect(crashed.status).toBe('error');
    expect(crashed.error).toBe('batch worker stopped: exited with code 7');
    const errors = got.filter((record) => record.status === 'error');
    // At most the one question that shared the dying thread goes down with it; the rest are answered.
    expect(errors.length).toBeLessThanOrEqual(2);
    expect(errors.every((record) => record.error === 'batch worker stopped: exited with code 7')).toBe(true);
    expect(got.filter((record) => record.status === 'success').length).toBeGreaterThanOrEqual(lines.length - 2);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 600_000);

  it('when every worker dies, every later line still gets an error line and the batch ends', async () => {
    const lines = [...QUESTIONS, ...QUESTIONS].map((question) => `CRASH: ${question}`);
    const result = await runBatch(lines, ['--concurrency', '2', '--workers', '2'], 120_000);
    expect(result.signal, `killed after the timeout: the batch hung\n${result.stderr}`).toBeNull();
    expect(result.code, result.stderr).toBe(1);
    const got = records(result.stdout);
    expect(got.map((record) => record.line).sort((a, b) => a - b)).toEqual(lines.map((_, i) => i + 1));
    expect(got.every((record) => record.status === 'error' && record.error === 'batch worker stopped: exited with code 7')).toBe(true);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 600_000);
});
