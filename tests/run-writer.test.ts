import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeRegistry } from '../operators/index.js';
import type { Context } from '../src/context/context-schema.js';
import { createInitialContext } from '../src/engine/create-initial-context.js';
import type { EngineEvent } from '../src/engine/engine-events.js';
import { defineNode } from '../src/engine/node-definition.js';
import type { Sluice } from '../src/engine/sluice.js';
import { startRun } from '../src/engine/start-run.js';
import { RunStore } from '../src/persistence/run-store.js';
import { RunWriter } from '../src/persistence/run-writer.js';
import { testRuntime } from './helpers/test-runtime.js';

const saveDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-run-writer-'));
afterAll(() => fs.rmSync(saveDir, { recursive: true, force: true }));

const note = (name: string) =>
  defineNode({ name, description: 'notes its name', run: async (context) => ({ context: { ...context, notes: [...context.notes, name] }, summary: name }) });
const sluice: Sluice = { runtime: testRuntime(), registry: createNodeRegistry([note('a_node'), note('b_node')]), workflows: { p: ['a_node', 'b_node'] } };
const request = { task: 'a question', namespace: 'test', plan: 'p', currentDate: '2026-11-25', maxIterations: 1, format: 'json' as const };
const base = createInitialContext(sluice, request);

let counter = 0;
const freshStore = () => RunStore.create(saveDir, `run-${counter++}`);
const withNote = (n: number): Context => ({ ...base, notes: [`state ${n}`] });
const event = (n: number) => ({ type: 'node_progress', step_id: '0:a_node', node: 'a_node', message: `event ${n}`, run_id: 'r', at: n, elapsed_ms: n }) as EngineEvent;
/** The complete lines of the event log: the writer may have opened the file, or be mid-append, when a test looks. */
const readEvents = (store: RunStore) => {
  const text = fs.readFileSync(store.eventsPath, 'utf8');
  const complete = text.slice(0, text.lastIndexOf('\n') + 1);
  return complete.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { message: string }).message);
};

