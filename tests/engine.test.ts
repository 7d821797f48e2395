import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lastValueFrom, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { createNodeRegistry } from '../operators/index.js';
import type { Context } from '../src/context/context-schema.js';
import type { EngineEvent } from '../src/engine/engine-events.js';
import { defineNode, type NodeDefinition } from '../src/engine/node-definition.js';
import { insertSteps, type StepSpec } from '../src/engine/plan-steps.js';
import { startRun } from '../src/engine/start-run.js';
import { resumeRun } from '../src/engine/resume-run.js';
import type { Sluice } from '../src/engine/sluice.js';
import type { SqlModel } from '../src/models/sql-model.js';
import { testRuntime } from './helpers/test-runtime.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function note(name: string, extra: Partial<NodeDefinition> = {}): NodeDefinition {
  return defineNode({
    name,
    description: `appends ${name} to notes`,
    async run(context) {
      return { context: { ...context, notes: [...context.notes, name] }, summary: name };
    },
    ...extra,
  });
}

function sluiceWith(nodes: NodeDefinition[], workflows: Record<string, StepSpec[]>, model?: SqlModel): Sluice {
  return { runtime: testRuntime({ model }), registry: createNodeRegistry(nodes), workflows };
}

const request = (plan: string, extra: Partial<Parameters<typeof startRun>[1]> = {}) => ({
  task: 'a question',
  namespace: 'test',
  plan,
  currentDate: '2026-11-25',
  maxIterations: 3,
  format: 'table' as const,
  ...extra,
});

async function runToEnd(sluice: Sluice, plan: string, extra = {}) {
  const handle = startRun(sluice, request(plan, extra));
  const events = lastValueFrom(handle.events$.pipe(toArray()));
  const result = await handle.done;
  return { result, events: await events };
}

