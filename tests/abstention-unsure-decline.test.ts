import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FITTED_UNSURE_DECLINE } from '../src/trust/unsure-decline-weights.js';
import { benchDatabasesDir, type BatchLine } from './helpers/ask-bench-databases.js';
import { REPO_ROOT, runCli } from './helpers/run-cli.js';

/**
 * After execution (issue 14): an offline run whose answer failed its checks ends unanswerable when the fitted decline
 * (src/trust/unsure-decline.ts, bench/abstention/fit-answer-decline.py) finds, from which checks failed, which words the
 * SQL left unread and what they are, that the data cannot answer it, naming the unread things; an answerable look-alike
 * of the same form on the same database stays unsure. Through the real CLI on the driving school of abstention-dev-l.
 */
const DATASET = path.join(REPO_ROOT, 'bench/datasets/abstention-dev-l');
const DECLINED = 'How long does a theory test pass certificate stay valid?';
const LOOK_ALIKES = ['How long does a standard lesson last?', 'How long did pupil 6002 take to pass the theory test after enrolling?'];

let dir = '';

beforeAll(async () => {
  dir = await benchDatabasesDir(DATASET, ['driving_school'], 'sluice-unsure-decline-');
}, 120_000);

const ask = (task: string, env: Record<string, string> = {}) => runCli(['run', '--task', task, '--namespace', 'driving_school', '--format', 'json', '--current_date', '2026-12-01'], { cwd: dir, env, timeoutMs: 120_000 });

describe('a post-execution decline from what the answer checks found', () => {
  it('ends an unsure run unanswerable, exit 4, naming what nothing holds', async () => {
    const result = await ask(DECLINED);
    expect(result.code, result.stderr).toBe(4);
    const line = JSON.parse(result.stdout) as BatchLine;
    expect(line.status).toBe('unanswerable');
    // The question's phrase as it writes it; a column's name holds 'theory' (pupils.theory_pass), so no column or value answers it.
    expect(line.reason).toBe("no column or value answers 'theory test pass certificate'");
    expect(line.reason).not.toMatch(/'stay'/);
  }, 120_000);

  it('is the decline that does it: with SLUICE_UNSURE_DECLINE=never the same run ends unsure', async () => {
    const result = await ask(DECLINED, { SLUICE_UNSURE_DECLINE: 'never' });
    expect(result.code, result.stderr).toBe(3);
    expect((JSON.parse(result.stdout) as BatchLine).status).toBe('unsure');
  }, 120_000);

  it('leaves answerable look-alikes of the same form unsure', async () => {
    for (const task of LOOK_ALIKES) {
      const result = await ask(task);
      const line = JSON.parse(result.stdout) as BatchLine;
      expect(line.status, `${task} -> ${line.reason}`).toBe('unsure');
    }
  }, 240_000);

  it('is a fitted model: a threshold and weights by feature name, none a word', () => {
    expect(FITTED_UNSURE_DECLINE.threshold).toBeGreaterThan(0);
    for (const name of Object.keys(FITTED_UNSURE_DECLINE.weights)) expect(name).toMatch(/^(answer|check|word|evidence):[a-z_]+$|^(sql_[a-z_]+|no_rows|one_row|many_rows|failed_checks)$/);
  });
});
