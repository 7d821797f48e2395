import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Two or more `resume`s of one run saved by an older version (a state without `owner`) started at the same moment:
 * the lock file alone decides, so exactly one real process may win it, whether the run has no lock yet or a stale
 * one left by a killed process. Processes race in rounds; a round with two winners is the bug.
 */
const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const RUN_STORE = path.join(REPO_ROOT, 'dist/src/persistence/run-store.js');
const RACERS = 4;
const ROUNDS = 8;
const saveDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-run-lock-race-'));
afterAll(() => fs.rmSync(saveDir, { recursive: true, force: true }));

/** Waits for the agreed moment, takes the lock, and keeps it (alive, never releasing) until its stdin closes. */
const RACER = `
import { RunStore } from ${JSON.stringify(RUN_STORE)};
const [saveDir, runId, startAt] = process.argv.slice(2);
while (Date.now() < Number(startAt));
try {
  new RunStore(saveDir, runId).acquireLock();
  process.stdout.write('won');
  process.stdin.resume().on('end', () => process.exit(0));
} catch (error) {
  process.stdout.write(error.message);
}
`;
const racerFile = path.join(saveDir, 'racer.mjs');
fs.writeFileSync(racerFile, RACER);

/** A run folder as an older version left it: running, its state naming no owner. */
function oldRun(runId: string, lock: string | null): void {
  const dir = path.join(saveDir, runId);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'state.json'), JSON.stringify({ format: 'sluice-run-state', version: 1, saved_at: '2026-01-01T00:00:00.000Z', nodes_run: ['plan'], context: { status: 'running' } }));
  if (lock !== null) fs.writeFileSync(path.join(dir, 'lock'), lock);
}

/** The racers' outcomes, once every one has tried; winners are alive until then. */
async function race(runId: string): Promise<string[]> {
  const startAt = Date.now() + 1000;
  const children = Array.from({ length: RACERS }, () => spawn(process.execPath, [racerFile, saveDir, runId, String(startAt)], { stdio: ['pipe', 'pipe', 'pipe'] }));
  const exits = children.map((child) => new Promise((resolve) => child.on('exit', resolve)));
  const outcomes = await Promise.all(
    children.map((child, i) => {
      let out = '';
      child.stderr.on('data', (chunk) => (out += chunk));
      return Promise.race([new Promise<string>((resolve) => child.stdout.once('data', (chunk) => resolve(String(chunk)))), exits[i]!.then(() => out)]);
    }),
  );
  for (const child of children) child.stdin.end();
  await Promise.all(exits);
  return outcomes;
}

describe('two resumes of an old run at once', () => {
  it.each([
    ['no lock yet', null],
    ['a stale lock of a killed process', '{"pid": 99999999}'],
    ['an empty lock an older version left', ''],
  ])('with %s, exactly one process wins the lock in every round', async (_, lock) => {
    const rounds: string[][] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const runId = `run-${String(lock).length}-${round}`;
      oldRun(runId, lock);
      rounds.push(await race(runId));
    }
    const outcomes = rounds.map((outcome) => outcome.filter((line) => line === 'won').length);
    expect(outcomes, JSON.stringify(rounds.find((outcome) => outcome.filter((line) => line === 'won').length !== 1))).toEqual(Array(ROUNDS).fill(1));
    for (const outcome of rounds.flat().filter((line) => line !== 'won')) {
      expect(outcome).toMatch(/^run run-\S+ is already being run by process \d+; wait for it or stop it first$/);
    }
  }, 180_000);
});
