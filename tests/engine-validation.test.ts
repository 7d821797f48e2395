import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { lastValueFrom, of, toArray } from 'rxjs';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeRegistry } from '../operators/index.js';
import { ContextSchema, type Context } from '../src/context/context-schema.js';
import { markBuiltInNodes } from '../src/engine/built-in-nodes.js';
import { createInitialContext } from '../src/engine/create-initial-context.js';
import { DeadlineWatch } from '../src/engine/deadline-watch.js';
import { defineNode, type NodeDefinition } from '../src/engine/node-definition.js';
import { nodeOperator } from '../src/engine/node-operator.js';
import type { Sluice } from '../src/engine/sluice.js';
import { startRun } from '../src/engine/start-run.js';
import { validateNodeOutput } from '../src/engine/validate-node-output.js';
import { testRuntime } from './helpers/test-runtime.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const saveDirs: string[] = [];
const scratchSaveDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-engine-validation-'));
  saveDirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of saveDirs) fs.rmSync(dir, { recursive: true, force: true });
});

const returning = (name: string, change: (context: Context) => unknown): NodeDefinition =>
  defineNode({ name, description: `returns a changed context`, run: async (context) => ({ context: change(context) as Context, summary: name }) });

const sluiceWith = (nodes: NodeDefinition[], plan: string[]): Sluice => ({ runtime: testRuntime(), registry: createNodeRegistry(nodes), workflows: { p: plan } });

const request = (saveDir?: string) => ({ task: 'a question', namespace: 'test', plan: 'p', currentDate: '2026-11-25', maxIterations: 3, format: 'table' as const, saveDir });

const initial = (): Context => createInitialContext(sluiceWith([], []), { ...request(), plan: 'p' });

