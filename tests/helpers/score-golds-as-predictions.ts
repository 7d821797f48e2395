import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { BenchReportSchema } from '../../src/bench/bench-report-schema.js';
import { loadBenchDataset } from '../../src/bench/load-bench-dataset.js';
import { runCli } from './run-cli.js';

/**
 * Submits a dataset's own gold SQL as predictions through the real CLI (`sluice bench --predictions`) and expects
 * every question scored right and no gold to fail: the dataset's golds run and its scoring agrees with them. Questions
 * marked "answerable": "partly" are not scored from predictions (the report counts them in partly_not_scored).
 */
export async function expectGoldsScoreRight(datasetDir: string, scratch: string): Promise<void> {
  const dataset = loadBenchDataset(datasetDir);
  const predictions = path.join(scratch, 'gold-predictions.jsonl');
  fs.writeFileSync(predictions, dataset.questions.map((q) => JSON.stringify({ id: q.id, sql: q.gold_sql ?? null })).join('\n'));
  const out = path.join(scratch, 'report.json');
  const result = await runCli(['bench', '--dataset', datasetDir, '--predictions', predictions, '--concurrency', '2', '--out', out], {
    cwd: scratch,
    env: { SLUICE_CACHE_DIR: path.join(scratch, 'cache') },
    timeoutMs: 300_000,
  });
  expect(result.code, result.stderr).toBe(0);
  const report = BenchReportSchema.parse(JSON.parse(fs.readFileSync(out, 'utf8')));
  expect(report.failures.gold_error).toBe(0);
  const partly = dataset.questions.filter((q) => q.answerable === 'partly').length;
  const scored = dataset.questions.length - partly;
  expect(report.all).toMatchObject({ questions: scored, correct: scored });
  expect(report.partly_not_scored ?? 0).toBe(partly);
}
