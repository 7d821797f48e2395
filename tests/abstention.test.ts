import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBenchDataset } from '../src/bench/load-bench-dataset.js';
import type { BatchLine } from './helpers/ask-bench-databases.js';
import { askBenchBeforeAll } from './helpers/expect-declines.js';
import { REPO_ROOT, runCli } from './helpers/run-cli.js';

/** Abstention (issue 14) through the real CLI and the offline model: the data says what it cannot answer. */
const DATE = ['--current_date', '2026-11-25'];
const DATASET = path.join(REPO_ROOT, 'bench/datasets/abstention');

describe('the issue\'s questions on the demo', () => {
  it('end unanswerable, exit 4, naming what nothing matches, with no SQL run', async () => {
    const questions: Record<string, RegExp> = {
      'What is the national animal of Canada?': /'national animal' or 'Canada'/,
      'Who wrote the novel 1984?': /'novel'/,
      'What is the weather in Paris tomorrow?': /"tomorrow" is after 2026-11-25|'weather' or 'Paris'/,
      'How many employees does the company have?': /'employees'/,
      // "cats" is no shortened "categories" (a three-letter word that starts a name is often a word of its own).
      'How many cats do our customers own?': /'cats'/,
    };
    for (const [task, named] of Object.entries(questions)) {
      const result = await runCli(['run', '--task', task, '--format', 'json', ...DATE]);
      expect(result.code, `${task}\n${result.stderr}`).toBe(4);
      const json = JSON.parse(result.stdout) as BatchLine;
      expect(json.status, task).toBe('unanswerable');
      expect(json.sql, task).toBeNull();
      expect(json.row_count, task).toBe(0);
      expect(json.reason, task).toMatch(named);
      expect(result.stderr, task).toMatch(/^sluice: unanswerable: nothing in demo|^sluice: unanswerable: "tomorrow"/m);
    }
  }, 240_000);

  it('plain output says it on one line and prints no table', async () => {
    const result = await runCli(['run', '--task', 'What is the national animal of Canada?', ...DATE]);
    expect(result.code, result.stderr).toBe(4);
    expect(result.stdout.trim()).toBe("Unanswerable: nothing in demo (tables, columns, values, metrics or docs) matches 'national animal' or 'Canada', so the data cannot answer this question");
    expect(result.stderr).toMatch(/unanswerable.*'national animal' or 'Canada'/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);

  it('a partly answerable question is unsure and names the part the SQL does not address', async () => {
    const result = await runCli(['run', '--task', 'revenue by region and by weather', '--format', 'json', ...DATE]);
    expect(result.code, result.stderr).toBe(3);
    const json = JSON.parse(result.stdout) as BatchLine;
    expect(json.status).toBe('unsure');
    expect(json.reason).toMatch(/weather/);
  }, 120_000);
});

describe('the labelled abstention set', () => {
  const dataset = loadBenchDataset(DATASET);
  // held_out_2 is the blind set (bench/datasets/abstention/README.md): the bench measures it, no bound is set on it here.
  const questions = dataset.questions.filter((q) => !q.tags.includes('held_out_2'));
  // The bench's own builder turns each database of the dataset into a DuckDB file; the demo questions are asked on the
  // real demo namespace (with its docs and metrics), as a user asks them.
  const answers = askBenchBeforeAll(
    DATASET,
    Object.keys(dataset.manifest).filter((dbId) => dbId !== 'demo'),
    questions.map((q) => ({ id: q.id, task: q.question, namespace: q.db_id })),
    { args: DATE, timeoutMs: 400_000, prefix: 'sluice-abstention-' },
  );

  it('has at least 60 unanswerable questions and 30 near-misses', () => {
    expect(questions.filter((q) => q.answerable === false).length).toBeGreaterThanOrEqual(60);
    expect(questions.filter((q) => q.answerable === true).length).toBeGreaterThanOrEqual(30);
  });

  it('declines most unanswerable questions, each with a reason and no SQL (held-out ones counted apart)', () => {
    const lines = answers();
    const heldOut = (q: { tags: string[] }) => q.tags.includes('held_out');
    for (const [part, bound] of [[false, 0.97], [true, 0.8]] as const) {
      const unanswerable = questions.filter((q) => q.answerable === false && heldOut(q) === part);
      const missed = unanswerable.filter((q) => lines.get(q.id)!.status !== 'unanswerable');
      const rate = 1 - missed.length / unanswerable.length;
      // Measured 2026-12-03 with attributes read against their thing's table, on the real demo namespace: >= 68/69 of
      // the first part, 20/25 held out (65/69 and 19/25 before).
      expect(rate, `answered instead of declined:\n${missed.map((q) => `  ${q.db_id}: ${q.question} -> ${lines.get(q.id)!.status}`).join('\n')}`).toBeGreaterThanOrEqual(bound);
    }
    const unanswerable = questions.filter((q) => q.answerable === false);
    for (const q of unanswerable.filter((q) => lines.get(q.id)!.status === 'unanswerable')) {
      // Declined after its query ran, for the kind of answer asked (src/trust/judge-answer-kind.ts), a line keeps the SQL that ran.
      if (!/which ".+" asks for/.test(lines.get(q.id)!.reason ?? '')) expect(lines.get(q.id)!.sql, q.question).toBeNull();
      expect(lines.get(q.id)!.reason, q.question).toMatch(/cannot answer/);
    }
  });

  it('declines near-misses no more often than measured (synonyms WordNet does not relate closely are the gap)', () => {
    const lines = answers();
    const nearMisses = questions.filter((q) => q.answerable === true);
    const declined = nearMisses.filter((q) => lines.get(q.id)!.status === 'unanswerable');
    // Measured 17 of 61 on 2026-12-03 in the bench (18 before reading attributes, 37 before WordNet): "vocalists"
    // grounds on singer and "nationality" on Citizenship, but "gigs" for concerts or "SKUs" for products are beyond
    // what a close WordNet link gives.
    expect(declined.length / nearMisses.length, `declined:\n${declined.map((q) => `  ${q.db_id}: ${q.question} -> ${lines.get(q.id)!.reason}`).join('\n')}`).toBeLessThanOrEqual(0.3);
  });
});