describe('validating node output where it matters', () => {
  it('refuses a custom node that breaks the context before its state is saved, and keeps the last good state', async () => {
    const saveDir = scratchSaveDir();
    const good = returning('good_node', (c) => ({ ...c, notes: [...c.notes, 'good'] }));
    const broken = returning('broken_node', (c) => ({ ...c, iteration: -1 }));
    const handle = startRun(sluiceWith([good, broken], ['good_node', 'broken_node']), request(saveDir));
    const result = await handle.done;
    expect(result.status).toBe('failed');
    expect(result.error).toBe('node broken_node produced an invalid context: iteration: Too small: expected number to be >=0');
    const saved = JSON.parse(fs.readFileSync(path.join(result.runDir!, 'state.json'), 'utf8'));
    expect(saved.context.iteration).toBe(0);
    expect(saved.context.notes).toEqual(['good']);
    expect(saved.nodes_run).toEqual(['good_node']);
  });

  it('fills the defaults of what a custom node adds and drops fields the schema does not know, as a full parse would', async () => {
    const adder = returning('adder', (c) => ({ ...c, sql_attempts: [{ sql: 'SELECT 1', source: 'adder' }], stray: 'dropped' }));
    const result = await startRun(sluiceWith([adder], ['adder']), request()).done;
    expect(result.error).toBeUndefined();
    expect(result.context.sql_attempts[0]).toMatchObject({ sql: 'SELECT 1', executed: false, rows: [], row_count: 0 });
    expect('stray' in result.context).toBe(false);
  });

  it('checks a custom node composed in code with nodeOperator too', async () => {
    const broken = returning('broken_op', (c) => ({ ...c, plan: 'not a plan' }));
    await expect(lastValueFrom(of(initial()).pipe(nodeOperator(broken, testRuntime())))).rejects.toThrow(/broken_op produced an invalid context: plan/);
  });

  it('trusts a built-in node between nodes but, with the tests\' SLUICE_CHECK_SAVED_STATES=1, refuses its broken state where it is saved', async () => {
    const saveDir = scratchSaveDir();
    // As slow as a real node, so the state before it is on disk when it ends.
    const sloppy = defineNode({
      name: 'sloppy_builtin',
      description: 'breaks the context after a while',
      run: async (c) => (await sleep(100), { context: { ...c, relink_count: 'many' } as unknown as Context, summary: 'sloppy' }),
    });
    markBuiltInNodes([sloppy]);
    const seen: unknown[] = [];
    const reader = returning('reader', (c) => (seen.push(c.relink_count), c));
    const handle = startRun(sluiceWith([sloppy, reader], ['sloppy_builtin', 'reader']), request(saveDir));
    const result = await handle.done;
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/^could not save the run state after (sloppy_builtin|reader): relink_count: /);
    const saved = JSON.parse(fs.readFileSync(path.join(result.runDir!, 'state.json'), 'utf8'));
    expect(saved.context.relink_count).toBe(0);
    expect(saved.nodes_run).toEqual([]);
  });

  it('saves a built-in node\'s state unparsed outside the tests (SLUICE_CHECK_SAVED_STATES unset): the schema is checked where custom output enters', async () => {
    const saveDir = scratchSaveDir();
    const sloppy = defineNode({
      name: 'unparsed_builtin',
      description: 'puts a value the schema refuses',
      run: async (c) => ({ context: { ...c, relink_count: 'many' } as unknown as Context, summary: 'sloppy' }),
    });
    markBuiltInNodes([sloppy]);
    const sluice = sluiceWith([sloppy], ['unparsed_builtin']);
    const saved = process.env.SLUICE_CHECK_SAVED_STATES;
    delete process.env.SLUICE_CHECK_SAVED_STATES;
    try {
      const result = await startRun(sluice, request(saveDir)).done;
      expect(result.error).toBeUndefined();
      expect(JSON.parse(fs.readFileSync(path.join(result.runDir!, 'state.json'), 'utf8')).context.relink_count).toBe('many');
    } finally {
      process.env.SLUICE_CHECK_SAVED_STATES = saved;
    }
    const checked = await startRun(sluice, request(saveDir)).done;
    expect(checked.error).toMatch(/^could not save the run state after unparsed_builtin: relink_count: /);
  });

  it('gives the same verdict and the same context as parsing the whole context, whatever a node puts in a field', () => {
    const base = initial();
    const keys = [...Object.keys(ContextSchema.shape), 'extra'];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), fc.boolean(), (key, value, remove) => {
        const output: Record<string, unknown> = { ...base };
        if (remove) delete output[key];
        else output[key] = value;
        const full = ContextSchema.safeParse(output);
        let fast: Context | undefined;
        let refused = false;
        try {
          fast = validateNodeOutput('n', base, output);
        } catch {
          refused = true;
        }
        expect(refused).toBe(!full.success);
        if (full.success) expect(fast).toEqual(full.data);
      }),
      { numRuns: 500 },
    );
  });
});

describe('one shared timer for node deadlines', () => {
  it('fires each deadline in order, a short one armed after a long one included, and never a released one', async () => {
    const watch = new DeadlineWatch();
    const fired: string[] = [];
    const owner = (name: string) => ({ onDeadline: () => fired.push(name) });
    watch.watch(120, owner('long'));
    const released = watch.watch(10, owner('released'));
    watch.watch(30, owner('short'));
    watch.release(released);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fired).toEqual(['short', 'long']);
  });

  it('times out a node that hangs after many fast nodes ran under the same armed timer', async () => {
    const fast = Array.from({ length: 20 }, (_, i) => returning(`fast_${i}`, (c) => c));
    const hang = defineNode({ name: 'hang', description: 'never ends', run: () => new Promise(() => {}) });
    const sluice = sluiceWith([...fast, hang], [...fast.map((n) => n.name), 'hang']);
    sluice.runtime.settings.nodeTimeoutMs = 150;
    const handle = startRun(sluice, request());
    const events = lastValueFrom(handle.events$.pipe(toArray()));
    const result = await handle.done;
    expect(result.error).toBe('node hang timed out after 150 ms');
    expect(result.nodesRun).toHaveLength(20);
    expect((await events).filter((e) => e.type === 'node_error')).toHaveLength(1);
  });
});
