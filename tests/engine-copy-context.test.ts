import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContextSchema, type Context } from '../src/context/context-schema.js';
import { copyContext } from '../src/engine/copy-context.js';

const full: Context = ContextSchema.parse({
  run_id: 'r',
  task: { text: 'q', namespace: 'n', plan: 'p', current_date: '2026-01-01', max_iterations: 1 },
  plan: {},
  output: { format: 'json', rendered: '[]' },
  failure: 'f',
  unanswerable: 'u',
  confidence: 0.5,
  grounding: { grounded: [], ungrounded: [], words: [] },
});

describe('copyContext', () => {
  it('copies every key of the context schema, so a key added to the schema cannot be lost between steps', () => {
    for (const key of Object.keys(ContextSchema.shape)) expect(full, `the fixture sets ${key}`).toHaveProperty(key);
    const copy = copyContext(full);
    expect(copy).not.toBe(full);
    expect(Object.keys(copy).sort()).toEqual(Object.keys(ContextSchema.shape).sort());
    for (const key of Object.keys(ContextSchema.shape) as Array<keyof Context>) expect(copy[key]).toBe(full[key]);
  });

  it('leaves unset optional keys out, as a spread copy would, and replaces only the plan', () => {
    const bare: Context = { ...full };
    delete bare.output;
    delete bare.failure;
    delete bare.unanswerable;
    delete bare.confidence;
    delete bare.grounding;
    const plan = { done: [], pending: [], next_step_id: 7 };
    const copy = copyContext(bare, plan);
    expect(copy).toStrictEqual({ ...bare, plan });
    expect(bare.plan).not.toBe(plan);
  });
});

describe('the shared deadline timer and the process', () => {
  const watch = path.resolve('dist/src/engine/deadline-watch.js');
  const node = (script: string) =>
    spawnSync(process.execPath, ['--input-type=module', '-e', `import { DeadlineWatch } from ${JSON.stringify(watch)};\n${script}`], { encoding: 'utf8', timeout: 120_000 });

  it('lets the process exit once the last deadline is released, though the timer is armed for minutes', () => {
    const result = node(`const w = new DeadlineWatch(); const d = w.watch(600_000, { onDeadline() { console.log('fired'); } }); w.release(d); console.log('released');`);
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe('released');
  });

  it('lets the process exit once the last run that held the watch lets go, after its nodes released their deadlines', () => {
    const result = node(
      `const w = new DeadlineWatch(); w.hold(); w.hold(); for (let i = 0; i < 3; i++) w.release(w.watch(600_000, { onDeadline() { console.log('fired'); } })); w.letGo(); setTimeout(() => { w.letGo(); console.log('let go'); }, 50);`,
    );
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe('let go');
  });

  it('keeps the process alive while a node that never settles waits for its deadline', () => {
    const result = node(`const w = new DeadlineWatch(); w.watch(300, { onDeadline() { console.log('fired'); } }); new Promise(() => {});`);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe('fired');
  });
});