describe('run writer', () => {
  it('writes the latest of states queued faster than the disk, and every event in order', async () => {
    const store = freshStore();
    const writer = new RunWriter(store);
    for (let n = 0; n < 500; n++) {
      writer.saveState(withNote(n), [`node ${n}`]);
      writer.appendEvent(event(n));
    }
    await writer.close();
    const saved = store.loadState();
    expect(saved.context.notes).toEqual(['state 499']);
    expect(saved.nodes_run).toEqual(['node 499']);
    expect(readEvents(store)).toEqual(Array.from({ length: 500 }, (_, n) => `event ${n}`));
    expect(fs.readdirSync(store.dir).sort()).toEqual(['events.jsonl', 'state.json']);
  });

  it('holds the states and events that come within the save interval after a write, and close() writes the latest at once', async () => {
    const store = freshStore();
    const writer = new RunWriter(store, undefined, { saveIntervalMs: 60_000 });
    writer.saveState(withNote(0), ['node 0']);
    writer.appendEvent(event(0));
    while (!fs.existsSync(store.eventsPath) || readEvents(store).length === 0) await new Promise((resolve) => setTimeout(resolve, 2));
    const firstWrite = fs.statSync(store.statePath).ino;
    for (let n = 1; n < 20; n++) {
      writer.saveState(withNote(n), [`node ${n}`]);
      writer.appendEvent(event(n));
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    // Within the interval: the first state and its line only, the same file, not rewritten.
    expect(store.loadState().context.notes).toEqual(['state 0']);
    expect(fs.statSync(store.statePath).ino).toBe(firstWrite);
    expect(readEvents(store)).toEqual(['event 0']);
    await writer.close();
    expect(store.loadState().context.notes).toEqual(['state 19']);
    expect(store.loadState().nodes_run).toEqual(['node 19']);
    expect(readEvents(store)).toEqual(Array.from({ length: 20 }, (_, n) => `event ${n}`));
  });

  it('writes a state queued after the save interval has passed without waiting for close()', async () => {
    const store = freshStore();
    const writer = new RunWriter(store, undefined, { saveIntervalMs: 20 });
    writer.saveState(withNote(0), []);
    while (!fs.existsSync(store.statePath)) await new Promise((resolve) => setTimeout(resolve, 2));
    writer.saveState(withNote(1), []);
    writer.appendEvent(event(1));
    while (!fs.existsSync(store.eventsPath) || readEvents(store).length === 0) await new Promise((resolve) => setTimeout(resolve, 2));
    expect(store.loadState().context.notes).toEqual(['state 1']);
    await writer.close();
  });

  it('never leaves an earlier state over a later one, however the queue and the disk interleave', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: 3 }), { minLength: 1, maxLength: 30 }), async (pauses) => {
        const store = freshStore();
        const writer = new RunWriter(store);
        const seen: string[] = [];
        for (const [n, pause] of pauses.entries()) {
          writer.saveState(withNote(n), []);
          writer.appendEvent(event(n));
          for (let i = 0; i < pause; i++) await new Promise((resolve) => setImmediate(resolve));
          if (fs.existsSync(store.statePath)) seen.push(store.loadState().context.notes[0]!);
        }
        await writer.close();
        seen.push(store.loadState().context.notes[0]!);
        const order = seen.map((note) => Number(note.split(' ')[1]));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        expect(order.at(-1)).toBe(pauses.length - 1);
        expect(readEvents(store)).toHaveLength(pauses.length);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps the event log from getting ahead of the state: lines on disk always follow the state queued before them', async () => {
    const store = freshStore();
    const writer = new RunWriter(store);
    for (let n = 0; n < 50; n++) {
      writer.saveState(withNote(n), []);
      writer.appendEvent(event(n));
      await new Promise((resolve) => setImmediate(resolve));
      const events = fs.existsSync(store.eventsPath) ? readEvents(store) : [];
      if (events.length > 0) {
        const lastEvent = Number(events.at(-1)!.split(' ')[1]);
        const state = Number(store.loadState().context.notes[0]!.split(' ')[1]);
        expect(state).toBeGreaterThanOrEqual(lastEvent);
      }
    }
    await writer.close();
  });

  it('refuses to save a state that breaks the schema, once, in one line, and close() says so too', async () => {
    const store = freshStore();
    const faults: string[] = [];
    const writer = new RunWriter(store, (error) => faults.push(error.message));
    writer.saveState({ ...base, iteration: -3 }, ['broken_node']);
    await expect(writer.close()).rejects.toThrow(/^could not save the run state after broken_node: iteration: /);
    expect(faults).toHaveLength(1);
    expect(fs.existsSync(store.statePath)).toBe(false);
  });

  it('ends a run as failed, with one clear line and no unhandled rejection, when its event log cannot be written', async () => {
    const runId = 'events-folder';
    fs.mkdirSync(path.join(saveDir, runId, 'events.jsonl'), { recursive: true });
    const handle = startRun(sluice, { ...request, saveDir, runId });
    const result = await handle.done;
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/^run events-folder: cannot write .*events\.jsonl \(it is a folder, not a file\)$/);
    expect(fs.existsSync(path.join(saveDir, runId, 'lock'))).toBe(false);
  });

  it('has the finished run on disk, lock released, when done resolves', async () => {
    const handle = startRun(sluice, { ...request, saveDir });
    const result = await handle.done;
    expect(result.status).not.toBe('cancelled');
    const store = new RunStore(saveDir, handle.runId);
    const saved = store.loadState();
    expect(saved.context.status).toBe(result.context.status);
    expect(saved.nodes_run).toEqual(['a_node', 'b_node']);
    const types = fs.readFileSync(store.eventsPath, 'utf8').trim().split('\n').map((line) => JSON.parse(line).type);
    expect(types.filter((t) => t !== 'resource_sample')).toEqual(['run_start', 'node_start', 'node_end', 'node_start', 'node_end', 'run_end']);
    expect(fs.existsSync(path.join(store.dir, 'lock'))).toBe(false);
  });

  it('checks a later state where it differs from the last one saved: a broken field after a good state is refused, the good state stays', async () => {
    const store = freshStore();
    const faults: string[] = [];
    const writer = new RunWriter(store, (error) => faults.push(error.message));
    writer.saveState(withNote(1), ['good_node']);
    while (!fs.existsSync(store.statePath)) await new Promise((resolve) => setTimeout(resolve, 2));
    writer.saveState({ ...withNote(2), sql_attempts: [{ sql: 42 }] as unknown as Context['sql_attempts'] }, ['good_node', 'broken_node']);
    await expect(writer.close()).rejects.toThrow(/^could not save the run state after broken_node: sql_attempts\.0\./);
    expect(faults).toHaveLength(1);
    expect(store.loadState().context.notes).toEqual(['state 1']);
  });

  it('names this process as the owner of every state while a fresh run goes on, with no lock file, and none once it ends', async () => {
    const seen: Array<{ owner?: unknown; lock: boolean }> = [];
    const watching = defineNode({
      name: 'watching_node',
      description: 'waits for the first state on disk, then reads its owner',
      run: async (context, call) => {
        const dir = call.runDir!;
        while (!fs.existsSync(path.join(dir, 'state.json'))) await new Promise((resolve) => setTimeout(resolve, 2));
        seen.push({ owner: JSON.parse(fs.readFileSync(path.join(dir, 'state.json'), 'utf8')).owner, lock: fs.existsSync(path.join(dir, 'lock')) });
        return { context, summary: 'watched' };
      },
    });
    const watched: Sluice = { ...sluice, registry: createNodeRegistry([watching]), workflows: { w: ['watching_node'] } };
    const handle = startRun(watched, { ...request, plan: 'w', saveDir });
    const result = await handle.done;
    expect(result.error).toBeUndefined();
    expect(seen).toEqual([{ owner: { pid: process.pid, start: expect.any(String) }, lock: false }]);
    const saved = new RunStore(saveDir, handle.runId).loadState();
    expect(saved.context.status).not.toBe('running');
    expect(saved.owner).toEqual({ pid: process.pid, start: expect.any(String) });
    expect(fs.existsSync(path.join(saveDir, handle.runId, 'lock'))).toBe(false);
  });

  it('saves a run that stops unfinished without an owner, so another process may resume it while this one lives on', async () => {
    const store = freshStore();
    const writer = new RunWriter(store);
    writer.saveState(withNote(1), ['a_node']);
    while (!fs.existsSync(store.statePath)) await new Promise((resolve) => setTimeout(resolve, 2));
    expect(store.loadState().owner).toMatchObject({ pid: process.pid });
    await writer.close();
    const saved = store.loadState();
    expect(saved.context.notes).toEqual(['state 1']);
    expect(saved.nodes_run).toEqual(['a_node']);
    expect(saved.owner).toBeUndefined();
  });

  it('leaves no file open once done resolves, whether the run finished or its writer failed', async () => {
    const openFiles = () => fs.readdirSync('/proc/self/fd').length;
    const before = openFiles();
    for (let i = 0; i < 5; i++) {
      await startRun(sluice, { ...request, saveDir }).done;
      const broken = new RunWriter(freshStore());
      broken.saveState(withNote(i), []);
      broken.appendEvent(event(i));
      await new Promise((resolve) => setImmediate(resolve));
      broken.saveState({ ...base, iteration: -1 }, ['broken_node']);
      await broken.close().catch(() => {});
    }
    expect(openFiles()).toBe(before);
  });
});
