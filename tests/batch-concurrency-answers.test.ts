import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/run-cli.js';

/** A batch shares one runtime (catalogs, memos, connections) between questions in flight; no answer may depend on that. */
const QUESTIONS = [
  'How many orders per status',
  'Which 3 products have the highest unit price?',
  'Show the 4 customers with the most orders',
  'How many customers are in each segment?',
  'Which state has the most customers?',
  'How many orders were placed in 2025?',
  'Total revenue last month',
  'List all customers from California',
  'How many customers from Texas signed up?',
  'Revenue by customer segment',
  'Monthly revenue in 2024',
  'Top 5 products by revenue last quarter',
  'How many returns were there in each category?',
  'Average order value by channel',
];

interface AnswerRecord {
  line: number;
  run_id?: string;
  [field: string]: unknown;
}

const work = tempDir('sluice-batch-concurrency-');
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function answersOf(stdout: string): Map<number, Omit<AnswerRecord, 'run_id'>> {
  const records = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as AnswerRecord);
  return new Map(records.map(({ run_id: _runId, ...record }) => [record.line, record]));
}

async function batch(concurrency: number, input: string) {
  const saveDir = path.join(work, `save-${concurrency}`);
  const args = ['run', '--current_date', '2025-06-30', '--concurrency', String(concurrency), '--save_dir', saveDir];
  const result = await runCli(args, { cwd: work, input, timeoutMs: 300_000 });
  expect(result.stderr).toMatch(/sluice batch: \d+\/\d+ done/);
  return { answers: answersOf(result.stdout), saveDir };
}

describe('batch answers do not depend on concurrency', () => {
  it('answers every line at concurrency 8 exactly as at concurrency 1, and as a single run does', async () => {
    // Each question twice, the repeats far apart, so the second meets everything the first left in the runtime.
    const lines = [...QUESTIONS, ...QUESTIONS];
    const input = `${lines.join('\n')}\n`;
    const one = await batch(1, input);
    const eight = await batch(8, input);
    expect(one.answers.size).toBe(lines.length);
    expect([...eight.answers.keys()].sort((a, b) => a - b)).toEqual([...one.answers.keys()].sort((a, b) => a - b));
    for (const [line, answer] of one.answers) expect(eight.answers.get(line), `line ${line}: ${lines[line - 1]}`).toEqual(answer);
    // Not vacuous: the questions get different answers, and most of them rows.
    expect(new Set([...one.answers.values()].map((answer) => answer.sql)).size).toBeGreaterThanOrEqual(QUESTIONS.length - 2);
    expect([...one.answers.values()].filter((answer) => (answer.row_count as number) > 0).length).toBeGreaterThan(lines.length / 2);
    for (let i = 0; i < QUESTIONS.length; i++) expect(one.answers.get(i + 1 + QUESTIONS.length)).toEqual({ ...one.answers.get(i + 1), line: i + 1 + QUESTIONS.length });
    // Every run of both batches left its result files.
    for (const { saveDir } of [one, eight]) {
      const runs = fs.readdirSync(saveDir);
      expect(runs).toHaveLength(lines.length);
      for (const run of runs) expect(fs.existsSync(path.join(saveDir, run, 'state.json'))).toBe(true);
    }

    for (const question of [QUESTIONS[0]!, QUESTIONS[6]!, QUESTIONS[12]!]) {
      const single = await runCli(['run', '--current_date', '2025-06-30', '--task', question, '--format', 'json'], { cwd: work, timeoutMs: 120_000 });
      const { run_id: _runId, ...answer } = JSON.parse(single.stdout) as AnswerRecord;
      const line = QUESTIONS.indexOf(question) + 1;
      const { line: _line, id: _id, ...batched } = one.answers.get(line)!;
      expect(answer, question).toEqual(batched);
    }
  }, 600_000);
});