describe('engine', () => {
  it('runs a template in order and publishes typed events with timings', async () => {
    const sluice = sluiceWith([note('a_node'), note('b_node')], { two: ['a_node', 'b_node'] });
    const { result, events } = await runToEnd(sluice, 'two');
    expect(result.context.notes).toEqual(['a_node', 'b_node']);
    expect(result.nodesRun).toEqual(['a_node', 'b_node']);
    const types = events.map((e) => e.type).filter((t) => t !== 'resource_sample');
    expect(types).toEqual(['run_start', 'node_start', 'node_end', 'node_start', 'node_end', 'run_end']);
    const end = events.find((e) => e.type === 'node_end') as Extract<EngineEvent, { type: 'node_end' }>;
    expect(end.duration_ms).toBeGreaterThanOrEqual(0);
    expect(end.resources.rss_bytes).toBeGreaterThan(0);
    const runEnd = events.at(-1) as Extract<EngineEvent, { type: 'run_end' }>;
    expect(runEnd.resources.peak_rss_bytes).toBeGreaterThan(0);
  });

  it('lets a node insert nodes after itself and after a named pending node', async () => {
    const inserter = defineNode({
      name: 'inserter',
      description: 'adds nodes',
      async run(context) {
        let next = insertSteps(context, ['c_node']);
        next = insertSteps(next, ['d_node'], { after: 'b_node' });
        return { context: next, summary: 'inserted' };
      },
    });
    const sluice = sluiceWith([inserter, note('b_node'), note('c_node'), note('d_node')], { p: ['inserter', 'b_node'] });
    const { result, events } = await runToEnd(sluice, 'p');
    expect(result.nodesRun).toEqual(['inserter', 'c_node', 'b_node', 'd_node']);
    const changed = events.find((e) => e.type === 'plan_changed') as Extract<EngineEvent, { type: 'plan_changed' }>;
    expect(changed.by_node).toBe('inserter');
    expect(changed.inserted.map((s) => (s.kind === 'node' ? s.node : ''))).toEqual(['c_node', 'd_node']);
  });

  it('fails the node that asks for a step with a misplaced key (from JavaScript), naming where it belongs', async () => {
    // `parameters` beside `node` instead of under `options` used to run the step with its defaults, silently.
    const misplaced = defineNode({
      name: 'misplaced',
      description: 'adds a step the wrong way',
      async run(context) {
        return { context: insertSteps(context, [{ node: 'c_node', parameters: { max_rows: 2 } } as unknown as StepSpec]), summary: 'inserted' };
      },
    });
    const sluice = sluiceWith([misplaced, note('c_node')], { p: ['misplaced'] });
    const { result } = await runToEnd(sluice, 'p');
    expect(result.status).toBe('failed');
    expect(result.error).toBe(`insertSteps: step "c_node" has an unknown key "parameters" (a step has node and options); it belongs under options: { node: 'c_node', options: { parameters: … } }`);
    expect(() => insertSteps(result.context, [{ node: 'c_node', options: { max_rows: 2 } } as unknown as StepSpec])).toThrow(/unknown option "max_rows" \(options are timeout_ms, retries, model, parameters\)/);
    // The right shape goes in as asked.
    const added = insertSteps(result.context, [{ node: 'c_node', options: { parameters: { max_rows: 2 } } }]);
    expect(added.plan.pending.at(-1)).toMatchObject({ node: 'c_node', options: { parameters: { max_rows: 2 } } });
  });

  it('fails the node that asks for an unknown node, naming both, and leaves its step to run again on resume', async () => {
    const typo = defineNode({
      name: 'typo',
      description: 'adds a node that does not exist',
      async run(context) {
        return { context: insertSteps(context, ['c_nod']), summary: 'inserted' };
      },
    });
    const saveDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-engine-typo-'));
    const sluice = sluiceWith([note('a_node'), typo, note('c_node')], { p: ['a_node', 'typo', 'c_node'] });
    const { result } = await runToEnd(sluice, 'p', { saveDir });
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/^node "typo" asked for unknown node "c_nod" with insertSteps; known nodes: .*c_node.*; did you mean "c_node"\?$/);
    expect(result.nodesRun).toEqual(['a_node']);
    const state = JSON.parse(fs.readFileSync(path.join(result.runDir!, 'state.json'), 'utf8')) as { context: Context };
    expect(state.context.plan.pending.map((step) => (step.kind === 'node' ? step.node : 'parallel'))).toEqual(['typo', 'c_node']);
  });

  it('runs a parallel group at the same time and merges what each branch added', async () => {
    const running = new Set<string>();
    let overlap = false;
    const slow = (name: string) =>
      defineNode({
        name,
        description: 'slow',
        async run(context) {
          running.add(name);
          if (running.size > 1) overlap = true;
          await sleep(50);
          running.delete(name);
          return { context: { ...context, notes: [...context.notes, name], date_ranges: [...context.date_ranges, { phrase: name, start: '2026-01-01', end: '2026-02-01' }] }, summary: name };
        },
      });
    const sluice = sluiceWith([slow('left'), slow('right'), note('after')], { p: [{ parallel: ['left', 'right'] }, 'after'] });
    const { result } = await runToEnd(sluice, 'p');
    expect(overlap).toBe(true);
    expect(result.context.notes.sort()).toEqual(['after', 'left', 'right']);
    expect(result.context.date_ranges.map((r) => r.phrase).sort()).toEqual(['left', 'right']);
  });

  it('times a node out, aborts its signal, and fails the run with a clear message', async () => {
    let aborted = false;
    const hang = defineNode({
      name: 'hang',
      description: 'waits for abort',
      run: (context, call) =>
        new Promise((_, reject) => {
          call.signal.addEventListener('abort', () => {
            aborted = true;
            reject(new Error('aborted'));
          });
        }),
    });
    const sluice = sluiceWith([hang], { p: [{ node: 'hang', options: { timeout_ms: 100 } }] });
    const { result, events } = await runToEnd(sluice, 'p');
    expect(aborted).toBe(true);
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/hang timed out after 100 ms/);
    expect(events.some((e) => e.type === 'node_error')).toBe(true);
  });

  it('retries a failing node by its retry policy and reports each retry', async () => {
    let calls = 0;
    const flaky = defineNode({
      name: 'flaky',
      description: 'fails twice',
      async run(context) {
        calls += 1;
        if (calls < 3) throw new Error(`boom ${calls}`);
        return { context, summary: 'ok' };
      },
    });
    const sluice = sluiceWith([flaky], { p: [{ node: 'flaky', options: { retries: 2 } }] });
    const { result, events } = await runToEnd(sluice, 'p');
    expect(calls).toBe(3);
    expect(result.error).toBeUndefined();
    expect(events.filter((e) => e.type === 'node_retry').map((e) => (e as { error: string }).error)).toEqual(['boom 1', 'boom 2']);
  });

  it('refuses a node output that breaks the context schema', async () => {
    const broken = defineNode({
      name: 'broken',
      description: 'returns garbage',
      async run(context) {
        return { context: { ...context, sql_attempts: [{ nope: true }] } as unknown as Context, summary: 'broken' };
      },
    });
    const saveDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-engine-'));
    const sluice = sluiceWith([broken], { p: ['broken'] });
    const { result } = await runToEnd(sluice, 'p', { saveDir });
    expect(result.error).toMatch(/broken produced an invalid context: sql_attempts/);
    const saved = JSON.parse(fs.readFileSync(path.join(result.runDir!, 'state.json'), 'utf8'));
    expect(saved.context.sql_attempts).toEqual([]);
  });

  it('cancels a running node through its AbortSignal and stays resumable; resume never re-runs finished nodes', async () => {
    const ran: string[] = [];
    let release: () => void = () => {};
    const gate = defineNode({
      name: 'gate',
      description: 'waits',
      run: (context, call) =>
        new Promise((resolve, reject) => {
          ran.push('gate');
          release = () => resolve({ context: { ...context, notes: [...context.notes, 'gate'] }, summary: 'passed' });
          call.signal.addEventListener('abort', () => reject(new Error('aborted')));
        }),
    });
    const counted = (name: string) => note(name, { run: async (context) => (ran.push(name), { context: { ...context, notes: [...context.notes, name] }, summary: name }) });
    const saveDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-engine-'));
    const sluice = sluiceWith([counted('first'), gate, counted('last')], { p: ['first', 'gate', 'last'] });
    const handle = startRun(sluice, request('p', { saveDir }));
    while (!ran.includes('gate')) await sleep(5);
    handle.cancel();
    const cancelled = await handle.done;
    expect(cancelled.status).toBe('cancelled');

    const resumed = resumeRun(sluice, { saveDir });
    while (ran.filter((n) => n === 'gate').length < 2) await sleep(5);
    release();
    const result = await resumed.done;
    expect(result.status).toBe('failed');
    expect(ran).toEqual(['first', 'gate', 'gate', 'last']);
    expect(result.context.notes).toEqual(['first', 'gate', 'last']);
    expect(result.nodesRun).toEqual(['first', 'gate', 'last']);
    expect(() => resumeRun(sluice, { saveDir, runId: handle.runId })).toThrow(/already finished/);
  });

  it('caps the reflection loop at max_iterations and says so', async () => {
    const stubborn: SqlModel = {
      name: 'stubborn',
      generateSql: async () => ({ sql: 'SELECT 1', explanation: '', tables_used: [] }),
      fix: async () => ({ sql: 'SELECT 2', explanation: 'tried again', tables_used: [] }),
      reflect: async () => ({ strategy: 'fix', reason: 'never satisfied', unaddressed: [] }),
      compare: async () => ({ against: 'x', matches: true, differences: [] }),
    };
    const registry = createNodeRegistry();
    const sluice: Sluice = { runtime: testRuntime({ model: stubborn }), registry, workflows: { r: ['generate_sql', 'execute_sql', 'reflect', 'output'] } };
    const { result, events } = await runToEnd(sluice, 'r', { maxIterations: 2 });
    expect(result.context.iteration).toBe(2);
    expect(result.nodesRun.filter((n) => n === 'reflect')).toHaveLength(3);
    expect(result.nodesRun.at(-1)).toBe('output');
    const last = result.context.reflections.at(-1)!;
    expect(last.capped).toBe(true);
    expect(events.some((e) => e.type === 'node_progress' && /stopped at max_iterations \(2\)/.test(e.message))).toBe(true);
  });

  it('rejects unknown plans, unknown nodes and bad tasks before anything runs', () => {
    const sluice = sluiceWith([note('a_node')], { p: ['a_node'], bad: ['missing_node'], typo: ['a_nod'] });
    expect(() => startRun(sluice, request('nope'))).toThrow(/unknown plan "nope"/);
    expect(() => startRun(sluice, request('bad'))).toThrow(/unknown node "missing_node"; known nodes: a_node, [^;]*$/);
    expect(() => startRun(sluice, request('typo'))).toThrow(/unknown node "a_nod"; known nodes: a_node, .*; did you mean "a_node"\?$/);
    expect(() => startRun(sluice, request('p', { task: '   ' }))).toThrow(/task is empty/);
    expect(() => startRun(sluice, request('p', { task: 'x'.repeat(100_000) }))).toThrow(/limit is 10000/);
    expect(() => startRun(sluice, request('p', { task: 'ab\u0000\u0001cd\uFFFD' }))).toThrow(/control characters or bytes that are not UTF-8/);
    expect(() => startRun(sluice, request('p', { task: '12345 !!! ???' }))).toThrow(/has no words/);
    expect(() => startRun(sluice, request('p', { task: 'Wie viele Kunden gibt es? 🤔' }))).not.toThrow();
  });
});
