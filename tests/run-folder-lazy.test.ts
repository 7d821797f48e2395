import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeRegistry } from '../operators/index.js';
import { defineNode, type NodeDefinition } from '../src/engine/node-definition.js';
import type { Sluice } from '../src/engine/sluice.js';
import { startRun } from '../src/engine/start-run.js';
import { RunStore } from '../src/persistence/run-store.js';
import { testRuntime } from './helpers/test-runtime.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-run-folder-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const note = (name: string) =>
  defineNode({ name, description: 'notes its name', run: async (context) => ({ context: { ...context, notes: [...context.notes, name] }, summary: name }) });
const sluiceWith = (nodes: NodeDefinition[], plan: string[]): Sluice => ({ runtime: testRuntime(), registry: createNodeRegistry(nodes), workflows: { p: plan } });
const request = (saveDir: string) => ({ task: 'a question', namespace: 'test', plan: 'p', currentDate: '2026-11-25', maxIterations: 1, format: 'json' as const, saveDir });

describe('a fresh run folder made by the run writer, off the event loop', () => {
  it("makes a process's first run folder as the run starts, and later ones with their first write", async () => {
    const saveDir = path.join(root, 'lazy');
    const sluice = sluiceWith([note('a_node')], ['a_node']);
    const first = startRun(sluice, request(saveDir));
    expect(fs.existsSync(first.runDir!)).toBe(true);
    await first.done;
    const second = startRun(sluice, request(saveDir));
    expect(fs.existsSync(second.runDir!)).toBe(false);
    const result = await second.done;
    expect(result.error).toBeUndefined();
    expect(new RunStore(saveDir, second.runId).loadState().nodes_run).toEqual(['a_node']);
  });

  it('gives a node that asks for the folder before the writer made it a folder that exists, and the run still saves', async () => {
    const saveDir = path.join(root, 'early');
    const seen: boolean[] = [];
    const writing = defineNode({
      name: 'writing_node',
      description: 'writes into the run folder at once',
      run: async (context, call) => {
        seen.push(fs.existsSync(call.runDir!));
        fs.writeFileSync(path.join(call.runDir!, 'mine.txt'), 'x');
        return { context, summary: 'wrote' };
      },
    });
    const sluice = sluiceWith([writing], ['writing_node']);
    await startRun(sluice, request(saveDir)).done;
    const handle = startRun(sluice, request(saveDir));
    const result = await handle.done;
    expect(seen).toEqual([true, true]);
    expect(result.error).toBeUndefined();
    expect(fs.readFileSync(path.join(handle.runDir!, 'mine.txt'), 'utf8')).toBe('x');
    expect(new RunStore(saveDir, handle.runId).loadState().nodes_run).toEqual(['writing_node']);
  });

  it('makes the save dir again when it was removed after the first run', async () => {
    const saveDir = path.join(root, 'removed');
    const sluice = sluiceWith([note('a_node')], ['a_node']);
    await startRun(sluice, request(saveDir)).done;
    fs.rmSync(saveDir, { recursive: true });
    const handle = startRun(sluice, request(saveDir));
    const result = await handle.done;
    expect(result.error).toBeUndefined();
    expect(new RunStore(saveDir, handle.runId).loadState().context.status).toBe(result.context.status);
  });
});
