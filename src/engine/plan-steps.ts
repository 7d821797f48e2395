import type { Context, NodeStep, PlanStep, StepOptions } from '../context/context-schema.js';

/** A step as written in workflow.yml or asked for by a node: a node name, with options, or a parallel group. */
export type StepSpec =
  | string
  | { node: string; options?: StepOptions }
  | { parallel: Array<string | { node: string; options?: StepOptions }> };

export interface StepIds {
  next_step_id: number;
}

const SPEC_KEYS = new Set(['node', 'options']);
const OPTION_KEYS = new Set(['timeout_ms', 'retries', 'model', 'parameters']);

/**
 * A step a node asks for from JavaScript is not type-checked: `{ node: 'execute_sql', parameters: {…} }` (parameters
 * beside node, not under options) used to run execute_sql with its defaults, the parameters silently dropped. The
 * node that asked now fails, naming the key and where it belongs.
 */
function refuseUnknownKeys(spec: { node: string; options?: StepOptions }): void {
  if (typeof spec.node !== 'string' || spec.node === '') throw new TypeError(`insertSteps: a step needs a node name (got ${JSON.stringify(spec)})`);
  for (const key of Object.keys(spec)) {
    if (!SPEC_KEYS.has(key)) {
      const hint = OPTION_KEYS.has(key) ? `; it belongs under options: { node: '${spec.node}', options: { ${key}: … } }` : '';
      throw new TypeError(`insertSteps: step "${spec.node}" has an unknown key "${key}" (a step has node and options)${hint}`);
    }
  }
  for (const key of Object.keys(spec.options ?? {})) {
    if (!OPTION_KEYS.has(key)) throw new TypeError(`insertSteps: step "${spec.node}" has an unknown option "${key}" (options are ${[...OPTION_KEYS].join(', ')})`);
  }
}

function nodeStep(spec: string | { node: string; options?: StepOptions }, counter: StepIds, iteration: number): NodeStep {
  if (typeof spec !== 'string') refuseUnknownKeys(spec);
  const node = typeof spec === 'string' ? spec : spec.node;
  const options = typeof spec === 'string' ? {} : (spec.options ?? {});
  const id = `${counter.next_step_id++}:${node}`;
  return { kind: 'node', node, options, iteration, id };
}

/** Turns specs into plan steps with fresh ids; advances the counter. */
export function createSteps(specs: StepSpec[], counter: StepIds, iteration = 0): PlanStep[] {
  return specs.map((spec) => {
    if (typeof spec === 'object' && 'parallel' in spec) {
      const steps = spec.parallel.map((child) => nodeStep(child, counter, iteration));
      return { kind: 'parallel', steps, iteration, id: `${counter.next_step_id++}:parallel` };
    }
    return nodeStep(spec, counter, iteration);
  });
}

export function stepLabel(step: PlanStep): string {
  return step.kind === 'node' ? step.node : `parallel(${step.steps.map((s) => s.node).join(', ')})`;
}

export function stepNodeNames(step: PlanStep): string[] {
  return step.kind === 'node' ? [step.node] : step.steps.map((s) => s.node);
}

export interface InsertOptions {
  /** Insert after the next pending step running this node; defaults to right after the running step. */
  after?: string;
  iteration?: number;
}

/**
 * Dynamic node addition: returns a context whose pending plan has the new steps.
 * The running step is always pending[0] while a node runs, so "after itself" means index 1.
 */
export function insertSteps(context: Context, specs: StepSpec[], options: InsertOptions = {}): Context {
  const counter = { next_step_id: context.plan.next_step_id };
  const created = createSteps(specs, counter, options.iteration ?? context.iteration);
  const pending = [...context.plan.pending];
  let index = Math.min(1, pending.length);
  if (options.after) {
    const found = pending.findIndex((step, i) => i > 0 && stepNodeNames(step).includes(options.after!));
    if (found > 0) index = found + 1;
  }
  pending.splice(index, 0, ...created);
  return { ...context, plan: { ...context.plan, pending, next_step_id: counter.next_step_id } };
}
