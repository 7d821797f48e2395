import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../src/errors.js';
import { RunStore } from '../src/persistence/run-store.js';
import { runCli } from './helpers/run-cli.js';

const saveDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-run-lock-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  fs.rmSync(saveDir, { recursive: true, force: true });
});

let counter = 0;
function storeWithLock(content: string | null): RunStore {
  const store = RunStore.create(saveDir, `run-${counter++}`);
  if (content !== null) fs.writeFileSync(path.join(store.dir, 'lock'), content);
  return store;
}

function startTime(pid: number): string {
  const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return text.slice(text.lastIndexOf(')') + 2).split(' ')[19]!;
}

/** A process that stays a zombie: its parent (after exec, a sleep) never reaps it. */
async function zombiePid(): Promise<number> {
  const child = spawn('sh', ['-c', 'sleep 0.1 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
  children.push(child);
  const pid = Number((await new Promise<Buffer>((resolve) => child.stdout!.once('data', resolve))).toString().trim());
  for (let i = 0; i < 50; i++) {
    const state = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];
    if (state === 'Z') return pid;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the child did not become a zombie');
}

function liveChild(): number {
  const child = spawn('sleep', ['30'], { stdio: 'ignore' });
  children.push(child);
  return child.pid!;
}

describe('run lock', () => {
  it.each([['0'], ['-1'], ['garbage'], [''], ['{"pid": "x"}'], ['99999999']])('a lock holding %j is stale and taken over', (content) => {
    const store = storeWithLock(content);
    expect(() => store.acquireLock()).not.toThrow();
    expect(JSON.parse(fs.readFileSync(path.join(store.dir, 'lock'), 'utf8'))).toMatchObject({ pid: process.pid });
    store.releaseLock();
  });

  it('a zombie holder (killed, not yet reaped) counts as dead', async () => {
    const pid = await zombiePid();
    const store = storeWithLock(String(pid));
    expect(() => store.acquireLock()).not.toThrow();
    store.releaseLock();
  });

  it('a live holder keeps the run; the same pid with another start time is a reused pid, not the holder', () => {
    const pid = liveChild();
    const held = storeWithLock(JSON.stringify({ pid, start: startTime(pid) }));
    expect(() => held.acquireLock()).toThrow(new UsageError(`run ${held.runId} is already being run by process ${pid}; wait for it or stop it first`));
    const reused = storeWithLock(JSON.stringify({ pid, start: '1' }));
    expect(() => reused.acquireLock()).not.toThrow();
    reused.releaseLock();
  });

  it('a running state owned by a live process other than this one is refused, and the lock given back; a reused pid, a stopped run or no owner are not', () => {
    const pid = liveChild();
    const stateOwnedBy = (owner: unknown, status = 'running') => {
      const store = storeWithLock(null);
      const context = { status };
      fs.writeFileSync(store.statePath, JSON.stringify({ format: 'sluice-run-state', version: 1, nodes_run: [], ...(owner ? { owner } : {}), context }));
      return store;
    };
    const owned = stateOwnedBy({ pid, start: startTime(pid) });
    expect(() => owned.acquireLock()).toThrow(new UsageError(`run ${owned.runId} is already being run by process ${pid}; wait for it or stop it first`));
    expect(fs.existsSync(path.join(owned.dir, 'lock'))).toBe(false);
    for (const store of [stateOwnedBy({ pid, start: '1' }), stateOwnedBy({ pid, start: startTime(pid) }, 'success'), stateOwnedBy(undefined), stateOwnedBy({ pid: process.pid })]) {
      expect(() => store.acquireLock()).not.toThrow();
      store.releaseLock();
    }
  });

  it('records its own pid and start time', () => {
    const store = storeWithLock(null);
    store.acquireLock();
    expect(JSON.parse(fs.readFileSync(path.join(store.dir, 'lock'), 'utf8'))).toEqual({ pid: process.pid, start: startTime(process.pid) });
    store.releaseLock();
    expect(fs.existsSync(path.join(store.dir, 'lock'))).toBe(false);
  });

  it('a lock or events.jsonl turned into a folder is one clear line, not a raw EISDIR', () => {
    const store = storeWithLock(null);
    fs.mkdirSync(path.join(store.dir, 'lock'));
    expect(() => store.acquireLock()).toThrow(/^run run-\d+: cannot read the lock .*lock \(it is a folder, not a file\); remove it/);
    fs.mkdirSync(path.join(store.dir, 'events.jsonl'));
    expect(() => store.appendEvent({ type: 'run_start' } as never)).toThrow(/^run run-\d+: cannot write .*events\.jsonl \(it is a folder, not a file\)$/);
  });
});

describe('resume with a corrupt run', () => {
  it('names the corrupt run and what is wrong instead of saying there is no unfinished run', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-corrupt-'));
    fs.mkdirSync(path.join(dir, '20260101-000000-abcd'));
    fs.writeFileSync(path.join(dir, '20260101-000000-abcd', 'state.json'), '{"format": "sluice-run-state", ');
    const result = await runCli(['resume', '--save_dir', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^sluice: no unfinished run in .* that can be read; run 20260101-000000-abcd cannot: state file .*state\.json is corrupt \(not JSON: .*\)\n$/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
